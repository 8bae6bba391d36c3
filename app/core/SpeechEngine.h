// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace OpenSteps {

// Whatever reads words out loud. The app uses Qt TextToSpeech; tests use RecordingSpeech, so
// they can check exactly what would be said without a sound card.
class SpeechEngine {
public:
    virtual ~SpeechEngine() = default;
    // False when this computer has no working voice; the UI then says so instead of failing.
    virtual bool available() const = 0;
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;
};

// Remembers what it was asked to say, and says nothing.
class RecordingSpeech : public SpeechEngine {
public:
    bool available() const override { return true; }
    void say(const QString &text) override { m_said.append(text); }
    void stop() override { ++m_stops; }
    const QStringList &said() const { return m_said; }
    int stops() const { return m_stops; }

private:
    QStringList m_said;
    int m_stops = 0;
};

} // namespace OpenSteps
