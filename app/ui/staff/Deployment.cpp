// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deployment.h"

#include "HelperStore.h"
#include "Session.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QStringList>

namespace OpenSteps {

namespace {
Deployment *g_instance = nullptr;
Q_LOGGING_CATEGORY(lcKiosk, "opensteps.kiosk")
} // namespace

Deployment::Deployment(Workspace *workspace, Session &session, Presets presets, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_presets(std::move(presets)) {}

Deployment *Deployment::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Deployment::setInstance(Deployment *instance) {
    g_instance = instance;
}

bool Deployment::guestAllowed() const {
    const QString allowed =
        m_workspace ? m_workspace->settings().value(QLatin1String(Presets::kGuestAllowedSetting))
                    : QString();
    if (allowed == QLatin1String("true") || allowed == QLatin1String("false"))
        return allowed == QLatin1String("true");
    return !kiosk();
}

QString Deployment::problems() const {
    QStringList lines;
    for (const Presets::Problem &problem : m_presets.problems())
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

QString Deployment::dataDir() const {
    return m_workspace ? m_workspace->dataDir() : QString();
}

QString Deployment::survivalWarning() const {
    return m_workspace ? m_presets.survivalWarning(m_workspace->dataDir()) : QString();
}

bool Deployment::mayClose() const {
    return m_closing || !kiosk() || m_session.isStaff();
}

bool Deployment::requestClose(const QString &how) {
    if (mayClose())
        return true;
    qCInfo(lcKiosk).noquote()
        << QStringLiteral("kiosk: refused to close (%1): staff must close it").arg(how);
    return false;
}

bool Deployment::quit() {
    if (!mayClose()) {
        qCInfo(lcKiosk) << "kiosk: closing refused: no staff signed in";
        return false;
    }
    m_closing = true;
    Q_EMIT quitRequested();
    return true;
}

QString Deployment::quitAsStaff(const QString &name, const QString &passphrase) {
    if (!m_workspace)
        return QStringLiteral("wrong");
    const SignInAttempt attempt = m_workspace->helpers().signIn(name, passphrase);
    if (attempt.result != SignInAttempt::Result::SignedIn) {
        qCInfo(lcKiosk) << "kiosk: closing refused: a wrong name or passphrase";
        return attempt.result == SignInAttempt::Result::Locked ? QStringLiteral("locked")
                                                               : QStringLiteral("wrong");
    }
    const auto helper = m_workspace->helpers().find(name);
    if (!helper || helper->role != QLatin1String("staff")) {
        qCInfo(lcKiosk) << "kiosk: closing refused: not a staff account";
        return QStringLiteral("not-staff");
    }
    qCInfo(lcKiosk) << "kiosk: closed by staff";
    m_closing = true;
    Q_EMIT quitRequested();
    return QStringLiteral("closed");
}

} // namespace OpenSteps
