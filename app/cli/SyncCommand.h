// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QTextStream;

namespace OpenSteps {

struct SyncCommandOptions {
    QString dataDir;
    // Override the stored settings for this run only (scripts, tests); never saved.
    std::optional<QString> endpoint;
    std::optional<QString> key;
    std::optional<QString> secret;
    int waitSeconds = 120;   // how long to keep retrying an LRS that is busy or unreachable
    int timeoutSeconds = 30; // a request with no answer for this long counts as failed
};

// `opensteps sync --once`: delivers everything pending, printing counts. Exit status: 0 the
// outbox is empty; 1 the data cannot be opened; 2 no usable LRS settings; 3 some statements
// still wait (LRS unreachable or busy; they are kept); 4 the LRS rejected the credentials; 5 the
// folder holds demo data (DemoData), which is never sent.
int runSyncOnce(const SyncCommandOptions &options, QTextStream &out, QTextStream &err);
// `opensteps sync --status`: the outbox's counts and the last success and problem, as
// key=value lines (what staff see in the app), without touching the network.
int printSyncStatus(const QString &dataDir, QTextStream &out, QTextStream &err);

} // namespace OpenSteps
