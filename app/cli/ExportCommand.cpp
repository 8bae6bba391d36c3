// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "Command.h"
#include "Database.h"
#include "OutcomeEventStore.h"
#include "OutcomeExport.h"
#include "OutcomeReportPdf.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace OpenSteps {

namespace {
const QString kFormat = QStringLiteral("format");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kOut = QStringLiteral("out");
} // namespace

QList<QCommandLineOption> exportOptions() {
    return {
        {kFormat,
         QStringLiteral("export: %1.").arg(OutcomeExport::formatNames().join(QLatin1String(", "))),
         QStringLiteral("FORMAT")},
        {kFrom, QStringLiteral("export: first day, YYYY-MM-DD (default: this month's first)."),
         QStringLiteral("DATE")},
        {kTo,
         QStringLiteral("export: last day, YYYY-MM-DD (default: this month's last, or "
                        "today with --from)."),
         QStringLiteral("DATE")}};
}

std::optional<ReportPeriod> periodFromOptions(const QCommandLineParser &parser, QString *problem) {
    // Statement times are UTC, so "today" is too.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (!parser.isSet(kFrom) && !parser.isSet(kTo))
        return ReportPeriod::month(today);
    return ReportPeriod::parse(parser.value(kFrom), parser.value(kTo), today, problem);
}

int runExport(const QStringList &args, const QCommandLineParser &parser, const QString &dataDir,
              QTextStream &out, QTextStream &err) {
    const QString usage =
        QStringLiteral(
            "Usage: opensteps export --format %1 --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
            "[--data-dir DIR]")
            .arg(OutcomeExport::formatNames().join(QLatin1Char('|')));
    const auto fail = [&](const QString &message, int status) {
        err << message << Qt::endl;
        if (status == 2)
            err << usage << Qt::endl;
        return status;
    };
    if (args.size() != 1)
        return fail(QStringLiteral("export takes no words after it, only options."), 2);
    const QString formatName = parser.value(kFormat);
    const auto format = OutcomeExport::formatNamed(formatName);
    if (!format)
        return fail(
            formatName.isEmpty()
                ? QStringLiteral("Say which export with --format.")
                : QStringLiteral("\"%1\" is not an export format. Use one of: %2.")
                      .arg(formatName, OutcomeExport::formatNames().join(QLatin1String(", "))),
            2);
    const QString dir = parser.value(kOut);
    if (dir.isEmpty())
        return fail(QStringLiteral("Say which folder the export goes in with --out DIR."), 2);
    QString problem;
    const std::optional<ReportPeriod> period = periodFromOptions(parser, &problem);
    if (!period)
        return fail(problem, 2);
    if (const QString folder = OutcomeExport::folderProblem(dir); !folder.isEmpty())
        return fail(folder, 2);

    const QString dataPath =
        QDir(QDir(dataDir).absolutePath()).filePath(QLatin1String(Database::kFileName));
    if (!QFile::exists(dataPath))
        return fail(QStringLiteral("Nothing to export: there is no OpenSteps data in %1. No "
                                   "file was written.")
                        .arg(QDir::toNativeSeparators(QDir(dataDir).absolutePath())),
                    1);
    Database db;
    const auto opened = db.open(dataPath);
    if (!opened.usable())
        return fail(opened.message + QStringLiteral(" No file was written."), 1);
    if (!opened.message.isEmpty())
        err << opened.message << Qt::endl;
    // Outcomes recorded before the reports existed are read in once, as the app does.
    if (!OutcomeEventStore(db).buildFromOutboxOnce())
        return fail(QStringLiteral("Could not read the saved outcomes. No file was written."), 1);

    const OutcomeExport::Result result = exportOutcomes(db, *format, *period, dir);
    if (!result.ok)
        return fail(result.error, 1);
    for (const QString &file : result.files)
        out << QDir::toNativeSeparators(file) << Qt::endl;
    return 0;
}

namespace {

class ExportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    Runs runs() const override { return Runs::Offscreen; } // the PDF report draws text
    QString help() const override {
        return QStringLiteral(
            "  export --format csv|records-csv|records-json|xapi|pdf --out DIR [--from "
            "YYYY-MM-DD]\n"
            "         [--to YYYY-MM-DD] [--data-dir DIR]\n"
            "                          Write the outcome export into the folder DIR (it must "
            "exist):\n"
            "                          open-data CSV and its data dictionary, anonymised records "
            "(not\n"
            "                          for publication), xAPI statements (JSON Lines) or a "
            "one-page PDF\n"
            "                          report. Default: this month. Prints the files written.");
    }
    QList<QCommandLineOption> options() const override { return exportOptions(); }
    int run(const CommandContext &context) const override {
        return runExport(context.args, context.parser, context.dataDir, context.out, context.err);
    }
};

} // namespace

const Command &exportCommand() {
    static const ExportCommand command;
    return command;
}

} // namespace OpenSteps
