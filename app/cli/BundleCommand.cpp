// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCommand.h"

#include "Command.h"
#include "DataFolder.h"
#include "Database.h"
#include "OutboxBundle.h"
#include "OutboxStore.h"
#include "OutcomeRecorder.h"
#include "SettingsStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace OpenSteps {

namespace {
QString statements(int count) {
    return count == 1 ? QStringLiteral("1 statement") : QStringLiteral("%1 statements").arg(count);
}
} // namespace

QCommandLineOption bundleAgainOption() {
    return {QStringLiteral("again"),
            QStringLiteral("bundle export: also the statements exported before (a lost stick).")};
}

int runBundle(const QStringList &args, const QString &dataDir, bool again, QTextStream &out,
              QTextStream &err) {
    const QString action = args.value(1);
    const bool exporting = action == QLatin1String("export");
    if (args.size() != 3 || !(exporting || action == QLatin1String("import")) ||
        (again && !exporting)) {
        err << "Usage: opensteps bundle export FILE [--again] [--data-dir DIR]\n"
               "       opensteps bundle import FILE [--data-dir DIR]"
            << Qt::endl;
        return 2;
    }
    const QString file = args.at(2);
    const QString dir = QDir(dataDir).absolutePath();
    const QString path = QDir(dir).filePath(QLatin1String(Database::kFileName));
    if (exporting && !QFile::exists(path)) {
        err << "Nothing to export: there is no OpenSteps data in " << dir << Qt::endl;
        return 1;
    }
    QDir().mkpath(dir); // a PC that only carries bundles in may have no data yet
    Database db;
    if (!openForCommand(db, path, err))
        return 1;
    OutboxStore outbox(db);

    if (exporting) {
        const auto result = OutboxBundle::exportTo(
            db, outbox, OutcomeRecorder::pcContext(SettingsStore(db)), file, again);
        if (!result.ok) {
            err << result.error << Qt::endl;
            return 1;
        }
        if (result.count == 0)
            out << "Nothing to export: no statements are waiting to be sent. No file was written."
                << Qt::endl;
        else
            out << "Exported " << statements(result.count) << " to " << file << Qt::endl;
        return 0;
    }
    const auto result = OutboxBundle::importFrom(db, outbox, file);
    if (!result.ok) {
        err << result.error << " Nothing was imported." << Qt::endl;
        return 1;
    }
    out << "Imported " << statements(result.count) << "; " << result.alreadyHere << " already here"
        << Qt::endl;
    return 0;
}

namespace {

class BundleCommand : public Command {
public:
    QString name() const override { return QStringLiteral("bundle"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  bundle export FILE [--again] [--data-dir DIR]\n"
            "                          Write the statements waiting to be sent to FILE, to carry "
            "to a\n"
            "                          PC with internet; --again also those exported before.\n"
            "  bundle import FILE [--data-dir DIR]\n"
            "                          Check a bundle and add its statements to this PC's outbox.");
    }
    QList<QCommandLineOption> options() const override { return {bundleAgainOption()}; }
    int run(const CommandContext &context) const override {
        return runBundle(context.args, context.dataDir,
                         context.parser.isSet(QStringLiteral("again")), context.out, context.err);
    }
};

} // namespace

const Command &bundleCommand() {
    static const BundleCommand command;
    return command;
}

} // namespace OpenSteps
