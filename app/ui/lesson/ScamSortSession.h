// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"
#include "ScamSort.h"
#include "StepSession.h"

#include <QVariantList>

namespace OpenSteps {

// One run of a scam-sort step as QML sees it: the messages, word for word, and how each is
// sorted so far.
class ScamSortSession : public OpenSteps::StepSession {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lesson.scamSort")
    Q_PROPERTY(QVariantList messages READ messages NOTIFY changed)
    Q_PROPERTY(int rightCount READ rightCount NOTIFY changed)
    Q_PROPERTY(int messageCount READ messageCount CONSTANT)

public:
    ScamSortSession(const Step &step, const StepText &text, QObject *parent = nullptr);

    // Each: messageId, kind, verdict, from, subject, body, signs, sortedAs ("", "safe",
    // "scam"), right. The verdict is for tests; the page never shows it before a sort.
    QVariantList messages() const;
    int rightCount() const { return m_sort.rightCount(); }
    int messageCount() const { return m_sort.messageCount(); }
    bool done() const override { return m_sort.done(); }

    Q_INVOKABLE bool sort(const QString &messageId, const QString &verdict);

private:
    QList<ScamMessage> m_messages;
    QHash<QString, MessageText> m_texts;
    ScamSort m_sort;
};

} // namespace OpenSteps
