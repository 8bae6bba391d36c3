// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome exports, read back the way their users read them: the CSVs by a real CSV parser
// (Python's csv module), the JSON by a JSON parser, the PDF by poppler's pdftotext. A PC with
// learners made through the real stores: the numbers come from what learners did.
#include "CsvReader.h"
#include "OutcomeExport.h"
#include "OutcomeFigures.h"
#include "OutcomeReportPdf.h"
#include "PinStore.h"
#include "TestPc.h"
#include "XapiStatement.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace OpenSteps;
using OutcomeExport::Format;
using Suppression::Hidden;

namespace {

// Staff type the hub's name: a comma, quotes and a new line must come back as typed.
const QString kHubName = QStringLiteral("Hub \"North\", Leeds\nSecond line");
const QString kHubId = QStringLiteral("leeds-north");

// Seven learners who share (six aged 25-49, one 65-74: the lone one is hidden, and so is the
// six beside it), each finishing the first lesson and taking the skills check twice; two
// check in. One learner who said no, and one who said yes and then no.
struct ExportPc : TestPc {
    QList<qint64> sharers;
    qint64 refuser = 0, changedMind = 0;

    bool finishLesson(qint64 learner, const Lesson &lesson) {
        for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
            if (!workspace.progress().completeStep(learner, lesson.id, lesson.steps.at(i).id,
                                                   i == lesson.steps.size() - 1))
                return false;
        }
        return true;
    }
    // Every statement answered: "not yet" the first time, "yes" later.
    bool takeSkillsCheck(qint64 learner, const QString &answer) {
        SkillsCheckStore &checks = workspace.skillsChecks();
        const qint64 check = checks.newCheck(learner);
        for (const SkillsCheck::Statement &statement : SkillsCheck::statements()) {
            if (!checks.saveAnswer(check, statement.id, answer))
                return false;
        }
        return checks.complete(check);
    }
    bool build() {
        if (!open() || !HubIdentity{kHubName, kHubId}.saveTo(workspace.settings()))
            return false;
        const Lesson &lesson = workspace.catalog().lessons().first();
        SharingStore &sharing = workspace.sharing();
        return workspace.database().inTransaction([&] {
            for (int i = 0; i < 7; ++i) {
                const qint64 id = newLearner(QStringLiteral("Zainab Hussain %1").arg(i));
                sharers << id;
                if (!sharing.setConsent(id, true) ||
                    !sharing.setAgeBand(id, i < 6 ? QStringLiteral("25-49")
                                                  : QStringLiteral("65-74")) ||
                    !sharing.setPostcodeDistrict(id, QStringLiteral("LS9")) ||
                    !finishLesson(id, lesson) || !takeSkillsCheck(id, QStringLiteral("not-yet")) ||
                    !takeSkillsCheck(id, QStringLiteral("yes")))
                    return false;
                if (i < 2 && !workspace.checkins().save(id, QStringLiteral("four-weeks"),
                                                        {QStringLiteral("work")}))
                    return false;
            }
            refuser = newLearner(QStringLiteral("Noreen Refuser"));
            changedMind = newLearner(QStringLiteral("Maria Changedmind"));
            return refuser && changedMind && sharing.setConsent(refuser, false) &&
                   finishLesson(refuser, lesson) && sharing.setConsent(changedMind, true) &&
                   finishLesson(changedMind, lesson) && sharing.setConsent(changedMind, false);
        });
    }
    // Today, give or take a day: the learners' events are all in it, whatever the time.
    static ReportPeriod period() {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {today.addDays(-1), today.addDays(1)};
    }
    OutcomeExport::Result write(Format format, const QString &dir) {
        return exportOutcomes(workspace.database(), format, period(), dir);
    }
    PublishedReport report() {
        return PublishedReport::from(OutcomeFigures::count(workspace.database(), period()));
    }
};

// "a,b,c" as a list (QT_NO_CAST_FROM_ASCII: no lists of bare C strings).
QStringList words(const char *commaSeparated) {
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        qWarning("pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
        return {};
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QStringList filesIn(const QString &dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class ExportsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(pc.build());
        report = pc.report();
        // The fixture shows every kind of cell: shown, hidden as small, hidden beside it.
        const auto has = [&](Hidden hidden) {
            return std::any_of(
                report.rows.cbegin(), report.rows.cend(),
                [&](const PublishedReport::Row &row) { return row.hidden == hidden; });
        };
        QVERIFY(has(Hidden::No) && has(Hidden::Small) && has(Hidden::Secondary));
        // The seven, and the one who said yes, learned, then said no: counted, as shared then.
        QCOMPARE(report.find(QStringLiteral("learners_active"))->value, 8.0);
    }
    void init() { QVERIFY(out.isValid()); }
    void cleanup() {
        for (const QString &name : filesIn(out.path()))
            QFile::remove(QDir(out.path()).filePath(name));
        QVERIFY(pc.workspace.settings().setValue(QStringLiteral("demo_data"), QStringLiteral("0")));
    }

    void fileNames_data() {
        QTest::addColumn<QString>("hubId");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("aggregate") << "leeds-central" << false << int(Format::AggregateCsv)
                                   << "opensteps-leeds-central-outcomes-2026-11-01_2026-11-30.csv";
        QTest::newRow("no hub id") << "" << false << int(Format::Pdf)
                                   << "opensteps-unnamed-hub-report-2026-11-01_2026-11-30.pdf";
        QTest::newRow("an id staff could not have saved")
            << "../etc" << false << int(Format::Xapi)
            << "opensteps-unnamed-hub-xapi-2026-11-01_2026-11-30.jsonl";
        QTest::newRow("records")
            << "leeds-central" << false << int(Format::RecordsJson)
            << "opensteps-leeds-central-records-not-for-publication-2026-11-01_2026-11-30.json";
        QTest::newRow("demo") << "leeds-central" << true << int(Format::RecordsCsv)
                              << "opensteps-leeds-central-records-not-for-publication-"
                                 "2026-11-01_2026-11-30-DEMO.csv";
    }
    void fileNames() {
        QFETCH(QString, hubId);
        QFETCH(bool, demo);
        QFETCH(int, format);
        QFETCH(QString, expected);
        TestPc other;
        QVERIFY(other.open());
        SettingsStore &settings = other.workspace.settings();
        QVERIFY(settings.setValue(QLatin1String(HubIdentity::kIdKey), hubId));
        QVERIFY(settings.setValue(QStringLiteral("demo_data"),
                                  demo ? QStringLiteral("1") : QStringLiteral("0")));
        const auto source =
            OutcomeExport::Source::fromSettings(settings, ReportPeriod::month(QDate(2026, 11, 26)));
        QCOMPARE(OutcomeExport::fileNameFor(source, Format(format)), expected);
    }

    // The aggregate CSV holds the published report, row for row: the same numbers as the
    // dashboard, which reads the same PublishedReport.
    void aggregateIsThePublishedReport() {
        const auto result = pc.write(Format::AggregateCsv, out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files.size(), 2);
        const QByteArray bytes = readAll(result.files.first());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        // Numbers are bare: never in quotes.
        QVERIFY(!QRegularExpression(QStringLiteral("\"[0-9.]+\""))
                     .match(QString::fromUtf8(bytes))
                     .hasMatch());

        const QList<QStringList> rows = csvRows(result.files.first());
        QCOMPARE(rows.value(0), words("hub_id,hub_name,period_start,period_end,measure,breakdown,"
                                      "category,value,unit,note"));
        QCOMPARE(rows.size(), report.rows.size() + 1);
        const QString from = pc.period().from.toString(Qt::ISODate);
        const QString to = pc.period().to.toString(Qt::ISODate);
        for (qsizetype i = 0; i < report.rows.size(); ++i) {
            const PublishedReport::Row &row = report.rows.at(i);
            const QStringList &csv = rows.at(i + 1);
            const QString where =
                QStringLiteral("row %1 (%2 %3)").arg(i + 2).arg(row.measure, row.category);
            QVERIFY2(csv.size() == 10, qPrintable(where));
            QCOMPARE(csv.at(0), kHubId);
            QCOMPARE(csv.at(1), kHubName); // comma, quotes and new line as typed
            QCOMPARE(csv.at(2), from);
            QCOMPARE(csv.at(3), to);
            QCOMPARE(csv.at(4), row.measure);
            QCOMPARE(csv.at(5), row.breakdown);
            QCOMPARE(csv.at(6), row.category);
            QVERIFY2(!csv.at(8).isEmpty(), qPrintable(where)); // a unit for every measure
            if (row.shown()) {
                bool number = false;
                QCOMPARE(csv.at(7).toDouble(&number), row.value);
                QVERIFY2(number, qPrintable(where));
                QVERIFY2(csv.at(9).isEmpty(), qPrintable(where));
            } else {
                QVERIFY2(csv.at(7).isEmpty(), qPrintable(where));
                QCOMPARE(csv.at(9), row.hidden == Hidden::Small
                                        ? QStringLiteral("fewer than 5")
                                        : QStringLiteral("hidden so that a smaller number "
                                                         "cannot be worked out"));
            }
        }
        // The lone 65-74 learner, hidden as a small number.
        const auto cell = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &csv) {
            return csv.value(4) == QLatin1String("learners_active") &&
                   csv.value(6) == QLatin1String("65-74");
        });
        QVERIFY(cell != rows.cend());
        QCOMPARE(cell->mid(7), words(",learners,fewer than 5"));
    }

    void dataDictionaryExplainsEveryColumnAndMeasure() {
        const auto result = pc.write(Format::AggregateCsv, out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(QFileInfo(result.files.at(1)).fileName(),
                 OutcomeExport::fileName(
                     OutcomeExport::Source::fromSettings(pc.workspace.settings(), pc.period()),
                     QStringLiteral("outcomes-data-dictionary"), QStringLiteral("csv")));
        QVERIFY(readAll(result.files.at(1)).startsWith("\xEF\xBB\xBF"));
        const auto entries = csvRecords(result.files.at(1));
        QSet<QString> named;
        for (const auto &entry : entries) {
            QVERIFY2(!entry.value(QStringLiteral("meaning")).isEmpty(),
                     qPrintable(entry.value(QStringLiteral("name"))));
            named << entry.value(QStringLiteral("section")) + QLatin1Char(':') +
                         entry.value(QStringLiteral("name"));
        }
        for (const QString &column : csvRows(result.files.first()).value(0))
            QVERIFY2(named.contains(QStringLiteral("column:") + column), qPrintable(column));
        for (const auto &measure : PublishedReport::measures())
            QVERIFY(named.contains(QStringLiteral("measure:") + QLatin1String(measure.id)));
        for (const auto &breakdown : PublishedReport::breakdowns())
            QVERIFY(named.contains(QStringLiteral("breakdown:") + QLatin1String(breakdown.id)));
        QVERIFY(named.contains(QStringLiteral("rule:suppression")));
        // The age bands it names are the ones learners choose from.
        const QByteArray dictionary = readAll(result.files.at(1));
        for (const QString &band : SharingStore::ageBands())
            QVERIFY2(dictionary.contains(band.toUtf8()), qPrintable(band));
        QVERIFY(
            named.contains(QStringLiteral("file:") + QFileInfo(result.files.first()).fileName()));
    }

    // Two files, both or neither: when the dictionary cannot be written, no figures are left.
    void aggregateLeavesNothingWhenAFileFails() {
        const auto source =
            OutcomeExport::Source::fromSettings(pc.workspace.settings(), pc.period());
        const QString blocker =
            QDir(out.path()).filePath(OutcomeExport::dictionaryFileName(source));
        QVERIFY(QDir().mkpath(blocker)); // a folder where the file should go
        const auto result = pc.write(Format::AggregateCsv, out.path());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("No file was left behind")),
                 qPrintable(result.error));
        QVERIFY(filesIn(out.path()).isEmpty());
        QVERIFY(QDir(blocker).removeRecursively());
    }

    void folderMustExist_data() {
        QTest::addColumn<int>("format");
        for (const QString &name : OutcomeExport::formatNames())
            QTest::newRow(qPrintable(name)) << int(*OutcomeExport::formatNamed(name));
    }
    void folderMustExist() {
        QFETCH(int, format);
        const QString missing = out.filePath(QStringLiteral("not-here"));
        auto result = pc.write(Format(format), missing);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("does not exist")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(missing));
        QFile file(out.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        result = pc.write(Format(format), file.fileName());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("not a folder")), qPrintable(result.error));
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("a-file")});
    }

    void records_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(Format::RecordsCsv);
        QTest::newRow("json") << int(Format::RecordsJson);
    }
    // One record per event of a learner who shares; nobody who said no, no names, no PINs,
    // days without times; marked not for publication inside and in the file name.
    void records() {
        QFETCH(int, format);
        // A PIN for one learner: its hash must not travel either.
        QVERIFY(PinStore(pc.workspace.database())
                    .setPin(pc.sharers.first(), PinKind::Digits, QStringLiteral("7391")));
        const auto result = pc.write(Format(format), out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString path = result.files.value(0);
        QVERIFY(path.contains(QLatin1String("not-for-publication")));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.contains("Zainab") && !bytes.contains("Hussain") &&
                !bytes.contains("Noreen") && !bytes.contains("Maria"));
        QSqlQuery pin(pc.workspace.database().connection());
        QVERIFY(pin.exec(QStringLiteral("SELECT pin_hash, pin_salt FROM learner WHERE pin_hash"
                                        " IS NOT NULL")) &&
                pin.next());
        for (int i = 0; i < 2; ++i) {
            const QByteArray secret = pin.value(i).toByteArray();
            QVERIFY(secret.size() >= 16);
            QVERIFY(!bytes.contains(secret) && !bytes.contains(secret.toHex()) &&
                    !bytes.contains(secret.toBase64()));
        }

        QList<QHash<QString, QString>> records;
        if (format == int(Format::RecordsJson)) {
            QJsonParseError error;
            const QJsonObject json = QJsonDocument::fromJson(bytes, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(json.value(QStringLiteral("not_for_publication")), QJsonValue(true));
            QVERIFY(json.value(QStringLiteral("notice"))
                        .toString()
                        .startsWith(QLatin1String("NOT FOR PUBLICATION")));
            QCOMPARE(json.value(QStringLiteral("hub_name")).toString(), kHubName);
            const QJsonArray list = json.value(QStringLiteral("records")).toArray();
            QCOMPARE(json.value(QStringLiteral("count")).toInt(), list.size());
            for (const QJsonValue &value : list) {
                QHash<QString, QString> record;
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    record.insert(it.key(),
                                  it.value().isArray()
                                      ? it.value().toVariant().toStringList().join(QLatin1Char(','))
                                  : it.value().isDouble() ? QString::number(it.value().toInt())
                                                          : it.value().toString());
                records << record;
            }
        } else {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            records = csvRecords(path);
            for (const auto &record : std::as_const(records))
                QCOMPARE(record.value(QStringLiteral("publication")),
                         QStringLiteral("NOT FOR PUBLICATION"));
        }

        // Exactly the consenting learners' events, each once.
        QSet<QString> pseudonyms;
        for (const qint64 learner : std::as_const(pc.sharers))
            pseudonyms << pc.workspace.sharing().pseudonym(learner);
        const int events = pc.count(QStringLiteral(
            "SELECT count(*) FROM outcome_event e JOIN report_person p ON p.id = e.person_id"
            " WHERE p.learner_id IN (SELECT id FROM learner WHERE share_consent = 1)"));
        QVERIFY(events > 7 * 3);
        QCOMPARE(records.size(), events);
        QCOMPARE(result.rows, qint64(events));
        const QString changedMind = pc.workspace.sharing().pseudonym(pc.changedMind);
        QVERIFY(!changedMind.isEmpty()); // they have events, from when they said yes
        QVERIFY(!bytes.contains(changedMind.toUtf8()));
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        QSet<QString> seen, kinds;
        for (const auto &record : std::as_const(records)) {
            QVERIFY(pseudonyms.contains(record.value(QStringLiteral("pseudonym"))));
            seen << record.value(QStringLiteral("pseudonym"));
            QVERIFY2(day.match(record.value(QStringLiteral("date"))).hasMatch(),
                     qPrintable(record.value(QStringLiteral("date"))));
            QCOMPARE(record.value(QStringLiteral("hub_id")), kHubId);
            QCOMPARE(record.value(QStringLiteral("postcode_district")), QStringLiteral("LS9"));
            kinds << record.value(QStringLiteral("event"));
            if (record.value(QStringLiteral("event")) == QLatin1String("skills-check-answer")) {
                QVERIFY(!record.value(QStringLiteral("skills_answer")).isEmpty());
                QVERIFY(record.value(QStringLiteral("skills_check")).toInt() >= 1);
            }
            if (record.value(QStringLiteral("event")) == QLatin1String("check-in"))
                QCOMPARE(record.value(QStringLiteral("checkin_outcomes")), QStringLiteral("work"));
        }
        QCOMPARE(seen, pseudonyms);
        const QStringList expectedKinds =
            words("lesson-started,lesson-completed,skills-check-answer,check-in");
        QCOMPARE(kinds, QSet<QString>(expectedKinds.cbegin(), expectedKinds.cend()));
    }

    // Events read from the LRS may hold any text: it comes back as it went in, in both formats.
    void recordsKeepAnyText_data() { records_data(); }
    void recordsKeepAnyText() {
        QFETCH(int, format);
        TestPc other;
        QVERIFY(other.open());
        OutcomeEvent event;
        event.statementId = QStringLiteral("a1");
        event.person = QStringLiteral("someone-elsewhere");
        event.hub = QStringLiteral("leeds-south");
        event.kind = OutcomeEvent::Kind::Checkin;
        event.at = ExportPc::period().startSecs() + 3600;
        event.item = QStringLiteral("say \"hi\",\r\nthen\t\x01 \\ zażółć اردو 🙂");
        event.value = QStringLiteral("work,health");
        QVERIFY(other.workspace.outcomeEvents().add(0, event)); // of no learner here
        const auto source =
            OutcomeExport::Source::fromSettings(other.workspace.settings(), ExportPc::period());
        const auto result = OutcomeExport::writeRecords(other.workspace.database(), source,
                                                        Format(format), out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, qint64(1));
        QString item, outcomes;
        if (format == int(Format::RecordsJson)) {
            const QJsonObject record = QJsonDocument::fromJson(readAll(result.files.first()))
                                           .object()
                                           .value(QStringLiteral("records"))
                                           .toArray()
                                           .first()
                                           .toObject();
            item = record.value(QStringLiteral("item")).toString();
            outcomes = record.value(QStringLiteral("checkin_outcomes"))
                           .toVariant()
                           .toStringList()
                           .join(QLatin1Char(','));
        } else {
            const auto records = csvRecords(result.files.first());
            QCOMPARE(records.size(), 1);
            item = records.first().value(QStringLiteral("item"));
            outcomes = records.first().value(QStringLiteral("checkin_outcomes"));
        }
        QCOMPARE(item, event.item);
        QCOMPARE(outcomes, event.value);
    }

    void recordsOfAnEmptyPeriodAreAnEmptyFile() {
        const OutcomeExport::Source source = OutcomeExport::Source::fromSettings(
            pc.workspace.settings(), ReportPeriod::month(QDate(2020, 1, 15)));
        const auto result = OutcomeExport::writeRecords(pc.workspace.database(), source,
                                                        Format::RecordsJson, out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonObject json = QJsonDocument::fromJson(readAll(result.files.first())).object();
        QCOMPARE(json.value(QStringLiteral("records")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 0);
    }

    // The statements as the outbox holds them, oldest first, one per line; what a learner
    // withdrew or voided stays out, the voiding statement goes.
    void xapiIsTheOutbox() {
        TestPc other;
        QVERIFY(other.open());
        const Lesson &lesson = other.workspace.catalog().lessons().first();
        const qint64 leaving = other.newLearner(QStringLiteral("Leaving Learner"));
        const qint64 staying = other.newLearner(QStringLiteral("Staying Learner"));
        for (const qint64 learner : {leaving, staying}) {
            QVERIFY(other.workspace.sharing().setConsent(learner, true));
            QVERIFY(other.workspace.progress().completeStep(learner, lesson.id,
                                                            lesson.steps.first().id, true));
        }
        // The leaving learner's statements: one delivered (so voided), the other withdrawn.
        QSqlQuery first(other.workspace.database().connection());
        QVERIFY(first.exec(QStringLiteral("SELECT id FROM outbox ORDER BY created_at, rowid")) &&
                first.next());
        const QString delivered = first.value(0).toString();
        QVERIFY(other.workspace.outbox().markDelivered({delivered}));
        first.finish();
        QVERIFY(other.workspace.outbox().markAttempted(
            {other.workspace.outbox().pending(1).first().id}));
        QVERIFY(other.workspace.deleteLearner(leaving));

        const auto source =
            OutcomeExport::Source::fromSettings(other.workspace.settings(), ExportPc::period());
        const auto result =
            OutcomeExport::writeXapi(other.workspace.database(), source, out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QList<QByteArray> lines = readAll(result.files.first()).split('\n');
        QCOMPARE(lines.takeLast(), QByteArray()); // every line ends in \n

        // Expected: every statement not withdrawn, but those a voiding statement here names.
        QSqlQuery rows(other.workspace.database().connection());
        QVERIFY(rows.exec(QStringLiteral(
            "SELECT statement FROM outbox WHERE state <> 'withdrawn' ORDER BY created_at, rowid")));
        QList<QJsonObject> outbox;
        QSet<QString> voided;
        while (rows.next()) {
            outbox << QJsonDocument::fromJson(rows.value(0).toByteArray()).object();
            if (outbox.last()
                    .value(QStringLiteral("verb"))
                    .toObject()
                    .value(QStringLiteral("id")) == QLatin1String(Xapi::kVerbVoided))
                voided << outbox.last()
                              .value(QStringLiteral("object"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
        }
        QVERIFY(voided.contains(delivered));
        outbox.removeIf([&](const QJsonObject &statement) {
            return voided.contains(statement.value(QStringLiteral("id")).toString());
        });
        QVERIFY(outbox.size() >= 3); // the staying learner's two and a voiding statement
        QCOMPARE(lines.size(), outbox.size());
        QCOMPARE(result.rows, qint64(outbox.size()));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject statement = QJsonDocument::fromJson(lines.at(i), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(statement, outbox.at(i));
            QVERIFY(statement.value(QStringLiteral("id")).toString() != delivered);
        }

        // Another period: nothing.
        const auto past = OutcomeExport::Source::fromSettings(
            other.workspace.settings(), ReportPeriod::month(QDate(2020, 1, 1)));
        const auto none = OutcomeExport::writeXapi(other.workspace.database(), past, out.path());
        QVERIFY(none.ok);
        QCOMPARE(readAll(none.files.first()), QByteArray());
    }

    void pdfShowsTheHeadlineNumbers() {
        const auto result = pc.write(Format::Pdf, out.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files.size(), 1);
        const QString text = pdfText(result.files.first());
        QVERIFY2(text.contains(QStringLiteral("Hub \"North\", Leeds Second line")),
                 qPrintable(text));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QVERIFY(text.contains(english.toString(pc.period().from, u"d MMMM yyyy") +
                              QStringLiteral(" to ") +
                              english.toString(pc.period().to, u"d MMMM yyyy")));
        for (const char *words :
             {"OpenSteps outcome report", "Learners active", "New learners", "Lessons completed",
              "Reached the Foundation level", "Did a skills check again", "Volunteer hours",
              "Active learners by age band", "What has changed for them", "fewer than 5",
              "first check", "latest check"})
            QVERIFY2(text.contains(QLatin1String(words)), words);
        // Each headline number as the report shows it.
        for (const char *measure :
             {"learners_active", "learners_new", "lessons_completed", "skills_learners"}) {
            const QString shown =
                PublishedReport::displayText(*report.find(QLatin1String(measure)), 5);
            QVERIFY2(text.contains(shown), measure);
        }
        QVERIFY(!text.contains(QLatin1String("DEMO")));
        QVERIFY(!text.contains(QLatin1String("Zainab")));
    }

    // Demo data is marked in every file and every file name.
    void demoIsMarkedEverywhere() {
        QVERIFY(pc.workspace.settings().setValue(QStringLiteral("demo_data"), QStringLiteral("1")));
        QStringList files;
        for (const QString &name : OutcomeExport::formatNames()) {
            const auto result = pc.write(*OutcomeExport::formatNamed(name), out.path());
            QVERIFY2(result.ok, qPrintable(result.error));
            files << result.files;
        }
        QCOMPARE(files.size(), 6);
        for (const QString &file : std::as_const(files))
            QVERIFY2(file.endsWith(QString(QLatin1String("-DEMO.") + QFileInfo(file).suffix())),
                     qPrintable(file));
        const QString marker = QStringLiteral("DEMO DATA - not real learners");
        for (const QString &file : files.filter(QStringLiteral("outcomes-2")) +
                                       files.filter(QStringLiteral("records-not-for-publication-"))
                                           .filter(QStringLiteral(".csv"))) {
            const auto records = csvRecords(file);
            QVERIFY(!records.isEmpty());
            for (const auto &record : records)
                QCOMPARE(record.value(QStringLiteral("demo_data")), marker);
        }
        const QJsonObject json =
            QJsonDocument::fromJson(readAll(files.filter(QStringLiteral(".json")).first()))
                .object();
        QCOMPARE(json.value(QStringLiteral("demo_data")), QJsonValue(true));
        QVERIFY(
            readAll(files.filter(QStringLiteral("dictionary")).first()).contains(marker.toUtf8()));
        QVERIFY(pdfText(files.filter(QStringLiteral(".pdf")).first()).contains(marker));
    }

private:
    ExportPc pc;
    PublishedReport report;
    QTemporaryDir out;
};

// A QGuiApplication, as the PDF needs (QTEST_MAIN would pick QApplication: PrintSupport pulls
// in Widgets).
int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    ExportsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exports.moc"
