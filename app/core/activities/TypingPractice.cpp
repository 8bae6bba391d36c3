// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypingPractice.h"

namespace OpenSteps {

TypingPractice::TypingPractice(const QStringList &prompts)
    : m_prompts(prompts) {}

TypingPractice::NextKey TypingPractice::nextKey(const QString &typed) const {
    const QString target = prompt();
    if (!target.startsWith(typed))
        return {QStringLiteral("Backspace"), false};
    if (typed.size() >= target.size())
        return {QStringLiteral("Enter"), false};
    const QChar next = target.at(typed.size());
    if (next.isUpper())
        return {QString(next.toLower()), true};
    return {QString(next), next == QLatin1Char('@')}; // @ is Shift and the ' key in the UK
}

void TypingPractice::textChanged(const QString &typed) {
    const bool wrong = !prompt().startsWith(typed);
    if (wrong && !m_wasWrong)
        ++m_mistakes; // counted once until it is put right
    m_wasWrong = wrong;
}

bool TypingPractice::submit(const QString &typed, qint64 msForPrompt) {
    if (finished() || typed != prompt())
        return false;
    m_times.append(msForPrompt);
    ++m_index;
    m_wasWrong = false;
    return true;
}

PointerPractice::Summary TypingPractice::summary() const {
    return PointerPractice::makeSummary(m_index, m_mistakes, m_times);
}

} // namespace OpenSteps
