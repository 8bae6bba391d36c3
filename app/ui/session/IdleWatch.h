// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace OpenSteps {

// Notices when nobody has touched the PC for a while. After `idle` without a key, click, wheel
// or touch it asks (promptShown); the answer time then counts down, and if it runs out,
// timedOut() fires so the learner is signed out. Only watches while someone is signed in.
class IdleWatch : public QObject {
    Q_OBJECT

public:
    explicit IdleWatch(QObject *parent = nullptr);
    ~IdleWatch() override;

    void setTimes(int idleMs, int answerMs);
    void setWatching(bool watching);
    bool promptShown() const { return m_promptShown; }
    int secondsLeft() const { return m_secondsLeft; }
    // The learner answered "Yes, I am still here".
    void stillHere();

Q_SIGNALS:
    void promptShownChanged();
    void secondsLeftChanged();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPrompt();
    void tick();
    void hidePrompt();

    QTimer m_idle;
    QTimer m_tick;
    int m_answerMs = 60'000;
    int m_secondsLeft = 0;
    // Monotonic: a PC clock put right while the question shows changes nothing.
    QDeadlineTimer m_deadline;
    bool m_watching = false;
    bool m_promptShown = false;
};

} // namespace OpenSteps
