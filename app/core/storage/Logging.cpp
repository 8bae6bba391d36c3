// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace OpenSteps {
Q_LOGGING_CATEGORY(lcDatabase, "opensteps.database")
Q_LOGGING_CATEGORY(lcStorage, "opensteps.storage")
Q_LOGGING_CATEGORY(lcPeople, "opensteps.people")
Q_LOGGING_CATEGORY(lcProgress, "opensteps.progress")
Q_LOGGING_CATEGORY(lcOutcomes, "opensteps.outcomes")
Q_LOGGING_CATEGORY(lcSync, "opensteps.sync")
Q_LOGGING_CATEGORY(lcReports, "opensteps.reports")
} // namespace OpenSteps
