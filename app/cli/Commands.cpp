// SPDX-License-Identifier: GPL-3.0-or-later
// The table of commands: one row each, in the order `opensteps --help` lists them.
#include "Command.h"

namespace OpenSteps {

// Each defined in its own <Name>Command.cpp.
const Command &appCommand();
const Command &lessonsCommand();
const Command &screenshotCommand();
const Command &sampleDataCommand();
const Command &demoDataCommand();
const Command &helperCommand();
const Command &syncCommand();
const Command &bundleCommand();
const Command &exportCommand();
const Command &reportCommand();
const Command &configCommand();
const Command &backupCommand();

const QList<const Command *> &commands() {
    static const QList<const Command *> all = {
        &appCommand(),      &lessonsCommand(), &screenshotCommand(), &sampleDataCommand(),
        &demoDataCommand(), &helperCommand(),  &syncCommand(),       &bundleCommand(),
        &exportCommand(),   &reportCommand(),  &configCommand(),     &backupCommand()};
    return all;
}

} // namespace OpenSteps
