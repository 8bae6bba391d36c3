// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSteps {

class GuiApp;

// Puts a page of screenshot mode into a state worth looking at: the sample learner signed in
// where the page is theirs, a helper signed in on the helper pages, a lesson step after one
// try, the skills check part-way. `step` is "folder/step-id" to show one particular step.
// Empty when staged, else what went wrong (the page is still shown).
QString stageScreenshotPage(const QString &page, const QString &step, GuiApp &gui);

} // namespace OpenSteps
