// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiApp.h"

#include "Deployment.h"

#include "Preferences.h"
#include "ReadAloud.h"
#include "UiSingletons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcGui, "opensteps.gui")

namespace OpenSteps {

GuiApp::GuiApp(QObject *parent)
    : QObject(parent) {}

GuiApp::~GuiApp() {
    // The engine goes first: QML must not outlive the objects its bindings read.
    m_engine.reset();
    m_ui.reset();
    Preferences::setInstance(nullptr);
}

void GuiApp::registerBundledFonts() {
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    const QDir fonts(QStringLiteral(":/OpenSteps/fonts"));
    for (const QString &file :
         fonts.entryList({QStringLiteral("*.ttf"), QStringLiteral("*.woff2")})) {
        if (QFontDatabase::addApplicationFont(fonts.filePath(file)) < 0)
            qCWarning(lcGui) << "could not load the bundled font" << file;
    }
}

bool GuiApp::start(const GuiOptions &options) {
    m_workspace = std::make_unique<Workspace>();
    const Database::OpenResult opened = m_workspace->open(options.dataDir, options.lessonsDir);
    QString startPage = options.startPage;
    QString problem = opened.message.isEmpty() ? options.problemDetails : opened.message;
    if (opened.usable() && options.prepareData) {
        const QString error = options.prepareData(*m_workspace);
        if (!error.isEmpty())
            qCWarning(lcGui).noquote() << error;
    }
    if (!opened.usable()) {
        qCCritical(lcGui).noquote() << opened.message;
        startPage = QStringLiteral("error");
    } else if (opened.status == Database::Status::RecoveredFromCorruption && startPage.isEmpty()) {
        startPage = QStringLiteral("notice");
    }

    m_preferences =
        std::make_unique<Preferences>(opened.usable() ? &m_workspace->settings() : nullptr);
    Workspace *workspace = opened.usable() ? m_workspace.get() : nullptr;
    m_ui = std::make_unique<UiSingletons>(
        workspace, *m_preferences,
        UiSingletons::Options{
            startPage, problem, ReadAloud::makeDefaultEngine(), {}, options.presets});
    // Kiosk mode closes only when staff say so (Deployment), after the window refused.
    connect(&m_ui->deployment(), &Deployment::quitRequested, QCoreApplication::instance(),
            &QCoreApplication::quit, Qt::QueuedConnection);
    if (!options.language.isEmpty())
        m_preferences->setLanguage(options.language);
    if (options.textScale > 0)
        m_preferences->setTextScale(options.textScale);
    if (!options.theme.isEmpty())
        m_preferences->setTheme(options.theme);
    if (!options.font.isEmpty())
        m_preferences->setFont(options.font);
    ReadAloud *readAloud = &m_ui->readAloud();
    const auto configureSpeech = [this, readAloud] {
        readAloud->configure(m_preferences->speechRate(), m_preferences->voice());
    };
    configureSpeech();
    connect(m_preferences.get(), &Preferences::speechChanged, readAloud, configureSpeech);
    Preferences::setInstance(m_preferences.get());

    registerBundledFonts();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->load(QUrl(QStringLiteral("qrc:/OpenSteps/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        qCCritical(lcGui) << "the user interface could not be loaded";
        return false;
    }
    return true;
}

QQuickWindow *GuiApp::window() const {
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

} // namespace OpenSteps
