// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The made-up screens a simulation step can show (qml/activities/simulations/) and what can be
// used in each. The lesson checker uses this to refuse a task no scene could ever accept; a QML
// test checks every target named here exists in its scene.
namespace OpenSteps::SimulationScenes {

const QStringList &names();
// The target ids of `scene`; empty for an unknown scene.
QStringList targets(const QString &scene);

} // namespace OpenSteps::SimulationScenes
