// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiApp.h"

#include "AppController.h"
#include "Dashboard.h"
#include "MyProgress.h"
#include "Preferences.h"
#include "ReadAloud.h"
#include "SyncPanel.h"

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
    AppController::setInstance(nullptr);
    MyProgress::setInstance(nullptr);
    SyncPanel::setInstance(nullptr);
    Dashboard::setInstance(nullptr);
    Preferences::setInstance(nullptr);
    ReadAloud::setInstance(nullptr);
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
    m_app = std::make_unique<AppController>(opened.usable() ? m_workspace.get() : nullptr,
                                            *m_preferences, startPage, problem);
    if (!options.language.isEmpty())
        m_preferences->setLanguage(options.language);
    if (options.textScale > 0)
        m_preferences->setTextScale(options.textScale);
    if (!options.theme.isEmpty())
        m_preferences->setTheme(options.theme);
    if (!options.font.isEmpty())
        m_preferences->setFont(options.font);
    m_readAloud = std::make_unique<ReadAloud>(ReadAloud::makeDefaultEngine());
    const auto configureSpeech = [this] {
        m_readAloud->configure(m_preferences->speechRate(), m_preferences->voice());
    };
    configureSpeech();
    connect(m_preferences.get(), &Preferences::speechChanged, m_readAloud.get(), configureSpeech);
    Preferences::setInstance(m_preferences.get());
    AppController::setInstance(m_app.get());
    m_progress =
        std::make_unique<MyProgress>(opened.usable() ? m_workspace.get() : nullptr, *m_app);
    MyProgress::setInstance(m_progress.get());
    m_sync = std::make_unique<SyncPanel>(opened.usable() ? m_workspace.get() : nullptr);
    SyncPanel::setInstance(m_sync.get());
    m_dashboard =
        std::make_unique<Dashboard>(opened.usable() ? m_workspace.get() : nullptr, *m_app);
    Dashboard::setInstance(m_dashboard.get());
    ReadAloud::setInstance(m_readAloud.get());

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
