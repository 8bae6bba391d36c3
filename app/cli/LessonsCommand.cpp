// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps lessons check [DIR]` and `opensteps lessons list --json [DIR]`.
#include "Command.h"

#include "LessonCommands.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OpenSteps {

namespace {

class LessonsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("lessons"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  lessons check [DIR]     Check every lesson (default: the bundled ones). Prints\n"
            "                          file:line: message for each problem; exit status 1 if any.\n"
            "  lessons list --json [DIR]\n"
            "                          List each lesson: id, title, topic, step count, step "
            "types.");
    }
    QList<QCommandLineOption> options() const override {
        return {{QStringLiteral("json"), QStringLiteral("lessons list: print JSON.")}};
    }
    int run(const CommandContext &context) const override {
        const QString dir = context.args.value(2, context.lessonsDir);
        if (context.args.value(1) == QLatin1String("check"))
            return checkLessons(dir, context.out, context.err);
        if (context.args.value(1) == QLatin1String("list") &&
            context.parser.isSet(QStringLiteral("json")))
            return listLessonsJson(dir, context.out, context.err);
        context.err << "Usage: opensteps lessons check [DIR] | opensteps lessons list --json [DIR]"
                    << Qt::endl;
        return 2;
    }
};

} // namespace

const Command &lessonsCommand() {
    static const LessonsCommand command;
    return command;
}

} // namespace OpenSteps
