// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpeechEngine.h"

#include <QObject>
#include <QQmlEngine>
#include <memory>

namespace OpenSteps {

// The "Read aloud" service QML uses: it reads exactly the words a page shows. Behind it sits
// a SpeechEngine: Qt TextToSpeech in the app, a recording fake in tests.
class ReadAloud : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT) // checked on first use
    Q_PROPERTY(QString lastText READ lastText NOTIFY spoke)
    // Voice names to choose from in Settings (read on first use: loading voices takes time).
    Q_PROPERTY(QStringList voices READ voices CONSTANT)

public:
    explicit ReadAloud(std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~ReadAloud() override;

    // Qt TextToSpeech with its default voice; RecordingSpeech when OPENSTEPS_SPEECH=record.
    static std::unique_ptr<SpeechEngine> makeDefaultEngine();

    static ReadAloud *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(ReadAloud *instance);

    bool available() const { return m_engine->available(); }
    QString lastText() const { return m_lastText; }
    SpeechEngine &engine() { return *m_engine; }
    QStringList voices() const;

    // Speed (-1 to 1) and voice for what is said from now on; Preferences drives it.
    void configure(double rate, const QString &voice);

    // Stops anything being read and reads `text`.
    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void spoke();

private:
    std::unique_ptr<SpeechEngine> m_engine;
    QString m_lastText;
    mutable QStringList m_voices;
};

} // namespace OpenSteps
