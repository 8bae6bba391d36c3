// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "Command.h"
#include "ExportCommand.h"

#include "Database.h"
#include "LrsEvents.h"
#include "OutcomeExport.h"
#include "OutcomeFigures.h"
#include "PublishedReport.h"
#include "SecretStore.h"
#include "SettingsStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace OpenSteps {

namespace {
// The key and secret this PC uses for sync, when the command line does not give them.
void fillFromThisPc(const QString &dataDir, LrsConfig &config) {
    const QString path = QDir(dataDir).filePath(QLatin1String(Database::kFileName));
    if (!QFile::exists(path))
        return;
    Database db;
    if (!db.open(path).usable())
        return;
    SettingsStore settings(db);
    if (config.key.isEmpty())
        config.key = LrsConfig::fromSettings(settings).key;
    if (config.secret.isEmpty())
        config.secret = SecretStore(dataDir, settings).readNow().value_or(QString());
}
} // namespace

QList<QCommandLineOption> reportOptions() {
    return {{QStringLiteral("lrs"),
             QStringLiteral("report: the programme LRS's xAPI address to read every hub from."),
             QStringLiteral("URL")}};
}

int runReport(const QStringList &args, const QCommandLineParser &parser, const QString &dataDir,
              QTextStream &out, QTextStream &err) {
    const auto usage = [&](const QString &message) {
        err << message
            << "\nUsage: opensteps report --lrs URL [--key KEY --secret SECRET] --out DIR "
               "[--from YYYY-MM-DD] [--to YYYY-MM-DD]"
            << Qt::endl;
        return 2;
    };
    if (args.size() != 1)
        return usage(QStringLiteral("report takes no words after it, only options."));
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!parser.isSet(QStringLiteral("lrs")) || outDir.isEmpty())
        return usage(QStringLiteral("Say which LRS with --lrs and which folder with --out."));
    QString problem;
    const std::optional<ReportPeriod> period = periodFromOptions(parser, &problem);
    if (!period)
        return usage(problem);
    LrsConfig config{QUrl(parser.value(QStringLiteral("lrs"))), parser.value(QStringLiteral("key")),
                     parser.value(QStringLiteral("secret"))};
    if (config.key.isEmpty() || config.secret.isEmpty())
        fillFromThisPc(QDir(dataDir).absolutePath(), config);
    if (const QString wrong = config.problem(); !wrong.isEmpty()) {
        err << wrong << Qt::endl;
        return 2;
    }
    if (const QString folder = OutcomeExport::folderProblem(outDir); !folder.isEmpty())
        return usage(folder);

    // Every hub's events in a scratch database of their own, gone when the report is written.
    QTemporaryDir scratchDir;
    Database scratch;
    if (!scratchDir.isValid() ||
        !scratch.open(scratchDir.filePath(QStringLiteral("programme.sqlite"))).usable()) {
        err << "No room for the report's working file in the temporary folder." << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    LrsReader reader(config);
    qint64 counted = 0;
    const LrsReader::Result read = loadEventsFromLrs(reader, scratch, &counted);
    if (!read.ok) {
        err << read.error << " No file was written." << Qt::endl;
        return read.credentialsRejected ? 4 : 3;
    }
    out << "Read " << read.statements << " statements (" << read.pages << " pages, " << counted
        << " counted) in " << timer.elapsed() << " ms" << Qt::endl;

    const OutcomeFigures figures = OutcomeFigures::count(scratch, *period);
    OutcomeExport::Source source;
    source.hub = {QStringLiteral("All hubs"), QStringLiteral("all-hubs")};
    source.period = *period;
    const OutcomeExport::Result written = OutcomeExport::writeAggregate(
        PublishedReport::from(figures, source.threshold), source, outDir);
    if (!written.ok) {
        err << written.error << Qt::endl;
        return 1;
    }
    out << "Hubs: "
        << (figures.hubs.isEmpty() ? QStringLiteral("none")
                                   : figures.hubs.join(QStringLiteral(", ")))
        << Qt::endl;
    for (const QString &file : written.files)
        out << QDir::toNativeSeparators(file) << Qt::endl;
    return 0;
}

namespace {

class ReportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  report --lrs URL [--key KEY --secret SECRET] --out DIR [--from YYYY-MM-DD]\n"
            "         [--to YYYY-MM-DD]\n"
            "                          The programme-wide open-data CSV and data dictionary: "
            "every\n"
            "                          hub's statements read from the LRS, counted and hidden as "
            "each\n"
            "                          hub's export is. Without --key/--secret, this PC's are "
            "used.");
    }
    // --from and --to are the export command's.
    QList<QCommandLineOption> options() const override { return reportOptions(); }
    int run(const CommandContext &context) const override {
        return runReport(context.args, context.parser, context.dataDir, context.out, context.err);
    }
};

} // namespace

const Command &reportCommand() {
    static const ReportCommand command;
    return command;
}

} // namespace OpenSteps
