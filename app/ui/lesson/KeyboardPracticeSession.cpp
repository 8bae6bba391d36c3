// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardPracticeSession.h"

namespace OpenSteps {

KeyboardPracticeSession::KeyboardPracticeSession(const QStringList &prompts, QObject *parent)
    : StepSession(parent)
    , m_practice(prompts) {
    m_sincePromptShown.start();
}

void KeyboardPracticeSession::textEdited(const QString &text) {
    m_typed = text;
    m_practice.textChanged(text);
    Q_EMIT changed();
}

bool KeyboardPracticeSession::submit(const QString &text) {
    if (!m_practice.submit(text, m_sincePromptShown.elapsed()))
        return false;
    m_typed.clear();
    m_sincePromptShown.restart();
    Q_EMIT changed();
    return true;
}

} // namespace OpenSteps
