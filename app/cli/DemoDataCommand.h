// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QTextStream>

class QCommandLineParser;

namespace OpenSteps {

// `opensteps demo-data --data-dir DIR [--learners N] [--seed S] [--events N]`: made-up learners
// for demos, screenshots and benchmarks (DemoData), only into an empty folder.
QList<QCommandLineOption> demoDataOptions();
// `dataDir` empty: not given (refused: demo data never goes into the default, real folder).
// Exit status 0 done; 1 refused (real data, demo data already) or failed; 2 a usage mistake.
int runDemoData(const QCommandLineParser &parser, const QString &dataDir, const QString &lessonsDir,
                QTextStream &out, QTextStream &err);

} // namespace OpenSteps
