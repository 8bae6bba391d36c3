// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace OpenSteps {

// One outcome statement reduced to what the reports count. Every report reads these, whether
// they come from this PC (OutcomeEventStore, filled as statements are made) or from the
// programme's LRS (`opensteps report --lrs`): one parser, so a hub's figures are the same
// whichever way they are read.
struct OutcomeEvent {
    // Stored as numbers; the names (kindName) are what exports and the data dictionary show.
    enum class Kind {
        LessonStarted = 1,
        LessonCompleted = 2,
        SkillsAnswer = 3,
        Foundation = 4,
        Checkin = 5,
        HelpSession = 6, // a volunteer's session with a learner; of no learner (person empty)
    };

    QString statementId;
    QString person; // the learner's pseudonym (the actor's account name); empty for HelpSession
    QString hub;
    Kind kind = Kind::LessonStarted;
    qint64 at = 0;   // the statement's (rounded) timestamp, seconds since 1970 UTC
    QString item;    // lesson id, skills-check statement id, or check-in milestone
    QString tags;    // framework skills, comma separated (lessons, skills answers)
    QString value;   // skills answer ("yes", "a-bit", "not-yet") or check-in outcome ids (comma)
    int check = 0;   // skills-check number (1 = the first, "before")
    int minutes = 0; // HelpSession length
    bool assisted = false;
    QString ageBand, district, language; // the learner's optional answers; empty if not given

    // The framework area of a skill tag, as an SQL expression over `column`: "foundation" for
    // the eight Foundation tasks, otherwise the area itself ("eds.being-safe" -> "being-safe").
    // Migration 11 holds this rule written out (a released migration never calls live code);
    // tst_reports checks the two agree. Changing the rule needs a new migration that remakes
    // report_skills and its triggers.
    static QString areaSql(const QString &column);
    static QString kindName(Kind kind);

    // The event a statement describes; nullopt for statements reports do not count (voiding,
    // other verbs or activities, statements of another programme, malformed ones).
    static std::optional<OutcomeEvent> fromStatement(const QJsonObject &statement);
};

} // namespace OpenSteps
