// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillsCheckSession.h"

namespace OpenSteps {

SkillsCheckSession::SkillsCheckSession(SkillsCheckStore *store, qint64 learnerId, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    if (!m_store)
        return;
    // An unfinished check carries on where it stopped.
    m_checkId = m_store->openCheck(learnerId);
    if (const auto record = m_store->check(m_checkId))
        m_answers = record->answers;
    while (m_index < count() - 1 && m_answers.contains(statementId()))
        ++m_index;
}

bool SkillsCheckSession::answerWith(const QString &answer) {
    if (m_finished || !SkillsCheck::answerIds().contains(answer))
        return false;
    if (m_store && !m_store->saveAnswer(m_checkId, statementId(), answer)) {
        Q_EMIT saveFailed();
        return false;
    }
    m_answers.insert(statementId(), answer);
    Q_EMIT changed();
    return true;
}

bool SkillsCheckSession::next() {
    if (m_finished || answer().isEmpty())
        return false;
    if (m_index < count() - 1) {
        ++m_index;
        Q_EMIT changed();
        return true;
    }
    if (m_store && !m_store->complete(m_checkId)) {
        Q_EMIT saveFailed();
        return false;
    }
    m_finished = true;
    Q_EMIT changed();
    Q_EMIT completed();
    return true;
}

void SkillsCheckSession::back() {
    if (m_index > 0 && !m_finished) {
        --m_index;
        Q_EMIT changed();
    }
}

} // namespace OpenSteps
