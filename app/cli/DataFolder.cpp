// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFolder.h"

#include "Database.h"

#include <QTextStream>

namespace OpenSteps {

bool openForCommand(Database &db, const QString &path, QTextStream &err) {
    const auto opened = db.open(path);
    if (!opened.message.isEmpty())
        err << opened.message << Qt::endl;
    return opened.usable();
}

} // namespace OpenSteps
