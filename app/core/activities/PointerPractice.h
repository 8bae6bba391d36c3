// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OpenSteps {

// Mouse practice: a run of targets to click, double-click or right-click. Targets start large
// and adapt: smaller as the learner hits them, larger after a miss. Nothing is timed out; the
// time per target is only recorded. Practice is mastered when enough targets are hit and the
// recent accuracy reaches the lesson's bar. GUI-free, so the rules are unit-tested.
class PointerPractice {
public:
    static const QStringList &actionNames(); // "click", "double-click", "right-click"

    struct Rules {
        int targetsPerAction = 4;
        double accuracyBar = 0.8; // share of hits over the last `window()` tries
        double startSize = 96;    // in device-independent pixels at 100% text
        double minSize = 44;
        double maxSize = 160;
        double shrinkAfterHit = 0.88;
        double growAfterMiss = 1.25;
    };

    struct Summary {
        int hits = 0;
        int misses = 0;
        double accuracy = 0;       // hits / tries, 0 when nothing was tried
        qint64 medianMsPerHit = 0; // from a target appearing to it being hit
    };

    // The summary of any practice: hits, misses and the times the hits took.
    static Summary makeSummary(int hits, int misses, QList<qint64> hitTimes);

    PointerPractice(const QStringList &actions, const Rules &rules);

    // The action asked for now; actions come in the lesson's order, targetsPerAction each,
    // then keep cycling until mastered.
    QString currentAction() const;
    double targetSize() const { return m_size; }
    int hits() const { return m_hits; }
    int targetsNeeded() const { return int(m_actions.size()) * m_rules.targetsPerAction; }
    bool mastered() const;
    Summary summary() const;

    // `msSinceTargetShown` is how long the learner took; it never ends an attempt.
    void recordHit(qint64 msSinceTargetShown);
    void recordMiss();

private:
    int window() const { return targetsNeeded(); }

    QStringList m_actions;
    Rules m_rules;
    double m_size;
    int m_hits = 0;
    int m_misses = 0;
    QList<bool> m_tries; // true = hit, in order
    QList<qint64> m_hitTimes;
};

} // namespace OpenSteps
