// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordBuilderSession.h"

#include "PasswordStrength.h"

namespace OpenSteps {

PasswordBuilderSession::PasswordBuilderSession(QObject *parent)
    : StepSession(parent) {
    newWords();
}

QString PasswordBuilderSession::levelName() const {
    static const QStringList names = {QStringLiteral("empty"), QStringLiteral("very-weak"),
                                      QStringLiteral("weak"), QStringLiteral("fair"),
                                      QStringLiteral("strong")};
    return names.value(m_level);
}

void PasswordBuilderSession::newWords() {
    m_words = PasswordStrength::threeRandomWords(*QRandomGenerator::global());
    Q_EMIT wordsChanged();
}

void PasswordBuilderSession::check(const QString &password) {
    const PasswordStrength::Assessment assessment = PasswordStrength::assess(password);
    m_level = int(assessment.level);
    m_reasons = assessment.reasons;
    if (assessment.level == PasswordStrength::Level::Strong)
        m_reachedStrong = true;
    Q_EMIT changed();
}

} // namespace OpenSteps
