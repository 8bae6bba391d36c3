// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainLanguage.h"

#include <QRegularExpression>

namespace OpenSteps::PlainLanguage {

namespace {
// Addresses are read as one thing, not judged as words.
QString withoutAddresses(const QString &text) {
    static const QRegularExpression address(
        QStringLiteral("\\S+@\\S+|\\b(?:https?://"
                       "|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)+\\.(?:uk|com|org|net|info)\\b"));
    return QString(text).replace(address, QStringLiteral("address"));
}

QStringList sentencesOf(const QString &text) {
    static const QRegularExpression end(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
    QStringList result;
    for (const QString &sentence : withoutAddresses(text).split(end, Qt::SkipEmptyParts)) {
        if (sentence.contains(QRegularExpression(QStringLiteral("\\w"))))
            result << sentence;
    }
    return result;
}

QStringList wordsOf(const QString &sentence) {
    static const QRegularExpression word(QStringLiteral("[\\w£']+(?:[-'][\\w]+)*"));
    QStringList words;
    for (auto it = word.globalMatch(sentence); it.hasNext();)
        words << it.next().captured();
    return words;
}
} // namespace

double Measures::readingEase() const {
    if (!sentences || !words)
        return 100;
    return 206.835 - 1.015 * averageSentenceWords() - 84.6 * double(syllables) / words;
}

int syllables(const QString &word) {
    const QString w = word.toLower();
    if (w.isEmpty() || !w.at(0).isLetter())
        return 1; // numbers and symbols are read quickly
    static const QRegularExpression vowels(QStringLiteral("[aeiouy]+"));
    int count = 0; // vowel groups (QString::count would count overlapping matches)
    for (auto it = vowels.globalMatch(w); it.hasNext(); it.next())
        ++count;
    if (w.endsWith(QLatin1Char('e')) && !w.endsWith(QLatin1String("le")) && count > 1)
        --count; // a silent e: "make", "phone"
    if (w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("ted")) &&
        !w.endsWith(QLatin1String("ded")) && count > 1)
        --count; // "clicked", "opened"
    return qMax(1, count);
}

Measures measure(const QString &text) {
    Measures result;
    for (const QString &sentence : sentencesOf(text)) {
        const QStringList words = wordsOf(sentence);
        if (words.isEmpty())
            continue;
        ++result.sentences;
        result.words += int(words.size());
        for (const QString &word : words)
            result.syllables += syllables(word);
    }
    return result;
}

const QStringList &jargon() {
    static const QStringList terms = {
        QStringLiteral("url"),
        QStringLiteral("browser"),
        QStringLiteral("download"),
        QStringLiteral("upload"),
        QStringLiteral("phishing"),
        QStringLiteral("malware"),
        QStringLiteral("cookies"),
        QStringLiteral("two-factor"),
        QStringLiteral("authentication"),
        QStringLiteral("encryption"),
        QStringLiteral("router"),
        QStringLiteral("cache"),
        QStringLiteral("icon"),
        QStringLiteral("cursor"),
        QStringLiteral("taskbar"),
        QStringLiteral("spam"),
        QStringLiteral("software"),
        QStringLiteral("operating system"),
    };
    return terms;
}

namespace {
QRegularExpression termPattern(const QString &term) {
    return QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(term) +
                                  QStringLiteral("s?\\b"),
                              QRegularExpression::CaseInsensitiveOption);
}
} // namespace

QStringList jargonIn(const QString &text) {
    const QString plain = withoutAddresses(text);
    QStringList found;
    for (const QString &term : jargon()) {
        if (termPattern(term).match(plain).hasMatch())
            found << term;
    }
    return found;
}

bool explains(const QString &text, const QString &term) {
    static const QRegularExpression definition(QStringLiteral("\\b(is|are|means|called)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression pattern = termPattern(term);
    const QStringList sentences = sentencesOf(text);
    return std::any_of(sentences.cbegin(), sentences.cend(), [&](const QString &sentence) {
        return pattern.match(sentence).hasMatch() && definition.match(sentence).hasMatch();
    });
}

} // namespace OpenSteps::PlainLanguage
