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
const QStringList kThemes = {QStringLiteral("default"), QStringLiteral("high-contrast")};
const QString kTranslationDir = QStringLiteral(":/i18n");
} // namespace

Preferences::Preferences(SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    m_language =
        settings ? settings->value(kLanguageKey, QStringLiteral("en")) : QStringLiteral("en");
    m_textScale = qBound(kMinTextScale, settings ? settings->value(kTextScaleKey).toDouble() : 1.0,
                         kMaxTextScale);
    m_theme = settings ? settings->value(kThemeKey) : QString();
    if (!kThemes.contains(m_theme))
        m_theme = kThemes.first();
    m_largerTargets = settings && settings->value(kLargerTargetsKey) == QLatin1String("1");
    applyTranslator();
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
    if (m_settings)
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
    if (m_settings)
        m_settings->setValue(kTextScaleKey, QString::number(scale));
    Q_EMIT textScaleChanged();
}

void Preferences::setTheme(const QString &theme) {
    if (!kThemes.contains(theme) || theme == m_theme)
        return;
    m_theme = theme;
    if (m_settings)
        m_settings->setValue(kThemeKey, theme);
    Q_EMIT themeChanged();
}

void Preferences::setLargerTargets(bool larger) {
    if (larger == m_largerTargets)
        return;
    m_largerTargets = larger;
    if (m_settings)
        m_settings->setValue(kLargerTargetsKey, larger ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT largerTargetsChanged();
}

} // namespace OpenSteps
