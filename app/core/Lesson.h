// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace OpenSteps {

// One answer of a choice step. The id is stable; the words live in LessonText.
struct AnswerText {
    QString label;
    QString feedback;
};

struct StepText {
    QString heading;
    QString body;
    QHash<QString, AnswerText> answers; // by answer id
    QStringList prompts;                // keyboard-practice: what to type, in order
};

// Every word of a lesson in one language (lessons/<folder>/text/<lang>.json).
struct LessonText {
    QString title;
    QString summary;
    QHash<QString, StepText> steps; // by step id
};

struct Step {
    QString id;
    QString type;             // "explain" or "choice"
    QStringList answers;      // choice only: answer ids in display order
    QStringList correct;      // choice only: subset of answers
    QStringList actions;      // mouse-practice only: "click", "double-click", "right-click"
    int targetsPerAction = 4; // mouse-practice only: targets to hit for each action
    double accuracyBar = 0.8; // mouse-practice only: recent share of hits needed to go on
};

// A lesson as loaded from lessons/<folder>/lesson.json plus its texts.
struct Lesson {
    QString id; // UUID; never changes, progress is keyed by it
    QString folder;
    QString topic;
    QStringList skills;
    int order = 0;
    QList<Step> steps;
    QHash<QString, LessonText> texts; // by language code; "en" always present

    // The text in `language`, falling back to English piece by piece.
    QString title(const QString &language) const;
    QString summary(const QString &language) const;
    StepText stepText(const QString &language, const QString &stepId) const;
    int stepIndex(const QString &stepId) const;
    // Where a learner picks up: the first step not in `done` (the last step if all are done).
    int resumeIndex(const QSet<QString> &done) const;
};

} // namespace OpenSteps
