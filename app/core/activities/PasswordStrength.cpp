// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStrength.h"

#include <QRegularExpression>

namespace OpenSteps::PasswordStrength {

namespace {
constexpr int kStrongLength = 15; // about 3 short words
constexpr int kFairLength = 12;
constexpr int kWeakLength = 8;

// Passwords and parts criminals try first, whatever else is around them.
const QStringList &commonParts() {
    static const QStringList parts = {
        QStringLiteral("password"), QStringLiteral("passw0rd"), QStringLiteral("123456"),
        QStringLiteral("qwerty"),   QStringLiteral("letmein"),  QStringLiteral("iloveyou"),
        QStringLiteral("abc123"),   QStringLiteral("welcome"),  QStringLiteral("monkey"),
        QStringLiteral("dragon"),   QStringLiteral("football"), QStringLiteral("111111"),
        QStringLiteral("admin"),    QStringLiteral("sunshine"), QStringLiteral("princess"),
    };
    return parts;
}

bool hasRepeats(const QString &password) {
    static const QRegularExpression repeated(QStringLiteral("(.)\\1{3,}"));
    return repeated.match(password).hasMatch();
}
} // namespace

Assessment assess(const QString &password) {
    Assessment result;
    if (password.isEmpty())
        return result;
    const QString lower = password.toLower();
    const bool common = std::any_of(commonParts().cbegin(), commonParts().cend(),
                                    [&](const QString &part) { return lower.contains(part); });
    const bool repeats = hasRepeats(password);
    QSet<QChar> distinct(password.cbegin(), password.cend());
    const bool oneKind = distinct.size() <= 3;
    if (password.size() < kStrongLength)
        result.reasons << QStringLiteral("short");
    if (common)
        result.reasons << QStringLiteral("common");
    if (repeats)
        result.reasons << QStringLiteral("repeats");
    if (oneKind)
        result.reasons << QStringLiteral("one-kind");

    if (common || oneKind || password.size() < kWeakLength)
        result.level = Level::VeryWeak;
    else if (repeats || password.size() < kFairLength)
        result.level = Level::Weak;
    else if (password.size() < kStrongLength)
        result.level = Level::Fair;
    else
        result.level = Level::Strong;
    return result;
}

const QStringList &wordList() {
    static const QStringList words =
        QStringLiteral(
            "apple bread brick bucket cabbage candle carpet carrot castle cloud coat comet cotton "
            "daisy desert dolphin donkey drum eagle engine feather fiddle forest fork garden "
            "ginger "
            "glove goose guitar hammer harbour hedge honey island jacket jelly kettle kitten "
            "ladder "
            "lemon lighthouse lizard magnet maple meadow mitten muffin needle nutmeg ocean "
            "orange otter owl paddle parrot peanut pebble pencil pepper piano pillow planet pocket "
            "puddle pumpkin rabbit rainbow ribbon river rocket saddle salmon sandal scarf shovel "
            "spoon squirrel stamp star sugar swan teapot tiger tomato tractor trumpet tulip turnip "
            "umbrella valley violin wagon walnut whistle window wizard yacht zebra bicycle sunday "
            "button cherry pirate marble helmet lantern mango noodle onion pyjamas robin thimble")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

QStringList threeRandomWords(QRandomGenerator &random) {
    // Three very short words together are still short: pick again until they make a strong one.
    QStringList picked;
    while (picked.size() < 3 || picked.join(QString()).size() < kStrongLength) {
        if (picked.size() == 3)
            picked.clear();
        QString word = wordList().at(random.bounded(int(wordList().size())));
        word[0] = word.at(0).toUpper();
        if (!picked.contains(word))
            picked << word;
    }
    return picked;
}

} // namespace OpenSteps::PasswordStrength
