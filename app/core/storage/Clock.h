// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace OpenSteps {

// Timestamps are stored as UTC ISO 8601 with milliseconds, so text order is time order.
inline QString nowUtcIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace OpenSteps
