// SPDX-License-Identifier: GPL-3.0-or-later
#include "Staff.h"

#include "HubIdentity.h"
#include "HubSetup.h"
#include "Session.h"
#include "Workspace.h"

#include <QPointer>

namespace OpenSteps {

namespace {
QPointer<Staff> g_instance;
} // namespace

Staff::Staff(Workspace *workspace, Session &session, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session) {
    // Who may see the accounts changes with who is signed in.
    connect(&m_session, &Session::helperChanged, this, &Staff::accountsChanged);
    // The learner being helped leaves: the help ends with them.
    connect(&m_session, &Session::leaving, this, [this](qint64 learnerId) {
        if (m_help.id != 0 && m_help.learnerId == learnerId)
            stopHelping();
    });
}

Staff::~Staff() {
    // Nobody can be helped by a PC that is closing.
    if (m_workspace && m_help.id != 0)
        m_workspace->helpSessions().end(m_help.id);
}

Staff *Staff::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Staff::setInstance(Staff *instance) {
    g_instance = instance;
}

bool Staff::hasHelpers() const {
    return m_workspace && m_workspace->helpers().count() > 0;
}

bool Staff::hubSetupPossible() const {
    return m_workspace && HubSetup(*m_workspace).possible();
}

QVariantList Staff::helperAccounts() const {
    QVariantList list;
    if (!m_workspace || !m_session.isStaff())
        return list;
    for (const Helper &helper : m_workspace->helpers().all())
        list.append(QVariantMap{{QStringLiteral("name"), helper.name},
                                {QStringLiteral("role"), helper.role}});
    return list;
}

int Staff::idleMinutes() const {
    return m_session.idleMinutes();
}

QVariant Staff::setUpHub(const QVariantMap &form) {
    const auto text = [&form](const char *key) {
        return form.value(QString::fromLatin1(key)).toString();
    };
    HubSetup::Result result;
    if (m_workspace) {
        result = HubSetup(*m_workspace)
                     .save({text("hubName"), text("hubId"), text("lrsAddress"), text("staffName"),
                            text("passphrase"), text("passphraseAgain")});
    } else {
        //: Set-up page: the PC's data could not be opened at start
        result.problem = tr("The saved data cannot be used, so nothing can be saved.");
    }
    if (result.ok())
        Q_EMIT accountsChanged();
    return QVariantMap{{QStringLiteral("problem"), result.problem},
                       {QStringLiteral("field"), HubSetup::fieldName(result.field)}};
}

bool Staff::skipHubSetup() {
    return m_workspace && HubSetup(*m_workspace).skip();
}

QString Staff::suggestHubId(const QString &hubName) {
    return HubIdentity::suggestId(hubName);
}

QString Staff::addHelper(const QString &name, const QString &role, const QString &passphrase,
                         const QString &passphraseAgain) {
    if (!m_workspace || !m_session.isStaff())
        //: Helper page: only staff may add volunteer and staff accounts
        return tr("Only staff can add accounts.");
    QString problem = HelperStore::passphraseProblem(passphrase, passphraseAgain);
    if (problem.isEmpty() && !m_workspace->helpers().add(name, role, passphrase, &problem))
        return problem;
    if (problem.isEmpty())
        Q_EMIT accountsChanged();
    return problem;
}

bool Staff::resetPin(qint64 learnerId) {
    if (!m_workspace || m_session.helperName().isEmpty() ||
        !m_workspace->pins().resetPin(learnerId))
        return false;
    m_session.learnersHaveChanged();
    return true;
}

bool Staff::setIdleMinutes(int minutes) {
    if (!m_workspace || !m_session.isStaff() || minutes < 1 || minutes > 120)
        return false;
    if (!m_workspace->settings().setValue(QLatin1String(Session::kIdleMinutesKey),
                                          QString::number(minutes)))
        return false;
    m_session.applyIdleMinutes();
    Q_EMIT idleMinutesChanged();
    return true;
}

bool Staff::startHelping(qint64 learnerId) {
    if (!m_workspace || m_session.helperId() == 0)
        return false;
    const auto learner = m_workspace->learners().find(learnerId);
    if (!learner)
        return false;
    if (m_help.id != 0)
        m_workspace->helpSessions().end(m_help.id);
    const qint64 session = m_workspace->helpSessions().start(m_session.helperId(), learnerId);
    m_help = session != 0 ? HelpSession{session, learnerId, learner->name, m_session.helperName()}
                          : HelpSession{};
    Q_EMIT helpingChanged();
    return session != 0;
}

bool Staff::stopHelping() {
    if (!m_workspace || m_help.id == 0)
        return false;
    const bool ended = m_workspace->helpSessions().end(m_help.id);
    m_help = {};
    Q_EMIT helpingChanged();
    return ended;
}

} // namespace OpenSteps
