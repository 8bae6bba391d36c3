// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSteps {

class Database;

// A consistent copy of an open database, made with SQLite's online backup while the app (or
// another OpenSteps on the PC) keeps using it: what was saved when the copy began, whole. The
// copy is written beside `target` and only replaces it once complete and checked, so a failed
// backup never spoils the last good one.
class Backup {
public:
    // Empty when `target` now holds the copy; else what went wrong, in plain words.
    static QString copy(const Database &db, const QString &target);
};

} // namespace OpenSteps
