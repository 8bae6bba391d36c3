// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSingletons.h"

#include "Dashboard.h"
#include "Deployment.h"
#include "Home.h"
#include "MyProgress.h"
#include "Preferences.h"
#include "Profile.h"
#include "ReadAloud.h"
#include "Session.h"
#include "Staff.h"
#include "SyncPanel.h"

namespace OpenSteps {

UiSingletons::UiSingletons(Workspace *workspace, Preferences &preferences, Options options)
    : m_session(std::make_unique<Session>(workspace, preferences, options.startPage,
                                          options.problemDetails))
    , m_home(std::make_unique<Home>(workspace, *m_session, preferences))
    , m_profile(std::make_unique<Profile>(workspace, *m_session, *m_home, preferences))
    , m_staff(std::make_unique<Staff>(workspace, *m_session))
    , m_progress(std::make_unique<MyProgress>(workspace, *m_session, *m_home))
    , m_sync(std::make_unique<SyncPanel>(workspace))
    , m_dashboard(std::make_unique<Dashboard>(workspace, *m_session, std::move(options.today)))
    , m_readAloud(std::make_unique<ReadAloud>(std::move(options.speech)))
    , m_deployment(
          std::make_unique<Deployment>(workspace, *m_session, std::move(options.presets))) {
    m_session->setGuestAllowed(m_deployment->guestAllowed());
    Session::setInstance(m_session.get());
    Home::setInstance(m_home.get());
    Profile::setInstance(m_profile.get());
    Staff::setInstance(m_staff.get());
    MyProgress::setInstance(m_progress.get());
    SyncPanel::setInstance(m_sync.get());
    Dashboard::setInstance(m_dashboard.get());
    ReadAloud::setInstance(m_readAloud.get());
    Deployment::setInstance(m_deployment.get());
}

UiSingletons::~UiSingletons() {
    Session::setInstance(nullptr);
    Home::setInstance(nullptr);
    Profile::setInstance(nullptr);
    Staff::setInstance(nullptr);
    MyProgress::setInstance(nullptr);
    SyncPanel::setInstance(nullptr);
    Dashboard::setInstance(nullptr);
    ReadAloud::setInstance(nullptr);
    Deployment::setInstance(nullptr);
    // Members go in reverse order: what reads the session goes before it.
}

} // namespace OpenSteps
