// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

namespace OpenSteps {

// `opensteps bundle export FILE [--again]` and `opensteps bundle import FILE`: statements
// carried on a USB stick from a hub without internet (OutboxBundle).
QCommandLineOption bundleAgainOption();
// `args` are the positional arguments, starting with "bundle". Exit status 0 on success, 1
// with the reason on `err` when anything failed (then no file is written and nothing
// imported), 2 for a usage mistake.
int runBundle(const QStringList &args, const QString &dataDir, bool again, QTextStream &out,
              QTextStream &err);

} // namespace OpenSteps
