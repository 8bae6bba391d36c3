// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressCode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace OpenSteps {

namespace {
constexpr int kBase = 31;
// Weights 1..29 repeat: neighbours always differ, and none is 30 (= -1 mod 31), the weight
// the check character itself has in "sum - check == 0", so swapping it with the last data
// character is caught too.
constexpr int kWeightCycle = 29;

// Answers by their 2-bit value; 0 is "not answered".
const QString &answerFor(int value) {
    static const QString answers[] = {QString(), QStringLiteral("not-yet"), QStringLiteral("a-bit"),
                                      QStringLiteral("yes")};
    return answers[value];
}

int valueOfAnswer(const QString &answer) {
    for (int value = 1; value < 4; ++value) {
        if (answer == answerFor(value))
            return value;
    }
    return 0;
}

QStringList sortedUnique(QStringList ids) {
    ids.sort();
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

int checkValue(const QList<int> &values) {
    int sum = 0;
    for (int i = 0; i < values.size(); ++i)
        sum = (sum + (i % kWeightCycle + 1) * values.at(i)) % kBase;
    return sum;
}

// A non-negative whole number of any size: 32-bit limbs, least significant first. Codes are
// tens of characters, so schoolbook arithmetic is plenty.
using BigNumber = std::vector<quint32>;

void setBit(BigNumber &number, int bit) {
    number[bit / 32] |= quint32(1) << (bit % 32);
}

bool testBit(const BigNumber &number, int bit) {
    return bit / 32 < int(number.size()) && (number[bit / 32] >> (bit % 32)) & 1;
}

// Whether number >= 2^bit.
bool reachesBit(const BigNumber &number, int bit) {
    for (int limb = int(number.size()) - 1; limb >= 0; --limb) {
        if (limb * 32 + 31 < bit)
            return false;
        const quint32 mask = limb * 32 >= bit ? ~quint32(0) : ~((quint32(1) << (bit % 32)) - 1);
        if (number[limb] & mask)
            return true;
    }
    return false;
}

int divideBy31(BigNumber &number) {
    quint64 remainder = 0;
    for (auto limb = number.rbegin(); limb != number.rend(); ++limb) {
        const quint64 current = (remainder << 32) | *limb;
        *limb = quint32(current / kBase);
        remainder = current % kBase;
    }
    return int(remainder);
}

// number = number * 31 + digit; the caller sizes number so it never overflows.
void multiplyBy31Add(BigNumber &number, int digit) {
    quint64 carry = quint64(digit);
    for (quint32 &limb : number) {
        const quint64 current = quint64(limb) * kBase + carry;
        limb = quint32(current);
        carry = current >> 32;
    }
}

bool isDash(QChar c) {
    // Also the typographic dashes a word processor or web page may turn '-' into.
    return c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || c == QChar(0x2212);
}
} // namespace

ProgressCode::ProgressCode(QStringList lessonIds, QStringList statementIds)
    : m_lessonIds(sortedUnique(std::move(lessonIds)))
    , m_statementIds(sortedUnique(std::move(statementIds))) {
    // SHA-1, not qHash: qHash is seeded per process, and the code must mean the same
    // everywhere. The headings keep lessons and statements apart.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("lessons\n"));
    hash.addData(m_lessonIds.join(u'\n').toUtf8());
    hash.addData(QByteArrayView("\nstatements\n"));
    hash.addData(m_statementIds.join(u'\n').toUtf8());
    for (const char byte : hash.result())
        m_curriculum = (m_curriculum * 256 + quint8(byte)) % kBase;

    // The fewest base-31 digits whose range, 31^N, reaches 2^bits.
    const int bits = int(m_lessonIds.size() + 2 * m_statementIds.size());
    BigNumber power(bits / 32 + 2, 0);
    power[0] = 1;
    while (!reachesBit(power, bits)) {
        multiplyBy31Add(power, 0);
        ++m_dataLength;
    }
}

int ProgressCode::codeLength(bool withPseudonym) const {
    return 1 + m_dataLength + (withPseudonym ? 1 + kPseudonymLength : 0) + 1;
}

bool ProgressCode::isPortablePseudonym(const QString &pseudonym) {
    const QString characters = alphabet();
    return pseudonym.size() == kPseudonymLength &&
           std::all_of(pseudonym.cbegin(), pseudonym.cend(),
                       [&](QChar c) { return characters.contains(c); });
}

QString ProgressCode::newPseudonym() {
    const QString characters = alphabet();
    QString pseudonym;
    for (int i = 0; i < kPseudonymLength; ++i)
        pseudonym += characters.at(int(QRandomGenerator::system()->bounded(kBase)));
    return pseudonym;
}

QString ProgressCode::alphabet() {
    return QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
}

QString ProgressCode::group(const QString &cleanCode) {
    QString grouped;
    for (qsizetype i = 0; i < cleanCode.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += u'-';
        grouped += cleanCode.at(i);
    }
    return grouped;
}

QString ProgressCode::encode(const PortableProgress &progress) const {
    const int lessons = int(m_lessonIds.size());
    BigNumber number((lessons + 2 * m_statementIds.size()) / 32 + 1, 0);
    for (int i = 0; i < lessons; ++i) {
        if (progress.completedLessonIds.contains(m_lessonIds.at(i)))
            setBit(number, i);
    }
    for (int i = 0; i < m_statementIds.size(); ++i) {
        const int value = valueOfAnswer(progress.skillsAnswers.value(m_statementIds.at(i)));
        if (value & 1)
            setBit(number, lessons + 2 * i);
        if (value & 2)
            setBit(number, lessons + 2 * i + 1);
    }

    QList<int> values(1 + m_dataLength);
    values[0] = m_curriculum;
    for (int i = m_dataLength; i >= 1; --i)
        values[i] = divideBy31(number);
    if (isPortablePseudonym(progress.pseudonym)) {
        values.append(std::clamp(progress.skillsChecks, 0, kMaxChecks));
        for (const QChar c : progress.pseudonym)
            values.append(int(alphabet().indexOf(c)));
    }
    values.append(checkValue(values));

    const QString characters = alphabet();
    QString code;
    for (const int value : values)
        code += characters.at(value);
    return group(code);
}

ProgressCode::Decoded ProgressCode::decode(const QString &typed) const {
    Decoded result;
    QString clean;
    for (const QChar c : typed) {
        if (c.isSpace() || isDash(c))
            continue;
        clean += (c >= u'a' && c <= u'z') ? QChar(c.unicode() - u'a' + u'A') : c;
    }
    if (clean.isEmpty()) {
        result.error = Error::Empty;
        return result;
    }

    const QString characters = alphabet();
    QList<int> values;
    for (const QChar c : std::as_const(clean)) {
        const int value = int(characters.indexOf(c));
        if (value < 0) {
            result.error = Error::BadCharacter;
            result.badCharacter = int(values.size());
            return result;
        }
        values.append(value);
    }
    const bool withPseudonym = values.size() == codeLength(true);
    if (values.size() != codeLength() && !withPseudonym) {
        result.error = Error::WrongLength;
        return result;
    }
    const int check = values.takeLast();
    if (checkValue(values) != check) {
        result.error = Error::Mistyped;
        return result;
    }
    if (values.first() != m_curriculum) {
        result.error = Error::OtherCurriculum;
        return result;
    }

    // 31^N < 32^N = 2^(5N): room for any N digits, so only the curriculum's range can fail.
    const int lessons = int(m_lessonIds.size());
    const int bits = int(lessons + 2 * m_statementIds.size());
    BigNumber number(5 * m_dataLength / 32 + 1, 0);
    for (int i = 1; i <= m_dataLength; ++i)
        multiplyBy31Add(number, values.at(i));
    if (reachesBit(number, bits)) {
        result.error = Error::Mistyped;
        return result;
    }

    for (int i = 0; i < lessons; ++i) {
        if (testBit(number, i))
            result.progress.completedLessonIds.insert(m_lessonIds.at(i));
    }
    for (int i = 0; i < m_statementIds.size(); ++i) {
        const int value =
            int(testBit(number, lessons + 2 * i)) | int(testBit(number, lessons + 2 * i + 1)) << 1;
        if (value != 0)
            result.progress.skillsAnswers.insert(m_statementIds.at(i), answerFor(value));
    }
    if (withPseudonym) {
        result.progress.skillsChecks = values.at(1 + m_dataLength);
        for (int i = 2 + m_dataLength; i < values.size(); ++i)
            result.progress.pseudonym += characters.at(values.at(i));
    }
    return result;
}

} // namespace OpenSteps
