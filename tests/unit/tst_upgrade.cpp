// SPDX-License-Identifier: GPL-3.0-or-later
// A real PC's data at schema 11 (tests/unit/data/schema-11.sqlite, made by `opensteps
// sample-data` before schema 12; see data/README.md) opened by this build: every learner, PIN,
// finished step, skills-check answer, helper, statement waiting to be sent and outcome event is
// still there, and the PC keeps the programme IRI its statements were made under. Also the
// programme IRI on a PC that has made no statements (migration 12's other case).
#include "Database.h"
#include "HelperStore.h"
#include "OutcomeRecorder.h"
#include "PinStore.h"
#include "SettingsStore.h"
#include "SkillsCheck.h"
#include "TestPc.h"
#include "Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {

const QString kFixture = QStringLiteral(OPENSTEPS_SOURCE_DIR "/tests/unit/data/schema-11.sqlite");
const QString kOldIri = QStringLiteral("https://digital.leeds.gov.uk/opensteps");

// Every row `sql` gives, each as its columns joined, read with a connection of its own.
QStringList rowsOf(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << columns.join(u'|');
    }
    return rows;
}

// The fixture as it is, read by plain SQL from a copy of its own (never from the file opened).
QStringList fixtureRows(const QString &sql) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(kFixture, copy))
        return {QStringLiteral("no fixture")};
    QStringList rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fx"));
        db.setDatabaseName(copy);
        rows = db.open() ? rowsOf(db, sql) : QStringList{QStringLiteral("cannot open")};
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fx"));
    return rows;
}

// A PC whose data folder holds a copy of the fixture, opened as the app opens it.
struct UpgradedPc {
    QTemporaryDir dir;
    Workspace workspace;
    bool open() {
        return QFile::copy(kFixture, dir.filePath(QLatin1String(Database::kFileName))) &&
               QFile::setPermissions(dir.filePath(QLatin1String(Database::kFileName)),
                                     QFile::ReadOwner | QFile::WriteOwner) &&
               workspace.open(dir.path(), QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons")).usable();
    }
    QStringList rows(const QString &sql) { return rowsOf(workspace.database().connection(), sql); }
};

} // namespace

class UpgradeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtureIsSchema11() {
        QCOMPARE(fixtureRows(QStringLiteral("PRAGMA user_version")),
                 QStringList{QStringLiteral("11")});
        QCOMPARE(fixtureRows(QStringLiteral("SELECT count(*) FROM setting"
                                            " WHERE key = 'programme_iri'")),
                 QStringList{QStringLiteral("0")});
    }

    void everythingIsKept_data() {
        QTest::addColumn<QString>("sql");
        QTest::addRow("learners")
            << "SELECT id, name, avatar, language, created_at, pin_kind, hex(pin_hash),"
               " hex(pin_salt), pin_iterations, share_consent, pseudonym, age_band,"
               " postcode_district, preferred_language FROM learner ORDER BY id";
        QTest::addRow("lessons") << "SELECT * FROM lesson_progress ORDER BY 1, 2";
        QTest::addRow("steps") << "SELECT * FROM step_progress ORDER BY 1, 2, 3";
        QTest::addRow("skills-check answers")
            << "SELECT c.id, c.learner_id, c.started_at, c.completed_at, a.statement_id,"
               " a.answer FROM skills_check c JOIN skills_check_answer a ON a.check_id = c.id"
               " ORDER BY 1, 5";
        QTest::addRow("helpers")
            << "SELECT id, name, role, hex(pass_hash), hex(pass_salt) FROM helper ORDER BY id";
        QTest::addRow("outbox") << "SELECT id, learner_id, statement, created_at, state, attempts"
                                   " FROM outbox ORDER BY id";
        QTest::addRow("statements waiting")
            << "SELECT id FROM outbox WHERE state = 'pending' ORDER BY id";
        QTest::addRow("outcome events")
            << "SELECT e.statement_id, p.pseudonym, e.hub, e.kind, e.at, e.item, e.tags,"
               " e.value, e.check_no FROM outcome_event e"
               " LEFT JOIN report_person p ON p.id = e.person_id ORDER BY 1";
        QTest::addRow("report totals")
            << "SELECT person_id, day, lessons FROM report_lesson_day ORDER BY 1, 2";
    }
    void everythingIsKept() {
        QFETCH(QString, sql);
        const QStringList before = fixtureRows(sql);
        QVERIFY2(!before.isEmpty(), "the fixture has none: it could not prove anything");
        QVERIFY(!before.first().startsWith(QLatin1String("error")));
        UpgradedPc pc;
        QVERIFY(pc.open());
        QCOMPARE(pc.rows(sql), before);
    }

    void schemaIsTheNewOne() {
        UpgradedPc pc;
        QVERIFY(pc.open());
        QCOMPARE(pc.workspace.database().schemaVersion(),
                 Database::latestVersion(schemaMigrations()));
        QVERIFY(pc.workspace.database().schemaVersion() > 11);
    }

    // The sample data's PINs: Sam's is 1234, each sharer's 2468 (SampleData.cpp).
    void pinsStillWork() {
        const QStringList withPins =
            fixtureRows(QStringLiteral("SELECT id, name FROM learner WHERE pin_hash IS NOT NULL"
                                       " ORDER BY id"));
        QVERIFY(withPins.size() >= 2);
        UpgradedPc pc;
        QVERIFY(pc.open());
        PinStore pins(pc.workspace.database());
        for (const QString &row : withPins) {
            const qint64 id = row.section(u'|', 0, 0).toLongLong();
            const QString pin = row.section(u'|', 1) == QLatin1String("Sam")
                                    ? QStringLiteral("1234")
                                    : QStringLiteral("2468");
            QCOMPARE(pins.signIn(id, QStringLiteral("9999")).result, SignInAttempt::Result::Wrong);
            QCOMPARE(pins.signIn(id, pin).result, SignInAttempt::Result::SignedIn);
        }
    }

    void skillsChecksKeepTheirOrder() {
        const QStringList sam = fixtureRows(QStringLiteral(
            "SELECT id, (SELECT count(*) FROM skills_check c WHERE c.learner_id = learner.id"
            " AND c.completed_at IS NOT NULL) FROM learner WHERE name = 'Sam'"));
        QCOMPARE(sam.size(), 1);
        const qint64 id = sam.first().section(u'|', 0, 0).toLongLong();
        const int checks = sam.first().section(u'|', 1).toInt();
        QVERIFY(checks >= 2); // a first ("before") and a latest
        const QStringList latest =
            fixtureRows(QStringLiteral("SELECT a.statement_id, a.answer FROM skills_check_answer a"
                                       " WHERE a.check_id = (SELECT max(id) FROM skills_check WHERE"
                                       " learner_id = %1 AND completed_at IS NOT NULL) ORDER BY 1")
                            .arg(id));
        UpgradedPc pc;
        QVERIFY(pc.open());
        QCOMPARE(pc.workspace.skillsChecks().completedCount(id), checks);
        const QHash<QString, QString> answers = pc.workspace.skillsChecks().latestAnswers(id);
        QStringList now;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            now << it.key() + u'|' + it.value();
        now.sort();
        QCOMPARE(now, latest);
    }

    // The sample helper's passphrase is "sample passphrase" (data/README.md).
    void helpersStillSignIn() {
        const QStringList names = fixtureRows(QStringLiteral("SELECT name FROM helper"));
        QVERIFY(!names.isEmpty());
        UpgradedPc pc;
        QVERIFY(pc.open());
        HelperStore helpers(pc.workspace.database());
        for (const QString &name : names)
            QCOMPARE(helpers.signIn(name, QStringLiteral("sample passphrase")).result,
                     SignInAttempt::Result::SignedIn);
    }

    // Its statements were made under the old default: the learners stay the same actors.
    void keepsTheProgrammeIriItsStatementsUse() {
        const QStringList homePages = fixtureRows(QStringLiteral(
            "SELECT DISTINCT json_extract(statement, '$.actor.account.homePage') FROM outbox"
            " WHERE json_extract(statement, '$.actor.account.homePage') IS NOT NULL"));
        QCOMPARE(homePages, QStringList{kOldIri});
        UpgradedPc pc;
        QVERIFY(pc.open());
        QCOMPARE(pc.workspace.settings().value(QStringLiteral("programme_iri")), kOldIri);
        QCOMPARE(pc.workspace.outcomes().context({}).programmeIri, kOldIri);
    }

    // Migration 12 on a PC at schema 11: the old IRI is kept exactly when statements were
    // made under it and the PC set none of its own.
    void programmeIriOnUpgrade_data() {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("expected");
        const QString none = QStringLiteral("none");
        QTest::addRow("new PC") << QString() << none;
        QTest::addRow("no statements yet")
            << "INSERT INTO learner (id, name, avatar, created_at) VALUES (1, 'A', 'cat', 'x')"
            << none;
        QTest::addRow("a statement in the outbox")
            << "INSERT INTO outbox (id, statement, created_at) VALUES ('s1', '{}', 'x')" << kOldIri;
        QTest::addRow("an outcome event only")
            << "INSERT INTO outcome_event (statement_id, hub, kind, at) VALUES ('s1', 'h', 1, 0)"
            << kOldIri;
        QTest::addRow("its own IRI already")
            << "INSERT INTO outbox (id, statement, created_at) VALUES ('s1', '{}', 'x');"
               "INSERT INTO setting VALUES ('programme_iri', 'https://example.org/p')"
            << "https://example.org/p";
    }
    void programmeIriOnUpgrade() {
        QFETCH(QString, rows);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QLatin1String(Database::kFileName));
        {
            QList<Migration> upTo11;
            for (const Migration &migration : schemaMigrations()) {
                if (migration.version <= 11)
                    upTo11 << migration;
            }
            Database db;
            QVERIFY(db.open(path, upTo11).usable());
            QSqlQuery query(db.connection());
            for (const QString &sql : rows.split(u';', Qt::SkipEmptyParts))
                QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        TestPc pc;
        QVERIFY(QFile::copy(path, pc.dir.filePath(QLatin1String(Database::kFileName))));
        QVERIFY(pc.open());
        const QString stored = pc.workspace.settings().value(QStringLiteral("programme_iri"));
        QCOMPARE(stored.isEmpty() ? QStringLiteral("none") : stored, expected);
        QCOMPARE(pc.workspace.outcomes().context({}).programmeIri,
                 expected == QLatin1String("none")
                     ? QString::fromLatin1(OutcomeRecorder::kDefaultProgrammeIri)
                     : expected);
    }

    void newDefaultIsReservedName() {
        QCOMPARE(QString::fromLatin1(OutcomeRecorder::kDefaultProgrammeIri),
                 QStringLiteral("https://opensteps.invalid/programme"));
    }
};

QTEST_GUILESS_MAIN(UpgradeTest)
#include "tst_upgrade.moc"
