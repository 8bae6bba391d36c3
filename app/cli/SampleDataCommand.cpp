// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps sample-data`: the sample learner Sam, and learners who share, for tests and demos.
#include "Command.h"

#include "HubIdentity.h"
#include "SampleData.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace OpenSteps {

namespace {

const QString kSharing = QStringLiteral("sharing");
const QString kHub = QStringLiteral("hub");
const QString kLessonsEach = QStringLiteral("lessons-each");

class SampleDataCommand : public Command {
public:
    QString name() const override { return QStringLiteral("sample-data"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  sample-data --data-dir DIR [--sharing N [--lessons-each N]] [--hub ID]\n"
            "                          Add a sample learner part-way through the lessons to an "
            "empty\n"
            "                          data folder (for demos and the start-up benchmark); with\n"
            "                          --sharing, N more who share outcomes (for sync tests),\n"
            "                          as hub ID when given.");
    }
    QList<QCommandLineOption> options() const override {
        return {{kSharing,
                 QStringLiteral("sample-data: also add N learners who share their outcomes, each "
                                "finishing --lessons-each lessons."),
                 QStringLiteral("N"), QStringLiteral("0")},
                {kHub,
                 QStringLiteral("sample-data: the hub id the outcomes carry (a simulated hub, "
                                "for the programme-wide report tests)."),
                 QStringLiteral("ID")},
                {kLessonsEach, QStringLiteral("sample-data --sharing: lessons each finishes."),
                 QStringLiteral("N"), QStringLiteral("3")}};
    }
    int run(const CommandContext &context) const override {
        if (!context.dataDirGiven) {
            context.err << "sample-data needs --data-dir DIR, so it never touches real "
                           "learners' data."
                        << Qt::endl;
            return 2;
        }
        Workspace workspace;
        const auto opened = workspace.open(context.dataDir, context.lessonsDir);
        if (!opened.usable()) {
            context.err << opened.message << Qt::endl;
            return 1;
        }
        const QString error = addSamples(workspace, context.parser);
        if (!error.isEmpty()) {
            context.err << error << Qt::endl;
            return 1;
        }
        context.out << "Added a sample learner to " << workspace.dataDir() << Qt::endl;
        return 0;
    }

private:
    static QString addSamples(Workspace &workspace, const QCommandLineParser &parser) {
        if (parser.isSet(kHub)) {
            HubIdentity hub = HubIdentity::fromSettings(workspace.settings());
            hub.id = parser.value(kHub);
            if (hub.name.isEmpty())
                hub.name = hub.id;
            if (const QString problem = HubIdentity::idProblem(hub.id); !problem.isEmpty())
                return problem;
            if (!hub.saveTo(workspace.settings()))
                return QStringLiteral("The hub id could not be saved.");
        }
        if (const QString error = addSampleLearner(workspace.database(), workspace.catalog());
            !error.isEmpty())
            return error;
        const int sharing = parser.value(kSharing).toInt();
        return sharing > 0
                   ? addSharingLearners(workspace, sharing, parser.value(kLessonsEach).toInt())
                   : QString();
    }
};

} // namespace

const Command &sampleDataCommand() {
    static const SampleDataCommand command;
    return command;
}

} // namespace OpenSteps
