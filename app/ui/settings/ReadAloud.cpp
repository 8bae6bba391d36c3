// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadAloud.h"

#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSpeech, "opensteps.speech")

namespace OpenSteps {

namespace {
ReadAloud *g_instance = nullptr;

// Qt TextToSpeech, made on first use so start-up does not wait for a voice to load. Without
// any voice plugin on the PC it is not available, and the button explains instead.
class QtSpeech : public SpeechEngine {
public:
    bool available() const override {
        if (!m_checked) {
            m_available = !QTextToSpeech::availableEngines().isEmpty();
            m_checked = true;
        }
        return m_available;
    }
    void say(const QString &text) override {
        QTextToSpeech &speech = engine();
        speech.stop();
        speech.setRate(m_rate);
        const QList<QVoice> voices = speech.availableVoices();
        const auto chosen = std::find_if(voices.cbegin(), voices.cend(),
                                         [this](const QVoice &v) { return v.name() == m_voice; });
        if (chosen != voices.cend() && speech.voice().name() != m_voice)
            speech.setVoice(*chosen);
        speech.say(text);
    }
    void stop() override {
        if (m_speech)
            m_speech->stop();
    }
    void setRate(double rate) override { m_rate = rate; }
    QStringList voices() const override {
        if (!available())
            return {};
        QStringList names;
        for (const QVoice &voice : const_cast<QtSpeech *>(this)->engine().availableVoices())
            names << voice.name();
        return names;
    }
    void setVoice(const QString &name) override { m_voice = name; }

private:
    QTextToSpeech &engine() {
        if (!m_speech) {
            m_speech = std::make_unique<QTextToSpeech>();
            if (m_speech->state() == QTextToSpeech::Error)
                qCWarning(lcSpeech) << "no voice available:" << m_speech->engine();
        }
        return *m_speech;
    }

    std::unique_ptr<QTextToSpeech> m_speech;
    double m_rate = 0;
    QString m_voice;
    mutable bool m_checked = false;
    mutable bool m_available = false;
};
} // namespace

ReadAloud::ReadAloud(std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine)) {}

ReadAloud::~ReadAloud() {
    if (g_instance == this)
        g_instance = nullptr;
}

std::unique_ptr<SpeechEngine> ReadAloud::makeDefaultEngine() {
    if (qEnvironmentVariable("OPENSTEPS_SPEECH") == QLatin1String("record"))
        return std::make_unique<RecordingSpeech>();
    return std::make_unique<QtSpeech>();
}

ReadAloud *ReadAloud::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void ReadAloud::setInstance(ReadAloud *instance) {
    g_instance = instance;
}

void ReadAloud::say(const QString &text) {
    m_lastText = text.trimmed();
    m_engine->say(m_lastText);
    Q_EMIT spoke();
}

QStringList ReadAloud::voices() const {
    if (m_voices.isEmpty())
        m_voices = m_engine->voices();
    return m_voices;
}

void ReadAloud::configure(double rate, const QString &voice) {
    m_engine->setRate(rate);
    m_engine->setVoice(voice);
}

void ReadAloud::stop() {
    m_engine->stop();
}

} // namespace OpenSteps
