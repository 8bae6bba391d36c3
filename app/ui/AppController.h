// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperStore.h"
#include "IdleWatch.h"
#include "LearnerStore.h"
#include "LessonListModel.h"
#include "LessonRunner.h"
#include "SkillsCheckSession.h"

#include <QObject>
#include <QQmlEngine>
#include <optional>

namespace OpenSteps {

class Preferences;
class SharingStore;
class Workspace;

// The learner's journey as QML sees it: who is here, which page comes first, the lessons with
// their progress, and the lesson in progress. One instance per run, owned by GuiApp.
class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString problemDetails READ problemDetails CONSTANT)
    Q_PROPERTY(bool hasLearner READ hasLearner NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerName READ learnerName NOTIFY learnerChanged)
    Q_PROPERTY(QString learnerAvatar READ learnerAvatar NOTIFY learnerChanged)
    Q_PROPERTY(OpenSteps::LessonListModel *lessons READ lessons CONSTANT)
    Q_PROPERTY(OpenSteps::LessonRunner *lesson READ lesson CONSTANT)
    Q_PROPERTY(QString resumeLessonId READ resumeLessonId NOTIFY progressChanged)
    Q_PROPERTY(QString resumeLessonTitle READ resumeLessonTitle NOTIFY progressChanged)
    Q_PROPERTY(int resumeStepNumber READ resumeStepNumber NOTIFY progressChanged)
    Q_PROPERTY(int resumeStepCount READ resumeStepCount NOTIFY progressChanged)
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    Q_PROPERTY(
        OpenSteps::SkillsCheckSession *skillsCheck READ skillsCheck NOTIFY skillsCheckChanged)
    Q_PROPERTY(bool skillsCheckDue READ skillsCheckDue NOTIFY progressChanged)
    Q_PROPERTY(int skillsChecksDone READ skillsChecksDone NOTIFY progressChanged)
    // "My path": the next few unfinished lessons the skills check put first (besides the one
    // to continue), {id, title, summary, stepCount, stepsDone}. Empty before a skills check.
    Q_PROPERTY(QVariantList pathLessons READ pathLessons NOTIFY progressChanged)
    // Signing in: the learners' tiles, {id, name, avatar, pinKind ("digits", "pictures" or "")}.
    Q_PROPERTY(QVariantList learners READ learners NOTIFY learnersChanged)
    Q_PROPERTY(QStringList pinPictures READ pinPictures CONSTANT)
    // "Just looking": no profile, nothing saved.
    Q_PROPERTY(bool guest READ guest NOTIFY learnerChanged)
    // The data folder holds made-up learners (opensteps demo-data): the top bar says so.
    Q_PROPERTY(bool demoData READ demoData CONSTANT)
    // A volunteer or staff member signed in on the helper page (empty when none).
    Q_PROPERTY(QString helperName READ helperName NOTIFY helperChanged)
    Q_PROPERTY(QString helperRole READ helperRole NOTIFY helperChanged)
    Q_PROPERTY(bool hasHelpers READ hasHelpers NOTIFY helperChanged)
    // No staff account yet: the hub can be set up (the set-up page makes the first one).
    Q_PROPERTY(bool hubSetupPossible READ hubSetupPossible NOTIFY helperChanged)
    // For staff signed in: every volunteer and staff account, {name, role}, by name (empty for
    // anybody else).
    Q_PROPERTY(QVariantList helperAccounts READ helperAccounts NOTIFY helperChanged)
    Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)
    // "Are you still there?" after idleMinutes without use (staff set it; default 10).
    Q_PROPERTY(int idleMinutes READ idleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(bool idlePromptShown READ idlePromptShown NOTIFY idlePromptShownChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)
    // The signed-in learner's answer to "Share your progress?": "yes", "no", or "" when never
    // asked (and when nobody is signed in); with the optional answers ("" for none).
    Q_PROPERTY(QString sharingChoice READ sharingChoice NOTIFY sharingChanged)
    Q_PROPERTY(QString ageBand READ ageBand NOTIFY sharingChanged)
    Q_PROPERTY(QString postcodeDistrict READ postcodeDistrict NOTIFY sharingChanged)
    Q_PROPERTY(QString preferredLanguage READ preferredLanguage NOTIFY sharingChanged)
    // The choices for the optional answers: age bands ("16-24"...), and languages as
    // {code, name} with each name written in the language itself.
    Q_PROPERTY(QStringList ageBands READ ageBands CONSTANT)
    Q_PROPERTY(QVariantList preferredLanguages READ preferredLanguages CONSTANT)
    // The "What has changed for you?" check-in: the first milestone due for the signed-in
    // learner ("foundation" or "four-weeks"; "" when none, and always for a guest), and the
    // outcome ids the learner may choose from (CheckinStore::outcomes(), in its order).
    Q_PROPERTY(QString checkinDue READ checkinDue NOTIFY progressChanged)
    Q_PROPERTY(QStringList checkinOutcomes READ checkinOutcomes CONSTANT)
    // A volunteer or staff member helping a learner on this PC (HelpSessionStore): whether
    // somebody is being helped, the learner's name and the helper's name. The
    // session outlasts the helper page; it ends with "I have finished helping", when that
    // learner signs out, or when the app closes.
    Q_PROPERTY(bool helping READ helping NOTIFY helpingChanged)
    Q_PROPERTY(QString helpingLearnerName READ helpingLearnerName NOTIFY helpingChanged)
    Q_PROPERTY(QString helpingHelperName READ helpingHelperName NOTIFY helpingChanged)

public:
    // Pages QML can start on; "home" needs a learner.
    static const QStringList &pageNames();

    // `workspace` is null when the database could not be opened: the app then only explains.
    AppController(Workspace *workspace, Preferences &preferences, QString startPage,
                  QString problemDetails, QObject *parent = nullptr);
    ~AppController() override;

    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(AppController *instance);

    QString startPage() const { return m_startPage; }
    QString problemDetails() const { return m_problemDetails; }
    bool hasLearner() const { return m_learnerId != 0; }
    QString learnerName() const { return m_learnerName; }
    QString learnerAvatar() const { return m_learnerAvatar; }
    LessonListModel *lessons() const { return m_lessons; }
    LessonRunner *lesson() const { return m_runner; }
    QString resumeLessonId() const { return m_resumeLessonId; }
    QString resumeLessonTitle() const;
    int resumeStepNumber() const { return m_resumeStepNumber; }
    int resumeStepCount() const;
    static int maxNameLength() { return LearnerStore::kMaxNameLength; }
    SkillsCheckSession *skillsCheck() const { return m_skillsCheck; }
    bool skillsCheckDue() const { return m_skillsCheckDue; }
    int skillsChecksDone() const { return m_skillsChecksDone; }
    QVariantList learners() const;
    QVariantList pathLessons() const { return m_pathLessons; }
    static constexpr int kPathLength = 3;
    static QStringList pinPictures();
    bool guest() const { return m_guest; }
    bool demoData() const;
    QString helperName() const { return m_helper.name; }
    QString helperRole() const { return m_helper.role; }
    bool hasHelpers() const;
    bool hubSetupPossible() const;
    QVariantList helperAccounts() const;
    static int minPassphraseLength() { return HelperStore::kMinPassphraseLength; }
    int idleMinutes() const;
    bool idlePromptShown() const { return m_idle.promptShown(); }
    int idleSecondsLeft() const { return m_idle.secondsLeft(); }
    QString sharingChoice() const;
    QString ageBand() const;
    QString postcodeDistrict() const;
    QString preferredLanguage() const;
    static QStringList ageBands();
    static QVariantList preferredLanguages();
    QString checkinDue() const { return m_checkinDue; }
    static QStringList checkinOutcomes();
    bool helping() const { return m_help.id != 0; }
    qint64 helpingLearnerId() const { return m_help.learnerId; }
    QString helpingLearnerName() const { return m_help.learnerName; }
    QString helpingHelperName() const { return m_help.helperName; }

    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kIdleAnswerSeconds = 60;

    // Creates a profile from a first name or nickname, a picture and a PIN ("digits": 4
    // numbers, "pictures": 3 picture ids joined by ","), and signs it in. Nothing is made
    // unless all of it can be saved.
    Q_INVOKABLE bool createLearner(const QString &name, const QString &avatar,
                                   const QString &pinKind, const QString &pin);
    // The same, with the newcomer's answer to "Share your progress?": `sharing` is {share:
    // true|false, ageBand, postcodeDistrict, preferredLanguage}, the last three optional ("" or
    // missing for no answer). The answer is saved with the profile, or nothing is saved.
    Q_INVOKABLE bool createProfile(const QString &name, const QString &avatar,
                                   const QString &pinKind, const QString &pin,
                                   const QVariantMap &sharing);
    // The signed-in learner changes their answers (Settings). False when nothing was saved.
    Q_INVOKABLE bool setSharing(bool share);
    Q_INVOKABLE bool setAgeBand(const QString &band);
    Q_INVOKABLE bool setPostcodeDistrict(const QString &typed);
    Q_INVOKABLE bool setPreferredLanguage(const QString &code);
    // What is wrong with a typed postcode district: "" (nothing: a district, or left empty),
    // "full" (more than the first part, such as a whole postcode) or "invalid".
    Q_INVOKABLE static QString postcodeProblem(const QString &typed);
    // "Delete my data": removes the signed-in learner and everything about them from this PC
    // (voiding in the LRS whatever may have been sent), then signs out. False changes nothing.
    Q_INVOKABLE bool deleteMyData();
    // Saves the signed-in learner's check-in answer for the milestone in checkinDue: the
    // chosen outcome ids, or none for "none of these yet". False when nothing was saved.
    Q_INVOKABLE bool saveCheckin(const QStringList &outcomeIds);
    // Needs a helper signed in: they start helping the learner (ending any help session this
    // PC had open), or say they have finished.
    Q_INVOKABLE bool startHelping(qint64 learnerId);
    Q_INVOKABLE bool stopHelping();
    // A map {result: "signed-in" | "wrong" | "locked" | "no-pin" | "unknown", triesLeft}
    // (as a QVariant, which QML tooling treats as a plain JavaScript object).
    Q_INVOKABLE QVariant signInWithPin(qint64 learnerId, const QString &pin);
    // Seconds left of the pause after too many wrong PINs; 0 when the learner may try.
    Q_INVOKABLE int secondsLocked(qint64 learnerId) const;
    // For a learner without a PIN (made before PINs, or reset by a helper): sets it, signs in.
    Q_INVOKABLE bool choosePin(qint64 learnerId, const QString &pinKind, const QString &pin);
    Q_INVOKABLE void startGuest();
    // "I am new here": what the newcomer chooses (language, text size...) is kept aside and
    // becomes theirs when the profile is made; leaving without a profile changes nothing.
    Q_INVOKABLE void beginNewProfile();
    // Everything is already saved step by step; this only forgets who is here.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void stillHere();
    // Helpers: {result: "signed-in" | "wrong" | "locked" | "unknown"}.
    Q_INVOKABLE QVariant helperSignIn(const QString &name, const QString &passphrase);
    Q_INVOKABLE void helperSignOut();
    // Sets the hub up (HubSetup): `form` has hubName, hubId, lrsAddress (may be ""),
    // staffName, passphrase and passphraseAgain. Returns {problem, field}: problem "" when
    // all was saved, else what is wrong in words (and nothing was saved), with the form's key
    // of the box at fault ("" for none).
    Q_INVOKABLE QVariant setUpHub(const QVariantMap &form);
    // "Not now: use OpenSteps without setting up a hub": remembered.
    Q_INVOKABLE bool skipHubSetup();
    // The hub id suggested for a name ("Leeds Central Library" -> "leeds-central-library").
    Q_INVOKABLE static QString suggestHubId(const QString &hubName);
    // Needs staff signed in: adds a volunteer or staff account (the passphrase typed twice).
    // Returns "" when added, else what is wrong, in words.
    Q_INVOKABLE QString addHelper(const QString &name, const QString &role,
                                  const QString &passphrase, const QString &passphraseAgain);
    // Needs a helper signed in.
    Q_INVOKABLE bool resetPin(qint64 learnerId);
    // Needs staff signed in; 1 to 120 minutes.
    Q_INVOKABLE bool setIdleMinutes(int minutes);
    Q_INVOKABLE bool openLesson(const QString &lessonId);
    // Starts (or carries on with) a skills check; App.skillsCheck then holds it.
    Q_INVOKABLE bool startSkillsCheck();
    // QML reports each page it shows, for the start-up probe and screenshots.
    Q_INVOKABLE void pageShown(const QString &name);
    // What lessons may ask for in a simulation scene (SimulationScenes); scenes are tested on it.
    Q_INVOKABLE static QStringList sceneTargets(const QString &scene);

    qint64 learnerId() const { return m_learnerId; }
    // Re-reads the learner's progress (after each step, or a restored progress code).
    void refreshProgress();
    // Signs a learner in without their PIN: for the screenshot mode and tests only.
    void signInForTesting(qint64 learnerId) { signIn(learnerId); }
    // Shorter idle times for tests (the real ones come from the staff setting).
    void setIdleTimes(int idleMs, int answerMs) { m_idle.setTimes(idleMs, answerMs); }

Q_SIGNALS:
    void skillsCheckChanged();
    void learnerChanged();
    void progressChanged();
    void pageActivated(const QString &name);
    void learnersChanged();
    void helperChanged();
    void idleMinutesChanged();
    void idlePromptShownChanged();
    void idleSecondsLeftChanged();
    void sharingChanged();
    void helpingChanged();
    // Nobody answered "Are you still there?": the learner is signed out.
    void signedOutForIdle();

private:
    bool setSharingAnswer(bool (SharingStore::*set)(qint64, const QString &), const QString &value);
    void signIn(qint64 learnerId);
    void applyIdleMinutes();
    void useScratchPreferences();
    void learnersHaveChanged();
    bool saveSharing(qint64 learnerId, const QVariantMap &sharing);

    Workspace *m_workspace;
    Preferences &m_preferences;
    QString m_startPage;
    QString m_problemDetails;
    LessonListModel *m_lessons;
    LessonRunner *m_runner;
    qint64 m_learnerId = 0;
    QString m_learnerName;
    QString m_learnerAvatar;
    QString m_resumeLessonId;
    int m_resumeStepNumber = 0;
    SkillsCheckSession *m_skillsCheck = nullptr;
    bool m_skillsCheckDue = false;
    int m_skillsChecksDone = 0;
    QVariantList m_pathLessons;
    mutable std::optional<QVariantList> m_learnerTiles; // learners(), until learnersHaveChanged()
    bool m_guest = false;
    struct SignedInHelper {
        QString name;
        QString role;
        qint64 id = 0;
    } m_helper;
    QString m_checkinDue;
    struct HelpSession {
        qint64 id = 0;
        qint64 learnerId = 0;
        QString learnerName;
        QString helperName;
    } m_help;
    IdleWatch m_idle;
};

} // namespace OpenSteps
