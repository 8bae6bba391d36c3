// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suppression.h"

#include "SettingsStore.h"

#include <algorithm>

namespace OpenSteps::Suppression {

int thresholdFrom(const SettingsStore &settings) {
    bool ok = false;
    const int value = settings.value(QLatin1String(kThresholdKey)).trimmed().toInt(&ok);
    return ok ? std::max(value, kDefaultThreshold) : kDefaultThreshold;
}

Hidden primary(qint64 count, int threshold) {
    return count > 0 && count < threshold ? Hidden::Small : Hidden::No;
}

QList<Hidden> partition(const QList<qint64> &counts, bool totalShown, int threshold) {
    QList<Hidden> hidden;
    int hiddenCount = 0;
    for (qint64 count : counts) {
        hidden.append(primary(count, threshold));
        hiddenCount += hidden.constLast() != Hidden::No;
    }
    if (!totalShown || hiddenCount != 1)
        return hidden;
    // The smallest shown count, preferring non-zero ones: hiding a 0 hides little, but when
    // every other count is 0 it still stops the hidden one being read off the total.
    qsizetype pick = -1;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (hidden.at(i) != Hidden::No)
            continue;
        const auto better = [&](qsizetype a, qsizetype b) {
            if ((counts.at(a) > 0) != (counts.at(b) > 0))
                return counts.at(a) > 0;
            return counts.at(a) < counts.at(b);
        };
        if (pick < 0 || better(i, pick))
            pick = i;
    }
    if (pick >= 0)
        hidden[pick] = Hidden::Secondary;
    return hidden;
}

} // namespace OpenSteps::Suppression
