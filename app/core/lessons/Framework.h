// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The Essential Digital Skills framework (DfE 2018, updated 2022) as stable ids that lessons
// tag themselves with. Display names are UI strings and live in QML, where they are translated.
namespace OpenSteps::Framework {

// Lesson topics: the Foundation tasks plus the five skill areas.
const QStringList &topics();

// Skill tags: one per Foundation task, one per skill area.
const QStringList &skills();

} // namespace OpenSteps::Framework
