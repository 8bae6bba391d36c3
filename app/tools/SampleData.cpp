// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleData.h"

#include "Database.h"
#include "HubIdentity.h"
#include "LearnerStore.h"
#include "LessonCatalog.h"
#include "PinStore.h"
#include "ProgressStore.h"
#include "SkillsCheck.h"
#include "Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace OpenSteps {

QString addSampleLearner(Database &db, const LessonCatalog &catalog) {
    LearnerStore learners(db);
    if (!learners.all().isEmpty())
        return QStringLiteral("This data folder already has learners; sample data is only added "
                              "to an empty one.");
    const auto learner =
        learners.create(QStringLiteral("Sam"), QStringLiteral("sun"), QStringLiteral("en"));
    if (!learner)
        return QStringLiteral("Could not add the sample learner.");
    // Sam's PIN is 1234 (sample data is for demos and screenshots only).
    if (!PinStore(db).setPin(learner->id, PinKind::Digits, QStringLiteral("1234")))
        return QStringLiteral("Could not save the sample PIN.");
    ProgressStore progress(db);
    const auto finish = [&](const Lesson &lesson, int stepsDone) {
        for (int s = 0; s < stepsDone; ++s) {
            if (!progress.completeStep(learner->id, lesson.id, lesson.steps.at(s).id,
                                       s == lesson.steps.size() - 1))
                return false;
        }
        return true;
    };
    // First lesson finished, second one half done: Home then shows both kinds of progress
    // and offers "Continue where you left off".
    const QList<Lesson> &lessons = catalog.lessons();
    for (int l = 0; l < qMin(2, int(lessons.size())); ++l) {
        const Lesson &lesson = lessons.at(l);
        if (!finish(lesson, l == 0 ? int(lesson.steps.size()) : int(lesson.steps.size()) / 2))
            return QStringLiteral("Could not save sample progress.");
    }
    // Every lesson of the smallest topic besides the first steps: a certificate to show.
    QHash<QString, int> topicSizes;
    for (const Lesson &lesson : lessons)
        ++topicSizes[lesson.topic];
    QString smallest;
    for (auto it = topicSizes.cbegin(); it != topicSizes.cend(); ++it) {
        if (it.key() != QLatin1String("foundation") &&
            (smallest.isEmpty() || it.value() < topicSizes.value(smallest)))
            smallest = it.key();
    }
    for (const Lesson &lesson : lessons) {
        if (lesson.topic == smallest && !finish(lesson, int(lesson.steps.size())))
            return QStringLiteral("Could not save sample progress.");
    }
    // Two skills checks, the second with more "I can": the progress page's before and now.
    SkillsCheckStore checks(db);
    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    for (int round = 0; round < 2; ++round) {
        const qint64 check = checks.openCheck(learner->id);
        for (int i = 0; i < statements.size(); ++i) {
            const bool can = i % 3 == 0 || (round == 1 && i % 3 == 1);
            if (!checks.saveAnswer(check, statements.at(i).id,
                                   can ? QStringLiteral("yes") : QStringLiteral("not-yet")))
                return QStringLiteral("Could not save the sample skills check.");
        }
        if (!checks.complete(check))
            return QStringLiteral("Could not save the sample skills check.");
    }
    return {};
}

QString addSharingLearners(Workspace &workspace, int count, int lessonsEach) {
    const QList<Lesson> &lessons = workspace.catalog().lessons();
    if (lessons.isEmpty())
        return QStringLiteral("There are no lessons to finish.");
    int next = 0;
    const bool saved = workspace.database().inTransaction([&] {
        for (int i = 1; i <= count; ++i) {
            const auto learner =
                workspace.learners().create(QStringLiteral("Sharer Zofia %1").arg(i),
                                            QStringLiteral("cat"), QStringLiteral("en"));
            // PINs for the first five only: each takes a quarter of a second to hash.
            if (!learner ||
                (i <= 5 && !PinStore(workspace.database())
                                .setPin(learner->id, PinKind::Digits, QStringLiteral("2468"))) ||
                !workspace.sharing().setConsent(learner->id, true) ||
                !workspace.sharing().setAgeBand(
                    learner->id,
                    SharingStore::ageBands().at(i % SharingStore::ageBands().size())) ||
                !workspace.sharing().setPostcodeDistrict(
                    learner->id, i % 2 ? QStringLiteral("LS9") : QStringLiteral("LS11")))
                return false;
            for (int l = 0; l < lessonsEach; ++l) {
                const Lesson &lesson = lessons.at(next++ % lessons.size());
                for (qsizetype s = 0; s < lesson.steps.size(); ++s) {
                    if (!workspace.progress().completeStep(learner->id, lesson.id,
                                                           lesson.steps.at(s).id,
                                                           s == lesson.steps.size() - 1))
                        return false;
                }
            }
        }
        return true;
    });
    return saved ? QString() : QStringLiteral("Could not add the sharing learners.");
}

QString addReportSample(Workspace &workspace) {
    const QList<Lesson> &lessons = workspace.catalog().lessons();
    if (lessons.isEmpty())
        return QStringLiteral("There are no lessons to finish.");
    HubIdentity{QStringLiteral("Leeds Central Library"), QStringLiteral("leeds-central-library")}
        .saveTo(workspace.settings());
    const auto volunteer = workspace.helpers().add(
        QStringLiteral("Val"), QStringLiteral("volunteer"), QStringLiteral("sample passphrase"));
    if (!volunteer)
        return QStringLiteral("Could not add the sample volunteer.");
    QList<const Lesson *> foundation, others;
    for (const Lesson &lesson : lessons)
        (lesson.topic == QLatin1String("foundation") ? foundation : others).append(&lesson);
    if (others.isEmpty())
        others = foundation;

    const auto finish = [&](qint64 learner, const Lesson &lesson) {
        for (qsizetype s = 0; s < lesson.steps.size(); ++s) {
            if (!workspace.progress().completeStep(learner, lesson.id, lesson.steps.at(s).id,
                                                   s == lesson.steps.size() - 1))
                return false;
        }
        return true;
    };
    const QList<SkillsCheck::Statement> &statements = SkillsCheck::statements();
    const auto skillsCheck = [&](qint64 learner, int round, int seed) {
        const qint64 check = workspace.skillsChecks().openCheck(learner);
        for (qsizetype s = 0; s < statements.size(); ++s) {
            const bool can = (s + seed) % 3 == 0 || (round == 1 && (s + seed) % 3 == 1);
            if (!workspace.skillsChecks().saveAnswer(check, statements.at(s).id,
                                                     can ? QStringLiteral("yes")
                                                         : QStringLiteral("not-yet")))
                return false;
        }
        return workspace.skillsChecks().complete(check);
    };
    const QStringList bands = SharingStore::ageBands();
    const bool saved = workspace.database().inTransaction([&] {
        for (int i = 0; i < 28; ++i) {
            const auto learner =
                workspace.learners().create(QStringLiteral("Report learner %1").arg(i + 1),
                                            QStringLiteral("bird"), QStringLiteral("en"));
            if (!learner)
                return false;
            const qint64 id = learner->id;
            // Two give no age band and two live in LS12: each a group of fewer than 5.
            const QString district = i < 10   ? QStringLiteral("LS9")
                                     : i < 18 ? QStringLiteral("LS11")
                                     : i < 25 ? QStringLiteral("LS6")
                                              : QStringLiteral("LS12");
            const QString language = i < 12   ? QStringLiteral("en")
                                     : i < 18 ? QStringLiteral("pl")
                                     : i < 24 ? QStringLiteral("ur")
                                     : i < 26 ? QStringLiteral("ar")
                                              : QString();
            if (!workspace.sharing().setConsent(id, true) ||
                (i < 26 && !workspace.sharing().setAgeBand(id, bands.at(i % bands.size()))) ||
                !workspace.sharing().setPostcodeDistrict(id, district) ||
                !workspace.sharing().setPreferredLanguage(id, language))
                return false;
            // The first 7 were helped by Val for half an hour to an hour and a half.
            qint64 session = 0;
            if (i < 7 && (session = workspace.helpSessions().start(volunteer->id, id)) == 0)
                return false;
            if (i < 14 && !skillsCheck(id, 0, i))
                return false;
            // The first 9 finish every Foundation lesson; the others one to four lessons.
            const QList<const Lesson *> &pick = i < 9 ? foundation : others;
            const int count = i < 9 ? int(pick.size()) : 1 + i % 4;
            for (int l = 0; l < count; ++l) {
                if (!finish(id, *pick.at((i + l) % pick.size())))
                    return false;
            }
            if (i < 14 && !skillsCheck(id, 1, i))
                return false;
            QStringList outcomes;
            const bool chose[] = {i % 2 == 0, i % 3 == 0, i == 1 || i == 5,
                                  i % 4 == 0, i < 7,      i % 5 == 0};
            for (qsizetype o = 0;
                 o < qMin(qsizetype(std::size(chose)), CheckinStore::outcomes().size()); ++o) {
                if (chose[o])
                    outcomes << CheckinStore::outcomes().at(o).id;
            }
            if (i < 16 && !workspace.checkins().save(id, QStringLiteral("four-weeks"), outcomes))
                return false;
            if (session) {
                QSqlQuery started(workspace.database().connection());
                started.prepare(
                    QStringLiteral("UPDATE help_session SET started_at = ? WHERE id = ?"));
                started.addBindValue(QDateTime::currentDateTimeUtc()
                                         .addSecs(-60 * (30 + 10 * i))
                                         .toString(Qt::ISODateWithMs));
                started.addBindValue(session);
                if (!started.exec() || !workspace.helpSessions().end(session))
                    return false;
            }
        }
        return true;
    });
    return saved ? QString() : QStringLiteral("Could not add the report sample.");
}

} // namespace OpenSteps
