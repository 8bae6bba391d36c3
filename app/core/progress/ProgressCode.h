// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace OpenSteps {

// What a progress code carries to another PC. Nothing personal: no name, no dates.
struct PortableProgress {
    QSet<QString> completedLessonIds;      // lesson ids (UUID strings)
    QHash<QString, QString> skillsAnswers; // statement id -> "yes" | "a-bit" | "not-yet"
    bool operator==(const PortableProgress &) const = default;
};

// A short code a learner can copy by hand, e.g. "K7QM-3XHD-9TNA-RW4", that carries their
// completed lessons and latest skills-check answers to another PC with the same lessons.
//
// Format (31 characters with no look-alikes, so every character is a digit in base 31):
//   1 curriculum character: SHA-1 of the sorted lesson and statement ids, mod 31;
//   N data characters: one number, a bit per lesson (sorted) then 2 bits per statement
//     (sorted; 0 unanswered, 1 not-yet, 2 a-bit, 3 yes), in base 31, most significant first,
//     N the fewest digits that can hold it (13 for 20 lessons and 21 statements);
//   1 check character: sum of weight_i * value_i mod 31 over the characters before it, with
//     weights 1, 2, ..., 29, 1, 2, ... Since 31 is prime and no two neighbouring weights (nor
//     any weight and the check's own, -1) are equal mod 31, every single wrong character and
//     every swap of two neighbouring different characters is refused, at any length.
// A code for other lessons is refused unless its curriculum character happens to match (1 in
// 31 curricula) and its length too; then it reads as this curriculum's progress.
class ProgressCode {
public:
    // lessonIds: every lesson of this PC's curriculum (any order; sorted inside so order never
    // matters); statementIds: the skills-check statement ids (any order; sorted inside).
    ProgressCode(QStringList lessonIds, QStringList statementIds);

    // e.g. "K7QM-3XHD-9TNA-RW4": groups of four separated by '-', the last may be shorter.
    // Lesson ids, statements and answers this curriculum does not know are left out.
    QString encode(const PortableProgress &progress) const;

    enum class Error { None, Empty, BadCharacter, WrongLength, Mistyped, OtherCurriculum };
    struct Decoded {
        Error error = Error::None;
        PortableProgress progress; // empty unless error is None
        int badCharacter = -1;     // 0-based index in the cleaned code, for BadCharacter
    };
    // Accepts lower case, and spaces/dashes anywhere; anything else outside the alphabet is
    // BadCharacter. Errors are reported in this order: Empty, BadCharacter, WrongLength,
    // Mistyped (check fails), OtherCurriculum, Mistyped (data beyond this curriculum).
    Decoded decode(const QString &typed) const;

    int codeLength() const; // characters without dashes, for this curriculum

    static QString alphabet();                      // "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    static QString group(const QString &cleanCode); // inserts dashes every 4

private:
    QStringList m_lessonIds;    // sorted, unique
    QStringList m_statementIds; // sorted, unique
    int m_curriculum = 0;       // value of the curriculum character
    int m_dataLength = 0;       // N
};

} // namespace OpenSteps
