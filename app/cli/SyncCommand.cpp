// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "Command.h"
#include "Database.h"
#include "DemoFlag.h"
#include "OutboxStore.h"
#include "SecretStore.h"
#include "SettingsStore.h"
#include "Uploader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

namespace OpenSteps {

namespace {
// Opens the data folder's database; false (having said why) when there is none or it is unusable.
bool openData(const QString &dir, Database &db, QTextStream &out, QTextStream &err, int *status) {
    const QString path = QDir(dir).filePath(QLatin1String(Database::kFileName));
    if (!QFile::exists(path)) {
        out << "Nothing to send: there is no OpenSteps data in " << dir << Qt::endl;
        *status = 0;
        return false;
    }
    const auto opened = db.open(path);
    if (!opened.usable()) {
        err << opened.message << Qt::endl;
        *status = 1;
        return false;
    }
    return true;
}
} // namespace

int printSyncStatus(const QString &dataDir, QTextStream &out, QTextStream &err) {
    Database db;
    int status = 0;
    if (!openData(QDir(dataDir).absolutePath(), db, out, err, &status))
        return status;
    SettingsStore settings(db);
    OutboxStore outbox(db);
    out << "pending=" << outbox.pendingCount() << "\n"
        << "delivered=" << outbox.deliveredCount() << "\n"
        << "set_aside=" << outbox.setAsideCount() << "\n"
        << "last_success=" << settings.value(QLatin1String(Uploader::kLastSuccessKey)) << "\n"
        << "last_error=" << settings.value(QLatin1String(Uploader::kLastErrorKey)) << "\n"
        << "credentials_rejected="
        << (settings.value(QLatin1String(Uploader::kCredentialsRejectedKey)).isEmpty() ? 0 : 1)
        << Qt::endl;
    return 0;
}

int runSyncOnce(const SyncCommandOptions &options, QTextStream &out, QTextStream &err) {
    const QString dir = QDir(options.dataDir).absolutePath();
    Database db;
    int status = 0;
    if (!openData(dir, db, out, err, &status))
        return status;
    SettingsStore settings(db);
    if (const QString demo = DemoFlag::sendingProblem(settings); !demo.isEmpty()) {
        err << demo << " Nothing was sent." << Qt::endl;
        return 5;
    }
    OutboxStore outbox(db);
    LrsConfig config = LrsConfig::fromSettings(settings);
    if (options.endpoint)
        config.endpoint = QUrl(*options.endpoint);
    if (options.key)
        config.key = *options.key;
    if (options.secret)
        config.secret = *options.secret;
    else
        config.secret = SecretStore(dir, settings).readNow().value_or(QString());
    const QString problem = config.problem();
    if (!problem.isEmpty()) {
        err << problem
            << "\nStaff set the LRS in the app (Helpers and staff), or give --endpoint, --key "
               "and --secret."
            << Qt::endl;
        return 2;
    }

    Uploader uploader(outbox, settings);
    Uploader::Options run;
    run.ignoreSchedule = true; // asked for now: no statement waits out its backoff
    run.retryForMs = options.waitSeconds * 1000;
    run.timeoutMs = options.timeoutSeconds * 1000;
    Uploader::Report report;
    QEventLoop loop;
    QObject::connect(&uploader, &Uploader::finished, &loop, [&](const Uploader::Report &result) {
        report = result;
        loop.quit();
    });
    uploader.run(config, run);
    loop.exec();

    out << "Delivered " << report.delivered << " statements";
    if (report.alreadyThere > 0)
        out << " (the LRS already had " << report.alreadyThere << ")";
    out << "; " << report.setAside << " set aside; " << report.pending << " waiting." << Qt::endl;
    if (report.setAside > 0 || outbox.setAsideCount() > 0)
        err << outbox.setAsideCount()
            << " statements are set aside because the LRS refused them; staff can see why in the "
               "app."
            << Qt::endl;
    switch (report.outcome) {
    case Uploader::Outcome::Empty:
        return 0;
    case Uploader::Outcome::CredentialsRejected:
        err << report.error << Qt::endl;
        return 4;
    case Uploader::Outcome::Misconfigured:
        err << report.error << Qt::endl;
        return 2;
    case Uploader::Outcome::Waiting:
    case Uploader::Outcome::Stopped:
        break;
    }
    err << "Some statements are still waiting; they are kept and sent later. Last problem: "
        << report.error << Qt::endl;
    return 3;
}

namespace {

class SyncCommand : public Command {
public:
    QString name() const override { return QStringLiteral("sync"); }
    Runs runs() const override { return Runs::Headless; }
    QString help() const override {
        return QStringLiteral(
            "  sync --once [--endpoint URL --key KEY --secret SECRET] [--wait SECONDS]\n"
            "              [--timeout SECONDS] [--data-dir DIR]\n"
            "                          Deliver every pending outcome statement to the Learning "
            "Record\n"
            "                          Store and print counts. Exit status 0: nothing left to "
            "send;\n"
            "                          2: no usable LRS settings; 3: some still wait (LRS "
            "unreachable\n"
            "                          or busy); 4: the LRS rejected the key and secret.\n"
            "  sync --status [--data-dir DIR]\n"
            "                          Print pending, delivered and set-aside counts and the last\n"
            "                          success and problem, as key=value lines.");
    }
    QList<QCommandLineOption> options() const override {
        return {{QStringLiteral("once"),
                 QStringLiteral("sync: deliver everything pending, then exit.")},
                {QStringLiteral("endpoint"),
                 QStringLiteral("sync: the LRS's xAPI address for this run only."),
                 QStringLiteral("URL")},
                {QStringLiteral("status"),
                 QStringLiteral("sync: print the outbox's counts and the last success and "
                                "problem.")},
                {QStringLiteral("timeout"),
                 QStringLiteral("sync: give up on a request with no answer after this many "
                                "seconds."),
                 QStringLiteral("SECONDS"), QStringLiteral("30")},
                {QStringLiteral("wait"),
                 QStringLiteral("sync: keep retrying a busy or unreachable LRS this many "
                                "seconds."),
                 QStringLiteral("SECONDS"), QStringLiteral("120")}};
    }
    int run(const CommandContext &context) const override {
        const QCommandLineParser &parser = context.parser;
        bool waitOk = false;
        bool timeoutOk = false;
        SyncCommandOptions sync;
        sync.waitSeconds = parser.value(QStringLiteral("wait")).toInt(&waitOk);
        sync.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&timeoutOk);
        if (context.args.size() == 1 && parser.isSet(QStringLiteral("status")))
            return printSyncStatus(context.dataDir, context.out, context.err);
        if (context.args.size() != 1 || !parser.isSet(QStringLiteral("once")) || !waitOk ||
            sync.waitSeconds < 0 || !timeoutOk || sync.timeoutSeconds < 1) {
            context.err << "Usage: opensteps sync --once [--endpoint URL --key KEY --secret "
                           "SECRET] [--wait SECONDS] [--timeout SECONDS] [--data-dir DIR]\n"
                           "       opensteps sync --status [--data-dir DIR]"
                        << Qt::endl;
            return 2;
        }
        sync.dataDir = context.dataDir;
        // Given for this run only: never saved.
        for (auto [name, field] :
             {std::pair{"endpoint", &sync.endpoint}, std::pair{"key", &sync.key},
              std::pair{"secret", &sync.secret}}) {
            if (parser.isSet(QLatin1String(name)))
                *field = parser.value(QLatin1String(name));
        }
        return runSyncOnce(sync, context.out, context.err);
    }
};

} // namespace

const Command &syncCommand() {
    static const SyncCommand command;
    return command;
}

} // namespace OpenSteps
