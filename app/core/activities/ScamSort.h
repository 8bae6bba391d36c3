// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace OpenSteps {

// One message to sort in a scam-sort step.
struct ScamMessage {
    QString id;
    QString kind;    // "email", "text" or "call"
    QString verdict; // "safe" or "scam"
};

// Sorting messages into "safe" and "scam". A wrong sort shows why and can be changed at no
// cost; the step is done when every message is sorted right. GUI-free, so it is unit-tested.
class ScamSort {
public:
    explicit ScamSort(QList<ScamMessage> messages);

    // The learner put `messageId` in the `verdict` pile. True when that is right.
    bool sort(const QString &messageId, const QString &verdict);
    // "safe", "scam" or "" (not sorted yet): where the learner put it last.
    QString sortedAs(const QString &messageId) const { return m_sorted.value(messageId); }
    bool isRight(const QString &messageId) const;
    int rightCount() const;
    int messageCount() const { return int(m_messages.size()); }
    bool done() const { return rightCount() == messageCount(); }
    int wrongTries() const { return m_wrongTries; }

private:
    QList<ScamMessage> m_messages;
    QHash<QString, QString> m_sorted;
    int m_wrongTries = 0;
};

} // namespace OpenSteps
