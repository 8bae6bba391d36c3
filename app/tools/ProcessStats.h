// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace OpenSteps::ProcessStats {

// Milliseconds since this process was started by the kernel (10 ms resolution on Linux),
// so start-up figures include loading the libraries, not only the time after main().
qint64 msSinceProcessStart();

// Resident set size in KiB, or -1 where it cannot be read.
qint64 residentKib();
// The most the resident set has been since the process started (VmHWM), in KiB, or -1.
qint64 peakResidentKib();

} // namespace OpenSteps::ProcessStats
