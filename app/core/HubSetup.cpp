// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubSetup.h"

#include "Clock.h"
#include "HubIdentity.h"
#include "LrsConfig.h"
#include "Workspace.h"

#include <QUrl>

namespace OpenSteps {

HubSetup::HubSetup(Workspace &workspace)
    : m_workspace(workspace) {}

bool HubSetup::offerAtStart() const {
    const SettingsStore &settings = m_workspace.settings();
    return possible() && settings.value(QLatin1String(kDoneKey)).isEmpty() &&
           settings.value(QLatin1String(kSkippedKey)).isEmpty() &&
           m_workspace.learners().all().isEmpty();
}

bool HubSetup::possible() const {
    return m_workspace.helpers().staffCount() == 0;
}

HubSetup::Result HubSetup::check(const Form &form) const {
    if (!possible())
        return {Field::None,
                QStringLiteral("This computer is already set up. Staff can change the hub's "
                               "name, id and Learning Record Store on the helper page."),
                {}};
    if (QString problem = HubIdentity::nameProblem(form.hubName); !problem.isEmpty())
        return {Field::HubName, problem, {}};
    if (QString problem = HubIdentity::idProblem(form.hubId.trimmed()); !problem.isEmpty())
        return {Field::HubId, problem, {}};
    if (const QString address = form.lrsAddress.trimmed(); !address.isEmpty()) {
        if (QString problem = LrsConfig{QUrl(address), {}, {}}.addressProblem(); !problem.isEmpty())
            return {Field::LrsAddress, problem, {}};
    }
    const QString staffName = form.staffName.simplified();
    if (staffName.isEmpty())
        return {Field::StaffName, QStringLiteral("Please type the staff member's name."), {}};
    if (m_workspace.helpers().find(staffName))
        return {Field::StaffName,
                QStringLiteral("There is already a helper called %1. Please choose another "
                               "name.")
                    .arg(staffName),
                {}};
    if (QString problem = HelperStore::passphraseProblem(form.passphrase); !problem.isEmpty())
        return {Field::Passphrase, problem, {}};
    if (QString problem = HelperStore::passphraseProblem(form.passphrase, form.passphraseAgain);
        !problem.isEmpty())
        return {Field::PassphraseAgain, problem, {}};
    return {};
}

HubSetup::Result HubSetup::save(const Form &form) {
    Result result = check(form);
    if (!result.ok())
        return result;
    SettingsStore &settings = m_workspace.settings();
    const QString address = form.lrsAddress.trimmed();
    const bool saved = m_workspace.database().inTransaction([&] {
        if (!HubIdentity{form.hubName.trimmed(), form.hubId.trimmed()}.saveTo(settings)) {
            result = {
                Field::HubName, QStringLiteral("The hub's name and id could not be saved."), {}};
            return false;
        }
        if (!address.isEmpty()) {
            LrsConfig lrs = LrsConfig::fromSettings(settings); // keeps a key set before
            lrs.endpoint = QUrl(address);
            if (!lrs.saveTo(settings)) {
                result = {Field::LrsAddress,
                          QStringLiteral("The Learning Record Store address could not be saved."),
                          {}};
                return false;
            }
        }
        QString error;
        result.staff = m_workspace.helpers().add(form.staffName, QStringLiteral("staff"),
                                                 form.passphrase, &error);
        if (!result.staff) {
            result = {Field::StaffName, error, {}};
            return false;
        }
        if (!settings.setValue(QLatin1String(kDoneKey), nowUtcIso())) {
            result = {Field::None, QStringLiteral("The set-up could not be saved."), {}};
            return false;
        }
        return true;
    });
    if (!saved && result.ok()) // the commit itself failed
        result = {Field::None, QStringLiteral("The set-up could not be saved."), {}};
    if (!saved)
        result.problem += QStringLiteral(" Nothing was saved.");
    return result;
}

bool HubSetup::skip() {
    return m_workspace.settings().setValue(QLatin1String(kSkippedKey), nowUtcIso());
}

QString HubSetup::fieldName(Field field) {
    switch (field) {
    case Field::HubName:
        return QStringLiteral("hubName");
    case Field::HubId:
        return QStringLiteral("hubId");
    case Field::LrsAddress:
        return QStringLiteral("lrsAddress");
    case Field::StaffName:
        return QStringLiteral("staffName");
    case Field::Passphrase:
        return QStringLiteral("passphrase");
    case Field::PassphraseAgain:
        return QStringLiteral("passphraseAgain");
    case Field::None:
        break;
    }
    return {};
}

} // namespace OpenSteps
