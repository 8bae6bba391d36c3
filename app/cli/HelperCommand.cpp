// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps helper add|list`: volunteer and staff accounts from a terminal or a script.
#include "Command.h"
#include "DataFolder.h"

#include "Database.h"
#include "HelperStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <optional>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace OpenSteps {

namespace {

const QString kName = QStringLiteral("name");
const QString kRole = QStringLiteral("role");

// Turns the terminal's echo of typed characters off (false) or back on (true).
#ifdef Q_OS_WIN
bool isTerminal() {
    return _isatty(_fileno(stdin));
}
void setEcho(bool on) {
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(input, &mode))
        SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~ENABLE_ECHO_INPUT));
}
#else
bool isTerminal() {
    return isatty(STDIN_FILENO);
}
void setEcho(bool on) {
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    settings.c_lflag =
        on ? (settings.c_lflag | tcflag_t(ECHO)) : (settings.c_lflag & ~tcflag_t(ECHO));
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
}
#endif

// The first line of standard input, without its line ending; hidden while typed at a terminal.
// Scripts pipe the passphrase in, so it never shows in the process list or shell history.
std::optional<QString> readSecretLine(QTextStream &err) {
    const bool terminal = isTerminal();
    if (terminal) {
        err << "Passphrase (at least " << HelperStore::kMinPassphraseLength
            << " characters): " << Qt::flush;
        setEcho(false);
    }
    QFile input;
    QByteArray line;
    if (input.open(stdin, QIODevice::ReadOnly))
        line = input.readLine();
    if (terminal) {
        setEcho(true);
        err << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

class HelperCommand : public Command {
public:
    QString name() const override { return QStringLiteral("helper"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  helper add --name NAME --role volunteer|staff [--data-dir DIR]\n"
            "                          Add a volunteer or staff member, who can reset learners' "
            "PINs.\n"
            "                          The passphrase (at least 8 characters) is read from the "
            "first\n"
            "                          line of standard input, e.g. from a pipe.\n"
            "  helper list [--data-dir DIR]\n"
            "                          List the helpers, one per line: name, a tab, role.");
    }
    QList<QCommandLineOption> options() const override {
        return {{kName,
                 QStringLiteral("helper add: the helper's name, as they will type it to sign in."),
                 QStringLiteral("NAME")},
                {kRole, QStringLiteral("helper add: volunteer or staff."), QStringLiteral("ROLE")}};
    }
    int run(const CommandContext &context) const override {
        const QStringList &args = context.args;
        QTextStream &err = context.err;
        const bool add = args.value(1) == QLatin1String("add");
        const bool list = args.value(1) == QLatin1String("list");
        const QString role = context.parser.value(kRole);
        const QString name = context.parser.value(kName);
        const bool roleOk = role == QLatin1String("volunteer") || role == QLatin1String("staff");
        if (args.size() != 2 || !(list || (add && roleOk && !name.isEmpty()))) {
            if (add && !role.isEmpty() && !roleOk)
                err << "The role must be volunteer or staff, not \"" << role << "\"." << Qt::endl;
            err << "Usage: opensteps helper add --name NAME --role volunteer|staff [--data-dir "
                   "DIR] < passphrase-file\n"
                   "       opensteps helper list [--data-dir DIR]"
                << Qt::endl;
            return 2;
        }
        const QString dir = QDir(context.dataDir).absolutePath();
        const QString path = QDir(dir).filePath(QLatin1String(Database::kFileName));
        if (list && !QFile::exists(path)) {
            err << "No helpers yet: there is no OpenSteps data in " << dir << Qt::endl;
            return 0;
        }
        QDir().mkpath(dir);
        Database db;
        if (!openForCommand(db, path, err))
            return 1;
        HelperStore helpers(db);
        if (list) {
            const QList<Helper> all = helpers.all();
            if (all.isEmpty())
                err << "No helpers yet in " << dir << Qt::endl;
            for (const Helper &helper : all)
                context.out << helper.name << '\t' << helper.role << Qt::endl;
            return 0;
        }
        const std::optional<QString> passphrase = readSecretLine(err);
        if (!passphrase) {
            err << "No passphrase given. Put it on the first line of standard input, e.g.\n"
                   "  printf '%s\\n' \"$PASSPHRASE\" | opensteps helper add --name NAME --role "
                   "ROLE"
                << Qt::endl;
            return 1;
        }
        QString error;
        const auto helper = helpers.add(name, role, *passphrase, &error);
        if (!helper) {
            err << error << Qt::endl;
            return 1;
        }
        context.out << "Added " << helper->role << " " << helper->name << " to " << dir << Qt::endl;
        return 0;
    }
};

} // namespace

const Command &helperCommand() {
    static const HelperCommand command;
    return command;
}

} // namespace OpenSteps
