// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace OpenSteps::PlainLanguage {

// Reading measures for English lesson text, so authors hear about hard text before learners
// do. Targets: sentences of 15 words or fewer on average, and Flesch reading ease 70 or more
// (about reading age 9 to 11).
constexpr double kMaxAverageSentenceWords = 15.0;
constexpr double kMinReadingEase = 70.0;

struct Measures {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    double averageSentenceWords() const { return sentences ? double(words) / sentences : 0; }
    double readingEase() const; // Flesch reading ease
};

// Sentences end at . ! ? or a line break; web and email addresses count as one word.
Measures measure(const QString &text);
int syllables(const QString &word);

// Words a learner may not know. A lesson may use one if it also explains it: a sentence with
// the word and "is", "are", "means" or "called" (for example "This is called the taskbar.").
const QStringList &jargon();
// Jargon words in `text`, lower case, each once (addresses are not searched).
QStringList jargonIn(const QString &text);
// Whether `text` has a sentence that explains `term`.
bool explains(const QString &text, const QString &term);

} // namespace OpenSteps::PlainLanguage
