// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Presets.h"
#include "UiSingletons.h"
#include "Workspace.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace OpenSteps {

class Preferences;

struct GuiOptions {
    QString dataDir;
    QString lessonsDir;
    QString startPage;   // empty: decided by the data (language, home, notice or error)
    QString language;    // empty: as remembered
    qreal textScale = 0; // 0: as remembered
    QString theme;       // empty: as remembered
    QString font;        // empty: as remembered
    // Runs after the data is open and before the UI loads (screenshots add sample data here).
    std::function<QString(Workspace &)> prepareData;
    // What the error page tells staff when the data gave no reason (screenshots show a sample).
    QString problemDetails;
    Presets presets; // what IT set for this PC: kiosk, "Just looking", values staff cannot change
};

// Starts the graphical app: opens the data folder, then loads the QML UI. Used by main, the
// screenshot mode and the end-to-end tests, so all three run exactly the same start-up.
class GuiApp : public QObject {
    Q_OBJECT

public:
    explicit GuiApp(QObject *parent = nullptr);
    ~GuiApp() override;

    // False when the QML could not be loaded (a build problem, not a user problem).
    bool start(const GuiOptions &options);
    // The QML singletons (Session, Home, Profile, Staff...), once started.
    UiSingletons &ui() const { return *m_ui; }

    QQuickWindow *window() const;
    Preferences *preferences() const { return m_preferences.get(); }
    Workspace &workspace() { return *m_workspace; }

private:
    // OpenDyslexic and Atkinson Hyperlegible from the app's resources (qml/fonts), once.
    static void registerBundledFonts();
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<UiSingletons> m_ui;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace OpenSteps
