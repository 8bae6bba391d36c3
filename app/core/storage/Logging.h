// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per area of the core, so a log can be read (or filtered with
// QT_LOGGING_RULES) by the part it comes from. Declared here, below every part, so each can
// name its own; nothing else of the parts is known here.
namespace OpenSteps {
Q_DECLARE_LOGGING_CATEGORY(lcDatabase) // opensteps.database: opening, migrations, integrity
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // opensteps.storage: the PC's settings
Q_DECLARE_LOGGING_CATEGORY(lcPeople)   // opensteps.people: learners, PINs, helpers
Q_DECLARE_LOGGING_CATEGORY(lcProgress) // opensteps.progress: steps, skills checks, check-ins
Q_DECLARE_LOGGING_CATEGORY(lcOutcomes) // opensteps.outcomes: events, statements, the outbox
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // opensteps.sync: the LRS, bundles
Q_DECLARE_LOGGING_CATEGORY(lcReports)  // opensteps.reports: figures and exports
} // namespace OpenSteps
