// SPDX-License-Identifier: GPL-3.0-or-later
// Progress codes: progress survives the trip, typing slips are caught, and a code from other
// lessons is never read as this PC's progress.
#include "LessonCatalog.h"
#include "ProgressCode.h"
#include "SkillsCheck.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace OpenSteps;

namespace {
using Error = ProgressCode::Error;

QString errorName(Error error) {
    switch (error) {
    case Error::None:
        return QStringLiteral("None");
    case Error::Empty:
        return QStringLiteral("Empty");
    case Error::BadCharacter:
        return QStringLiteral("BadCharacter");
    case Error::WrongLength:
        return QStringLiteral("WrongLength");
    case Error::Mistyped:
        return QStringLiteral("Mistyped");
    case Error::OtherCurriculum:
        return QStringLiteral("OtherCurriculum");
    }
    return QStringLiteral("?");
}

// Lesson ids as the app has them (UUIDs), the same every run for a given seed.
QStringList lessonIds(int count, quint32 seed = 1) {
    QRandomGenerator random(seed);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        quint32 bytes[4];
        random.fillRange(bytes);
        ids << QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16))
                   .toString(QUuid::WithoutBraces);
    }
    return ids;
}

QStringList statementIds(int count) {
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("statement-%1").arg(i);
    return ids;
}

const QStringList &answers() {
    static const QStringList all = {QStringLiteral("not-yet"), QStringLiteral("a-bit"),
                                    QStringLiteral("yes")};
    return all;
}

// Random progress, some nearly empty and some nearly complete (each state its own density).
PortableProgress randomProgress(QRandomGenerator &random, const QStringList &lessons,
                                const QStringList &statements) {
    PortableProgress progress;
    const int density = random.bounded(101);
    for (const QString &id : lessons) {
        if (random.bounded(100) < density)
            progress.completedLessonIds.insert(id);
    }
    for (const QString &id : statements) {
        const int answer = random.bounded(4);
        if (answer > 0)
            progress.skillsAnswers.insert(id, answers().at(answer - 1));
    }
    return progress;
}

QString clean(QString code) {
    return code.remove(u'-');
}

// The check character, worked out here independently of ProgressCode.
QString withCheck(const QString &body) {
    const QString alphabet = ProgressCode::alphabet();
    int sum = 0;
    for (int i = 0; i < body.size(); ++i)
        sum += (i % 29 + 1) * int(alphabet.indexOf(body.at(i)));
    return body + alphabet.at(sum % 31);
}

QByteArray describe(const QString &code, const ProgressCode::Decoded &decoded) {
    return (code + QStringLiteral(" -> ") + errorName(decoded.error)).toUtf8();
}
} // namespace

class ProgressCodeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alphabetHasNoLookAlikes() {
        const QString alphabet = ProgressCode::alphabet();
        QCOMPARE(alphabet, QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ"));
        QCOMPARE(QSet<QChar>(alphabet.cbegin(), alphabet.cend()).size(), 31);
        for (const char c : {'0', '1', 'I', 'L', 'O'})
            QVERIFY(!alphabet.contains(QLatin1Char(c)));
    }

    void codeLength_data() {
        QTest::addColumn<int>("lessons");
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("length");
        QTest::newRow("bundled size: 2^62") << 20 << 21 << 15;
        QTest::newRow("22 lessons: 2^64 still 13 digits") << 22 << 21 << 15;
        QTest::newRow("23 lessons: 2^65 needs 14") << 23 << 21 << 16;
        QTest::newRow("200 lessons: 2^242") << 200 << 21 << 51;
        QTest::newRow("4 bits fit one digit") << 4 << 0 << 3;
        QTest::newRow("5 bits need two") << 5 << 0 << 4;
        QTest::newRow("nothing to carry") << 0 << 0 << 2;
    }

    void codeLength() {
        QFETCH(int, lessons);
        QFETCH(int, statements);
        QFETCH(int, length);
        const ProgressCode codes(lessonIds(lessons), statementIds(statements));
        QCOMPARE(codes.codeLength(), length);
        QCOMPARE(clean(codes.encode({})).size(), length);
    }

    void bundledCurriculumGivesAShortCode() {
        LessonCatalog catalog;
        catalog.load(QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons"));
        QStringList lessons;
        for (const Lesson &lesson : catalog.lessons())
            lessons << lesson.id;
        QStringList statements;
        for (const SkillsCheck::Statement &statement : SkillsCheck::statements())
            statements << statement.id;
        const ProgressCode codes(lessons, statements);
        QCOMPARE(codes.codeLength(),
                 ProgressCode(lessonIds(int(lessons.size())), statementIds(int(statements.size())))
                     .codeLength());
        if (lessons.size() == 20 && statements.size() == 21)
            QCOMPARE(codes.codeLength(), 15);
        QVERIFY2(codes.codeLength() <= 20, "short enough to copy by hand");
    }

    void group_data() {
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("3") << QStringLiteral("ABC") << QStringLiteral("ABC");
        QTest::newRow("4") << QStringLiteral("ABCD") << QStringLiteral("ABCD");
        QTest::newRow("5") << QStringLiteral("ABCDE") << QStringLiteral("ABCD-E");
        QTest::newRow("15") << QStringLiteral("K7QM3XHD9TNARW4")
                            << QStringLiteral("K7QM-3XHD-9TNA-RW4");
    }

    void group() {
        QFETCH(QString, clean);
        QFETCH(QString, grouped);
        QCOMPARE(ProgressCode::group(clean), grouped);
    }

    // The code means the same on every PC and in every version: a change here strands codes
    // learners have written down.
    void formatIsStable() {
        const ProgressCode codes(lessonIds(20), statementIds(21));
        PortableProgress progress;
        progress.completedLessonIds = {lessonIds(20).at(0), lessonIds(20).at(7)};
        progress.skillsAnswers = {{QStringLiteral("statement-0"), QStringLiteral("yes")},
                                  {QStringLiteral("statement-20"), QStringLiteral("not-yet")}};
        const QString code = codes.encode(progress);
        QCOMPARE(code, QStringLiteral("U222-4PHQ-EF7W-2KE"));
        QCOMPARE(codes.encode({}), QStringLiteral("U222-2222-2222-22U"));
        QCOMPARE(clean(code), withCheck(clean(code).chopped(1)));
        // Worked out outside OpenSteps (Python hashlib): SHA-1 of "lessons\nlesson-a\nlesson-b\n
        // statements\nstatement-x" mod 31 = 'T'; lesson-b is bit 1, "a-bit" (2) bits 2-3: 10 = 'C'.
        const ProgressCode tiny({QStringLiteral("lesson-b"), QStringLiteral("lesson-a")},
                                {QStringLiteral("statement-x")});
        PortableProgress some;
        some.completedLessonIds = {QStringLiteral("lesson-b")};
        some.skillsAnswers = {{QStringLiteral("statement-x"), QStringLiteral("a-bit")}};
        QCOMPARE(tiny.encode(some), QStringLiteral("TCF"));
    }

    void roundTrip_data() {
        QTest::addColumn<int>("lessons");
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("states");
        QTest::newRow("bundled size") << 20 << 21 << 2000;
        QTest::newRow("200 lessons") << 200 << 21 << 500;
        QTest::newRow("no statements") << 7 << 0 << 200;
        QTest::newRow("one of each") << 1 << 1 << 50;
    }

    void roundTrip() {
        QFETCH(int, lessons);
        QFETCH(int, statements);
        QFETCH(int, states);
        const QStringList lessonList = lessonIds(lessons);
        const QStringList statementList = statementIds(statements);
        const ProgressCode codes(lessonList, statementList);
        static const QRegularExpression grouped(
            QStringLiteral("^([2-9A-HJKMNP-Z]{4}-)*[2-9A-HJKMNP-Z]{1,4}$"));

        QRandomGenerator random(20240611);
        QList<PortableProgress> all;
        all << PortableProgress();
        for (const QString &answer : answers()) {
            PortableProgress complete;
            complete.completedLessonIds = QSet<QString>(lessonList.cbegin(), lessonList.cend());
            for (const QString &id : statementList)
                complete.skillsAnswers.insert(id, answer);
            all << complete;
        }
        while (all.size() < states)
            all << randomProgress(random, lessonList, statementList);

        for (const PortableProgress &progress : std::as_const(all)) {
            const QString code = codes.encode(progress);
            QVERIFY2(grouped.match(code).hasMatch(), qPrintable(code));
            QCOMPARE(clean(code).size(), codes.codeLength());
            const ProgressCode::Decoded decoded = codes.decode(code);
            QVERIFY2(decoded.error == Error::None, describe(code, decoded).constData());
            QVERIFY2(decoded.progress == progress, qPrintable(code));
            QCOMPARE(decoded.badCharacter, -1);
        }
    }

    void unknownLessonsAndAnswersAreLeftOut() {
        const QStringList lessons = lessonIds(20);
        const ProgressCode codes(lessons, statementIds(21));
        PortableProgress known;
        known.completedLessonIds = {lessons.at(3)};
        known.skillsAnswers = {{QStringLiteral("statement-4"), QStringLiteral("a-bit")}};
        PortableProgress extra = known;
        extra.completedLessonIds.insert(QStringLiteral("a lesson this PC does not have"));
        extra.skillsAnswers.insert(QStringLiteral("statement-99"), QStringLiteral("yes"));
        extra.skillsAnswers.insert(QStringLiteral("statement-5"), QStringLiteral("maybe"));
        QCOMPARE(codes.encode(extra), codes.encode(known));
        QVERIFY(codes.decode(codes.encode(extra)).progress == known);
    }

    void orderAndRepeatsOfIdsDoNotMatter() {
        const QStringList lessons = lessonIds(20);
        const QStringList statements = statementIds(21);
        QStringList shuffledLessons = lessons;
        QStringList shuffledStatements = statements;
        QRandomGenerator random(7);
        std::shuffle(shuffledLessons.begin(), shuffledLessons.end(), random);
        std::shuffle(shuffledStatements.begin(), shuffledStatements.end(), random);
        QVERIFY(shuffledLessons != lessons);
        shuffledLessons << lessons.at(0); // the same lesson listed twice changes nothing
        const ProgressCode here(lessons, statements);
        const ProgressCode there(shuffledLessons, shuffledStatements);
        QCOMPARE(there.codeLength(), here.codeLength());
        for (int i = 0; i < 100; ++i) {
            const PortableProgress progress = randomProgress(random, lessons, statements);
            const QString code = here.encode(progress);
            QCOMPARE(there.encode(progress), code);
            QVERIFY(there.decode(code).progress == progress);
        }
    }

    void typingSlips_data() {
        QTest::addColumn<int>("lessons");
        QTest::newRow("bundled size") << 20;
        QTest::newRow("200 lessons, weights cycle") << 200;
    }

    // Every wrong character and every swap of neighbours is refused, never read as progress.
    void typingSlips() {
        QFETCH(int, lessons);
        const QStringList lessonList = lessonIds(lessons);
        const QStringList statementList = statementIds(21);
        const ProgressCode codes(lessonList, statementList);
        const QString alphabet = ProgressCode::alphabet();
        QRandomGenerator random(42);
        int substitutions = 0;
        int swaps = 0;
        for (int n = 0; n < 50; ++n) {
            const QString code =
                clean(codes.encode(randomProgress(random, lessonList, statementList)));
            for (int i = 0; i < code.size(); ++i) {
                for (const QChar c : alphabet) {
                    if (c == code.at(i))
                        continue;
                    QString typed = code;
                    typed[i] = c;
                    const ProgressCode::Decoded decoded = codes.decode(typed);
                    QVERIFY2(decoded.error == Error::Mistyped,
                             describe(typed, decoded).constData());
                    QVERIFY(decoded.progress == PortableProgress());
                    ++substitutions;
                }
            }
            for (int i = 0; i + 1 < code.size(); ++i) {
                if (code.at(i) == code.at(i + 1))
                    continue;
                QString typed = code;
                std::swap(typed[i], typed[i + 1]);
                const ProgressCode::Decoded decoded = codes.decode(typed);
                QVERIFY2(decoded.error == Error::Mistyped, describe(typed, decoded).constData());
                QVERIFY(decoded.progress == PortableProgress());
                ++swaps;
            }
            for (int i = 0; i <= code.size(); ++i) {
                if (i < code.size())
                    QCOMPARE(errorName(codes.decode(QString(code).remove(i, 1)).error),
                             errorName(Error::WrongLength));
                QCOMPARE(errorName(codes.decode(QString(code).insert(i, u'7')).error),
                         errorName(Error::WrongLength));
            }
        }
        QCOMPARE(substitutions, 50 * codes.codeLength() * 30);
        QVERIFY(swaps > 50 * (codes.codeLength() - 1) * 9 / 10);
    }

    void dataBeyondTheCurriculumIsMistyped() {
        const ProgressCode codes(lessonIds(20), statementIds(21));
        const QString curriculum = clean(codes.encode({})).left(1);
        // All 'Z': 31^13 - 1, more than 2^62 - 1; the check character itself is right.
        const QString code = withCheck(curriculum + QString(13, u'Z'));
        QCOMPARE(errorName(codes.decode(code).error), errorName(Error::Mistyped));
        QVERIFY(codes.decode(code).progress == PortableProgress());
        // The largest number that fits is every lesson done and every answer "yes".
        QVERIFY(codes.decode(codes.encode(codes.decode(code).progress)).error == Error::None);
    }

    void acceptsHowPeopleType_data() {
        QTest::addColumn<QString>("typed");
        const ProgressCode codes(lessonIds(20), statementIds(21));
        PortableProgress progress;
        progress.completedLessonIds = {lessonIds(20).at(5)};
        progress.skillsAnswers = {{QStringLiteral("statement-3"), QStringLiteral("a-bit")}};
        const QString code = codes.encode(progress);
        QTest::newRow("as shown") << code;
        QTest::newRow("lower case") << code.toLower();
        QTest::newRow("no dashes") << clean(code);
        QTest::newRow("spaces for dashes") << QString(code).replace(u'-', u' ');
        QTest::newRow("space between every character") << clean(code).split(QString()).join(u' ');
        QTest::newRow("dashes anywhere")
            << QStringLiteral("-") + clean(code).insert(2, u'-') + u'-';
        QTest::newRow("around it") << QStringLiteral(" \t") + code + QStringLiteral("\n");
        QTest::newRow("typographic dash") << QString(code).replace(u'-', QChar(0x2013));
    }

    void acceptsHowPeopleType() {
        QFETCH(QString, typed);
        const ProgressCode codes(lessonIds(20), statementIds(21));
        const ProgressCode::Decoded decoded = codes.decode(typed);
        QVERIFY2(decoded.error == Error::None, describe(typed, decoded).constData());
        QVERIFY(decoded.progress.completedLessonIds.contains(lessonIds(20).at(5)));
        QCOMPARE(decoded.progress.skillsAnswers.value(QStringLiteral("statement-3")),
                 QStringLiteral("a-bit"));
    }

    void refusals_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("badCharacter");
        const ProgressCode codes(lessonIds(20), statementIds(21));
        const QString code = codes.encode({}); // "XXXX-XXXX-XXXX-XXX"
        const auto replaced = [&](int typedIndex, QChar c) {
            return QString(code).replace(typedIndex, 1, c);
        };
        const int bad = int(Error::BadCharacter);
        QTest::newRow("nothing") << QString() << int(Error::Empty) << -1;
        QTest::newRow("only spaces and dashes")
            << QStringLiteral(" - \t-") << int(Error::Empty) << -1;
        QTest::newRow("letter O") << replaced(5, u'O') << bad << 4; // index in the clean code
        QTest::newRow("digit 0") << replaced(5, u'0') << bad << 4;
        QTest::newRow("digit 1") << replaced(0, u'1') << bad << 0;
        QTest::newRow("letter I") << replaced(11, u'I') << bad << 9;
        QTest::newRow("letter L") << replaced(17, u'L') << bad << 14;
        QTest::newRow("lower-case l") << replaced(17, u'l') << bad << 14;
        QTest::newRow("lower-case o") << replaced(1, u'o') << bad << 1;
        QTest::newRow("punctuation") << replaced(2, u'.') << bad << 2;
        QTest::newRow("first bad one") << replaced(12, u'!').replace(6, 1, u'O') << bad << 5;
        QTest::newRow("bad before short") << QStringLiteral("AB1") << bad << 2;
        QTest::newRow("too short") << code.chopped(1) << int(Error::WrongLength) << -1;
        QTest::newRow("too long") << code + u'A' << int(Error::WrongLength) << -1;
        QTest::newRow("one character") << QStringLiteral("A") << int(Error::WrongLength) << -1;
    }

    void refusals() {
        QFETCH(QString, typed);
        QFETCH(int, error);
        QFETCH(int, badCharacter);
        const ProgressCode codes(lessonIds(20), statementIds(21));
        const ProgressCode::Decoded decoded = codes.decode(typed);
        QCOMPARE(errorName(decoded.error), errorName(Error(error)));
        QCOMPARE(decoded.badCharacter, badCharacter);
        QVERIFY(decoded.progress == PortableProgress());
    }

    void otherCurriculum_data() {
        QTest::addColumn<QStringList>("otherLessons");
        QTest::addColumn<QStringList>("otherStatements");
        QTest::addColumn<int>("error");
        const QStringList lessons = lessonIds(20);
        const QStringList statements = statementIds(21);
        const int other = int(Error::OtherCurriculum);
        QTest::newRow("one lesson added")
            << lessons + QStringList{QStringLiteral("added-lesson")} << statements << other;
        QTest::newRow("one lesson left out") << lessons.mid(1) << statements << other;
        QStringList renamed = lessons;
        renamed[3] = QStringLiteral("renamed-lesson");
        QTest::newRow("one lesson id changed") << renamed << statements << other;
        QTest::newRow("one statement added")
            << lessons << statements + QStringList{QStringLiteral("statement-new")} << other;
        QTest::newRow("200 lessons") << lessonIds(200) << statements << int(Error::WrongLength);
    }

    // A code made for other lessons is refused both ways, never read as progress here.
    void otherCurriculum() {
        QFETCH(QStringList, otherLessons);
        QFETCH(QStringList, otherStatements);
        QFETCH(int, error);
        const QStringList lessons = lessonIds(20);
        const QStringList statements = statementIds(21);
        const ProgressCode here(lessons, statements);
        const ProgressCode there(otherLessons, otherStatements);
        QRandomGenerator random(99);
        for (int i = 0; i < 200; ++i) {
            const QString fromThere =
                there.encode(randomProgress(random, otherLessons, otherStatements));
            const ProgressCode::Decoded decoded = here.decode(fromThere);
            QVERIFY2(decoded.error != Error::None, describe(fromThere, decoded).constData());
            QCOMPARE(errorName(decoded.error), errorName(Error(error)));
            QVERIFY(decoded.progress == PortableProgress());

            const QString fromHere = here.encode(randomProgress(random, lessons, statements));
            QCOMPARE(errorName(there.decode(fromHere).error), errorName(Error(error)));
        }
    }
};

QTEST_GUILESS_MAIN(ProgressCodeTest)
#include "tst_progresscode.moc"
