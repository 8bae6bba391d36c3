// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScamSort.h"

#include <algorithm>

namespace OpenSteps {

ScamSort::ScamSort(QList<ScamMessage> messages)
    : m_messages(std::move(messages)) {}

bool ScamSort::sort(const QString &messageId, const QString &verdict) {
    const auto message = std::find_if(m_messages.cbegin(), m_messages.cend(),
                                      [&](const ScamMessage &m) { return m.id == messageId; });
    if (message == m_messages.cend() ||
        (verdict != QLatin1String("safe") && verdict != QLatin1String("scam")))
        return false;
    m_sorted.insert(messageId, verdict);
    const bool right = message->verdict == verdict;
    if (!right)
        ++m_wrongTries;
    return right;
}

bool ScamSort::isRight(const QString &messageId) const {
    return std::any_of(m_messages.cbegin(), m_messages.cend(), [&](const ScamMessage &m) {
        return m.id == messageId && m_sorted.value(m.id) == m.verdict;
    });
}

int ScamSort::rightCount() const {
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(), [&](const ScamMessage &m) {
        return m_sorted.value(m.id) == m.verdict;
    }));
}

} // namespace OpenSteps
