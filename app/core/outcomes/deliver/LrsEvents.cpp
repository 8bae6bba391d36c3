// SPDX-License-Identifier: GPL-3.0-or-later
#include "LrsEvents.h"

#include "Database.h"
#include "OutcomeEventStore.h"

namespace OpenSteps {

LrsReader::Result loadEventsFromLrs(LrsReader &reader, Database &scratch, qint64 *counted) {
    LrsReader::Result result;
    qint64 kept = 0;
    scratch.inTransaction([&] {
        OutcomeEventStore::Writer writer(scratch);
        result = reader.readAll([&](const QJsonObject &statement) {
            const auto event = OutcomeEvent::fromStatement(statement);
            if (!event)
                return true; // not counted by the reports (voiding, other programmes)
            ++kept;
            return writer.add(0, *event);
        });
        return result.ok;
    });
    if (counted)
        *counted = kept;
    return result;
}

} // namespace OpenSteps
