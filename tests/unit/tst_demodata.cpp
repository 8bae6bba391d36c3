// SPDX-License-Identifier: GPL-3.0-or-later
// Demo data (opensteps demo-data): deterministic, refused where real data is, marked, never
// sent or bundled, and plausible: events only for sharers, as real statements would give them.
#include "BackgroundSync.h"
#include "BundleCommand.h"
#include "DemoData.h"
#include "DemoFlag.h"
#include "FoundationLevel.h"
#include "OutboxBundle.h"
#include "OutcomeFigures.h"
#include "SecretStore.h"
#include "SyncCommand.h"
#include "TestPc.h"
#include "Uploader.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

using namespace OpenSteps;

namespace {

const QDate kUntil(2026, 3, 31);

// Every field, so a failed comparison says which one differs.
QStringList fields(const OutcomeEvent &event) {
    return {QStringLiteral("id=") + event.statementId,
            QStringLiteral("person=") + event.person,
            QStringLiteral("hub=") + event.hub,
            QStringLiteral("kind=%1").arg(int(event.kind)),
            QStringLiteral("at=%1").arg(event.at),
            QStringLiteral("item=") + event.item,
            QStringLiteral("tags=") + event.tags,
            QStringLiteral("value=") + event.value,
            QStringLiteral("check=%1").arg(event.check),
            QStringLiteral("minutes=%1").arg(event.minutes),
            QStringLiteral("assisted=%1").arg(event.assisted),
            QStringLiteral("age=") + event.ageBand,
            QStringLiteral("district=") + event.district,
            QStringLiteral("language=") + event.language};
}

QStringList fromStatement(const QJsonObject &statement) {
    const auto event = OutcomeEvent::fromStatement(statement);
    return event ? fields(*event) : QStringList{QStringLiteral("not an event")};
}

// Every row of the tables demo data writes, in order; random salts left out.
QStringList dump(Database &db) {
    const char *const tables[][2] = {
        {"learner", "id, name, avatar, language, created_at, last_seen_at, pin_kind,"
                    " pin_iterations, share_consent, pseudonym, age_band, postcode_district,"
                    " preferred_language"},
        {"lesson_progress", "*"},
        {"step_progress", "*"},
        {"skills_check", "*"},
        {"skills_check_answer", "*"},
        {"checkin", "*"},
        {"help_session", "*"},
        {"helper", "id, name, role, pass_iterations"},
        {"report_person", "*"},
        {"outcome_event", "*"},
        {"setting", "*"}};
    QStringList rows;
    for (const auto &[table, columns] : tables) {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2")
                            .arg(QLatin1String(columns), QLatin1String(table))))
            return {QStringLiteral("cannot read ") + QLatin1String(table)};
        while (query.next()) {
            QStringList values{QLatin1String(table)};
            for (int c = 0; c < query.record().count(); ++c)
                values << query.value(c).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// The bytes of every file in a folder: what "nothing changed" means.
QMap<QString, QByteArray> snapshot(const QString &dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(it.fileName(),
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

bool makeDemo(TestPc &pc, int learners, qint64 events = -1, quint32 seed = 1,
              DemoData::Summary *summary = nullptr) {
    if (!DemoData::refusal(pc.dir.path()).isEmpty() || !pc.open())
        return false;
    DemoData::Options options;
    options.learners = learners;
    options.events = events;
    options.seed = seed;
    options.until = kUntil;
    const QString error = DemoData::generate(pc.workspace, options, summary);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty();
}

} // namespace

class DemoDataTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("OPENSTEPS_NO_KEYCHAIN", "1"); }

    void sameSeedSameData() {
        TestPc first, second, other;
        QVERIFY(makeDemo(first, 150, -1, 42));
        QVERIFY(makeDemo(second, 150, -1, 42));
        QVERIFY(makeDemo(other, 150, -1, 43));
        const QStringList rows = dump(first.workspace.database());
        QVERIFY(rows.size() > 1000);
        QCOMPARE(dump(second.workspace.database()), rows);
        QVERIFY(dump(other.workspace.database()) != rows);
    }

    // A demo event is what OutcomeEvent::fromStatement reads from the real statement.
    void eventsAreWhatStatementsGive_data() {
        QTest::addColumn<bool>("assisted");
        QTest::addColumn<bool>("answers");
        QTest::addColumn<bool>("byDay");
        QTest::newRow("alone, no answers") << false << false << false;
        QTest::newRow("assisted, all answers") << true << true << false;
        QTest::newRow("rounded to the day") << false << true << true;
    }
    void eventsAreWhatStatementsGive() {
        QFETCH(bool, assisted);
        QFETCH(bool, answers);
        QFETCH(bool, byDay);
        TestPc pc;
        QVERIFY(pc.open());
        Xapi::Context context = pc.workspace.outcomes().context(QStringLiteral("en"));
        context.assisted = assisted;
        context.rounding = byDay ? Xapi::Rounding::Day : Xapi::Rounding::Hour;
        if (answers) {
            context.ageBand = QStringLiteral("65-74");
            context.postcodeDistrict = QStringLiteral("LS9");
            context.preferredLanguage = QStringLiteral("ur");
        }
        const QString id = QStringLiteral("0b7c6e2a-3f5d-4c1e-9a8b-2d4e6f8a0c1e");
        const QString person = QStringLiteral("5d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
        const QDateTime when(QDate(2026, 2, 17), QTime(14, 37, 12), Qt::UTC);
        const qint64 at = when.toSecsSinceEpoch();
        // A lesson with two skills (tags keep their order).
        const Lesson *lesson = nullptr;
        for (const Lesson &each : pc.workspace.catalog().lessons()) {
            if (each.skills.size() > 1)
                lesson = &each;
        }
        QVERIFY(lesson);
        using Kind = OutcomeEvent::Kind;
        QCOMPARE(
            fields(DemoData::lessonEvent(Kind::LessonStarted, id, person, *lesson, at, context)),
            fromStatement(Xapi::lessonStarted(id, person, *lesson, when, context)));
        QCOMPARE(
            fields(DemoData::lessonEvent(Kind::LessonCompleted, id, person, *lesson, at, context)),
            fromStatement(
                Xapi::lessonCompleted(id, person, *lesson, when, context, Xapi::Score{7, 9})));
        QCOMPARE(fields(DemoData::skillsAnswerEvent(id, person, QStringLiteral("wifi"),
                                                    QStringLiteral("eds.foundation.wifi"),
                                                    QStringLiteral("a-bit"), 2, at, context)),
                 fromStatement(Xapi::skillsCheckAnswered(
                     id, person, QStringLiteral("wifi"), QStringLiteral("eds.foundation.wifi"),
                     QStringLiteral("a-bit"), 2, when, context)));
        QCOMPARE(fields(DemoData::foundationEvent(id, person, at, context)),
                 fromStatement(Xapi::foundationReached(id, person, when, context)));
        for (const QStringList &chosen :
             {QStringList{}, QStringList{QStringLiteral("saved-money"), QStringLiteral("health")}})
            QCOMPARE(fields(DemoData::checkinEvent(id, person, QStringLiteral("four-weeks"), chosen,
                                                   at, context)),
                     fromStatement(Xapi::checkinAnswered(id, person, QStringLiteral("four-weeks"),
                                                         chosen, when, context)));
        QCOMPARE(fields(DemoData::helpSessionEvent(id, 45, at, context)),
                 fromStatement(Xapi::helpSession(id, 45, when, context)));
    }

    void refusesRealData_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("a learner") << QStringLiteral("learner");
        QTest::newRow("a helper") << QStringLiteral("helper");
        QTest::newRow("an imported statement") << QStringLiteral("statement");
        QTest::newRow("demo learners already") << QStringLiteral("demo");
    }
    void refusesRealData() {
        QFETCH(QString, what);
        TestPc pc;
        if (what == QLatin1String("demo")) {
            QVERIFY(makeDemo(pc, 5));
        } else {
            QVERIFY(pc.open());
            if (what == QLatin1String("learner"))
                QVERIFY(pc.newLearner(QStringLiteral("Real Person")) > 0);
            if (what == QLatin1String("helper"))
                QVERIFY(pc.workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"),
                                                   QStringLiteral("a long passphrase")));
            if (what == QLatin1String("statement"))
                QVERIFY(pc.workspace.outbox().add(
                    0,
                    Xapi::helpSession(Xapi::newStatementId(), 20, QDateTime::currentDateTimeUtc(),
                                      pc.workspace.outcomes().context({}))));
        }
        pc.workspace.database().close();
        const auto before = snapshot(pc.dir.path());
        QVERIFY(!before.isEmpty());
        const QString refusal = DemoData::refusal(pc.dir.path());
        QVERIFY2(refusal.contains(what == QLatin1String("demo") ? QStringLiteral("demo data")
                                                                : QStringLiteral("real data")),
                 qPrintable(refusal));
        QVERIFY(refusal.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(snapshot(pc.dir.path()), before);
    }

    void acceptsAnEmptyFolder() {
        TestPc fresh;
        QCOMPARE(DemoData::refusal(fresh.dir.path()), QString()); // no database yet
        TestPc opened;
        QVERIFY(opened.open()); // a database without anyone in it
        opened.workspace.database().close();
        QCOMPARE(DemoData::refusal(opened.dir.path()), QString());
        // generate() checks again for itself.
        TestPc busy;
        QVERIFY(busy.open());
        QVERIFY(busy.newLearner(QStringLiteral("Real Person")) > 0);
        DemoData::Options options;
        options.learners = 3;
        QVERIFY(!DemoData::generate(busy.workspace, options).isEmpty());
        QCOMPARE(busy.count(QStringLiteral("SELECT count(*) FROM learner")), 1);
        QCOMPARE(busy.count(QStringLiteral("SELECT count(*) FROM setting WHERE key = "
                                           "'demo_data'")),
                 0);
    }

    void marksDemoData() {
        TestPc pc;
        QVERIFY(makeDemo(pc, 40));
        QVERIFY(DemoFlag::isSet(pc.workspace.settings()));
        QVERIFY(!DemoFlag::sendingProblem(pc.workspace.settings()).isEmpty());
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner WHERE name NOT LIKE "
                                         "'Demo learner %'")),
                 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM helper WHERE name NOT LIKE "
                                         "'Demo %'")),
                 0);
        QCOMPARE(pc.workspace.settings().value(QStringLiteral("hub_id")),
                 QStringLiteral("demo-hub"));
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        // The first few can sign in with the known PIN; the rest choose one.
        QCOMPARE(pc.workspace.pins().signIn(1, QLatin1String(DemoData::kDemoPin)).result,
                 SignInAttempt::Result::SignedIn);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner WHERE pin_kind IS NOT "
                                         "NULL")),
                 DemoData::kLearnersWithPin);
        QCOMPARE(pc.workspace.helpers()
                     .signIn(QStringLiteral("Demo staff"), QLatin1String(DemoData::kDemoPassphrase))
                     .result,
                 SignInAttempt::Result::SignedIn);
        TestPc real;
        QVERIFY(real.open());
        QVERIFY(!DemoFlag::isSet(real.workspace.settings()));
        QCOMPARE(DemoFlag::sendingProblem(real.workspace.settings()), QString());
    }

    // A statement made in a demo folder (someone trying the app during a demo) never leaves:
    // not by sync --once, the background sync, "Send now", nor a bundle.
    void demoDataIsNeverSent() {
        TestPc pc;
        QVERIFY(makeDemo(pc, 10));
        QVERIFY(pc.workspace.outbox().add(
            0, Xapi::helpSession(Xapi::newStatementId(), 20, QDateTime::currentDateTimeUtc(),
                                 pc.workspace.outcomes().context({}))));
        QTcpServer lrs;
        QVERIFY(lrs.listen(QHostAddress::LocalHost));
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(lrs.serverPort());
        LrsConfig config{QUrl(endpoint), QStringLiteral("key"), QStringLiteral("secret")};
        QVERIFY(config.saveTo(pc.workspace.settings()));

        Uploader uploader(pc.workspace.outbox(), pc.workspace.settings());
        QSignalSpy finished(&uploader, &Uploader::finished);
        uploader.run(config, {});
        QVERIFY(finished.wait(5000));
        const auto report = finished.constFirst().constFirst().value<Uploader::Report>();
        QCOMPARE(report.outcome, Uploader::Outcome::Misconfigured);
        QVERIFY2(report.error.contains(QStringLiteral("demo data")), qPrintable(report.error));

        SecretStore secrets(pc.dir.path(), pc.workspace.settings());
        QVERIFY(secrets.writeNow(QStringLiteral("secret")));
        BackgroundSync background(pc.workspace.outbox(), pc.workspace.settings(), secrets);
        QSignalSpy ran(&background, &BackgroundSync::runFinished);
        background.start(0, 50);
        QVERIFY(!ran.wait(400)); // scheduled tries do nothing
        background.sendNow();    // staff pressing "Send now" are told why
        QVERIFY(ran.wait(5000));
        QCOMPARE(background.lastReport().outcome, Uploader::Outcome::Misconfigured);
        QVERIFY(background.lastReport().error.contains(QStringLiteral("demo data")));

        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        SyncCommandOptions sync;
        sync.dataDir = pc.dir.path();
        sync.endpoint = endpoint;
        sync.key = QStringLiteral("key");
        sync.secret = QStringLiteral("secret");
        QCOMPARE(runSyncOnce(sync, outStream, errStream), 5);
        QVERIFY2(err.contains(QStringLiteral("demo data")), qPrintable(err));

        const QString bundle = pc.dir.filePath(QStringLiteral("out.jsonl"));
        const auto exported =
            OutboxBundle::exportTo(pc.workspace.database(), pc.workspace.outbox(),
                                   pc.workspace.outcomes().context({}), bundle, false);
        QVERIFY(!exported.ok);
        QVERIFY(exported.error.contains(QStringLiteral("demo data")));
        QCOMPARE(runBundle({QStringLiteral("bundle"), QStringLiteral("export"), bundle},
                           pc.dir.path(), false, outStream, errStream),
                 1);
        QVERIFY(!QFile::exists(bundle));

        QVERIFY(!lrs.hasPendingConnections()); // nothing even tried to connect
        QCOMPARE(pc.workspace.outbox().pendingCount(), 1);
        QCOMPARE(pc.count(QStringLiteral("SELECT max(attempts) FROM outbox")), 0);
    }

    void eventsArePlausible() {
        TestPc pc;
        DemoData::Summary made;
        const int learners = 2000;
        const qint64 asked = 20000;
        QVERIFY(makeDemo(pc, learners, asked, 5, &made));
        const auto count = [&](const char *sql) { return pc.count(QLatin1String(sql)); };
        QCOMPARE(count("SELECT count(*) FROM learner"), learners);
        QCOMPARE(count("SELECT count(*) FROM outcome_event"), made.events);
        // Roughly as asked (the pace is fitted on a sample).
        QVERIFY2(qAbs(made.events - asked) < asked / 10, qPrintable(QString::number(made.events)));
        // About 85% share; every event of a person is a sharer's, under their pseudonym.
        QVERIFY(made.sharing > learners * 0.8 && made.sharing < learners * 0.9);
        QCOMPARE(count("SELECT count(*) FROM report_person p LEFT JOIN learner l"
                       " ON l.id = p.learner_id"
                       " WHERE l.share_consent IS NOT 1 OR l.pseudonym IS NOT p.pseudonym"),
                 0);
        QCOMPARE(count("SELECT count(*) FROM outcome_event WHERE person_id IS NULL"
                       " AND kind <> 6"),
                 0);
        QCOMPARE(count("SELECT count(*) FROM learner WHERE share_consent = 0 AND"
                       " (pseudonym IS NOT NULL OR age_band IS NOT NULL OR"
                       " postcode_district IS NOT NULL OR preferred_language IS NOT NULL)"),
                 0);
        // A sharer's lessons, checks and check-ins each have their events.
        QCOMPARE(count("SELECT count(*) FROM outcome_event WHERE kind = 1"),
                 count("SELECT count(*) FROM lesson_progress g JOIN learner l"
                       " ON l.id = g.learner_id WHERE l.share_consent = 1"));
        QCOMPARE(count("SELECT count(*) FROM outcome_event WHERE kind = 2"),
                 count("SELECT count(*) FROM lesson_progress g JOIN learner l"
                       " ON l.id = g.learner_id WHERE l.share_consent = 1"
                       " AND g.completed_at IS NOT NULL"));
        QCOMPARE(count("SELECT count(*) FROM outcome_event WHERE kind = 3"),
                 count("SELECT count(*) FROM skills_check_answer a JOIN skills_check c"
                       " ON c.id = a.check_id JOIN learner l ON l.id = c.learner_id"
                       " WHERE l.share_consent = 1"));
        QCOMPARE(count("SELECT count(*) FROM outcome_event WHERE kind = 6"),
                 count("SELECT count(*) FROM help_session"));
        QVERIFY(count("SELECT count(*) FROM outcome_event WHERE kind = 3 AND check_no = 2") > 0);
        QVERIFY(count("SELECT count(*) FROM outcome_event WHERE assisted = 1") > 0);
        // Later checks say "yes" more often than first ones.
        QVERIFY(count("SELECT 1000 * avg(value = 'yes') FROM outcome_event"
                      " WHERE kind = 3 AND check_no = 2") >
                count("SELECT 1000 * avg(value = 'yes') FROM outcome_event"
                      " WHERE kind = 3 AND check_no = 1"));
        // Volunteers' sessions last 10 to 90 minutes.
        QCOMPARE(count("SELECT count(*) FROM outcome_event WHERE kind = 6"
                       " AND minutes NOT BETWEEN 10 AND 90"),
                 0);
        // Everything within the 18 months before the last day, nothing after it.
        const qint64 end = QDateTime(kUntil.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outcome_event WHERE at >= %1"
                                         " OR at < %2")
                              .arg(end)
                              .arg(end - 600 * 86400)),
                 0);
        // The optional answers are the app's own.
        QSqlQuery answers(pc.workspace.database().connection());
        QVERIFY(answers.exec(QStringLiteral(
            "SELECT DISTINCT age_band, postcode_district, preferred_language FROM learner")));
        QSet<QString> districts;
        while (answers.next()) {
            const QString age = answers.value(0).toString();
            QVERIFY(age.isEmpty() || SharingStore::ageBands().contains(age));
            const QString district = answers.value(1).toString();
            QVERIFY(district.isEmpty() || Xapi::postcodeDistrict(district) == district);
            districts.insert(district);
            const QString language = answers.value(2).toString();
            QVERIFY(language.isEmpty() || SharingStore::isPreferredLanguage(language));
        }
        QVERIFY(districts.size() > 20);

        // Foundation: once, exactly for the sharers whose completed lessons cover its tasks;
        // its check-in only for those who reached it.
        QSqlQuery people(pc.workspace.database().connection());
        QVERIFY(people.exec(QStringLiteral(
            "SELECT l.id, l.share_consent, (SELECT count(*) FROM outcome_event e JOIN"
            " report_person p ON p.id = e.person_id WHERE p.learner_id = l.id AND e.kind = 4),"
            " (SELECT count(*) FROM checkin c WHERE c.learner_id = l.id"
            " AND c.milestone = 'foundation') FROM learner l")));
        int reached = 0;
        while (people.next()) {
            const qint64 learner = people.value(0).toLongLong();
            const bool covered = FoundationLevel::reached(
                pc.workspace.catalog(), pc.workspace.progress().completedLessons(learner));
            const bool shares = people.value(1).toInt() == 1;
            QCOMPARE(people.value(2).toInt(), covered && shares ? 1 : 0);
            QVERIFY(covered || people.value(3).toInt() == 0);
            reached += covered ? 1 : 0;
        }
        QVERIFY(reached > 0);

        // Lessons come in the order the app suggests: after a single skills check, the
        // learner's path (learningPath) from its answers.
        QSqlQuery once(pc.workspace.database().connection());
        QVERIFY(once.exec(QStringLiteral("SELECT learner_id, min(id) FROM skills_check"
                                         " GROUP BY learner_id HAVING count(*) = 1")));
        int paths = 0;
        while (once.next()) {
            QHash<QString, QString> answers;
            QSqlQuery rows(pc.workspace.database().connection());
            rows.prepare(QStringLiteral(
                "SELECT statement_id, answer FROM skills_check_answer WHERE check_id = ?"));
            rows.addBindValue(once.value(1));
            QVERIFY(rows.exec());
            while (rows.next())
                answers.insert(rows.value(0).toString(), rows.value(1).toString());
            QStringList expected;
            const QList<Lesson> &lessons = pc.workspace.catalog().lessons();
            for (int index : learningPath(lessons, answers))
                expected << lessons.at(index).id;
            rows.prepare(QStringLiteral("SELECT lesson_id FROM lesson_progress"
                                        " WHERE learner_id = ? ORDER BY started_at"));
            rows.addBindValue(once.value(0));
            QVERIFY(rows.exec());
            QStringList taken;
            while (rows.next())
                taken << rows.value(0).toString();
            QCOMPARE(taken, expected.mid(0, taken.size()));
            paths += taken.size() > 1 ? 1 : 0;
        }
        QVERIFY(paths > 50);

        // The reports count them.
        const OutcomeFigures figures =
            OutcomeFigures::count(pc.workspace.database(), ReportPeriod::year(kUntil));
        QVERIFY(figures.learnersActive > 100);
        QVERIFY(figures.lessonsCompleted > 0);
        QVERIFY(figures.volunteerSessions > 0);
        QCOMPARE(figures.hubs, QStringList{QStringLiteral("demo-hub")});
    }

    // The dashboard's learner figures (OutcomeFigures, rewritten to read indexes only) are
    // what counting every event of the period gives, for periods of every shape.
    void figuresAreWhatEveryEventGives() {
        TestPc pc;
        QVERIFY(makeDemo(pc, 1500, 30000, 11));
        const QList<ReportPeriod> periods = {
            ReportPeriod::month(kUntil),
            ReportPeriod::quarter(kUntil),
            ReportPeriod::year(kUntil),
            ReportPeriod::month(kUntil.addMonths(-7)),
            ReportPeriod{kUntil.addDays(-200), kUntil.addDays(-190)},
            ReportPeriod{kUntil.addDays(-600), kUntil}};
        for (const ReportPeriod &period : periods) {
            const OutcomeFigures figures = OutcomeFigures::count(pc.workspace.database(), period);
            QStringList counted;
            for (const OutcomeFigures::Breakdown &breakdown : figures.breakdowns) {
                for (const OutcomeFigures::Category &category : breakdown.categories)
                    counted << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                   .arg(breakdown.dimension, category.id)
                                   .arg(category.learnersActive)
                                   .arg(category.learnersNew)
                                   .arg(category.lessonsCompleted)
                                   .arg(category.foundationReached);
            }
            QStringList reference;
            const char *const dimensions[][2] = {{"hub", "hub"},
                                                 {"age_band", "age_band"},
                                                 {"postcode_district", "district"},
                                                 {"preferred_language", "language"}};
            for (const auto &[dimension, column] : dimensions) {
                QSqlQuery query(pc.workspace.database().connection());
                query.prepare(
                    QStringLiteral(
                        "WITH l AS (SELECT person_id, sum(kind = 2) AS lessons,"
                        " max(kind = 4) AS foundation FROM outcome_event WHERE at >= :from"
                        " AND at < :to AND person_id IS NOT NULL GROUP BY person_id)"
                        " SELECT CASE WHEN p.%1 = '' THEN 'not-given' ELSE p.%1 END AS c,"
                        " count(*), sum(p.first_at >= :from AND p.first_at < :to),"
                        " sum(l.lessons), sum(l.foundation) FROM l JOIN report_person p"
                        " ON p.id = l.person_id GROUP BY p.%1 ORDER BY p.%1 = '', p.%1")
                        .arg(QLatin1String(column)));
                query.bindValue(QStringLiteral(":from"), period.startSecs());
                query.bindValue(QStringLiteral(":to"), period.endSecs());
                QVERIFY(query.exec());
                while (query.next())
                    reference << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                     .arg(QLatin1String(dimension), query.value(0).toString())
                                     .arg(query.value(1).toLongLong())
                                     .arg(query.value(2).toLongLong())
                                     .arg(query.value(3).toLongLong())
                                     .arg(query.value(4).toLongLong());
            }
            QCOMPARE(counted, reference);
        }
    }

    void usualPaceWithoutATarget() {
        TestPc pc;
        DemoData::Summary made;
        QVERIFY(makeDemo(pc, 400, -1, 9, &made));
        QCOMPARE(made.pace, 1.0);
        // About 25 events per learner, most doing little and a few a lot.
        QVERIFY2(made.events > 400 * 10 && made.events < 400 * 50,
                 qPrintable(QString::number(made.events)));
        QVERIFY(pc.count(QStringLiteral("SELECT count(*) FROM lesson_progress GROUP BY"
                                        " learner_id ORDER BY 1 DESC LIMIT 1")) >= 15);
    }
};

QTEST_GUILESS_MAIN(DemoDataTest)
#include "tst_demodata.moc"
