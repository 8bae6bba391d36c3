// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LrsReader.h"

namespace OpenSteps {

class Database;

// The programme-wide report's data: every hub's statements read from the LRS into the event
// tables of `scratch` (a database of its own, never a PC's), with the same parser as this PC's
// statements, so OutcomeFigures counts them the same way. `counted`: the events kept.
LrsReader::Result loadEventsFromLrs(LrsReader &reader, Database &scratch, qint64 *counted);

} // namespace OpenSteps
