// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFlag.h"

#include "SettingsStore.h"

namespace OpenSteps::DemoFlag {

bool isSet(const SettingsStore &settings) {
    return settings.value(QLatin1String(kSettingKey)) == QLatin1String("1");
}

bool set(SettingsStore &settings) {
    return settings.setValue(QLatin1String(kSettingKey), QStringLiteral("1"));
}

QString sendingProblem(const SettingsStore &settings) {
    return isSet(settings)
               ? QStringLiteral("This data folder holds demo data (made by opensteps demo-data): "
                                "made-up learners whose outcomes are never sent to the "
                                "programme's Learning Record Store or saved to a bundle.")
               : QString();
}

} // namespace OpenSteps::DemoFlag
