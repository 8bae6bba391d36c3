// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace OpenSteps {

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent) {
    m_idle.setSingleShot(true);
    m_idle.setInterval(10 * 60'000);
    m_tick.setInterval(250);
    connect(&m_idle, &QTimer::timeout, this, &IdleWatch::showPrompt);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatch::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatch::~IdleWatch() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatch::setTimes(int idleMs, int answerMs) {
    m_idle.setInterval(idleMs);
    m_answerMs = answerMs;
    if (m_watching && !m_promptShown)
        m_idle.start();
}

void IdleWatch::setWatching(bool watching) {
    m_watching = watching;
    hidePrompt();
    if (watching)
        m_idle.start();
    else
        m_idle.stop();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // While the question shows, only the answer counts: a stray key is not an answer.
        if (m_watching && !m_promptShown)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatch::showPrompt() {
    if (!m_watching)
        return;
    m_promptShown = true;
    m_deadline.setRemainingTime(m_answerMs);
    m_secondsLeft = (m_answerMs + 999) / 1000;
    m_tick.start();
    Q_EMIT promptShownChanged();
    Q_EMIT secondsLeftChanged();
}

void IdleWatch::tick() {
    const qint64 left = m_deadline.remainingTime();
    const int seconds = int(qMax<qint64>(0, (left + 999) / 1000));
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
    if (left <= 0) {
        setWatching(false);
        Q_EMIT timedOut();
    }
}

void IdleWatch::stillHere() {
    hidePrompt();
    if (m_watching)
        m_idle.start();
}

void IdleWatch::hidePrompt() {
    m_tick.stop();
    if (!m_promptShown)
        return;
    m_promptShown = false;
    Q_EMIT promptShownChanged();
}

} // namespace OpenSteps
