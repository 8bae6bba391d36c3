// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointerPractice.h"

#include <algorithm>

namespace OpenSteps {

const QStringList &PointerPractice::actionNames() {
    static const QStringList names = {QStringLiteral("click"), QStringLiteral("double-click"),
                                      QStringLiteral("right-click"), QStringLiteral("drag"),
                                      QStringLiteral("scroll")};
    return names;
}

PointerPractice::PointerPractice(const QStringList &actions, const Rules &rules)
    : m_actions(actions.isEmpty() ? QStringList{QStringLiteral("click")} : actions)
    , m_rules(rules)
    , m_size(rules.startSize) {}

QString PointerPractice::currentAction() const {
    const int round = m_hits / m_rules.targetsPerAction;
    return m_actions.at(round % m_actions.size());
}

bool PointerPractice::mastered() const {
    if (m_hits < targetsNeeded())
        return false;
    // Recent tries only: early misses while learning do not hold anyone back for ever.
    const qsizetype from = std::max<qsizetype>(0, m_tries.size() - window());
    const auto recent = m_tries.mid(from);
    const auto recentHits = std::count(recent.cbegin(), recent.cend(), true);
    return double(recentHits) >= m_rules.accuracyBar * double(recent.size());
}

PointerPractice::Summary PointerPractice::makeSummary(int hits, int misses,
                                                      QList<qint64> hitTimes) {
    Summary summary;
    summary.hits = hits;
    summary.misses = misses;
    summary.accuracy = hits + misses > 0 ? double(hits) / (hits + misses) : 0;
    if (!hitTimes.isEmpty()) {
        std::sort(hitTimes.begin(), hitTimes.end());
        summary.medianMsPerHit = hitTimes.at(hitTimes.size() / 2);
    }
    return summary;
}

PointerPractice::Summary PointerPractice::summary() const {
    return makeSummary(m_hits, m_misses, m_hitTimes);
}

void PointerPractice::recordHit(qint64 msSinceTargetShown) {
    ++m_hits;
    m_tries.append(true);
    m_hitTimes.append(std::max<qint64>(0, msSinceTargetShown));
    m_size = std::max(m_rules.minSize, m_size * m_rules.shrinkAfterHit);
}

void PointerPractice::recordMiss() {
    ++m_misses;
    m_tries.append(false);
    m_size = std::min(m_rules.maxSize, m_size * m_rules.growAfterMiss);
}

} // namespace OpenSteps
