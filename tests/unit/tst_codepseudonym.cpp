// SPDX-License-Identifier: GPL-3.0-or-later
// Progress codes that carry a sharing learner's pseudonym and number of skills checks: the
// round trip with and without one, typing slips in the longer code, codes from before (which
// still read the same), and the pseudonyms that fit.
#include "ProgressCode.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace OpenSteps;

namespace {
using Error = ProgressCode::Error;

QStringList ids(const char *prefix, int count) {
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i);
    return list;
}

// The bundled curriculum's size: 20 lessons, 21 statements.
const ProgressCode &codes() {
    static const ProgressCode codes(ids("lesson", 20), ids("statement", 21));
    return codes;
}

QString clean(QString code) {
    return code.remove(u'-');
}

// A pseudonym drawn from `random` (not the system's generator), so every run tests the same.
QString pseudonymFrom(QRandomGenerator &random) {
    QString pseudonym;
    for (int i = 0; i < ProgressCode::kPseudonymLength; ++i)
        pseudonym += ProgressCode::alphabet().at(random.bounded(31));
    return pseudonym;
}

PortableProgress randomProgress(QRandomGenerator &random, bool withPseudonym) {
    PortableProgress progress;
    for (const QString &id : ids("lesson", 20)) {
        if (random.bounded(2))
            progress.completedLessonIds.insert(id);
    }
    static const QStringList answers = {QStringLiteral("not-yet"), QStringLiteral("a-bit"),
                                        QStringLiteral("yes")};
    for (const QString &id : ids("statement", 21)) {
        if (const int pick = random.bounded(4); pick > 0)
            progress.skillsAnswers.insert(id, answers.at(pick - 1));
    }
    if (withPseudonym) {
        progress.pseudonym = pseudonymFrom(random);
        progress.skillsChecks = random.bounded(ProgressCode::kMaxChecks + 1);
    }
    return progress;
}
} // namespace

class CodePseudonymTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lengths() {
        // 13 data characters for 20 lessons and 21 statements, as before; 11 more with a
        // pseudonym (1 for the checks, 10 for the pseudonym).
        QCOMPARE(codes().codeLength(), 15);
        QCOMPARE(codes().codeLength(true), 26);
    }

    void roundTrip_data() {
        QTest::addColumn<bool>("withPseudonym");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QTest::addRow("with pseudonym, seed %u", seed) << true << seed;
            QTest::addRow("without, seed %u", seed) << false << seed;
        }
    }
    void roundTrip() {
        QFETCH(bool, withPseudonym);
        QFETCH(quint32, seed);
        static const QRegularExpression grouped(
            QStringLiteral("^([2-9A-HJKMNP-Z]{4}-)*[2-9A-HJKMNP-Z]{1,4}$"));
        QRandomGenerator random(seed);
        for (int i = 0; i < 300; ++i) {
            const PortableProgress progress = randomProgress(random, withPseudonym);
            const QString code = codes().encode(progress);
            QVERIFY2(grouped.match(code).hasMatch(), qPrintable(code));
            QCOMPARE(clean(code).size(), codes().codeLength(withPseudonym));
            const ProgressCode::Decoded decoded = codes().decode(code.toLower());
            QCOMPARE(decoded.error, Error::None);
            QCOMPARE(decoded.progress, progress);
            if (withPseudonym) // the pseudonym is in the code as it is, before the check
                QVERIFY(clean(code).chopped(1).endsWith(progress.pseudonym));
        }
    }

    // A learner who does not share, or whose pseudonym is from before (a UUID), gets the code
    // of before: the same characters, whatever their checks.
    void noPortablePseudonymGivesTheShortCode_data() {
        QTest::addColumn<QString>("pseudonym");
        QTest::addRow("none") << QString();
        QTest::addRow("a UUID from before") << QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::addRow("one character short") << QStringLiteral("K7QM3XHD9");
        QTest::addRow("small letters") << QStringLiteral("k7qm3xhd9t");
        QTest::addRow("a look-alike letter") << QStringLiteral("K7QM3XHD9O");
    }
    void noPortablePseudonymGivesTheShortCode() {
        QFETCH(QString, pseudonym);
        QVERIFY(!ProgressCode::isPortablePseudonym(pseudonym));
        QRandomGenerator random(5);
        PortableProgress progress = randomProgress(random, false);
        const QString before = codes().encode(progress);
        progress.pseudonym = pseudonym;
        progress.skillsChecks = 4;
        QCOMPARE(codes().encode(progress), before);
        const ProgressCode::Decoded decoded = codes().decode(before);
        QCOMPARE(decoded.error, Error::None);
        QVERIFY(decoded.progress.pseudonym.isEmpty());
        QCOMPARE(decoded.progress.skillsChecks, 0);
    }

    // Codes written down before pseudonyms travelled (pinned in tst_progresscode too) still
    // read the same; the longer one is pinned here.
    void formatIsStable() {
        const ProgressCode tiny({QStringLiteral("lesson-b"), QStringLiteral("lesson-a")},
                                {QStringLiteral("statement-x")});
        PortableProgress some;
        some.completedLessonIds = {QStringLiteral("lesson-b")};
        some.skillsAnswers = {{QStringLiteral("statement-x"), QStringLiteral("a-bit")}};
        QCOMPARE(tiny.encode(some), QStringLiteral("TCF"));
        QCOMPARE(tiny.decode(QStringLiteral("TCF")).progress, some);
        some.pseudonym = QStringLiteral("K7QM3XHD9T");
        some.skillsChecks = 3;
        // T, C, then 3 checks ('5'), the pseudonym, and the check character worked out in
        // Python: weights 1..13 on the values 24, 10, 3, 17, 5, 21, 18, 1, 28, 15, 11, 7, 24,
        // sum mod 31 = 23 = 'S'.
        QCOMPARE(tiny.encode(some), QStringLiteral("TC5K-7QM3-XHD9-TS"));
        QCOMPARE(tiny.decode(QStringLiteral("TC5K-7QM3-XHD9-TS")).progress, some);
    }

    void checksAreCappedAt30() {
        PortableProgress progress;
        progress.pseudonym = QStringLiteral("K7QM3XHD9T");
        progress.skillsChecks = 45;
        QCOMPARE(codes().decode(codes().encode(progress)).progress.skillsChecks,
                 ProgressCode::kMaxChecks);
    }

    // Every single wrong character and every swap of two different neighbours in the longer
    // code is refused; a character left out or added is the wrong length.
    void typingSlips_data() {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 11; seed <= 14; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void typingSlips() {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QString code = clean(codes().encode(randomProgress(random, true)));
        const QString alphabet = ProgressCode::alphabet();
        for (int at = 0; at < code.size(); ++at) {
            for (const QChar other : alphabet) {
                if (other == code.at(at))
                    continue;
                QString typo = code;
                typo[at] = other;
                QCOMPARE(codes().decode(typo).error, Error::Mistyped);
            }
            if (at + 1 < code.size() && code.at(at) != code.at(at + 1)) {
                QString swapped = code;
                std::swap(swapped[at], swapped[at + 1]);
                QCOMPARE(codes().decode(swapped).error, Error::Mistyped);
            }
            QString dropped = code;
            dropped.remove(at, 1);
            QCOMPARE(codes().decode(dropped).error, Error::WrongLength);
        }
        QCOMPARE(codes().decode(code + u'2').error, Error::WrongLength);
    }

    void newPseudonymsFit() {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString pseudonym = ProgressCode::newPseudonym();
            QVERIFY2(ProgressCode::isPortablePseudonym(pseudonym), qPrintable(pseudonym));
            seen.insert(pseudonym);
        }
        QCOMPARE(seen.size(), 2000);
        // Every character is used (a generator stuck on part of the alphabet would not be).
        QSet<QChar> characters;
        for (const QString &pseudonym : std::as_const(seen))
            for (const QChar c : pseudonym)
                characters.insert(c);
        QCOMPARE(characters.size(), 31);
    }
};

QTEST_GUILESS_MAIN(CodePseudonymTest)
#include "tst_codepseudonym.moc"
