// SPDX-License-Identifier: GPL-3.0-or-later
#include "MyProgress.h"

#include "Framework.h"
#include "Home.h"
#include "HubIdentity.h"
#include "LearnerDocuments.h"
#include "ProgressTransfer.h"
#include "Session.h"
#include "SkillsCheck.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace OpenSteps {

namespace {
QPointer<MyProgress> g_instance;

// "eds.foundation.wifi" and "eds.being-safe" belong to the topics "foundation", "being-safe".
QString topicOfSkill(const QString &skill) {
    return skill.section(QLatin1Char('.'), 1, 1);
}

int yesCount(const QHash<QString, QString> &answers, const QStringList &statementIds) {
    int yes = 0;
    for (const QString &id : statementIds)
        yes += answers.value(id) == QLatin1String("yes") ? 1 : 0;
    return yes;
}

// On a shared PC two learners may save the same certificate the same day: never overwrite,
// add " (2)", " (3)"... instead.
QString freeFileName(const QString &suggested) {
    const QDir folder(MyProgress::documentsFolder());
    const QFileInfo name(suggested);
    QString path = folder.filePath(suggested);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(
            QStringLiteral("%1 (%2).%3").arg(name.completeBaseName()).arg(n).arg(name.suffix()));
    return path;
}

QVariantMap outcome(bool ok, const QString &message) {
    return {{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
}

} // namespace

MyProgress::MyProgress(Workspace *workspace, Session &session, Home &home, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_home(home) {
    // Every sign-in, sign-out and saved step ends in progressChanged.
    connect(&home, &Home::progressChanged, this, &MyProgress::refresh);
}

MyProgress *MyProgress::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void MyProgress::setInstance(MyProgress *instance) {
    g_instance = instance;
}

bool MyProgress::hasPrinter() {
    return LearnerDocuments::hasPrinter();
}

QString MyProgress::documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A new account on a library PC may not have its Documents folder yet.
    if (documents.isEmpty() || !QDir().mkpath(documents))
        return QDir::homePath();
    return documents;
}

QString MyProgress::hubName() const {
    const QString name =
        m_workspace ? HubIdentity::fromSettings(m_workspace->settings()).name : QString();
    //: On certificates when staff have not named the hub yet
    return name.isEmpty() ? tr("100% Digital Leeds") : name;
}

void MyProgress::refresh() {
    m_stale = true;
    Q_EMIT changed();
}

QVariantList MyProgress::areas() const {
    readIfStale();
    return m_areas;
}

int MyProgress::checksDone() const {
    readIfStale();
    return m_checksDone;
}

QString MyProgress::code() const {
    readIfStale();
    return m_code;
}

void MyProgress::readIfStale() const {
    if (!m_stale)
        return;
    m_stale = false;
    m_areas.clear();
    m_code.clear();
    m_checksDone = 0;
    const qint64 learnerId = m_session.learnerId();
    if (!m_workspace || learnerId == 0)
        return;
    const auto states = m_workspace->progress().lessonStates(learnerId);
    const QList<SkillsCheckRecord> checks = m_workspace->skillsChecks().completedChecks(learnerId);
    m_checksDone = int(checks.size());
    for (const QString &topic : Framework::topics()) {
        int done = 0;
        int total = 0;
        for (const Lesson &lesson : m_workspace->catalog().lessons()) {
            if (lesson.topic != topic)
                continue;
            ++total;
            done += states.value(lesson.id).completed ? 1 : 0;
        }
        QStringList statementIds;
        for (const SkillsCheck::Statement &statement : SkillsCheck::statements()) {
            if (topicOfSkill(statement.skill) == topic)
                statementIds << statement.id;
        }
        if (total == 0 && statementIds.isEmpty())
            continue;
        m_areas.append(QVariantMap{
            {QStringLiteral("topic"), topic},
            {QStringLiteral("lessonsDone"), done},
            {QStringLiteral("lessonsTotal"), total},
            {QStringLiteral("finished"), total > 0 && done == total},
            {QStringLiteral("statementIds"), statementIds},
            {QStringLiteral("statements"), int(statementIds.size())},
            {QStringLiteral("canBefore"),
             checks.isEmpty() ? -1 : yesCount(checks.constFirst().answers, statementIds)},
            {QStringLiteral("canNow"),
             checks.isEmpty() ? -1 : yesCount(checks.constLast().answers, statementIds)}});
    }
    const QHash<QString, QString> latest =
        checks.isEmpty() ? QHash<QString, QString>() : checks.constLast().answers;
    m_code = ProgressTransfer::codec(*m_workspace)
                 .encode(ProgressTransfer::collect(
                     states, latest, ProgressTransfer::sharingOf(*m_workspace, learnerId)));
}

bool MyProgress::topicFinished(const QString &topic) const {
    for (const QVariant &area : areas()) {
        const QVariantMap map = area.toMap();
        if (map.value(QStringLiteral("topic")).toString() == topic)
            return map.value(QStringLiteral("finished")).toBool();
    }
    return false;
}

Certificate MyProgress::certificate(const QString &topicTitle, const QStringList &skills) const {
    return {m_session.learnerName(), QDate::currentDate(), hubName(), topicTitle, skills};
}

ProgressSheet MyProgress::progressSheet(const QVariantMap &areaTitles) const {
    ProgressSheet sheet;
    sheet.learnerName = m_session.learnerName();
    sheet.date = QDate::currentDate();
    sheet.hubName = hubName();
    sheet.progressCode = code();
    for (const QVariant &value : areas()) {
        const QVariantMap area = value.toMap();
        const QString topic = area.value(QStringLiteral("topic")).toString();
        AreaProgress row;
        row.areaTitle = areaTitles.value(topic, topic).toString();
        row.lessonsDone = area.value(QStringLiteral("lessonsDone")).toInt();
        row.lessonsTotal = area.value(QStringLiteral("lessonsTotal")).toInt();
        row.canBefore = area.value(QStringLiteral("canBefore")).toInt();
        row.canNow = area.value(QStringLiteral("canNow")).toInt();
        row.statements = area.value(QStringLiteral("statements")).toInt();
        sheet.areas.append(row);
    }
    if (m_workspace) {
        const auto states = m_workspace->progress().lessonStates(m_session.learnerId());
        for (const Lesson &lesson : m_workspace->catalog().lessons()) {
            if (states.value(lesson.id).completed)
                sheet.completedLessons << lesson.title(m_workspace->settings().value(
                    QStringLiteral("language"), QStringLiteral("en")));
        }
    }
    return sheet;
}

QVariant MyProgress::saveCertificate(const QString &topic, const QString &topicTitle,
                                     const QStringList &skills) {
    if (!topicFinished(topic))
        //: Asked for a certificate before every lesson of its topic is finished
        return outcome(false, tr("Finish every lesson of this topic to get its certificate."));
    const Certificate document = certificate(topicTitle, skills);
    const QString path = freeFileName(LearnerDocuments::suggestedFileName(document));
    QString error;
    if (!LearnerDocuments::writePdf(document, path, &error))
        return outcome(false, error);
    //: After saving a certificate; %1 is the file's full name
    return outcome(true, tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

QVariant MyProgress::printCertificate(const QString &topic, const QString &topicTitle,
                                      const QStringList &skills) {
    if (!topicFinished(topic))
        //: Asked for a certificate before every lesson of its topic is finished
        return outcome(false, tr("Finish every lesson of this topic to get its certificate."));
    QString error;
    if (!LearnerDocuments::print(certificate(topicTitle, skills), &error))
        return outcome(false, error);
    //: After sending a certificate to the printer
    return outcome(true, tr("Sent to the printer."));
}

QVariant MyProgress::saveProgressSheet(const QVariantMap &areaTitles) {
    const ProgressSheet sheet = progressSheet(areaTitles);
    const QString path = freeFileName(LearnerDocuments::suggestedFileName(sheet));
    QString error;
    if (!LearnerDocuments::writePdf(sheet, path, &error))
        return outcome(false, error);
    //: After saving a PDF; %1 is the file's full name
    return outcome(true, tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

QVariant MyProgress::printProgressSheet(const QVariantMap &areaTitles) {
    QString error;
    if (!LearnerDocuments::print(progressSheet(areaTitles), &error))
        return outcome(false, error);
    //: After sending a certificate or progress sheet to the printer
    return outcome(true, tr("Sent to the printer."));
}

QVariant MyProgress::restore(const QString &typedCode) {
    const qint64 learnerId = m_session.learnerId();
    if (!m_workspace || learnerId == 0)
        //: A progress code typed while nobody is signed in
        return outcome(false, tr("Please sign in first."));
    const ProgressCode codec = ProgressTransfer::codec(*m_workspace);
    const ProgressCode::Decoded decoded = codec.decode(typedCode);
    switch (decoded.error) {
    case ProgressCode::Error::None:
        break;
    case ProgressCode::Error::Empty:
        //: Progress code box left empty
        return outcome(false, tr("Type your progress code."));
    case ProgressCode::Error::BadCharacter:
        //: A character that codes never use; %1 is its position, e.g. 5
        return outcome(false, tr("Character %1 is not used in progress codes. Codes use the "
                                 "numbers 2 to 9 and the letters A to Z without I, L and O.")
                                  .arg(decoded.badCharacter + 1));
    case ProgressCode::Error::WrongLength:
        //: Progress code too short or too long; %1 and %2 are the two lengths codes have
        return outcome(false, tr("A progress code has %1 or %2 letters and numbers. Please "
                                 "check it and type it again.")
                                  .arg(codec.codeLength())
                                  .arg(codec.codeLength(true)));
    case ProgressCode::Error::Mistyped:
        //: The progress code typed fails its check character (a typo)
        return outcome(false, tr("This code has a mistake in it. Please check each letter and "
                                 "number, and type it again."));
    case ProgressCode::Error::OtherCurriculum:
        //: The progress code was made on a PC with other lessons
        return outcome(false, tr("This code comes from a computer with different lessons. "
                                 "Please ask a helper."));
    }
    const ProgressTransfer::Restored restored =
        ProgressTransfer::restore(*m_workspace, learnerId, decoded.progress);
    if (restored == ProgressTransfer::Restored::InAnotherProfile)
        //: The progress code belongs to another profile already on this computer
        return outcome(false, tr("This progress is already on this computer, in another "
                                 "profile. Please sign in with that profile, or ask a helper."));
    if (restored == ProgressTransfer::Restored::Failed)
        //: Restoring a progress code failed to save
        return outcome(false, tr("Your progress could not be saved on this computer. Please ask "
                                 "a helper."));
    m_home.refreshProgress();
    const qsizetype lessons = decoded.progress.completedLessonIds.size();
    QVariantMap result =
        outcome(true, lessons == 1
                          //: After a progress code with one finished lesson was restored
                          ? tr("Done. 1 finished lesson is now on this computer.")
                          //: After a progress code was restored; %1 is a number of lessons
                          : tr("Done. %1 finished lessons are now on this computer.").arg(lessons));
    // The learner shared on the other PC: this one asks again before anything is sent.
    result.insert(QStringLiteral("askSharing"),
                  restored == ProgressTransfer::Restored::DoneAskSharing);
    return result;
}

} // namespace OpenSteps
