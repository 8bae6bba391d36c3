// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TypingPractice.h"

#include "StepSession.h"
#include <QElapsedTimer>

#include <QObject>
#include <QQmlEngine>

namespace OpenSteps {

// One run of a keyboard-practice step as QML sees it: the prompt to type, the next key to
// press (for the on-screen keyboard and, in words, for screen readers), and progress.
class KeyboardPracticeSession : public OpenSteps::StepSession {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lesson.typing")
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(int promptNumber READ promptNumber NOTIFY changed)
    Q_PROPERTY(int promptCount READ promptCount CONSTANT)
    Q_PROPERTY(QString nextKey READ nextKey NOTIFY changed)
    Q_PROPERTY(bool nextShift READ nextShift NOTIFY changed)
    Q_PROPERTY(bool onTrack READ onTrack NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)

public:
    explicit KeyboardPracticeSession(const QStringList &prompts, QObject *parent = nullptr);

    QString prompt() const { return m_practice.prompt(); }
    int promptNumber() const { return m_practice.promptIndex() + 1; }
    int promptCount() const { return m_practice.promptCount(); }
    QString nextKey() const { return m_practice.nextKey(m_typed).key; }
    bool nextShift() const { return m_practice.nextKey(m_typed).shift; }
    bool onTrack() const { return m_practice.prompt().startsWith(m_typed); }
    bool finished() const { return m_practice.finished(); }
    bool done() const override { return m_practice.finished(); }
    std::optional<PointerPractice::Summary> summary() const override {
        return m_practice.summary();
    }

    // Every change to the typing box.
    Q_INVOKABLE void textEdited(const QString &text);
    // Enter in the typing box; true when the prompt was right and the next one is up.
    Q_INVOKABLE bool submit(const QString &text);

private:
    TypingPractice m_practice;
    QString m_typed;
    QElapsedTimer m_sincePromptShown;
};

} // namespace OpenSteps
