// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <memory>

namespace OpenSteps {

class SettingsStore;

// Language, text size and theme: what the whole UI derives its look and words from.
// Changes apply at once (no restart) and are remembered on this PC.
class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    // Bigger buttons and boxes for people who find small targets hard to hit.
    Q_PROPERTY(
        bool largerTargets READ largerTargets WRITE setLargerTargets NOTIFY largerTargetsChanged)

public:
    static constexpr qreal kMinTextScale = 1.0;
    static constexpr qreal kMaxTextScale = 2.0;

    // `settings` may be null (no usable database): then nothing is remembered.
    explicit Preferences(SettingsStore *settings, QObject *parent = nullptr);
    ~Preferences() override;

    static Preferences *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Preferences *instance);

    QString language() const { return m_language; }
    bool rightToLeft() const;
    QVariantList languages() const;
    qreal textScale() const { return m_textScale; }
    QString theme() const { return m_theme; }
    bool largerTargets() const { return m_largerTargets; }

    // The UI languages that ship: English (the source) plus every compiled translation.
    static QStringList shippedLanguages();

    Q_INVOKABLE void setLanguage(const QString &code);
    void setTextScale(qreal scale);
    void setTheme(const QString &theme);
    void setLargerTargets(bool larger);

Q_SIGNALS:
    void languageChanged();
    void textScaleChanged();
    void themeChanged();
    void largerTargetsChanged();

private:
    void applyTranslator();

    SettingsStore *m_settings;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
    qreal m_textScale = 1.0;
    QString m_theme;
    bool m_largerTargets = false;
};

} // namespace OpenSteps
