// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdleWatch.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

namespace OpenSteps {

class Preferences;
class Workspace;

// Who is at the PC: nobody, a learner (signed in with their PIN), a guest ("Just looking") or
// a newcomer making a profile; and a helper signed in beside them. Switches Preferences to the
// person's own settings, and signs everyone out when nobody answers "Are you still there?".
// One instance per run, owned by GuiApp.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString problemDetails READ problemDetails CONSTANT)
    Q_PROPERTY(bool hasLearner READ hasLearner NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerName READ learnerName NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerAvatar READ learnerAvatar NOTIFY learnerChanged)
    // "Just looking": no profile, nothing saved.
    Q_PROPERTY(bool guest READ guest NOTIFY learnerChanged)
    // Signing in: the learners' tiles, {id, name, avatar, pinKind ("digits", "pictures" or "")}.
    Q_PROPERTY(QVariantList learners READ learners NOTIFY learnersChanged)
    Q_PROPERTY(QStringList pinPictures READ pinPictures CONSTANT)
    // The data folder holds made-up learners (opensteps demo-data): the top bar says so.
    Q_PROPERTY(bool demoData READ demoData CONSTANT)
    // A volunteer or staff member signed in on the helper page (empty when none).
    Q_PROPERTY(QString helperName READ helperName NOTIFY helperChanged)
    Q_PROPERTY(QString helperRole READ helperRole NOTIFY helperChanged)
    // "Are you still there?" after the idle time staff set (Staff.idleMinutes).
    Q_PROPERTY(bool idlePromptShown READ idlePromptShown NOTIFY idlePromptShownChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)

public:
    // `workspace` is null when the database could not be opened: the app then only explains.
    Session(Workspace *workspace, Preferences &preferences, QString startPage,
            QString problemDetails, QObject *parent = nullptr);

    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Session *instance);

    QString startPage() const { return m_startPage; }
    QString problemDetails() const { return m_problemDetails; }
    bool hasLearner() const { return m_learnerId != 0; }
    qint64 learnerId() const { return m_learnerId; }
    QString learnerName() const { return m_learnerName; }
    QString learnerAvatar() const { return m_learnerAvatar; }
    bool guest() const { return m_guest; }
    QVariantList learners() const;
    static QStringList pinPictures();
    bool demoData() const;
    QString helperName() const { return m_helper.name; }
    QString helperRole() const { return m_helper.role; }
    qint64 helperId() const { return m_helper.id; }
    bool isStaff() const { return m_helper.role == QLatin1String("staff"); }
    bool idlePromptShown() const { return m_idle.promptShown(); }
    int idleSecondsLeft() const { return m_idle.secondsLeft(); }

    // The idle time staff set (setting idle_minutes), or kDefaultIdleMinutes.
    int idleMinutes() const;
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kIdleAnswerSeconds = 60;
    static constexpr auto kIdleMinutesKey = "idle_minutes";

    // A map {result: "signed-in" | "wrong" | "locked" | "no-pin" | "unknown", triesLeft}
    // (as a QVariant, which QML tooling treats as a plain JavaScript object).
    Q_INVOKABLE QVariant signInWithPin(qint64 learnerId, const QString &pin);
    // Seconds left of the pause after too many wrong PINs; 0 when the learner may try.
    Q_INVOKABLE int secondsLocked(qint64 learnerId) const;
    // For a learner without a PIN (made before PINs, or reset by a helper): sets it, signs in.
    Q_INVOKABLE bool choosePin(qint64 learnerId, const QString &pinKind, const QString &pin);
    // "Just looking"; false (and nobody changes) where IT does not allow it (Deployment).
    Q_INVOKABLE bool startGuest();
    void setGuestAllowed(bool allowed) { m_guestAllowed = allowed; }
    // "I am new here": what the newcomer chooses (language, text size...) is kept aside and
    // becomes theirs when the profile is made; leaving without a profile changes nothing.
    Q_INVOKABLE void beginNewProfile();
    // Everything is already saved step by step; this only forgets who is here.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void stillHere();
    // Helpers: {result: "signed-in" | "wrong" | "locked" | "unknown"}.
    Q_INVOKABLE QVariant helperSignIn(const QString &name, const QString &passphrase);
    Q_INVOKABLE void helperSignOut();
    // QML reports each page it shows, for the start-up probe and screenshots.
    Q_INVOKABLE void pageShown(const QString &name);

    // Signs the learner in (after their PIN, or when their new profile is saved).
    void signIn(qint64 learnerId);
    // The tiles are read again (a learner added, deleted, or their PIN reset).
    void learnersHaveChanged();
    // Reads the idle time again (staff changed it).
    void applyIdleMinutes();
    // The watch behind "Are you still there?" (tests give it shorter times).
    IdleWatch &idleWatch() { return m_idle; }

Q_SIGNALS:
    void learnerChanged();
    void learnersChanged();
    void helperChanged();
    void idlePromptShownChanged();
    void idleSecondsLeftChanged();
    void pageActivated(const QString &name);
    // Nobody answered "Are you still there?": the learner is signed out.
    void signedOutForIdle();
    // Whoever is here is about to leave (signing out, or making way for a guest or a
    // newcomer): `learnerId` is the learner's, 0 for none.
    void leaving(qint64 learnerId);

private:
    void useScratchPreferences();

    Workspace *m_workspace;
    Preferences &m_preferences;
    QString m_startPage;
    QString m_problemDetails;
    qint64 m_learnerId = 0;
    QString m_learnerName;
    QString m_learnerAvatar;
    bool m_guest = false;
    bool m_guestAllowed = true;
    mutable std::optional<QVariantList> m_learnerTiles; // learners(), until learnersHaveChanged()
    struct SignedInHelper {
        QString name;
        QString role;
        qint64 id = 0;
    } m_helper;
    IdleWatch m_idle;
};

} // namespace OpenSteps
