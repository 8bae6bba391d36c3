// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Presets.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace OpenSteps {

// What a command gets to run with: the parsed command line and where to write.
struct CommandContext {
    const QCommandLineParser &parser;
    QStringList args;   // the positional arguments, the command's name first
    QString dataDir;    // --data-dir, else IT's preset dataDir, else the default data folder
    bool dataDirGiven;  // whether --data-dir was on the command line
    QString lessonsDir; // --lessons-dir, or the bundled lessons
    QTextStream &out;
    QTextStream &err;
    const Presets &presets; // IT's machine-wide presets, --config and the command line's
};

// One thing `opensteps` can do, found by its name (the first word that is not an option). The
// table of commands is Commands.cpp; adding a command is a file with one of these and a row.
class Command {
public:
    // The application object it needs, made before the command line is parsed.
    enum class Runs {
        Headless,  // QCoreApplication: no display, no fonts
        Gui,       // QGuiApplication on the PC's display
        Offscreen, // QGuiApplication without a display (PDFs draw text)
    };

    virtual ~Command() = default;
    // The word that picks it; empty for the app itself (no command).
    virtual QString name() const = 0;
    virtual Runs runs() const = 0;
    // Its lines in `opensteps --help`.
    virtual QString help() const = 0;
    // Its own options. Options of the same name in several commands are one option.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Runs before the application object exists, with the raw arguments.
    virtual void beforeApplication(const QStringList &rawArgs) const { Q_UNUSED(rawArgs) }
    // The exit status.
    virtual int run(const CommandContext &context) const = 0;
};

// Every command, the app first.
const QList<const Command *> &commands();

} // namespace OpenSteps
