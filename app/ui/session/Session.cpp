// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "DemoFlag.h"
#include "HubSetup.h"
#include "Preferences.h"
#include "Workspace.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

namespace OpenSteps {

namespace {
QPointer<Session> g_instance;

QString attemptName(SignInAttempt::Result result) {
    switch (result) {
    case SignInAttempt::Result::SignedIn:
        return QStringLiteral("signed-in");
    case SignInAttempt::Result::Wrong:
        return QStringLiteral("wrong");
    case SignInAttempt::Result::Locked:
        return QStringLiteral("locked");
    case SignInAttempt::Result::NoPin:
        return QStringLiteral("no-pin");
    case SignInAttempt::Result::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QVariant attemptMap(const SignInAttempt &attempt) {
    return QVariantMap{{QStringLiteral("result"), attemptName(attempt.result)},
                       {QStringLiteral("triesLeft"), attempt.triesLeft}};
}
} // namespace

Session::Session(Workspace *workspace, Preferences &preferences, QString startPage,
                 QString problemDetails, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
    , m_startPage(std::move(startPage))
    , m_problemDetails(std::move(problemDetails)) {
    // On a shared PC nobody is signed in at start: each learner picks their tile and PIN.
    // A new PC first offers the hub set-up (HubSetup::offerAtStart has the rule).
    if (m_startPage.isEmpty())
        m_startPage = !m_workspace                               ? QStringLiteral("error")
                      : HubSetup(*m_workspace).offerAtStart()    ? QStringLiteral("setup")
                      : !m_workspace->learners().all().isEmpty() ? QStringLiteral("sign-in")
                                                                 : QStringLiteral("language");
    applyIdleMinutes();
    connect(&m_idle, &IdleWatch::promptShownChanged, this, &Session::idlePromptShownChanged);
    connect(&m_idle, &IdleWatch::secondsLeftChanged, this, &Session::idleSecondsLeftChanged);
    connect(&m_idle, &IdleWatch::timedOut, this, [this] {
        helperSignOut();
        signOut();
        Q_EMIT signedOutForIdle();
    });
    // A learner's language is theirs: remembered with their profile.
    connect(&m_preferences, &Preferences::languageChanged, this, [this] {
        if (m_workspace && hasLearner())
            m_workspace->learners().setLanguage(m_learnerId, m_preferences.language());
    });
}

Session *Session::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Session::setInstance(Session *instance) {
    g_instance = instance;
}

QVariantList Session::learners() const {
    // Read once per change (many bindings look at it; each read is a query per learner).
    if (m_learnerTiles)
        return *m_learnerTiles;
    QVariantList &list = m_learnerTiles.emplace();
    if (!m_workspace)
        return list;
    for (const Learner &learner : m_workspace->learners().all()) {
        list.append(QVariantMap{{QStringLiteral("id"), learner.id},
                                {QStringLiteral("name"), learner.name},
                                {QStringLiteral("avatar"), learner.avatar},
                                {QStringLiteral("pinKind"),
                                 PinStore::kindName(m_workspace->pins().pinKind(learner.id))}});
    }
    return list;
}

void Session::learnersHaveChanged() {
    // Forget the tiles first: QML reads them again as soon as it hears of the change.
    m_learnerTiles.reset();
    Q_EMIT learnersChanged();
}

QStringList Session::pinPictures() {
    return PinStore::pictures();
}

bool Session::demoData() const {
    return m_workspace && DemoFlag::isSet(m_workspace->settings());
}

int Session::idleMinutes() const {
    const int minutes =
        m_workspace ? m_workspace->settings().value(QLatin1String(kIdleMinutesKey)).toInt() : 0;
    return minutes > 0 ? minutes : kDefaultIdleMinutes;
}

void Session::applyIdleMinutes() {
    m_idle.setTimes(idleMinutes() * 60'000, kIdleAnswerSeconds * 1000);
}

QVariant Session::signInWithPin(qint64 learnerId, const QString &pin) {
    if (!m_workspace)
        return QVariantMap{{QStringLiteral("result"), QStringLiteral("unknown")}};
    const SignInAttempt attempt = m_workspace->pins().signIn(learnerId, pin);
    if (attempt.result == SignInAttempt::Result::SignedIn)
        signIn(learnerId);
    return attemptMap(attempt);
}

int Session::secondsLocked(qint64 learnerId) const {
    const auto until = m_workspace ? m_workspace->pins().lockedUntil(learnerId) : std::nullopt;
    if (!until)
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(*until);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

bool Session::choosePin(qint64 learnerId, const QString &pinKind, const QString &pin) {
    if (!m_workspace || m_workspace->pins().pinKind(learnerId) != PinKind::None ||
        !m_workspace->pins().setPin(learnerId, PinStore::kindFromName(pinKind), pin))
        return false;
    learnersHaveChanged();
    signIn(learnerId);
    return true;
}

bool Session::startGuest() {
    if (!m_guestAllowed)
        return false;
    signOut();
    m_guest = true;
    useScratchPreferences();
    m_idle.setWatching(true);
    Q_EMIT learnerChanged();
    return true;
}

void Session::useScratchPreferences() {
    // Changes last until the person leaves; the PC keeps its own.
    auto changes = std::make_shared<QHash<QString, QString>>();
    const Preferences::Store pc = m_preferences.pcStore();
    m_preferences.useStore(
        {[changes, pc](const QString &key) { return changes->value(key, pc.value(key)); },
         [changes](const QString &key, const QString &value) { changes->insert(key, value); }});
    m_preferences.setLanguageIsPcs(false);
}

void Session::beginNewProfile() {
    signOut();
    useScratchPreferences();
}

void Session::signOut() {
    m_idle.setWatching(!m_helper.name.isEmpty());
    Q_EMIT leaving(m_learnerId);
    if (!hasLearner() && !m_guest) {
        // A newcomer who left before making a profile: back to the PC's settings.
        m_preferences.useStore(m_preferences.pcStore());
        m_preferences.setLanguageIsPcs(true);
        m_preferences.setLanguage(m_preferences.pcLanguage());
        return;
    }
    m_learnerId = 0;
    m_guest = false;
    m_learnerName.clear();
    m_learnerAvatar.clear();
    m_preferences.useStore(m_preferences.pcStore());
    m_preferences.setLanguageIsPcs(true);
    m_preferences.setLanguage(m_preferences.pcLanguage());
    Q_EMIT learnerChanged();
}

void Session::stillHere() {
    m_idle.stillHere();
}

QVariant Session::helperSignIn(const QString &name, const QString &passphrase) {
    if (!m_workspace)
        return QVariantMap{{QStringLiteral("result"), QStringLiteral("unknown")}};
    const SignInAttempt attempt = m_workspace->helpers().signIn(name, passphrase);
    if (attempt.result == SignInAttempt::Result::SignedIn) {
        if (const auto helper = m_workspace->helpers().find(name))
            m_helper = {helper->name, helper->role, helper->id};
        // A helper who walks away is asked, then signed out, like a learner.
        m_idle.setWatching(true);
        Q_EMIT helperChanged();
    }
    return attemptMap(attempt);
}

void Session::helperSignOut() {
    if (m_helper.name.isEmpty())
        return;
    m_helper = {};
    if (!hasLearner() && !m_guest)
        m_idle.setWatching(false);
    Q_EMIT helperChanged();
}

void Session::signIn(qint64 learnerId) {
    const auto learner = m_workspace->learners().find(learnerId);
    if (!learner)
        return;
    m_guest = false;
    m_learnerId = learner->id;
    m_learnerName = learner->name;
    m_learnerAvatar = learner->avatar;
    m_workspace->learners().markSeen(learner->id);
    m_preferences.setLanguageIsPcs(false);
    // Their own text size, colours, font and voice; what they never set follows the PC.
    LearnerSettings &own = m_workspace->learnerSettings();
    const Preferences::Store pc = m_preferences.pcStore();
    const qint64 id = learner->id;
    m_preferences.useStore(
        {[&own, pc, id](const QString &key) { return own.value(id, key, pc.value(key)); },
         [&own, id](const QString &key, const QString &value) { own.setValue(id, key, value); }});
    if (!learner->language.isEmpty())
        m_preferences.setLanguage(learner->language);
    m_idle.setWatching(true);
    Q_EMIT learnerChanged();
}

void Session::pageShown(const QString &name) {
    Q_EMIT pageActivated(name);
}

} // namespace OpenSteps
