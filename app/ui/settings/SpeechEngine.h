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
    // -1 (slowest) to 1 (fastest), 0 normal; applies to what is said next.
    virtual void setRate(double rate) = 0;
    // Names of the voices to choose from; an empty or unknown name picks the default voice.
    virtual QStringList voices() const = 0;
    virtual void setVoice(const QString &name) = 0;
};

// Remembers what it was asked to say, and says nothing.
class RecordingSpeech : public SpeechEngine {
public:
    bool available() const override { return true; }
    void say(const QString &text) override { m_said.append(text); }
    void stop() override { ++m_stops; }
    void setRate(double rate) override { m_rate = rate; }
    QStringList voices() const override {
        return {QStringLiteral("Recording voice 1"), QStringLiteral("Recording voice 2")};
    }
    void setVoice(const QString &name) override { m_voice = name; }
    const QStringList &said() const { return m_said; }
    int stops() const { return m_stops; }
    double rate() const { return m_rate; }
    QString voice() const { return m_voice; }

private:
    QStringList m_said;
    int m_stops = 0;
    double m_rate = 0;
    QString m_voice;
};

} // namespace OpenSteps
