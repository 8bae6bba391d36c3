// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubIdentity.h"

#include "SettingsStore.h"

#include <QRegularExpression>

namespace OpenSteps {

HubIdentity HubIdentity::fromSettings(const SettingsStore &settings) {
    return {settings.value(QLatin1String(kNameKey)), settings.value(QLatin1String(kIdKey))};
}

bool HubIdentity::saveTo(SettingsStore &settings) const {
    return idProblem(id).isEmpty() && nameProblem(name).isEmpty() &&
           settings.setValue(QLatin1String(kNameKey), name.trimmed()) &&
           settings.setValue(QLatin1String(kIdKey), id);
}

QString HubIdentity::idProblem(const QString &id) {
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"));
    if (id.size() < 3 || id.size() > 40 || !shape.match(id).hasMatch())
        return QStringLiteral("The hub id must be 3 to 40 small letters, digits and hyphens, "
                              "starting with a letter, like leeds-central-library.");
    return {};
}

QString HubIdentity::nameProblem(const QString &name) {
    const QString tidy = name.trimmed();
    if (tidy.isEmpty())
        return QStringLiteral("Please give the hub a name, like Leeds Central Library.");
    if (tidy.size() > kMaxNameLength)
        return QStringLiteral("The hub name can be at most %1 characters.").arg(kMaxNameLength);
    return {};
}

} // namespace OpenSteps
