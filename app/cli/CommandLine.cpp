// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Command.h"
#include "Database.h"
#include "LessonCatalog.h"
#include "Preferences.h"
#include "Presets.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace OpenSteps {

namespace {

// Options every command understands, or that several share.
QList<QCommandLineOption> sharedOptions() {
    return {{QStringLiteral("data-dir"),
             QStringLiteral("Folder for the database and everything the app saves (default: "
                            "%1).")
                 .arg(Workspace::defaultDataDir()),
             QStringLiteral("DIR")},
            {QStringLiteral("config"),
             QStringLiteral("A presets file to use on top of the machine-wide one (%1).")
                 .arg(Presets::machineLocation()),
             QStringLiteral("FILE")},
            {QStringLiteral("kiosk"),
             QStringLiteral("Full screen; only staff can close the app (as the preset kiosk).")},
            {QStringLiteral("lessons-dir"),
             QStringLiteral("Folder of lessons to use instead of the bundled ones."),
             QStringLiteral("DIR")},
            {QStringLiteral("out"),
             QStringLiteral("screenshot: PNG file to write. export, report: the folder to write "
                            "into."),
             QStringLiteral("FILE.png|DIR")},
            {QStringLiteral("key"), QStringLiteral("sync, report: the LRS key for this run only."),
             QStringLiteral("KEY")},
            {QStringLiteral("secret"),
             QStringLiteral("sync, report: the LRS secret for this run only (seen in the "
                            "process list: for tests and scripts)."),
             QStringLiteral("SECRET")}};
}

// Every option once, shared ones first.
QList<QCommandLineOption> allOptions() {
    QList<QCommandLineOption> all = sharedOptions();
    QStringList names;
    for (const QCommandLineOption &option : all)
        names << option.names();
    for (const Command *command : commands()) {
        for (const QCommandLineOption &option : command->options()) {
            if (!names.contains(option.names().constFirst())) {
                names << option.names();
                all << option;
            }
        }
    }
    return all;
}

// The command's name: the first word that is neither an option nor the value of one.
QString commandName(const QStringList &rawArgs, const QList<QCommandLineOption> &options) {
    QStringList valueOptions = {QStringLiteral("-platform")}; // Qt's own, often used
    for (const QCommandLineOption &option : options) {
        if (!option.valueName().isEmpty())
            valueOptions << QStringLiteral("--") + option.names().constFirst();
    }
    for (int i = 0; i < rawArgs.size(); ++i) {
        if (valueOptions.contains(rawArgs.at(i)))
            ++i; // skip the option's value
        else if (!rawArgs.at(i).startsWith(QLatin1Char('-')))
            return rawArgs.at(i);
    }
    return {};
}

void setUpParser(QCommandLineParser &parser, const QList<QCommandLineOption> &options) {
    QString help = QStringLiteral("OpenSteps: learn basic digital skills, step by step.\n\n"
                                  "Commands (none: open the app):");
    QStringList names;
    for (const Command *command : commands()) {
        if (!command->help().isEmpty())
            help += QLatin1Char('\n') + command->help();
        if (!command->name().isEmpty())
            names << command->name();
    }
    parser.setApplicationDescription(help);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("%1 or %2 (see above).")
            .arg(names.mid(0, names.size() - 1).join(QLatin1String(", ")), names.constLast()),
        QStringLiteral("[command [args]]"));
}

} // namespace

int runCommandLine(int argc, char *argv[]) {
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    // The command decides which kind of application object to make, so find it before parsing.
    const QString name = commandName(rawArgs, allOptions());
    const Command *command = nullptr;
    for (const Command *candidate : commands()) {
        if (candidate->name() == name)
            command = candidate;
    }
    const bool helpOnly = rawArgs.contains(QLatin1String("--help")) ||
                          rawArgs.contains(QLatin1String("-h")) ||
                          rawArgs.contains(QLatin1String("--version"));
    const Command::Runs runs = !command || helpOnly ? Command::Runs::Headless : command->runs();
    if (command && !helpOnly)
        command->beforeApplication(rawArgs);
    if (runs == Command::Runs::Offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> application =
        runs == Command::Runs::Headless ? std::make_unique<QCoreApplication>(argc, argv)
                                        : std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opensteps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPENSTEPS_VERSION));

    QCommandLineParser parser;
    setUpParser(parser, allOptions()); // now the default data folder has the app's name
    parser.process(*application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!command) {
        err << "Unknown command \"" << name << "\". See opensteps --help." << Qt::endl;
        return 2;
    }
    // Command line > IT's presets > the PC's own settings (which the presets mask).
    Presets presets =
        Presets::read(parser.value(QStringLiteral("config")), Preferences::shippedLanguages());
    if (parser.isSet(QStringLiteral("kiosk")))
        presets.setFromCommandLine(QStringLiteral("kiosk"), QStringLiteral("true"));
    Database::setProcessPresetSettings(presets.settings());
    const bool dataDirGiven = parser.isSet(QStringLiteral("data-dir"));
    const CommandContext context{
        parser,
        parser.positionalArguments(),
        dataDirGiven ? parser.value(QStringLiteral("data-dir"))
                     : presets.value(QStringLiteral("dataDir"), Workspace::defaultDataDir()),
        dataDirGiven,
        parser.isSet(QStringLiteral("lessons-dir")) ? parser.value(QStringLiteral("lessons-dir"))
                                                    : LessonCatalog::bundledDirectory(),
        out,
        err,
        presets};
    return command->run(context);
}

} // namespace OpenSteps
