// SPDX-License-Identifier: GPL-3.0-or-later
#include "MousePracticeSession.h"

namespace OpenSteps {

MousePracticeSession::MousePracticeSession(const QStringList &actions,
                                           const PointerPractice::Rules &rules, QObject *parent)
    : StepSession(parent)
    , m_practice(actions, rules) {
    m_sinceTargetShown.start();
}

void MousePracticeSession::targetActivated(const QString &action) {
    if (action == m_practice.currentAction() || action == QLatin1String("key")) {
        m_practice.recordHit(m_sinceTargetShown.restart());
        m_lastResult = QStringLiteral("hit");
    } else {
        m_practice.recordMiss(); // the right target, the wrong kind of click
        m_lastResult = QStringLiteral("miss");
    }
    Q_EMIT changed();
}

void MousePracticeSession::missed() {
    m_practice.recordMiss();
    m_lastResult = QStringLiteral("miss");
    Q_EMIT changed();
}

} // namespace OpenSteps
