// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDataCommand.h"

#include "Command.h"
#include "DemoData.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

namespace OpenSteps {

namespace {
const QString kLearners = QStringLiteral("learners");
const QString kSeed = QStringLiteral("seed");
const QString kEvents = QStringLiteral("events");
constexpr int kMaxLearners = 1000000;
} // namespace

QList<QCommandLineOption> demoDataOptions() {
    return {{kLearners, QStringLiteral("demo-data: how many made-up learners (default 200)."),
             QStringLiteral("N"), QStringLiteral("200")},
            {kSeed, QStringLiteral("demo-data: the same seed makes the same data (default 1)."),
             QStringLiteral("S"), QStringLiteral("1")},
            {kEvents,
             QStringLiteral("demo-data: about how many outcome events to make (default: what "
                            "the learners do at the usual pace)."),
             QStringLiteral("N")}};
}

int runDemoData(const QCommandLineParser &parser, const QString &dataDir, const QString &lessonsDir,
                QTextStream &out, QTextStream &err) {
    bool learnersOk = false, seedOk = false, eventsOk = true;
    DemoData::Options options;
    options.learners = parser.value(kLearners).toInt(&learnersOk);
    options.seed = parser.value(kSeed).toUInt(&seedOk);
    if (parser.isSet(kEvents))
        options.events = parser.value(kEvents).toLongLong(&eventsOk);
    if (dataDir.isEmpty() || !learnersOk || options.learners < 1 ||
        options.learners > kMaxLearners || !seedOk || !eventsOk || options.events < -1 ||
        parser.positionalArguments().size() != 1) {
        if (dataDir.isEmpty())
            err << "demo-data needs --data-dir DIR, a new or empty folder, so it never touches "
                   "real learners' data."
                << Qt::endl;
        err << "Usage: opensteps demo-data --data-dir DIR [--learners N (1-" << kMaxLearners
            << ")] [--seed S] [--events N]" << Qt::endl;
        return 2;
    }
    // Checked before the folder is opened: opening could migrate or tidy a real database.
    if (const QString refusal = DemoData::refusal(dataDir); !refusal.isEmpty()) {
        err << refusal << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Workspace workspace;
    const auto opened = workspace.open(dataDir, lessonsDir);
    if (!opened.usable()) {
        err << opened.message << Qt::endl;
        return 1;
    }
    DemoData::Summary made;
    const QString error = DemoData::generate(workspace, options, &made);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    out << "Demo data (not real learners) in " << QDir(workspace.dataDir()).absolutePath()
        << ":\n  " << made.learners << " learners (" << made.sharing << " share outcomes), "
        << made.lessonsStarted << " lessons started, " << made.lessonsCompleted << " completed, "
        << made.skillsChecks << " skills checks, " << made.foundation << " reached Foundation, "
        << made.checkins << " check-ins, " << made.helpSessions << " volunteer sessions\n  "
        << made.events << " outcome events";
    if (options.events >= 0)
        out << " (asked for about " << options.events << ")";
    out << "; made in " << timer.elapsed() << " ms\n"
        << "  Demo learners 1-" << DemoData::kLearnersWithPin << " have the PIN "
        << DemoData::kDemoPin << "; Demo volunteer 1-3 and Demo staff sign in with \""
        << DemoData::kDemoPassphrase << "\".\n"
        << "  Nothing from this folder is ever sent to the LRS or saved to a bundle." << Qt::endl;
    return 0;
}

namespace {

class DemoDataCommand : public Command {
public:
    QString name() const override { return QStringLiteral("demo-data"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  demo-data --data-dir DIR [--learners N] [--seed S] [--events N]\n"
            "                          Fill a new, empty folder with made-up learners, lessons, "
            "skills\n"
            "                          checks, check-ins and volunteer sessions (for demos and\n"
            "                          benchmarks), marked as demo data: never sent or bundled.");
    }
    QList<QCommandLineOption> options() const override { return demoDataOptions(); }
    int run(const CommandContext &context) const override {
        return runDemoData(context.parser, context.dataDirGiven ? context.dataDir : QString(),
                           context.lessonsDir, context.out, context.err);
    }
};

} // namespace

const Command &demoDataCommand() {
    static const DemoDataCommand command;
    return command;
}

} // namespace OpenSteps
