// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps config check [--config FILE]`: what IT preset for this PC, checked.
#include "Command.h"

#include "Database.h"
#include "OutcomeRecorder.h"
#include "Presets.h"
#include "Session.h"
#include "SettingsStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace OpenSteps {

namespace {

// What a key is when neither IT nor the PC's own settings set it.
QString defaultValue(const QString &key) {
    if (key == QLatin1String("idleMinutes"))
        return QString::number(Session::kDefaultIdleMinutes);
    if (key == QLatin1String("guestAllowed"))
        return QStringLiteral("true");
    if (key == QLatin1String("kiosk"))
        return QStringLiteral("false");
    if (key == QLatin1String("locale"))
        return QStringLiteral("en");
    if (key == QLatin1String("programmeIri"))
        return QString::fromLatin1(OutcomeRecorder::kDefaultProgrammeIri);
    if (key == QLatin1String("renderer"))
        return QStringLiteral("(Qt chooses: GL, or software when the PC has no usable GPU)");
    if (key == QLatin1String("lrsSecretFile"))
        return QStringLiteral("(none: staff type the secret in; it is kept in the keychain)");
    return QStringLiteral("(not set)");
}

class ConfigCommand : public Command {
public:
    QString name() const override { return QStringLiteral("config"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  config check [--config FILE] [--data-dir DIR]\n"
            "                          Check IT's presets (the machine-wide file, then FILE):\n"
            "                          prints file: key: problem for each wrong value, then\n"
            "                          every key's value and where it came from; exit status 1\n"
            "                          if any value is wrong.");
    }
    int run(const CommandContext &context) const override {
        if (context.args.value(1) != QLatin1String("check") || context.args.size() > 2) {
            context.err << "Usage: opensteps config check [--config FILE]" << Qt::endl;
            return 2;
        }
        const Presets &presets = context.presets;
        QTextStream &out = context.out;
        for (const Presets::Problem &problem : presets.problems())
            out << problem.toString() << Qt::endl;
        if (!presets.problems().isEmpty())
            out << "OpenSteps starts without the values above, and staff see why on the "
                   "helper page."
                << Qt::endl
                << Qt::endl;

        // The PC's own settings, read without changing anything (a folder not used yet has none).
        const QString dbPath = QDir(context.dataDir).filePath(QLatin1String(Database::kFileName));
        Database db;
        const bool haveDb = QFileInfo(dbPath).isFile() && db.openReader(dbPath);
        db.setPresetSettings({}); // what the PC itself saved, under the presets
        const SettingsStore pcSettings(db);

        out << "Settings (the machine-wide presets are read from " << Presets::machineLocation()
            << "):" << Qt::endl;
        for (const QString &key : Presets::keys()) {
            QString value, source;
            if (key == QLatin1String("dataDir")) {
                value = context.dataDir;
                source = context.dataDirGiven ? QStringLiteral("command line")
                         : presets.has(key)   ? presets.source(key)
                                              : QStringLiteral("default: this computer account's "
                                                                 "own folder");
            } else if (presets.has(key)) {
                value = presets.value(key);
                source = presets.source(key);
            } else if (const QString setting = Presets::settingKey(key);
                       haveDb && !setting.isEmpty() && !pcSettings.value(setting).isEmpty()) {
                value = pcSettings.value(setting);
                source = QStringLiteral("this PC's own settings, %1").arg(dbPath);
            } else {
                value = defaultValue(key);
                source = QStringLiteral("default");
            }
            out << "  " << key << " = " << value << "  (" << source << ")" << Qt::endl;
        }
        const QString warning = presets.survivalWarning(context.dataDir);
        if (!warning.isEmpty())
            out << Qt::endl << "Warning: " << warning << Qt::endl;
        return presets.problems().isEmpty() ? 0 : 1;
    }
};

} // namespace

const Command &configCommand() {
    static const ConfigCommand command;
    return command;
}

} // namespace OpenSteps
