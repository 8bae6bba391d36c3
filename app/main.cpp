// SPDX-License-Identifier: GPL-3.0-or-later
// OpenSteps: learn basic digital skills, step by step.
#include "CommandLine.h"

#include <QtQml/qqmlextensionplugin.h>

// The QML module is a static plugin: linked in here, once, for every command that shows a page.
Q_IMPORT_QML_PLUGIN(OpenStepsPlugin)

int main(int argc, char *argv[]) {
    return OpenSteps::runCommandLine(argc, argv);
}
