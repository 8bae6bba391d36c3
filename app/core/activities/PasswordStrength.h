// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace OpenSteps::PasswordStrength {

// How hard a password is to guess, in the terms of UK advice (NCSC): length matters most, so
// 3 random words make a strong password; common passwords and patterns are weak at any length.
enum class Level { Empty, VeryWeak, Weak, Fair, Strong };

struct Assessment {
    Level level = Level::Empty;
    // Why it is not stronger, as ids the UI words: "short", "common", "repeats", "one-kind".
    QStringList reasons;
};

// Looks at `password` in memory only. Nothing is kept, logged or written anywhere.
Assessment assess(const QString &password);

// 3 different random words from a list of short, concrete, everyday words, each with a capital.
QStringList threeRandomWords(QRandomGenerator &random);
const QStringList &wordList();

} // namespace OpenSteps::PasswordStrength
