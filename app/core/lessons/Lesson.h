// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScamSort.h"         // ScamMessage
#include "SimulationScript.h" // SimTask

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

// What a simulation task says: the instruction, and the hint shown after 2 wrong tries.
struct TaskText {
    QString instruction;
    QString hint;
};

// One message of a scam-sort step, word for word, and the signs shown once it is sorted.
struct MessageText {
    QString from;
    QString subject; // emails only
    QString body;
    QString signs;
};

struct StepText {
    QString heading;
    QString body;
    QString alt;                          // the picture's description, when the step has one
    QHash<QString, AnswerText> answers;   // by answer id
    QStringList prompts;                  // keyboard-practice: what to type, in order
    QHash<QString, TaskText> tasks;       // simulation: by task id
    QHash<QString, MessageText> messages; // scam-sort: by message id
};

// Every word of a lesson in one language (lessons/<folder>/text/<lang>.json).
struct LessonText {
    QString title;
    QString summary;
    QHash<QString, StepText> steps; // by step id
};

struct Step {
    QString id;
    QString type;             // one of StepTypes (StepTypes.cpp)
    QString skill;            // framework id; the lesson's first skill unless the step says
    QString image;            // path inside the lesson folder, or empty
    QStringList answers;      // choice only: answer ids in display order
    QStringList correct;      // choice only: subset of answers; more than 1 = pick all that apply
    QStringList actions;      // mouse-practice only: "click", "double-click", "right-click"
    int targetsPerAction = 4; // mouse-practice only: targets to hit for each action
    double accuracyBar = 0.8; // mouse-practice only: recent share of hits needed to go on
    QString scene;            // simulation only: which made-up screen
    QList<SimTask> tasks;     // simulation only: in order
    QList<ScamMessage> messages; // scam-sort only: in display order
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
    // The framework tags of every step, each once, in step order.
    QStringList stepSkills() const;
    // A step's picture as a URL the UI can load ("qrc:/lessons/..." or "file:///..."), or empty.
    QString imageUrl(const Step &step) const;
    // Where a learner picks up: the first step not in `done` (the last step if all are done).
    int resumeIndex(const QSet<QString> &done) const;
};

} // namespace OpenSteps
