// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace OpenSteps {
class SettingsStore;
}

namespace OpenSteps::Suppression {

// Why a published number is not shown.
enum class Hidden {
    No,
    Small,     // primary: more than 0 and below the threshold ("fewer than 5")
    Secondary, // shown, it would let a hidden small number be worked out from the total
};

inline constexpr int kDefaultThreshold = 5;
// The setting that raises the threshold for every report of this PC (dashboard and exports).
inline constexpr auto kThresholdKey = "suppression_threshold";

// The threshold set in `settings`: a whole number, never below the default (a setting can
// only hide more); the default when unset or unusable.
int thresholdFrom(const SettingsStore &settings);

// Primary suppression of one count: 0 is shown (nobody), 1 to threshold - 1 are hidden.
Hidden primary(qint64 count, int threshold);

// Counts that add up to a total that is shown (a breakdown's categories). Primary
// suppression, then secondary: while exactly one category is hidden, the smallest shown one
// (a non-zero one when there is one) is hidden too, so no hidden count equals the total minus
// the shown ones. With the total hidden, nothing can be worked out, so only primary applies.
QList<Hidden> partition(const QList<qint64> &counts, bool totalShown, int threshold);

} // namespace OpenSteps::Suppression
