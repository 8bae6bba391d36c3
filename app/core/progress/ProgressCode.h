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
    // For a learner who shares outcomes: their pseudonym (the xAPI actor's name), so the
    // programme counts them once wherever they learn. Empty: none travels.
    QString pseudonym;
    // How many skills checks the learner has finished (at most ProgressCode::kMaxChecks), so
    // the next one on the other PC takes the next number. Travels with a pseudonym only; 0
    // from a code without one (restoring its answers then counts as one check).
    int skillsChecks = 0;
    bool operator==(const PortableProgress &) const = default;
};

// A short code a learner can copy by hand, e.g. "K7QM-3XHD-9TNA-RW4", that carries their
// completed lessons and latest skills-check answers to another PC with the same lessons, and,
// for a learner who shares outcomes, their pseudonym.
//
// Format (31 characters with no look-alikes, so every character is a digit in base 31):
//   1 curriculum character: SHA-1 of the sorted lesson and statement ids, mod 31;
//   N data characters: one number, a bit per lesson (sorted) then 2 bits per statement
//     (sorted; 0 unanswered, 1 not-yet, 2 a-bit, 3 yes), in base 31, most significant first,
//     N the fewest digits that can hold it (13 for 20 lessons and 21 statements);
//   only in a code with a pseudonym: 1 character, the number of skills checks finished (0 to
//     30), then the 10 characters of the pseudonym itself (isPortablePseudonym);
//   1 check character: sum of weight_i * value_i mod 31 over the characters before it, with
//     weights 1, 2, ..., 29, 1, 2, ... Since 31 is prime and no two neighbouring weights (nor
//     any weight and the check's own, -1) are equal mod 31, every single wrong character and
//     every swap of two neighbouring different characters is refused, at any length.
// So a code is N + 2 characters (15 today) without a pseudonym and N + 13 (26) with one; the
// length tells them apart, and codes made before pseudonyms travelled still read the same.
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

    // Characters without dashes, for this curriculum, without or with a pseudonym.
    int codeLength(bool withPseudonym = false) const;

    static QString alphabet();                      // "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    static QString group(const QString &cleanCode); // inserts dashes every 4

    // Pseudonyms that fit in a code: 10 characters of the alphabet, 31^10 (about 2^49.5)
    // of them, so among 90,000 learners the chance that any two share one is about 1 in
    // 200,000. Pseudonyms made before (UUIDs) do not fit, and never travel.
    static constexpr int kPseudonymLength = 10;
    static constexpr int kMaxChecks = 30; // counts above this travel as 30
    static bool isPortablePseudonym(const QString &pseudonym);
    static QString newPseudonym(); // random, from the system's secure generator

private:
    QStringList m_lessonIds;    // sorted, unique
    QStringList m_statementIds; // sorted, unique
    int m_curriculum = 0;       // value of the curriculum character
    int m_dataLength = 0;       // N
};

} // namespace OpenSteps
