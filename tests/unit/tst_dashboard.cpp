// SPDX-License-Identifier: GPL-3.0-or-later
// The staff outcome dashboard (Dashboard): exactly PublishedReport's rows for the period, only
// for staff, nothing of a hidden number, the period choices and the threshold setting.
#include "CsvReader.h"
#include "Dashboard.h"
#include "OutcomeEventStore.h"
#include "OutcomeFigures.h"
#include "Preferences.h"
#include "SampleData.h"
#include "Session.h"
#include "TestPc.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {
const QDate kToday(2026, 11, 26);

// A PC with the report sample (28 sharing learners, dated now) and a staff member.
struct Pc : TestPc {
    std::unique_ptr<Preferences> preferences;
    std::unique_ptr<Session> session;
    std::unique_ptr<Dashboard> dashboard;

    bool open(bool sample = true) {
        if (!TestPc::open() || (sample && !addReportSample(workspace).isEmpty()) ||
            !workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"),
                                     QStringLiteral("a long passphrase")) ||
            !workspace.helpers().add(QStringLiteral("Vic"), QStringLiteral("volunteer"),
                                     QStringLiteral("a long passphrase")))
            return false;
        preferences = std::make_unique<Preferences>(&workspace.settings());
        session = std::make_unique<Session>(&workspace, *preferences, QString(), QString());
        dashboard = std::make_unique<Dashboard>(&workspace, *session);
        return true;
    }
    bool signIn(const char *name) {
        const QVariantMap attempt =
            session->helperSignIn(QLatin1String(name), QStringLiteral("a long passphrase")).toMap();
        return attempt.value(QStringLiteral("result")) == QLatin1String("signed-in");
    }
};

// Every cell the dashboard holds, keyed "measure/breakdown/category".
QHash<QString, QVariantMap> cellsOf(const Dashboard &dashboard) {
    QHash<QString, QVariantMap> cells;
    const auto add = [&](const QVariant &value, const QString &breakdown) {
        const QVariantMap cell = value.toMap();
        const QString key = cell.value(QStringLiteral("measure")).toString() + QLatin1Char('/') +
                            breakdown + QLatin1Char('/') +
                            cell.value(QStringLiteral("category")).toString();
        QVERIFY2(!cells.contains(key), qPrintable(key));
        cells.insert(key, cell);
    };
    for (const QVariant &cell : dashboard.headlines())
        add(cell, {});
    for (const QVariant &breakdown : dashboard.breakdowns()) {
        const QString dimension = breakdown.toMap().value(QStringLiteral("dimension")).toString();
        for (const QVariant &row : breakdown.toMap().value(QStringLiteral("rows")).toList()) {
            for (const QVariant &cell : row.toMap().value(QStringLiteral("cells")).toList())
                add(cell, dimension);
        }
    }
    for (const QVariant &area : dashboard.skills()) {
        add(area.toMap().value(QStringLiteral("before")), QStringLiteral("area"));
        add(area.toMap().value(QStringLiteral("after")), QStringLiteral("area"));
    }
    for (const QVariant &cell : dashboard.checkins())
        add(cell, QStringLiteral("outcome"));
    return cells;
}

QString hiddenName(Suppression::Hidden hidden) {
    return hidden == Suppression::Hidden::Small       ? QStringLiteral("small")
           : hidden == Suppression::Hidden::Secondary ? QStringLiteral("secondary")
                                                      : QString();
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The sample: every published row is on the dashboard once, with its number or, when
    // hidden, its reason and nothing of its value; and nothing else is.
    void showsExactlyThePublishedRows_data() {
        QTest::addColumn<QString>("period");
        QTest::newRow("month") << QStringLiteral("month");
        QTest::newRow("year") << QStringLiteral("year");
    }
    void showsExactlyThePublishedRows() {
        QFETCH(QString, period);
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.signIn("Pat"));
        QVERIFY(pc.dashboard->choose(period));
        const ReportPeriod range =
            *ReportPeriod::named(period, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(pc.dashboard->from(), range.from.toString(Qt::ISODate));
        const PublishedReport expected =
            PublishedReport::from(OutcomeFigures::count(pc.workspace.database(), range));
        const QHash<QString, QVariantMap> cells = cellsOf(*pc.dashboard);
        int hidden = 0, secondary = 0;
        for (const PublishedReport::Row &row : expected.rows) {
            const QString key =
                row.measure + QLatin1Char('/') + row.breakdown + QLatin1Char('/') + row.category;
            QVERIFY2(cells.contains(key), qPrintable(key));
            const QVariantMap cell = cells.value(key);
            QCOMPARE(cell.value(QStringLiteral("hidden")).toString(), hiddenName(row.hidden));
            if (row.shown()) {
                QCOMPARE(cell.value(QStringLiteral("number")).toString(),
                         PublishedReport::displayText(row, 5));
                QCOMPARE(cell.value(QStringLiteral("value")).toDouble(), row.value);
            } else {
                ++hidden;
                secondary += row.hidden == Suppression::Hidden::Secondary;
                QCOMPARE(cell.value(QStringLiteral("number")).toString(), QString());
                QCOMPARE(cell.value(QStringLiteral("value")).toDouble(), 0.0);
            }
        }
        // Rows of every kind, so the comparison means something.
        QCOMPARE(cells.size(), expected.rows.size());
        QVERIFY(hidden > 0);
        QVERIFY(secondary > 0);
        QCOMPARE(pc.dashboard->headlines().constFirst().toMap().value(QStringLiteral("number")),
                 QStringLiteral("28"));
    }

    // What the dashboard shows is what its "Save as a spreadsheet" button writes: every cell
    // of the page is a row of the file with the same number, or with the same reason hidden
    // and no number; and nothing else is in the file.
    void savedSpreadsheetHoldsWhatIsShown() {
        Pc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.signIn("Pat"));
        QVERIFY(pc.dashboard->choose(QStringLiteral("year")));
        QTemporaryDir folder;
        const QString message = pc.dashboard->saveFiles(QStringLiteral("csv"), folder.path());
        QVERIFY2(message.startsWith(QLatin1String("Saved: ")), qPrintable(message));
        QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.csv")}, QDir::Files);
        QCOMPARE(files.size(), 2); // the figures and their data dictionary
        files.removeIf(
            [](const QString &name) { return name.contains(QLatin1String("dictionary")); });
        QCOMPARE(files.size(), 1);
        QVERIFY(message.contains(files.first()));
        const auto records = csvRecords(QDir(folder.path()).filePath(files.first()));
        const QHash<QString, QVariantMap> cells = cellsOf(*pc.dashboard);
        QCOMPARE(records.size(), cells.size());
        for (const auto &record : records) {
            const QString key = record.value(QStringLiteral("measure")) + QLatin1Char('/') +
                                record.value(QStringLiteral("breakdown")) + QLatin1Char('/') +
                                record.value(QStringLiteral("category"));
            QVERIFY2(cells.contains(key), qPrintable(key));
            const QVariantMap cell = cells.value(key);
            const QString hidden = cell.value(QStringLiteral("hidden")).toString();
            if (hidden.isEmpty()) {
                QCOMPARE(record.value(QStringLiteral("value")).toDouble(),
                         cell.value(QStringLiteral("value")).toDouble());
                QCOMPARE(record.value(QStringLiteral("note")), QString());
            } else {
                QCOMPARE(record.value(QStringLiteral("value")), QString());
                QVERIFY2(record.value(QStringLiteral("note"))
                             .startsWith(hidden == QLatin1String("small")
                                             ? QLatin1String("fewer than")
                                             : QLatin1String("hidden")),
                         qPrintable(key));
            }
        }
        // A volunteer cannot save them.
        pc.session->helperSignOut();
        QVERIFY(pc.signIn("Vic"));
        QTemporaryDir other;
        QVERIFY(!pc.dashboard->saveFiles(QStringLiteral("csv"), other.path())
                     .startsWith(QLatin1String("Saved")));
        QVERIFY(QDir(other.path()).isEmpty());
    }

    void onlyForStaff() {
        Pc pc;
        QVERIFY(pc.open());
        pc.dashboard->refresh();
        QVERIFY(!pc.dashboard->allowed());
        QVERIFY(pc.dashboard->headlines().isEmpty());
        QVERIFY(pc.signIn("Vic"));
        pc.dashboard->refresh();
        QVERIFY(!pc.dashboard->allowed());
        QVERIFY(pc.dashboard->headlines().isEmpty());
        pc.session->helperSignOut();
        QVERIFY(pc.signIn("Pat"));
        pc.dashboard->refresh();
        QVERIFY(pc.dashboard->allowed());
        QCOMPARE(pc.dashboard->headlines().size(), Dashboard::headlineMeasures().size());
        // Signing out takes the figures away at once.
        pc.session->helperSignOut();
        QVERIFY(pc.dashboard->headlines().isEmpty());
        QVERIFY(pc.dashboard->breakdowns().isEmpty());
    }

    void periods() {
        Pc pc;
        QVERIFY(pc.open(false));
        pc.dashboard =
            std::make_unique<Dashboard>(&pc.workspace, *pc.session, [] { return kToday; });
        QVERIFY(pc.signIn("Pat"));
        QCOMPARE(pc.dashboard->period(), QStringLiteral("month"));
        QCOMPARE(pc.dashboard->from(), QStringLiteral("2026-11-01"));
        QVERIFY(pc.dashboard->choose(QStringLiteral("quarter")));
        QCOMPARE(pc.dashboard->from(), QStringLiteral("2026-10-01"));
        QCOMPARE(pc.dashboard->to(), QStringLiteral("2026-12-31"));
        QVERIFY(!pc.dashboard->choose(QStringLiteral("week")));
        QCOMPARE(pc.dashboard->period(), QStringLiteral("quarter"));

        // Typed dates: plain words for each mistake, and the period stays as it was.
        QVERIFY(pc.dashboard->chooseDates(QString(), QStringLiteral("2026-11-30"))
                    .contains(QLatin1String("Type both dates")));
        QVERIFY(
            pc.dashboard->chooseDates(QStringLiteral("2026-02-30"), QStringLiteral("2026-11-30"))
                .contains(QLatin1String("\"2026-02-30\" is not a date")));
        QVERIFY(
            pc.dashboard->chooseDates(QStringLiteral("2026-11-01"), QStringLiteral("30/11/2026"))
                .contains(QLatin1String("\"30/11/2026\" is not a date")));
        QVERIFY(
            pc.dashboard->chooseDates(QStringLiteral("2026-11-02"), QStringLiteral("2026-11-01"))
                .contains(QLatin1String("after the last day")));
        QCOMPARE(pc.dashboard->period(), QStringLiteral("quarter"));
        QCOMPARE(
            pc.dashboard->chooseDates(QStringLiteral(" 2025-04-06 "), QStringLiteral("2026-04-05")),
            QString());
        QCOMPARE(pc.dashboard->period(), QStringLiteral("custom"));
        QCOMPARE(pc.dashboard->from(), QStringLiteral("2025-04-06"));
        QCOMPARE(pc.dashboard->to(), QStringLiteral("2026-04-05"));
        // A refresh keeps typed dates; a named period follows today.
        pc.dashboard->refresh();
        QCOMPARE(pc.dashboard->from(), QStringLiteral("2025-04-06"));
    }

    void thresholdSetting_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("threshold");
        QTest::newRow("unset") << QString() << 5;
        QTest::newRow("ten") << QStringLiteral("10") << 10;
        QTest::newRow("below the default") << QStringLiteral("3") << 5;
        QTest::newRow("not a number") << QStringLiteral("five") << 5;
    }
    void thresholdSetting() {
        QFETCH(QString, setting);
        QFETCH(int, threshold);
        Pc pc;
        QVERIFY(pc.open(false));
        if (!setting.isNull())
            QVERIFY(pc.workspace.settings().setValue(QLatin1String(Suppression::kThresholdKey),
                                                     setting));
        QCOMPARE(Suppression::thresholdFrom(pc.workspace.settings()), threshold);
        QVERIFY(pc.signIn("Pat"));
        pc.dashboard->refresh();
        QCOMPARE(pc.dashboard->threshold(), threshold);
        QCOMPARE(pc.dashboard->report().threshold, threshold);
    }

    void demoData() {
        Pc pc;
        QVERIFY(pc.open(false));
        QVERIFY(!pc.dashboard->demo());
        QVERIFY(pc.workspace.settings().setValue(QStringLiteral("demo_data"), QStringLiteral("1")));
        QVERIFY(pc.dashboard->demo());
    }

    // How long a refresh takes over many events (OPENSTEPS_BENCH=1; a figure, never a failure).
    void refreshTime() {
        if (!qEnvironmentVariableIsSet("OPENSTEPS_BENCH"))
            QSKIP("set OPENSTEPS_BENCH=1 to time a refresh over 1,000,000 events");
        Pc pc;
        QVERIFY(pc.open(false));
        const int people = 20000, eachEvents = 50;
        const QStringList bands = SharingStore::ageBands();
        QElapsedTimer fill;
        fill.start();
        QVERIFY(pc.workspace.database().inTransaction([&] {
            OutcomeEventStore::Writer writer(pc.workspace.database());
            const qint64 start = ReportPeriod::year(kToday).startSecs();
            for (int p = 0; p < people; ++p) {
                for (int e = 0; e < eachEvents; ++e) {
                    OutcomeEvent event;
                    event.statementId = QStringLiteral("s-%1-%2").arg(p).arg(e);
                    event.person = QStringLiteral("person-%1").arg(p);
                    event.hub = QStringLiteral("hub-%1").arg(p % 12);
                    event.kind = e % 10 == 9 ? OutcomeEvent::Kind::SkillsAnswer
                                             : OutcomeEvent::Kind::LessonCompleted;
                    event.check = e < 25 ? 1 : 2;
                    event.tags = QStringLiteral("eds.communicating");
                    event.value = e % 3 ? QStringLiteral("yes") : QStringLiteral("not-yet");
                    event.at = start + qint64(p % 330) * 86400 + e * 600;
                    event.ageBand = bands.at(p % bands.size());
                    event.district = QStringLiteral("LS%1").arg(p % 30);
                    if (!writer.add(0, event))
                        return false;
                }
            }
            return true;
        }));
        qInfo("filled %d events in %lld ms", people * eachEvents, fill.elapsed());
        pc.dashboard =
            std::make_unique<Dashboard>(&pc.workspace, *pc.session, [] { return kToday; });
        QVERIFY(pc.signIn("Pat"));
        for (const char *period : {"month", "quarter", "year"}) {
            QVERIFY(pc.dashboard->choose(QLatin1String(period)));
            qInfo("dashboard_refresh_ms=%d %s", pc.dashboard->refreshMs(), period);
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
