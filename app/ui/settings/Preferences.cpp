// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>

namespace OpenSteps {

namespace {
QPointer<Preferences> g_instance;
const QString kLanguageKey = QStringLiteral("language");
const QString kTextScaleKey = QStringLiteral("text_scale");
const QString kThemeKey = QStringLiteral("theme");
const QString kLargerTargetsKey = QStringLiteral("larger_targets");
const QString kFontKey = QStringLiteral("font");
const QString kReducedMotionKey = QStringLiteral("reduced_motion");
const QString kAutoReadKey = QStringLiteral("auto_read");
const QString kSpeechRateKey = QStringLiteral("speech_rate");
const QString kVoiceKey = QStringLiteral("voice");
const QString kTranslationDir = QStringLiteral(":/i18n");

QString flag(bool on) {
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

// True when `field` took a new value; setters only remember and signal real changes.
template <typename T> bool assign(T &field, const T &value) {
    if (field == value)
        return false;
    field = value;
    return true;
}

QString oneOf(const QString &value, const QStringList &allowed) {
    return allowed.contains(value) ? value : allowed.first();
}
} // namespace

Preferences::Preferences(SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    m_store = pcStore();
    m_language =
        settings ? settings->value(kLanguageKey, QStringLiteral("en")) : QStringLiteral("en");
    load();
    applyTranslator();
}

Preferences::Store Preferences::pcStore() const {
    SettingsStore *settings = m_settings;
    return {[settings](const QString &key) { return settings ? settings->value(key) : QString(); },
            [settings](const QString &key, const QString &value) {
                if (settings)
                    settings->setValue(key, value);
            }};
}

void Preferences::useStore(Store store) {
    m_store = std::move(store);
    load();
    // Everything may have changed at once; bindings re-read what did not cheaply.
    Q_EMIT textScaleChanged();
    Q_EMIT themeChanged();
    Q_EMIT largerTargetsChanged();
    Q_EMIT fontChanged();
    Q_EMIT reducedMotionChanged();
    Q_EMIT autoReadChanged();
    Q_EMIT speechChanged();
}

QString Preferences::pcLanguage() const {
    return m_settings ? m_settings->value(kLanguageKey, QStringLiteral("en")) : m_language;
}

QHash<QString, QString> Preferences::values() const {
    return {{kTextScaleKey, QString::number(m_textScale)},   {kThemeKey, m_theme},
            {kLargerTargetsKey, flag(m_largerTargets)},      {kFontKey, m_font},
            {kReducedMotionKey, flag(m_reducedMotion)},      {kAutoReadKey, flag(m_autoRead)},
            {kSpeechRateKey, QString::number(m_speechRate)}, {kVoiceKey, m_voice}};
}

void Preferences::load() {
    const auto value = [this](const QString &key) { return m_store.value(key); };
    const QString scale = value(kTextScaleKey);
    m_textScale = qBound(kMinTextScale, scale.isEmpty() ? 1.0 : scale.toDouble(), kMaxTextScale);
    m_theme = oneOf(value(kThemeKey), themes());
    m_largerTargets = value(kLargerTargetsKey) == QLatin1String("1");
    m_font = oneOf(value(kFontKey), fonts());
    m_reducedMotion = value(kReducedMotionKey) == QLatin1String("1");
    m_autoRead = value(kAutoReadKey) == QLatin1String("1");
    m_speechRate = qBound(kMinSpeechRate, value(kSpeechRateKey).toDouble(), kMaxSpeechRate);
    m_voice = value(kVoiceKey);
}

void Preferences::remember(const QString &key, const QString &value) {
    if (m_store.setValue)
        m_store.setValue(key, value);
}

QStringList Preferences::themes() {
    return {QStringLiteral("default"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

QStringList Preferences::fonts() {
    return {QStringLiteral("standard"), QStringLiteral("atkinson"), QStringLiteral("opendyslexic")};
}

Preferences::~Preferences() {
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

Preferences *Preferences::create(QQmlEngine *qmlEngine, QJSEngine *) {
    Q_ASSERT(g_instance);
    g_instance->m_engine = qmlEngine;
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Preferences::setInstance(Preferences *instance) {
    g_instance = instance;
}

bool Preferences::rightToLeft() const {
    return QLocale(m_language).textDirection() == Qt::RightToLeft;
}

QStringList Preferences::shippedLanguages() {
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(kTranslationDir).entryList({QStringLiteral("opensteps_*.qm")});
    for (const QString &file : files) {
        const QString code = file.mid(10, file.size() - 13); // opensteps_<code>.qm
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QVariantList Preferences::languages() const {
    QVariantList list;
    for (const QString &code : shippedLanguages()) {
        const QLocale locale(code);
        // Each language is named in itself, so a learner can find their own.
        QString name =
            code == QLatin1String("en") ? QStringLiteral("English") : locale.nativeLanguageName();
        list.append(QVariantMap{
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("rightToLeft"), locale.textDirection() == Qt::RightToLeft}});
    }
    return list;
}

void Preferences::setLanguage(const QString &code) {
    if (code.isEmpty() || code == m_language)
        return;
    m_language = code;
    // The PC's language is what the next newcomer sees; a learner's own is on their profile.
    if (m_settings && m_languageIsPcs)
        m_settings->setValue(kLanguageKey, code);
    applyTranslator();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Preferences::applyTranslator() {
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // English is the source language; any other code without a .qm file shows English text
    // but still lays out in its own direction.
    if (m_translator->load(QStringLiteral("opensteps_") + m_language, kTranslationDir))
        QCoreApplication::installTranslator(m_translator.get());
    else
        m_translator.reset();
}

void Preferences::setTextScale(qreal scale) {
    scale = qBound(kMinTextScale, scale, kMaxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    remember(kTextScaleKey, QString::number(scale));
    Q_EMIT textScaleChanged();
}

void Preferences::setTheme(const QString &theme) {
    if (!themes().contains(theme) || !assign(m_theme, theme))
        return;
    remember(kThemeKey, theme);
    Q_EMIT themeChanged();
}

void Preferences::setLargerTargets(bool larger) {
    if (!assign(m_largerTargets, larger))
        return;
    remember(kLargerTargetsKey, flag(larger));
    Q_EMIT largerTargetsChanged();
}

void Preferences::setFont(const QString &font) {
    if (!fonts().contains(font) || !assign(m_font, font))
        return;
    remember(kFontKey, font);
    Q_EMIT fontChanged();
}

void Preferences::setReducedMotion(bool reduced) {
    if (!assign(m_reducedMotion, reduced))
        return;
    remember(kReducedMotionKey, flag(reduced));
    Q_EMIT reducedMotionChanged();
}

void Preferences::setAutoRead(bool autoRead) {
    if (!assign(m_autoRead, autoRead))
        return;
    remember(kAutoReadKey, flag(autoRead));
    Q_EMIT autoReadChanged();
}

void Preferences::setSpeechRate(qreal rate) {
    rate = qBound(kMinSpeechRate, rate, kMaxSpeechRate);
    if (qFuzzyCompare(1 + rate, 1 + m_speechRate))
        return;
    m_speechRate = rate;
    remember(kSpeechRateKey, QString::number(rate));
    Q_EMIT speechChanged();
}

void Preferences::setVoice(const QString &voice) {
    if (!assign(m_voice, voice))
        return;
    remember(kVoiceKey, voice);
    Q_EMIT speechChanged();
}

} // namespace OpenSteps
