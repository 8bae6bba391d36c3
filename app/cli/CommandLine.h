// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace OpenSteps {

// Reads the command line and runs the app, a headless sub-command, or screenshot mode.
int runCommandLine(int argc, char *argv[]);

} // namespace OpenSteps
