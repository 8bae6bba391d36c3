// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PointerPractice.h"

#include <QString>
#include <QStringList>

namespace OpenSteps {

// Keyboard practice: type each prompt exactly and press Enter. Forgiving and untimed: a wrong
// key is fixed with Backspace, and the next key to press is always known, so the on-screen
// keyboard can show it. GUI-free, so the rules are unit-tested.
class TypingPractice {
public:
    struct NextKey {
        QString key;        // a character (letters in lower case), "Backspace" or "Enter"
        bool shift = false; // hold Shift too (capital letters and @)
        bool operator==(const NextKey &) const = default;
    };

    explicit TypingPractice(const QStringList &prompts);

    QString prompt() const { return m_prompts.value(m_index); }
    int promptIndex() const { return m_index; }
    int promptCount() const { return int(m_prompts.size()); }
    bool finished() const { return m_index >= m_prompts.size(); }
    int mistakes() const { return m_mistakes; }

    // What to press next, given what is in the box now.
    NextKey nextKey(const QString &typed) const;
    // Called after every change to the box; a change that leaves a wrong letter is a mistake.
    void textChanged(const QString &typed);
    // Enter: the prompt is done when the box matches it exactly. Returns true when it moved on.
    bool submit(const QString &typed, qint64 msForPrompt);

    // For outcomes: prompts done as hits, mistakes as misses, median time per prompt.
    PointerPractice::Summary summary() const;

private:
    QStringList m_prompts;
    int m_index = 0;
    int m_mistakes = 0;
    bool m_wasWrong = false;
    QList<qint64> m_times;
};

} // namespace OpenSteps
