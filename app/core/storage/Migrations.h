// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace OpenSteps {

// Migration N takes the schema from version N-1 to N. Never edit a released migration:
// add a new one, so every PC can update from whatever version it has.
struct Migration {
    int version;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();

} // namespace OpenSteps
