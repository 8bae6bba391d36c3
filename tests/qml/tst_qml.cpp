// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick tests with the real OpenSteps module and a fresh data folder.
#include "Preferences.h"
#include "ReadAloud.h"
#include "TestDatabase.h"
#include "TestHooks.h"
#include "UiSingletons.h"
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
        // Keeps the LRS secret out of any keychain of the machine running the tests.
        qputenv("OPENSTEPS_NO_KEYCHAIN", "1");
        // The dashboard's "today" is fixed, so tests know which period holds which event.
        m_ui = std::make_unique<UiSingletons>(
            m_workspace.get(), *m_preferences,
            UiSingletons::Options{
                {}, {}, std::make_unique<RecordingSpeech>(), [] { return QDate(2026, 11, 26); }});
        TestHooks::profile() = &m_ui->profile();
        Preferences::setInstance(m_preferences.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

    void cleanupTestCase() {
        m_ui.reset();
        m_preferences.reset();
        m_workspace.reset();
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<UiSingletons> m_ui;
};

QUICK_TEST_MAIN_WITH_SETUP(opensteps, Setup)
#include "tst_qml.moc"
