// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <functional>
#include <memory>

namespace OpenSteps {

class SettingsStore;

// How the app looks, sounds and speaks: language, text size, colours, font, motion, buttons and
// read aloud. Changes apply at once (no restart). They are remembered for the PC while nobody
// is signed in, and for each learner once they are (Session switches the store).
class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QStringList themes READ themes CONSTANT)
    // Bigger buttons and boxes for people who find small targets hard to hit.
    Q_PROPERTY(
        bool largerTargets READ largerTargets WRITE setLargerTargets NOTIFY largerTargetsChanged)
    // "standard", "atkinson" (Atkinson Hyperlegible) or "opendyslexic" (OpenDyslexic).
    Q_PROPERTY(QString font READ font WRITE setFont NOTIFY fontChanged)
    Q_PROPERTY(QStringList fonts READ fonts CONSTANT)
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    // Read each lesson step out loud as soon as it shows.
    Q_PROPERTY(bool autoRead READ autoRead WRITE setAutoRead NOTIFY autoReadChanged)
    // Speech speed from -0.5 (slower) to 0.5 (faster); 0 is the voice's normal speed.
    Q_PROPERTY(qreal speechRate READ speechRate WRITE setSpeechRate NOTIFY speechChanged)
    // A voice name from ReadAloud.voices; empty means the PC's default voice.
    Q_PROPERTY(QString voice READ voice WRITE setVoice NOTIFY speechChanged)

public:
    static constexpr qreal kMinTextScale = 1.0;
    static constexpr qreal kMaxTextScale = 2.0;
    static constexpr qreal kMinSpeechRate = -0.5;
    static constexpr qreal kMaxSpeechRate = 0.5;

    // Where the values live: the PC's settings, or one learner's own.
    struct Store {
        std::function<QString(const QString &key)> value;
        std::function<void(const QString &key, const QString &value)> setValue;
    };

    // `settings` may be null (no usable database): then nothing is remembered.
    explicit Preferences(SettingsStore *settings, QObject *parent = nullptr);
    ~Preferences() override;

    static Preferences *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Preferences *instance);

    // The PC's own settings, used while nobody is signed in.
    Store pcStore() const;
    // Reads every value (but the language, which each learner keeps on their profile) from
    // `store` and remembers changes there from now on.
    void useStore(Store store);
    // Every value as it would be stored, e.g. to give a new profile what was chosen before it.
    QHash<QString, QString> values() const;

    QString language() const { return m_language; }
    bool rightToLeft() const;
    QVariantList languages() const;
    qreal textScale() const { return m_textScale; }
    QString theme() const { return m_theme; }
    static QStringList themes();
    bool largerTargets() const { return m_largerTargets; }
    QString font() const { return m_font; }
    static QStringList fonts();
    bool reducedMotion() const { return m_reducedMotion; }
    bool autoRead() const { return m_autoRead; }
    qreal speechRate() const { return m_speechRate; }
    QString voice() const { return m_voice; }

    // The UI languages that ship: English (the source) plus every compiled translation.
    static QStringList shippedLanguages();

    Q_INVOKABLE void setLanguage(const QString &code);
    // Whether language changes are remembered as the PC's (off while a learner, a guest or a
    // newcomer is at the PC: their language is theirs).
    void setLanguageIsPcs(bool pcs) { m_languageIsPcs = pcs; }
    QString pcLanguage() const;
    void setTextScale(qreal scale);
    void setTheme(const QString &theme);
    void setLargerTargets(bool larger);
    void setFont(const QString &font);
    void setReducedMotion(bool reduced);
    void setAutoRead(bool autoRead);
    void setSpeechRate(qreal rate);
    void setVoice(const QString &voice);

Q_SIGNALS:
    void languageChanged();
    void textScaleChanged();
    void themeChanged();
    void largerTargetsChanged();
    void fontChanged();
    void reducedMotionChanged();
    void autoReadChanged();
    void speechChanged();

private:
    void applyTranslator();
    void load();
    void remember(const QString &key, const QString &value);

    SettingsStore *m_settings;
    Store m_store;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    qreal m_textScale = 1.0;
    QString m_theme;
    bool m_largerTargets = false;
    bool m_languageIsPcs = true;
    QString m_font;
    bool m_reducedMotion = false;
    bool m_autoRead = false;
    qreal m_speechRate = 0;
    QString m_voice;
};

} // namespace OpenSteps
