// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSteps {

class SettingsStore;

// Whether this data folder holds demo data (made by `opensteps demo-data`, which sets the PC's
// setting `demo_data` = "1"). Demo outcomes never leave the PC: the uploader, background sync
// and bundles ask here, without needing the demo-data generator in app/tools.
namespace DemoFlag {

inline constexpr auto kSettingKey = "demo_data";

bool isSet(const SettingsStore &settings);
bool set(SettingsStore &settings);
// Why statements must not leave this data folder, or empty when they may.
QString sendingProblem(const SettingsStore &settings);

} // namespace DemoFlag
} // namespace OpenSteps
