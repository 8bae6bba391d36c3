// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome reports: statements reduced to events (the same whether read on this PC or from
// the LRS), the numbers of a period, and small numbers hidden so no learner can be picked out.
#include "Framework.h"
#include "Lesson.h"
#include "OutcomeEventStore.h"
#include "OutcomeFigures.h"
#include "PublishedReport.h"
#include "TestPc.h"
#include "XapiStatement.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace OpenSteps;
using Hidden = Suppression::Hidden;
using Kind = OutcomeEvent::Kind;

Q_DECLARE_METATYPE(QList<qint64>)

namespace {

const QDate kDay(2026, 11, 10);
const ReportPeriod kNovember{QDate(2026, 11, 1), QDate(2026, 11, 30)};

qint64 secs(const QDate &day, int hour = 10) {
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// Crafted events written straight into a PC's report tables.
struct EventPc : TestPc {
    int next = 0;
    bool add(const QString &person, Kind kind, qint64 at, const QString &ageBand = {},
             const QString &item = QStringLiteral("mouse-basics"), const QString &value = {},
             int check = 0) {
        OutcomeEvent event;
        event.statementId = QStringLiteral("statement-%1").arg(++next);
        event.person = kind == Kind::HelpSession ? QString() : person;
        event.hub = QStringLiteral("leeds-central");
        event.kind = kind;
        event.at = at;
        event.item = item;
        event.value = value;
        event.check = check;
        event.minutes = kind == Kind::HelpSession ? 45 : 0;
        event.ageBand = ageBand;
        if (kind == Kind::SkillsAnswer)
            event.tags = item;
        return workspace.outcomeEvents().add(0, event);
    }
    // `n` learners named prefix-1..n, each finishing one lesson in the period.
    bool learners(const QString &prefix, int n, const QString &ageBand) {
        for (int i = 1; i <= n; ++i) {
            if (!add(QStringLiteral("%1-%2").arg(prefix).arg(i), Kind::LessonCompleted, secs(kDay),
                     ageBand))
                return false;
        }
        return true;
    }
    PublishedReport report(const ReportPeriod &period = kNovember) {
        return PublishedReport::from(OutcomeFigures::count(workspace.database(), period));
    }
};

// A lesson of the bundled catalog, for real statements.
const Lesson &someLesson(TestPc &pc) {
    return pc.workspace.catalog().lessons().first();
}

Xapi::Context hubContext() {
    Xapi::Context context;
    context.programmeIri = QString::fromLatin1(OutcomeRecorder::kDefaultProgrammeIri);
    context.hubId = QStringLiteral("leeds-central");
    context.language = QStringLiteral("en");
    context.assisted = true;
    context.ageBand = QStringLiteral("65-74");
    context.postcodeDistrict = QStringLiteral("LS9");
    context.preferredLanguage = QStringLiteral("pl");
    return context;
}

} // namespace

class ReportsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void partition_data() {
        QTest::addColumn<QList<qint64>>("counts");
        QTest::addColumn<bool>("totalShown");
        QTest::addColumn<QString>("expected"); // per count: . shown, s small, 2 secondary
        QTest::newRow("nothing small") << QList<qint64>{12, 30, 5} << true << "...";
        QTest::newRow("one small: the smallest other hidden too")
            << QList<qint64>{3, 30, 12} << true << "s.2";
        QTest::newRow("two small: enough on their own")
            << QList<qint64>{3, 30, 1, 12} << true << "s.s.";
        QTest::newRow("zero is shown and not picked while a non-zero one can be")
            << QList<qint64>{0, 4, 40, 9} << true << ".s.2";
        QTest::newRow("only zeros left: a zero is hidden")
            << QList<qint64>{4, 0, 0} << true << "s2.";
        QTest::newRow("total hidden: primary only") << QList<qint64>{3, 1} << false << "ss";
        QTest::newRow("exactly the threshold is shown") << QList<qint64>{5, 5} << true << "..";
        QTest::newRow("ties: the first smallest") << QList<qint64>{2, 7, 7} << true << "s2.";
    }
    void partition() {
        QFETCH(QList<qint64>, counts);
        QFETCH(bool, totalShown);
        QFETCH(QString, expected);
        QString got;
        for (Hidden hidden : Suppression::partition(counts, totalShown, 5))
            got += hidden == Hidden::No      ? QLatin1Char('.')
                   : hidden == Hidden::Small ? QLatin1Char('s')
                                             : QLatin1Char('2');
        QCOMPARE(got, expected);
    }

    // Every kind of statement the app makes becomes the event the reports count, with its
    // answers; statements reports do not count become nothing.
    void eventsFromStatements() {
        TestPc pc;
        QVERIFY(pc.open());
        const Lesson &lesson = someLesson(pc);
        const QDateTime when(kDay, QTime(10, 37), QTimeZone::utc());
        const Xapi::Context context = hubContext();
        const QString who = Xapi::newPseudonym();

        auto started = OutcomeEvent::fromStatement(
            Xapi::lessonStarted(Xapi::newStatementId(), who, lesson, when, context));
        QVERIFY(started);
        QCOMPARE(started->kind, Kind::LessonStarted);
        QCOMPARE(started->item, lesson.id);
        QCOMPARE(started->person, who);
        QCOMPARE(started->hub, QStringLiteral("leeds-central"));
        QCOMPARE(started->at, secs(kDay, 10)); // rounded, as the statement is
        QCOMPARE(started->tags, lesson.skills.join(QLatin1Char(',')));
        QVERIFY(started->assisted);
        QCOMPARE(started->ageBand, QStringLiteral("65-74"));
        QCOMPARE(started->district, QStringLiteral("LS9"));
        QCOMPARE(started->language, QStringLiteral("pl"));

        auto completed = OutcomeEvent::fromStatement(Xapi::lessonCompleted(
            Xapi::newStatementId(), who, lesson, when, context, Xapi::Score{3, 4}));
        QVERIFY(completed);
        QCOMPARE(completed->kind, Kind::LessonCompleted);

        auto answer = OutcomeEvent::fromStatement(Xapi::skillsCheckAnswered(
            Xapi::newStatementId(), who, QStringLiteral("send-email"),
            QStringLiteral("eds.communicating"), QStringLiteral("a-bit"), 2, when, context));
        QVERIFY(answer);
        QCOMPARE(answer->kind, Kind::SkillsAnswer);
        QCOMPARE(answer->item, QStringLiteral("send-email"));
        QCOMPARE(answer->value, QStringLiteral("a-bit"));
        QCOMPARE(answer->check, 2);
        QCOMPARE(answer->tags, QStringLiteral("eds.communicating"));

        auto foundation = OutcomeEvent::fromStatement(
            Xapi::foundationReached(Xapi::newStatementId(), who, when, context));
        QVERIFY(foundation);
        QCOMPARE(foundation->kind, Kind::Foundation);

        auto checkin = OutcomeEvent::fromStatement(Xapi::checkinAnswered(
            Xapi::newStatementId(), who, QStringLiteral("four-weeks"),
            {QStringLiteral("work"), QStringLiteral("health")}, when, context));
        QVERIFY(checkin);
        QCOMPARE(checkin->kind, Kind::Checkin);
        QCOMPARE(checkin->item, QStringLiteral("four-weeks"));
        QCOMPARE(checkin->value, QStringLiteral("work,health"));

        auto help = OutcomeEvent::fromStatement(
            Xapi::helpSession(Xapi::newStatementId(), 95, when, context));
        QVERIFY(help);
        QCOMPARE(help->kind, Kind::HelpSession);
        QCOMPARE(help->minutes, 95);
        QVERIFY(help->person.isEmpty());
        QVERIFY(help->ageBand.isEmpty()); // nothing about the learner helped
        QVERIFY(!help->assisted);

        QVERIFY(!OutcomeEvent::fromStatement(
            Xapi::voided(Xapi::newStatementId(), who, Xapi::newStatementId(), when, context)));
        // Another programme's statement, or one without a hub or a time, is not counted.
        Xapi::Context other = context;
        other.programmeIri = QStringLiteral("https://example.org/elsewhere");
        QJsonObject foreign = Xapi::lessonStarted(Xapi::newStatementId(), who, lesson, when, other);
        foreign.insert(QStringLiteral("actor"),
                       Xapi::lessonStarted(Xapi::newStatementId(), who, lesson, when, context)
                           .value(QStringLiteral("actor")));
        QVERIFY(!OutcomeEvent::fromStatement(foreign));
        QJsonObject noTime =
            Xapi::lessonStarted(Xapi::newStatementId(), who, lesson, when, context);
        noTime.remove(QStringLiteral("timestamp"));
        QVERIFY(!OutcomeEvent::fromStatement(noTime));
        Xapi::Context noHub = context;
        noHub.hubId.clear();
        QVERIFY(!OutcomeEvent::fromStatement(
            Xapi::lessonStarted(Xapi::newStatementId(), who, lesson, when, noHub)));
    }

    void periodsAndTheirEdges_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("month") << kDay << "month" << QDate(2026, 11, 1) << QDate(2026, 11, 30);
        QTest::newRow("quarter") << kDay << "quarter" << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::newRow("quarter, first day")
            << QDate(2026, 4, 1) << "quarter" << QDate(2026, 4, 1) << QDate(2026, 6, 30);
        QTest::newRow("year") << kDay << "year" << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("February, leap year")
            << QDate(2028, 2, 10) << "month" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    }
    void periodsAndTheirEdges() {
        QFETCH(QDate, today);
        QFETCH(QString, name);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto period = ReportPeriod::named(name, today);
        QVERIFY(period);
        QCOMPARE(period->from, from);
        QCOMPARE(period->to, to);
        // The first moment is in, the moment after the last day is not.
        QVERIFY(period->contains(secs(from, 0)));
        QVERIFY(period->contains(secs(to, 23) + 3599));
        QVERIFY(!period->contains(secs(to.addDays(1), 0)));
        QVERIFY(!period->contains(secs(from, 0) - 1));
    }

    void customDates_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("both") << "2026-01-01"
                              << "2026-03-31"
                              << "";
        QTest::newRow("no from: this month") << ""
                                             << "2026-11-20"
                                             << "";
        QTest::newRow("not a date") << "2026-13-01"
                                    << ""
                                    << "not a date like 2026-11-30";
        QTest::newRow("words") << "last week"
                               << ""
                               << "not a date";
        QTest::newRow("short") << "2026-1-1"
                               << ""
                               << "not a date";
        QTest::newRow("backwards") << "2026-11-20"
                                   << "2026-11-01"
                                   << "is after the to date";
    }
    void customDates() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, error);
        QString problem;
        const auto period = ReportPeriod::parse(from, to, kDay, &problem);
        QCOMPARE(bool(period), error.isEmpty());
        QVERIFY2(problem.contains(error), qPrintable(problem));
        if (period && from.isEmpty())
            QCOMPARE(period->from, QDate(2026, 11, 1));
    }

    // The numbers of a period, counted from crafted events.
    void figuresOfAPeriod() {
        EventPc pc;
        QVERIFY(pc.open());
        // Ann: new this month, two lessons, Foundation. Bob: first seen in October, one lesson
        // this month. Cy: only in October. Dee: only December.
        QVERIFY(pc.add(QStringLiteral("ann"), Kind::LessonStarted, secs(kDay),
                       QStringLiteral("65-74")));
        QVERIFY(pc.add(QStringLiteral("ann"), Kind::LessonCompleted, secs(kDay),
                       QStringLiteral("65-74")));
        QVERIFY(pc.add(QStringLiteral("ann"), Kind::LessonCompleted, secs(kDay.addDays(1)),
                       QStringLiteral("65-74")));
        QVERIFY(pc.add(QStringLiteral("ann"), Kind::Foundation, secs(kDay.addDays(1)),
                       QStringLiteral("65-74")));
        QVERIFY(pc.add(QStringLiteral("bob"), Kind::LessonStarted, secs(QDate(2026, 10, 30))));
        QVERIFY(pc.add(QStringLiteral("bob"), Kind::LessonCompleted, secs(QDate(2026, 11, 1), 0)));
        QVERIFY(pc.add(QStringLiteral("cy"), Kind::LessonCompleted, secs(QDate(2026, 10, 2))));
        QVERIFY(pc.add(QStringLiteral("dee"), Kind::LessonCompleted, secs(QDate(2026, 12, 1), 0)));
        QVERIFY(pc.add({}, Kind::HelpSession, secs(kDay)));
        QVERIFY(pc.add({}, Kind::HelpSession, secs(kDay)));
        QVERIFY(pc.add(QStringLiteral("ann"), Kind::Checkin, secs(kDay), QStringLiteral("65-74"),
                       QStringLiteral("foundation"), QStringLiteral("work,health")));
        QVERIFY(pc.add(QStringLiteral("bob"), Kind::Checkin, secs(kDay), {},
                       QStringLiteral("four-weeks"), QStringLiteral("health")));

        const OutcomeFigures f = OutcomeFigures::count(pc.workspace.database(), kNovember);
        QCOMPARE(f.learnersActive, 2); // ann and bob; not cy (October) or dee (December)
        QCOMPARE(f.learnersNew, 1);    // ann
        QCOMPARE(f.lessonsCompleted, 3);
        QCOMPARE(f.foundationReached, 1);
        QCOMPARE(f.volunteerSessions, 2);
        QCOMPARE(f.volunteerMinutes, 90);
        QCOMPARE(f.checkinLearners, 2);
        QCOMPARE(f.hubs, QStringList{QStringLiteral("leeds-central")});
        const auto outcome = [&](const char *id) {
            for (const auto &o : f.checkins)
                if (o.id == QLatin1String(id))
                    return o.learners;
            return qint64(-1);
        };
        QCOMPARE(outcome("health"), 2);
        QCOMPARE(outcome("work"), 1);
        QCOMPARE(outcome("saved-money"), 0);
        // Age bands: Ann's answer, and the others under "not given" (last), adding up.
        const OutcomeFigures::Breakdown &ages = f.breakdowns.at(1);
        QCOMPARE(ages.dimension, QStringLiteral("age_band"));
        QCOMPARE(ages.categories.size(), 2);
        QCOMPARE(ages.categories.at(0).id, QStringLiteral("65-74"));
        QCOMPARE(ages.categories.at(0).lessonsCompleted, 2);
        QCOMPARE(ages.categories.at(1).id, QString::fromLatin1(OutcomeFigures::kNotGiven));
        QCOMPARE(ages.categories.at(1).learnersActive, 1);

        // In the middle of a write, the activities are counted on the same connection (a
        // second one would not see the write yet): a session added in it counts.
        QVERIFY(pc.workspace.database().inTransaction([&] {
            if (!pc.add({}, Kind::HelpSession, secs(kDay)))
                return false;
            const OutcomeFigures during = OutcomeFigures::count(pc.workspace.database(), kNovember);
            return during.volunteerSessions == 3 && during.checkinLearners == 2 &&
                   during.learnersActive == 2;
        }));
        QCOMPARE(OutcomeFigures::count(pc.workspace.database(), kNovember).volunteerSessions, 3);
    }

    void skillsChangeBeforeAndAfter() {
        EventPc pc;
        QVERIFY(pc.open());
        const QString area = QStringLiteral("eds.being-safe");
        // Five learners: first check in October "not yet", a second in November "yes".
        // A sixth did only the first check: not counted.
        for (int i = 1; i <= 6; ++i) {
            const QString who = QStringLiteral("p%1").arg(i);
            QVERIFY(pc.add(who, Kind::SkillsAnswer, secs(QDate(2026, 10, 5)), {}, area,
                           QStringLiteral("not-yet"), 1));
            if (i <= 5)
                QVERIFY(pc.add(who, Kind::SkillsAnswer, secs(kDay), {}, area,
                               i <= 4 ? QStringLiteral("yes") : QStringLiteral("a-bit"), 2));
        }
        const PublishedReport report = pc.report();
        QCOMPARE(report.find(QStringLiteral("skills_learners"))->value, 5.0);
        const auto *before = report.find(QStringLiteral("skills_yes_before_percent"),
                                         QStringLiteral("area"), QStringLiteral("being-safe"));
        const auto *after = report.find(QStringLiteral("skills_yes_after_percent"),
                                        QStringLiteral("area"), QStringLiteral("being-safe"));
        QVERIFY(before && after);
        QCOMPARE(before->value, 0.0);
        QCOMPARE(after->value, 80.0);
        QVERIFY(after->shown());
        // The same with only four learners: hidden, area by area.
        EventPc few;
        QVERIFY(few.open());
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(few.add(QStringLiteral("q%1").arg(i), Kind::SkillsAnswer,
                            secs(QDate(2026, 10, 5)), {}, area, QStringLiteral("not-yet"), 1));
            QVERIFY(few.add(QStringLiteral("q%1").arg(i), Kind::SkillsAnswer, secs(kDay), {}, area,
                            QStringLiteral("yes"), 2));
        }
        const PublishedReport hidden = few.report();
        QCOMPARE(hidden
                     .find(QStringLiteral("skills_yes_after_percent"), QStringLiteral("area"),
                           QStringLiteral("being-safe"))
                     ->hidden,
                 Hidden::Small);
    }

    // Crafted so that one age band is small: it reads "fewer than 5", another band is hidden
    // with it, and no hidden number equals a shown total minus the shown numbers.
    void smallCountsCannotBeWorkedOut() {
        EventPc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.learners(QStringLiteral("old"), 12, QStringLiteral("65-74")));
        QVERIFY(pc.learners(QStringLiteral("young"), 3, QStringLiteral("16-24")));
        QVERIFY(pc.learners(QStringLiteral("mid"), 7, QStringLiteral("45-64")));
        QVERIFY(pc.learners(QStringLiteral("quiet"), 9, {}));
        const PublishedReport report = pc.report();
        QCOMPARE(report.find(QStringLiteral("learners_active"))->value, 31.0);
        const auto band = [&](const char *id) {
            return report.find(QStringLiteral("learners_active"), QStringLiteral("age_band"),
                               QLatin1String(id));
        };
        QCOMPARE(band("16-24")->hidden, Hidden::Small);
        QCOMPARE(PublishedReport::displayText(*band("16-24"), 5), QStringLiteral("fewer than 5"));
        QCOMPARE(band("45-64")->hidden, Hidden::Secondary); // the smallest other
        QCOMPARE(PublishedReport::displayText(*band("45-64"), 5), QStringLiteral("hidden"));
        QCOMPARE(band("65-74")->value, 12.0);
        QVERIFY(band("65-74")->shown());

        // The rule for every breakdown column of the report: a column whose total is shown
        // hides none or at least two of its numbers.
        for (const PublishedReport::Row &total : report.rows) {
            if (!total.breakdown.isEmpty() || !total.shown())
                continue;
            for (const char *dimension :
                 {"hub", "age_band", "postcode_district", "preferred_language"}) {
                const auto column = report.rowsOf(total.measure, QLatin1String(dimension));
                const auto hidden = std::count_if(column.begin(), column.end(),
                                                  [](const auto &row) { return !row.shown(); });
                QVERIFY2(hidden != 1,
                         qPrintable(total.measure + QLatin1Char(' ') + QLatin1String(dimension)));
                double sum = 0;
                for (const auto &row : column)
                    sum += row.value;
                if (!column.isEmpty())
                    QCOMPARE(sum, total.value); // every learner in exactly one category
            }
        }
        // Four learners in all: every count is hidden, and the share with them.
        EventPc few;
        QVERIFY(few.open());
        QVERIFY(few.learners(QStringLiteral("a"), 4, QStringLiteral("65-74")));
        QVERIFY(few.add(QStringLiteral("a-1"), Kind::Foundation, secs(kDay)));
        const PublishedReport small = few.report();
        QCOMPARE(small.find(QStringLiteral("learners_active"))->hidden, Hidden::Small);
        QCOMPARE(small.find(QStringLiteral("foundation_share"))->hidden, Hidden::Small);
        QCOMPARE(small
                     .find(QStringLiteral("lessons_completed"), QStringLiteral("age_band"),
                           QStringLiteral("65-74"))
                     ->hidden,
                 Hidden::Small);
        // Nobody at all: zeros are shown as zeros.
        EventPc none;
        QVERIFY(none.open());
        QCOMPARE(none.report().find(QStringLiteral("learners_active"))->value, 0.0);
        QVERIFY(none.report().find(QStringLiteral("learners_active"))->shown());
    }

    // In the app: events are written with the statements, only for learners who agreed, and
    // leave with the learner who deletes their data.
    void eventsFollowTheLearner() {
        TestPc pc;
        QVERIFY(pc.open());
        const qint64 sharer = pc.newLearner(QStringLiteral("Ann Sharer"));
        const qint64 keeper = pc.newLearner(QStringLiteral("Ken Keeper"));
        QVERIFY(pc.workspace.sharing().setConsent(sharer, true));
        QVERIFY(pc.workspace.sharing().setAgeBand(sharer, QStringLiteral("65-74")));
        QVERIFY(pc.workspace.sharing().setConsent(keeper, false));
        const Lesson &lesson = someLesson(pc);
        for (qint64 learner : {sharer, keeper}) {
            for (qsizetype i = 0; i < lesson.steps.size(); ++i)
                QVERIFY(pc.workspace.progress().completeStep(
                    learner, lesson.id, lesson.steps.at(i).id, i == lesson.steps.size() - 1));
        }
        QCOMPARE(pc.workspace.outcomeEvents().count(), 2); // Ann's started and completed
        const ReportPeriod today = ReportPeriod::month(QDate::currentDate());
        OutcomeFigures figures = OutcomeFigures::count(pc.workspace.database(), today);
        QCOMPARE(figures.learnersActive, 1);
        QCOMPARE(figures.lessonsCompleted, 1);
        QCOMPARE(figures.breakdowns.at(1).categories.first().id, QStringLiteral("65-74"));

        // A volunteer's help session becomes a session in the report, of nobody.
        const auto helper =
            pc.workspace.helpers().add(QStringLiteral("Val Volunteer"), QStringLiteral("volunteer"),
                                       QStringLiteral("long enough"));
        QVERIFY(helper);
        const qint64 session = pc.workspace.helpSessions().start(helper->id, keeper);
        QVERIFY(session > 0);
        QVERIFY(pc.workspace.helpSessions().end(session));
        QVERIFY(!pc.workspace.helpSessions().end(session)); // once
        figures = OutcomeFigures::count(pc.workspace.database(), today);
        QCOMPARE(figures.volunteerSessions, 1);
        QCOMPARE(figures.learnersActive, 1);

        QVERIFY(pc.workspace.deleteLearner(sharer));
        figures = OutcomeFigures::count(pc.workspace.database(), today);
        QCOMPARE(figures.learnersActive, 0);
        QCOMPARE(figures.lessonsCompleted, 0);
        QCOMPARE(figures.volunteerSessions, 1);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM report_person")), 0);
    }

    // Outcomes recorded before the reports existed are read from the outbox once.
    void builtFromEarlierStatements() {
        TestPc pc;
        QVERIFY(pc.open());
        const qint64 learner = pc.newLearner(QStringLiteral("Early Bird"));
        QVERIFY(pc.workspace.sharing().setConsent(learner, true));
        QVERIFY(pc.workspace.progress().markOpened(learner, someLesson(pc).id));
        QCOMPARE(pc.workspace.outcomeEvents().count(), 1);
        QSqlQuery forget(pc.workspace.database().connection());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM outcome_event")));
        QVERIFY(
            forget.exec(QStringLiteral("DELETE FROM setting WHERE key = 'outcome_events_built'")));

        Workspace reopened;
        QVERIFY(
            reopened.open(pc.dir.path(), QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons")).usable());
        QCOMPARE(reopened.outcomeEvents().count(), 1);
        QVERIFY(reopened.outcomeEvents().buildFromOutboxOnce()); // again: nothing twice
        QCOMPARE(reopened.outcomeEvents().count(), 1);
    }

    // The framework area each skill's answers are totalled under (in SQL, for the dashboard).
    void areaOfASkill_data() {
        QTest::addColumn<QString>("skill");
        QTest::addColumn<QString>("area");
        QTest::newRow("Foundation task") << "eds.foundation.wifi"
                                         << "foundation";
        QTest::newRow("another Foundation task") << "eds.foundation.turn-on"
                                                 << "foundation";
        QTest::newRow("area") << "eds.being-safe"
                              << "being-safe";
        QTest::newRow("area with a hyphen") << "eds.handling-information"
                                            << "handling-information";
        QTest::newRow("not of the framework: kept") << "local.budgeting"
                                                    << "local.budgeting";
        QTest::newRow("case matters") << "EDS.being-safe"
                                      << "EDS.being-safe";
        QTest::newRow("empty") << ""
                               << "";
    }
    void areaOfASkill() {
        QFETCH(QString, skill);
        QFETCH(QString, area);
        TestPc pc;
        QVERIFY(pc.open());
        QSqlQuery query(pc.workspace.database().connection());
        QVERIFY(query.prepare(QStringLiteral("SELECT ") +
                              OutcomeEvent::areaSql(QStringLiteral(":skill"))));
        query.bindValue(QStringLiteral(":skill"), skill);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), area);
        // Every skill of the framework falls in one of its areas.
        for (const QString &frameworkSkill : Framework::skills()) {
            query.bindValue(QStringLiteral(":skill"), frameworkSkill);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(Framework::topics().contains(query.value(0).toString()),
                     qPrintable(frameworkSkill));
        }
    }

    // The running totals the dashboard reads (lessons per day, answers per check and area,
    // when Foundation was first reached) equal the events they total, after events arrive in
    // any order, answers change, single events go and learners delete their data.
    void runningTotalsFollowTheEvents() {
        EventPc pc;
        QVERIFY(pc.open());
        QRandomGenerator random(6);
        const QStringList bands = {QString(), QStringLiteral("65-74"), QStringLiteral("75+")};
        const QStringList skills = {QStringLiteral("eds.foundation.wifi"),
                                    QStringLiteral("eds.foundation.apps"),
                                    QStringLiteral("eds.being-safe")};
        const QStringList values = {QStringLiteral("yes"), QStringLiteral("a-bit"),
                                    QStringLiteral("not-yet")};
        const auto anyOf = [&](const QStringList &list) {
            return list.at(random.bounded(int(list.size())));
        };
        for (int i = 0; i < 600; ++i) {
            const QString who = QStringLiteral("p%1").arg(random.bounded(25));
            const qint64 at = secs(kDay.addDays(random.bounded(-40, 40)), random.bounded(24));
            const int kind = random.bounded(4);
            if (kind == 0)
                QVERIFY(pc.add(who, Kind::LessonCompleted, at, anyOf(bands)));
            else if (kind == 1)
                QVERIFY(pc.add(who, Kind::SkillsAnswer, at, anyOf(bands), anyOf(skills),
                               anyOf(values), 1 + random.bounded(3)));
            else if (kind == 2)
                QVERIFY(pc.add(who, Kind::Foundation, at, anyOf(bands)));
            else
                QVERIFY(pc.add(who, Kind::LessonStarted, at, anyOf(bands)));
        }
        QSqlQuery sql(pc.workspace.database().connection());
        // Totals made afresh from the events, as migration 11 first made them.
        const QString recount =
            QStringLiteral(
                "SELECT 'lessons', e.person_id, e.at / 86400, count(*), p.hub || p.age_band"
                " || p.district || p.language FROM outcome_event e JOIN report_person p"
                " ON p.id = e.person_id WHERE e.kind = 2 GROUP BY e.person_id, e.at / 86400"
                " UNION ALL SELECT 'skills', person_id, check_no || ' ' || at || ' ' || %1,"
                " count(*), sum(value = 'yes') FROM outcome_event WHERE kind = 3"
                " GROUP BY person_id, check_no, at, %1"
                " UNION ALL SELECT 'foundation', person_id, min(at), 1, '' FROM outcome_event"
                " WHERE kind = 4 GROUP BY person_id")
                .arg(OutcomeEvent::areaSql(QStringLiteral("tags")));
        const QString kept = QStringLiteral(
            "SELECT 'lessons', person_id, day, lessons, hub || age_band || district || language"
            " FROM report_lesson_day UNION ALL SELECT 'skills', person_id, check_no || ' ' || at"
            " || ' ' || area, answers, yes FROM report_skills UNION ALL SELECT 'foundation', id,"
            " foundation_at, 1, '' FROM report_person WHERE foundation_at IS NOT NULL");
        const auto differences = [&] {
            return pc.count(
                QStringLiteral("WITH r AS (%1), k AS (%2) SELECT count(*) FROM (SELECT * FROM r"
                               " EXCEPT SELECT * FROM k UNION ALL"
                               " SELECT * FROM (SELECT * FROM k EXCEPT SELECT * FROM r))")
                    .arg(recount, kept));
        };
        QVERIFY(pc.count(QStringLiteral("SELECT count(*) FROM report_lesson_day")) > 20);
        QVERIFY(pc.count(QStringLiteral("SELECT count(*) FROM report_skills")) > 20);
        QCOMPARE(differences(), 0);
        // Single events go (as nothing in the app does yet, but a repair might).
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM outcome_event WHERE id % 3 = 0")));
        QCOMPARE(differences(), 0);
        // A learner deletes their data; others' answers change with newer events.
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM report_person WHERE pseudonym = 'p3'")));
        QVERIFY(pc.add(QStringLiteral("p4"), Kind::LessonStarted, secs(kDay.addDays(60)),
                       QStringLiteral("16-24")));
        QCOMPARE(differences(), 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM report_lesson_day d JOIN"
                                         " report_person p ON p.id = d.person_id"
                                         " WHERE p.pseudonym = 'p4' AND d.age_band <> '16-24'")),
                 0);
        // Events are added or deleted, never changed.
        QVERIFY(!sql.exec(QStringLiteral("UPDATE outcome_event SET at = at + 86400")));
        QVERIFY(sql.lastError().text().contains(QLatin1String("never changed")));
        QCOMPARE(differences(), 0);
    }

    // A learner's answers are the latest given, whatever order the statements come in (the
    // LRS may return them newest first).
    void latestAnswersWin() {
        EventPc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.add(QStringLiteral("x"), Kind::LessonCompleted, secs(kDay.addDays(2)),
                       QStringLiteral("75+")));
        QVERIFY(
            pc.add(QStringLiteral("x"), Kind::LessonStarted, secs(kDay), QStringLiteral("65-74")));
        const OutcomeFigures f = OutcomeFigures::count(pc.workspace.database(), kNovember);
        QCOMPARE(f.breakdowns.at(1).categories.size(), 1);
        QCOMPARE(f.breakdowns.at(1).categories.first().id, QStringLiteral("75+"));
        QCOMPARE(f.learnersNew, 1);
    }
};

QTEST_GUILESS_MAIN(ReportsTest)
#include "tst_reports.moc"
