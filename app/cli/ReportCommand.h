// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace OpenSteps {

// `opensteps report --lrs URL [--key KEY --secret SECRET] --out DIR [--from DATE] [--to DATE]`:
// the aggregate export (CSV and data dictionary) across every hub, from the statements the
// programme's LRS holds, counted and suppressed exactly as each hub's own export. Without
// --key and --secret, this PC's (set by staff in the app) are used.
QList<QCommandLineOption> reportOptions();
// Exit status: 0 written; 1 nothing written (the folder, the disk); 2 a usage mistake or no
// usable LRS settings; 3 the LRS could not be read; 4 the LRS rejected the credentials.
int runReport(const QStringList &args, const QCommandLineParser &parser, const QString &dataDir,
              QTextStream &out, QTextStream &err);

} // namespace OpenSteps
