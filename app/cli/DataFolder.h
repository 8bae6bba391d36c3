// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace OpenSteps {

class Database;

// Opens the database at `path` for a command, saying on `err` why it cannot be used, or what
// was done to it on opening (a damaged file moved aside). False: not usable.
bool openForCommand(Database &db, const QString &path, QTextStream &err);

} // namespace OpenSteps
