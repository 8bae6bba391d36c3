// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Presets.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>

namespace OpenSteps {

class Dashboard;
class Deployment;
class Home;
class MyProgress;
class Preferences;
class Profile;
class ReadAloud;
class Session;
class SpeechEngine;
class Staff;
class SyncPanel;
class Workspace;

// The QML singletons made in C++ (all but Preferences, made first, and Routes, which makes
// itself), in the order they depend on each other, and handed to their create() functions;
// the app (GuiApp) and the QML tests make them the same way. Destroyed after the QML engine,
// in reverse order.
class UiSingletons {
public:
    struct Options {
        QString startPage;      // empty: decided by the data
        QString problemDetails; // what the error page tells staff
        std::unique_ptr<SpeechEngine> speech;
        std::function<QDate()> today; // the dashboard's "today"; empty: the real date
        Presets presets;              // what IT set for this PC (none in tests)
    };
    // `workspace` is null when the database could not be opened.
    UiSingletons(Workspace *workspace, Preferences &preferences, Options options);
    ~UiSingletons();

    Session &session() const { return *m_session; }
    Home &home() const { return *m_home; }
    Profile &profile() const { return *m_profile; }
    Staff &staff() const { return *m_staff; }
    MyProgress &progress() const { return *m_progress; }
    SyncPanel &sync() const { return *m_sync; }
    Dashboard &dashboard() const { return *m_dashboard; }
    ReadAloud &readAloud() const { return *m_readAloud; }
    Deployment &deployment() const { return *m_deployment; }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Home> m_home;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Staff> m_staff;
    std::unique_ptr<MyProgress> m_progress;
    std::unique_ptr<SyncPanel> m_sync;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<ReadAloud> m_readAloud;
    std::unique_ptr<Deployment> m_deployment;
};

} // namespace OpenSteps
