// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick tests with the real OpenSteps module and a fresh data folder.
#include "AppController.h"
#include "Dashboard.h"
#include "MyProgress.h"
#include "Preferences.h"
#include "ReadAloud.h"
#include "SyncPanel.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OpenStepsPlugin)

using namespace OpenSteps;

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() {
        // A home of the tests' own: files the pages save (Documents) land there, not in the
        // home of whoever runs the tests.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        m_workspace = std::make_unique<Workspace>();
        m_workspace->open(m_dir.path(), QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons"));
        TestDatabase::workspace() = m_workspace.get();
        m_preferences = std::make_unique<Preferences>(&m_workspace->settings());
        m_app = std::make_unique<AppController>(m_workspace.get(), *m_preferences, QString(),
                                                QString());
        m_progress = std::make_unique<MyProgress>(m_workspace.get(), *m_app);
        m_readAloud = std::make_unique<ReadAloud>(std::make_unique<RecordingSpeech>());
        // Keeps the LRS secret out of any keychain of the machine running the tests.
        qputenv("OPENSTEPS_NO_KEYCHAIN", "1");
        m_sync = std::make_unique<SyncPanel>(m_workspace.get());
        SyncPanel::setInstance(m_sync.get());
        // The dashboard's "today" is fixed, so tests know which period holds which event.
        m_dashboard = std::make_unique<Dashboard>(m_workspace.get(), *m_app,
                                                  [] { return QDate(2026, 11, 26); });
        Dashboard::setInstance(m_dashboard.get());
        MyProgress::setInstance(m_progress.get());
        Preferences::setInstance(m_preferences.get());
        AppController::setInstance(m_app.get());
        ReadAloud::setInstance(m_readAloud.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

    void cleanupTestCase() {
        m_progress.reset();
        m_sync.reset();
        m_dashboard.reset();
        m_app.reset();
        m_preferences.reset();
        m_readAloud.reset();
        m_workspace.reset();
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<MyProgress> m_progress;
    std::unique_ptr<SyncPanel> m_sync;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<ReadAloud> m_readAloud;
};

QUICK_TEST_MAIN_WITH_SETUP(opensteps, Setup)
#include "tst_qml.moc"
