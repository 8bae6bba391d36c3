// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "Home.h"
#include "Preferences.h"
#include "Session.h"
#include "Workspace.h"

#include <QPointer>

namespace OpenSteps {

namespace {
QPointer<Profile> g_instance;
} // namespace

Profile::Profile(Workspace *workspace, Session &session, Home &home, Preferences &preferences,
                 QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_home(home)
    , m_preferences(preferences) {
    // Whoever comes or goes, the answers shown are theirs.
    connect(&m_session, &Session::learnerChanged, this, &Profile::sharingChanged);
}

Profile *Profile::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Profile::setInstance(Profile *instance) {
    g_instance = instance;
}

bool Profile::createProfile(const QString &name, const QString &avatar, const QString &pinKind,
                            const QString &pin, const QVariantMap &sharing) {
    const PinKind kind = PinStore::kindFromName(pinKind);
    if (!m_workspace || !PinStore::isValid(kind, pin))
        return false;
    std::optional<Learner> learner;
    const bool saved = m_workspace->database().inTransaction([&] {
        learner = m_workspace->learners().create(name, avatar, m_preferences.language());
        if (!learner || !m_workspace->pins().setPin(learner->id, kind, pin))
            return false;
        // What they chose before the profile existed (the first-start settings) is theirs.
        const QHash<QString, QString> chosen = m_preferences.values();
        for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
            if (!m_workspace->learnerSettings().setValue(learner->id, it.key(), it.value()))
                return false;
        }
        // Their answer to "Share your progress?", when they were asked.
        return sharing.isEmpty() || saveSharing(learner->id, sharing);
    });
    if (!saved)
        return false;
    m_session.learnersHaveChanged();
    m_session.signIn(learner->id);
    return true;
}

bool Profile::saveSharing(qint64 learnerId, const QVariantMap &sharing) {
    SharingStore &store = m_workspace->sharing();
    const bool share = sharing.value(QStringLiteral("share")).toBool();
    if (!store.setConsent(learnerId, share))
        return false;
    // The optional answers go only with a yes (and are checked there: a wrong one is a bug).
    return !share ||
           (store.setAgeBand(learnerId, sharing.value(QStringLiteral("ageBand")).toString()) &&
            store.setPostcodeDistrict(
                learnerId, sharing.value(QStringLiteral("postcodeDistrict")).toString()) &&
            store.setPreferredLanguage(
                learnerId, sharing.value(QStringLiteral("preferredLanguage")).toString()));
}

QString Profile::sharingChoice() const {
    if (!m_workspace || !m_session.hasLearner())
        return {};
    const std::optional<bool> consent = m_workspace->sharing().consent(m_session.learnerId());
    return !consent ? QString() : *consent ? QStringLiteral("yes") : QStringLiteral("no");
}

QString Profile::ageBand() const {
    return m_workspace && m_session.hasLearner()
               ? m_workspace->sharing().ageBand(m_session.learnerId())
               : QString();
}

QString Profile::postcodeDistrict() const {
    return m_workspace && m_session.hasLearner()
               ? m_workspace->sharing().postcodeDistrict(m_session.learnerId())
               : QString();
}

QString Profile::preferredLanguage() const {
    return m_workspace && m_session.hasLearner()
               ? m_workspace->sharing().preferredLanguage(m_session.learnerId())
               : QString();
}

QStringList Profile::ageBands() {
    return SharingStore::ageBands();
}

QVariantList Profile::preferredLanguages() {
    QVariantList list;
    for (const SharingStore::Language &language : SharingStore::preferredLanguages())
        list.append(QVariantMap{{QStringLiteral("code"), language.code},
                                {QStringLiteral("name"), language.name}});
    return list;
}

QStringList Profile::checkinOutcomes() {
    QStringList ids;
    for (const CheckinStore::Outcome &outcome : CheckinStore::outcomes())
        ids << outcome.id;
    return ids;
}

bool Profile::answerSharing(const QVariantMap &sharing) {
    if (!m_workspace || !m_session.hasLearner() || !m_workspace->database().inTransaction([&] {
            return saveSharing(m_session.learnerId(), sharing);
        }))
        return false;
    Q_EMIT sharingChanged();
    m_home.refreshProgress(); // the progress code carries the pseudonym with a yes only
    return true;
}

bool Profile::setSharing(bool share) {
    if (!m_workspace || !m_session.hasLearner() ||
        !m_workspace->sharing().setConsent(m_session.learnerId(), share))
        return false;
    Q_EMIT sharingChanged();
    m_home.refreshProgress(); // the progress code carries the pseudonym with a yes only
    return true;
}

bool Profile::setSharingAnswer(bool (SharingStore::*set)(qint64, const QString &),
                               const QString &value) {
    // Optional answers only travel with consent, so they are only kept with it.
    if (!m_workspace || sharingChoice() != QLatin1String("yes") ||
        !(m_workspace->sharing().*set)(m_session.learnerId(), value))
        return false;
    Q_EMIT sharingChanged();
    return true;
}

bool Profile::setAgeBand(const QString &band) {
    return setSharingAnswer(&SharingStore::setAgeBand, band);
}

bool Profile::setPostcodeDistrict(const QString &typed) {
    return setSharingAnswer(&SharingStore::setPostcodeDistrict, typed);
}

bool Profile::setPreferredLanguage(const QString &code) {
    return setSharingAnswer(&SharingStore::setPreferredLanguage, code);
}

QString Profile::postcodeProblem(const QString &typed) {
    switch (SharingStore::checkPostcode(typed)) {
    case SharingStore::Postcode::Empty:
    case SharingStore::Postcode::District:
        return {};
    case SharingStore::Postcode::FullPostcode:
        return QStringLiteral("full");
    case SharingStore::Postcode::NotADistrict:
        break;
    }
    return QStringLiteral("invalid");
}

bool Profile::deleteMyData() {
    if (!m_workspace || !m_session.hasLearner() ||
        !m_workspace->deleteLearner(m_session.learnerId()))
        return false;
    // Gone from the PC: nobody is signed in, and their tile is gone.
    m_session.signOut();
    m_session.learnersHaveChanged();
    return true;
}

bool Profile::saveCheckin(const QStringList &outcomeIds) {
    const QString due = m_home.checkinDue();
    if (!m_workspace || !m_session.hasLearner() || due.isEmpty() ||
        !m_workspace->checkins().save(m_session.learnerId(), due, outcomeIds))
        return false;
    m_home.refreshProgress();
    return true;
}

} // namespace OpenSteps
