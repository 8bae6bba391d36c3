// SPDX-License-Identifier: GPL-3.0-or-later
// OpenSteps: learn basic digital skills, step by step.
#include "CommandLine.h"

int main(int argc, char *argv[]) {
    return OpenSteps::runCommandLine(argc, argv);
}
