// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "DemoFlag.h"
#include "HubIdentity.h"
#include "HubSetup.h"
#include "SimulationScenes.h"

#include "Preferences.h"
#include "Workspace.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

#include <algorithm>

namespace OpenSteps {

namespace {
QPointer<AppController> g_instance;
const QString kIdleMinutesKey = QStringLiteral("idle_minutes");

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

// Stands in when there is no usable database, so QML bindings still have objects to read.
const LessonCatalog &emptyCatalog() {
    static const LessonCatalog catalog;
    return catalog;
}
} // namespace

QStringList AppController::sceneTargets(const QString &scene) {
    return SimulationScenes::targets(scene);
}

const QStringList &AppController::pageNames() {
    static const QStringList names = {
        QStringLiteral("sign-in"),         QStringLiteral("pin"),
        QStringLiteral("helper"),          QStringLiteral("language"),
        QStringLiteral("profile"),         QStringLiteral("home"),
        QStringLiteral("lesson"),          QStringLiteral("lesson-choice"),
        QStringLiteral("lesson-practice"), QStringLiteral("lesson-typing"),
        QStringLiteral("lesson-reflect"),  QStringLiteral("done"),
        QStringLiteral("settings"),        QStringLiteral("progress"),
        QStringLiteral("restore-code"),    QStringLiteral("skills-check"),
        QStringLiteral("notice"),          QStringLiteral("error"),
        QStringLiteral("consent"),         QStringLiteral("consent-details"),
        QStringLiteral("delete-data"),     QStringLiteral("helper-staff"),
        QStringLiteral("checkin"),         QStringLiteral("helper-helping"),
        QStringLiteral("setup"),           QStringLiteral("dashboard"),
    };
    return names;
}

AppController::AppController(Workspace *workspace, Preferences &preferences, QString startPage,
                             QString problemDetails, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
    , m_startPage(std::move(startPage))
    , m_problemDetails(std::move(problemDetails))
    , m_lessons(new LessonListModel(workspace ? workspace->catalog() : emptyCatalog(), this))
    , m_runner(new LessonRunner(workspace ? &workspace->progress() : nullptr, this)) {
    // On a shared PC nobody is signed in at start: each learner picks their tile and PIN.
    if (m_workspace)
        connect(m_runner, &LessonRunner::progressSaved, this, &AppController::refreshProgress);
    // A new PC first offers the hub set-up (HubSetup::offerAtStart has the rule).
    if (m_startPage.isEmpty())
        m_startPage = !m_workspace                               ? QStringLiteral("error")
                      : HubSetup(*m_workspace).offerAtStart()    ? QStringLiteral("setup")
                      : !m_workspace->learners().all().isEmpty() ? QStringLiteral("sign-in")
                                                                 : QStringLiteral("language");
    applyIdleMinutes();
    // Whoever comes or goes, the answers shown are theirs.
    connect(this, &AppController::learnerChanged, this, &AppController::sharingChanged);
    connect(&m_idle, &IdleWatch::promptShownChanged, this, &AppController::idlePromptShownChanged);
    connect(&m_idle, &IdleWatch::secondsLeftChanged, this, &AppController::idleSecondsLeftChanged);
    connect(&m_idle, &IdleWatch::timedOut, this, [this] {
        helperSignOut();
        signOut();
        Q_EMIT signedOutForIdle();
    });
    connect(&m_preferences, &Preferences::languageChanged, this, [this] {
        if (m_workspace && hasLearner())
            m_workspace->learners().setLanguage(m_learnerId, m_preferences.language());
        if (m_runner)
            m_runner->setLanguage(m_preferences.language());
        refreshProgress();
    });
}

AppController::~AppController() {
    // Nobody can be helped by a PC that is closing.
    if (m_workspace && m_help.id != 0)
        m_workspace->helpSessions().end(m_help.id);
}

AppController *AppController::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void AppController::setInstance(AppController *instance) {
    g_instance = instance;
}

QString AppController::resumeLessonTitle() const {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(m_resumeLessonId) : nullptr;
    return lesson ? lesson->title(m_preferences.language()) : QString();
}

int AppController::resumeStepCount() const {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(m_resumeLessonId) : nullptr;
    return lesson ? int(lesson->steps.size()) : 0;
}

QVariantList AppController::learners() const {
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

void AppController::learnersHaveChanged() {
    // Forget the tiles first: QML reads them again as soon as it hears of the change.
    m_learnerTiles.reset();
    Q_EMIT learnersChanged();
}

QStringList AppController::pinPictures() {
    return PinStore::pictures();
}

bool AppController::demoData() const {
    return m_workspace && DemoFlag::isSet(m_workspace->settings());
}

bool AppController::hasHelpers() const {
    return m_workspace && m_workspace->helpers().count() > 0;
}

bool AppController::hubSetupPossible() const {
    return m_workspace && HubSetup(*m_workspace).possible();
}

QVariantList AppController::helperAccounts() const {
    QVariantList list;
    if (!m_workspace || m_helper.role != QLatin1String("staff"))
        return list;
    for (const Helper &helper : m_workspace->helpers().all())
        list.append(QVariantMap{{QStringLiteral("name"), helper.name},
                                {QStringLiteral("role"), helper.role}});
    return list;
}

QVariant AppController::setUpHub(const QVariantMap &form) {
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
        Q_EMIT helperChanged();
    return QVariantMap{{QStringLiteral("problem"), result.problem},
                       {QStringLiteral("field"), HubSetup::fieldName(result.field)}};
}

bool AppController::skipHubSetup() {
    return m_workspace && HubSetup(*m_workspace).skip();
}

QString AppController::suggestHubId(const QString &hubName) {
    return HubIdentity::suggestId(hubName);
}

QString AppController::addHelper(const QString &name, const QString &role,
                                 const QString &passphrase, const QString &passphraseAgain) {
    if (!m_workspace || m_helper.role != QLatin1String("staff"))
        //: Helper page: only staff may add volunteer and staff accounts
        return tr("Only staff can add accounts.");
    QString problem = HelperStore::passphraseProblem(passphrase, passphraseAgain);
    if (problem.isEmpty() && !m_workspace->helpers().add(name, role, passphrase, &problem))
        return problem;
    if (problem.isEmpty())
        Q_EMIT helperChanged();
    return problem;
}

int AppController::idleMinutes() const {
    const int minutes = m_workspace ? m_workspace->settings().value(kIdleMinutesKey).toInt() : 0;
    return minutes > 0 ? minutes : kDefaultIdleMinutes;
}

void AppController::applyIdleMinutes() {
    m_idle.setTimes(idleMinutes() * 60'000, kIdleAnswerSeconds * 1000);
}

bool AppController::createLearner(const QString &name, const QString &avatar,
                                  const QString &pinKind, const QString &pin) {
    return createProfile(name, avatar, pinKind, pin, {});
}

bool AppController::createProfile(const QString &name, const QString &avatar,
                                  const QString &pinKind, const QString &pin,
                                  const QVariantMap &sharing) {
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
    learnersHaveChanged();
    signIn(learner->id);
    return true;
}

bool AppController::saveSharing(qint64 learnerId, const QVariantMap &sharing) {
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

QString AppController::sharingChoice() const {
    if (!m_workspace || !hasLearner())
        return {};
    const std::optional<bool> consent = m_workspace->sharing().consent(m_learnerId);
    return !consent ? QString() : *consent ? QStringLiteral("yes") : QStringLiteral("no");
}

QString AppController::ageBand() const {
    return m_workspace && hasLearner() ? m_workspace->sharing().ageBand(m_learnerId) : QString();
}

QString AppController::postcodeDistrict() const {
    return m_workspace && hasLearner() ? m_workspace->sharing().postcodeDistrict(m_learnerId)
                                       : QString();
}

QString AppController::preferredLanguage() const {
    return m_workspace && hasLearner() ? m_workspace->sharing().preferredLanguage(m_learnerId)
                                       : QString();
}

QStringList AppController::ageBands() {
    return SharingStore::ageBands();
}

QVariantList AppController::preferredLanguages() {
    QVariantList list;
    for (const SharingStore::Language &language : SharingStore::preferredLanguages())
        list.append(QVariantMap{{QStringLiteral("code"), language.code},
                                {QStringLiteral("name"), language.name}});
    return list;
}

bool AppController::setSharing(bool share) {
    if (!m_workspace || !hasLearner() || !m_workspace->sharing().setConsent(m_learnerId, share))
        return false;
    Q_EMIT sharingChanged();
    return true;
}

bool AppController::setSharingAnswer(bool (SharingStore::*set)(qint64, const QString &),
                                     const QString &value) {
    // Optional answers only travel with consent, so they are only kept with it.
    if (!m_workspace || sharingChoice() != QLatin1String("yes") ||
        !(m_workspace->sharing().*set)(m_learnerId, value))
        return false;
    Q_EMIT sharingChanged();
    return true;
}

bool AppController::setAgeBand(const QString &band) {
    return setSharingAnswer(&SharingStore::setAgeBand, band);
}

bool AppController::setPostcodeDistrict(const QString &typed) {
    return setSharingAnswer(&SharingStore::setPostcodeDistrict, typed);
}

bool AppController::setPreferredLanguage(const QString &code) {
    return setSharingAnswer(&SharingStore::setPreferredLanguage, code);
}

QString AppController::postcodeProblem(const QString &typed) {
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

bool AppController::deleteMyData() {
    if (!m_workspace || !hasLearner() || !m_workspace->deleteLearner(m_learnerId))
        return false;
    // Gone from the PC: nobody is signed in, and their tile is gone.
    signOut();
    learnersHaveChanged();
    return true;
}

QVariant AppController::signInWithPin(qint64 learnerId, const QString &pin) {
    if (!m_workspace)
        return QVariantMap{{QStringLiteral("result"), QStringLiteral("unknown")}};
    const SignInAttempt attempt = m_workspace->pins().signIn(learnerId, pin);
    if (attempt.result == SignInAttempt::Result::SignedIn)
        signIn(learnerId);
    return QVariantMap{{QStringLiteral("result"), attemptName(attempt.result)},
                       {QStringLiteral("triesLeft"), attempt.triesLeft}};
}

int AppController::secondsLocked(qint64 learnerId) const {
    const auto until = m_workspace ? m_workspace->pins().lockedUntil(learnerId) : std::nullopt;
    if (!until)
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(*until);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

bool AppController::choosePin(qint64 learnerId, const QString &pinKind, const QString &pin) {
    if (!m_workspace || m_workspace->pins().pinKind(learnerId) != PinKind::None ||
        !m_workspace->pins().setPin(learnerId, PinStore::kindFromName(pinKind), pin))
        return false;
    learnersHaveChanged();
    signIn(learnerId);
    return true;
}

void AppController::startGuest() {
    signOut();
    m_guest = true;
    useScratchPreferences();
    m_idle.setWatching(true);
    Q_EMIT learnerChanged();
    if (m_workspace)
        m_lessons->refresh({}, m_preferences.language(),
                           learningPath(m_workspace->catalog().lessons(), {}));
    m_resumeLessonId.clear();
    m_pathLessons.clear();
    Q_EMIT progressChanged();
}

void AppController::useScratchPreferences() {
    // Changes last until the person leaves; the PC keeps its own.
    auto changes = std::make_shared<QHash<QString, QString>>();
    const Preferences::Store pc = m_preferences.pcStore();
    m_preferences.useStore(
        {[changes, pc](const QString &key) { return changes->value(key, pc.value(key)); },
         [changes](const QString &key, const QString &value) { changes->insert(key, value); }});
    m_preferences.setLanguageIsPcs(false);
}

void AppController::beginNewProfile() {
    signOut();
    useScratchPreferences();
}

void AppController::signOut() {
    m_idle.setWatching(!m_helper.name.isEmpty());
    // The learner being helped leaves: the help ends with them.
    if (m_help.id != 0 && m_help.learnerId == m_learnerId)
        stopHelping();
    m_checkinDue.clear();
    if (m_skillsCheck) {
        m_skillsCheck->deleteLater();
        m_skillsCheck = nullptr;
        Q_EMIT skillsCheckChanged();
    }
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
    m_resumeLessonId.clear();
    m_pathLessons.clear();
    m_preferences.useStore(m_preferences.pcStore());
    m_preferences.setLanguageIsPcs(true);
    m_preferences.setLanguage(m_preferences.pcLanguage());
    Q_EMIT learnerChanged();
    Q_EMIT progressChanged();
}

void AppController::stillHere() {
    m_idle.stillHere();
}

QVariant AppController::helperSignIn(const QString &name, const QString &passphrase) {
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
    return QVariantMap{{QStringLiteral("result"), attemptName(attempt.result)},
                       {QStringLiteral("triesLeft"), attempt.triesLeft}};
}

void AppController::helperSignOut() {
    if (m_helper.name.isEmpty())
        return;
    m_helper = {};
    if (!hasLearner() && !m_guest)
        m_idle.setWatching(false);
    Q_EMIT helperChanged();
}

QStringList AppController::checkinOutcomes() {
    QStringList ids;
    for (const CheckinStore::Outcome &outcome : CheckinStore::outcomes())
        ids << outcome.id;
    return ids;
}

bool AppController::saveCheckin(const QStringList &outcomeIds) {
    if (!m_workspace || !hasLearner() || m_checkinDue.isEmpty() ||
        !m_workspace->checkins().save(m_learnerId, m_checkinDue, outcomeIds))
        return false;
    refreshProgress();
    return true;
}

bool AppController::startHelping(qint64 learnerId) {
    if (!m_workspace || m_helper.id == 0)
        return false;
    const auto learner = m_workspace->learners().find(learnerId);
    if (!learner)
        return false;
    if (m_help.id != 0)
        m_workspace->helpSessions().end(m_help.id);
    const qint64 session = m_workspace->helpSessions().start(m_helper.id, learnerId);
    m_help = session != 0 ? HelpSession{session, learnerId, learner->name, m_helper.name}
                          : HelpSession{};
    Q_EMIT helpingChanged();
    return session != 0;
}

bool AppController::stopHelping() {
    if (!m_workspace || m_help.id == 0)
        return false;
    const bool ended = m_workspace->helpSessions().end(m_help.id);
    m_help = {};
    Q_EMIT helpingChanged();
    return ended;
}

bool AppController::resetPin(qint64 learnerId) {
    if (!m_workspace || m_helper.name.isEmpty() || !m_workspace->pins().resetPin(learnerId))
        return false;
    learnersHaveChanged();
    return true;
}

bool AppController::setIdleMinutes(int minutes) {
    if (!m_workspace || m_helper.role != QLatin1String("staff") || minutes < 1 || minutes > 120)
        return false;
    if (!m_workspace->settings().setValue(kIdleMinutesKey, QString::number(minutes)))
        return false;
    applyIdleMinutes();
    Q_EMIT idleMinutesChanged();
    return true;
}

void AppController::signIn(qint64 learnerId) {
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
    refreshProgress();
}

void AppController::refreshProgress() {
    if (!m_workspace || !hasLearner())
        return;
    const auto states = m_workspace->progress().lessonStates(m_learnerId);
    const SkillsCheckStore &checks = m_workspace->skillsChecks();
    const int lessonsDone = int(std::count_if(states.cbegin(), states.cend(),
                                              [](const LessonState &s) { return s.completed; }));
    // Only what Home needs, read afresh after every step: the count and the latest answers.
    m_skillsChecksDone = checks.completedCount(m_learnerId);
    m_skillsCheckDue = SkillsCheck::isDue(m_skillsChecksDone, lessonsDone);
    m_checkinDue = m_workspace->checkins().due(m_learnerId).value(0);
    // The path: what the learner said they cannot do yet comes first.
    const QList<int> path =
        learningPath(m_workspace->catalog().lessons(), checks.latestAnswers(m_learnerId));
    m_lessons->refresh(states, m_preferences.language(), path);
    m_resumeLessonId.clear();
    m_resumeStepNumber = 0;
    // The lesson last worked on if it is unfinished; otherwise the next on the path not finished.
    const Lesson *resume = nullptr;
    if (const auto recent = m_workspace->progress().resumeLesson(m_learnerId))
        resume = m_workspace->catalog().find(*recent);
    const QList<Lesson> &lessons = m_workspace->catalog().lessons();
    if (!resume) {
        const auto next = std::find_if(path.cbegin(), path.cend(), [&](int i) {
            return !states.value(lessons.at(i).id).completed;
        });
        resume = next != path.cend() ? &lessons.at(*next) : nullptr;
    }
    // A learner who has not started anything sees the lesson list first, not a "continue".
    if (resume && !states.isEmpty()) {
        m_resumeLessonId = resume->id;
        m_resumeStepNumber = resume->resumeIndex(states.value(resume->id).completedSteps) + 1;
    }
    m_pathLessons.clear();
    for (int i : path) {
        const Lesson &lesson = lessons.at(i);
        const LessonState state = states.value(lesson.id);
        if (m_skillsChecksDone == 0 || m_pathLessons.size() >= kPathLength)
            break;
        if (state.completed || lesson.id == m_resumeLessonId)
            continue;
        m_pathLessons.append(
            QVariantMap{{QStringLiteral("id"), lesson.id},
                        {QStringLiteral("title"), lesson.title(m_preferences.language())},
                        {QStringLiteral("summary"), lesson.summary(m_preferences.language())},
                        {QStringLiteral("stepCount"), int(lesson.steps.size())},
                        {QStringLiteral("stepsDone"), int(state.completedSteps.size())}});
    }
    Q_EMIT progressChanged();
}

bool AppController::openLesson(const QString &lessonId) {
    const Lesson *lesson = m_workspace ? m_workspace->catalog().find(lessonId) : nullptr;
    if (!lesson || (!hasLearner() && !m_guest))
        return false;
    if (m_guest) {
        m_runner->start(*lesson, 0, m_preferences.language(), {}, false);
        return true;
    }
    const LessonState state = m_workspace->progress().lessonStates(m_learnerId).value(lessonId);
    m_runner->start(*lesson, m_learnerId, m_preferences.language(), state.completedSteps,
                    state.completed);
    refreshProgress();
    return true;
}

bool AppController::startSkillsCheck() {
    if (!hasLearner())
        return false;
    if (m_skillsCheck)
        m_skillsCheck->deleteLater();
    m_skillsCheck = new SkillsCheckSession(m_workspace ? &m_workspace->skillsChecks() : nullptr,
                                           m_learnerId, this);
    connect(m_skillsCheck, &SkillsCheckSession::completed, this, &AppController::refreshProgress);
    Q_EMIT skillsCheckChanged();
    return true;
}

void AppController::pageShown(const QString &name) {
    Q_EMIT pageActivated(name);
}

} // namespace OpenSteps
