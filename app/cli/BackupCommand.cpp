// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps backup FILE`: a consistent copy of the data while OpenSteps may be running.
#include "Command.h"

#include "Backup.h"
#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace OpenSteps {

namespace {

class BackupCommand : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  backup FILE [--data-dir DIR]\n"
            "                          Copy the learners' data to FILE, whole and consistent,\n"
            "                          even while OpenSteps is open (SQLite's online backup).\n"
            "                          To restore: close OpenSteps and put FILE in the data\n"
            "                          folder as opensteps.sqlite.");
    }
    int run(const CommandContext &context) const override {
        if (context.args.size() != 2) {
            context.err << "Usage: opensteps backup FILE [--data-dir DIR]" << Qt::endl;
            return 2;
        }
        const QString path = QDir(context.dataDir).filePath(QLatin1String(Database::kFileName));
        if (!QFileInfo(path).isFile()) {
            context.err << "There is no OpenSteps data in " << context.dataDir << "." << Qt::endl;
            return 1;
        }
        // Read-only: a backup changes nothing (no migration, no check stamp).
        Database db;
        if (!db.openReader(path)) {
            context.err << "The data in " << path << " cannot be read." << Qt::endl;
            return 1;
        }
        const QString problem = Backup::copy(db, context.args.at(1));
        if (!problem.isEmpty()) {
            context.err << problem << Qt::endl;
            return 1;
        }
        context.out << "Backed up " << path << " to " << context.args.at(1) << "." << Qt::endl;
        return 0;
    }
};

} // namespace

const Command &backupCommand() {
    static const BackupCommand command;
    return command;
}

} // namespace OpenSteps
