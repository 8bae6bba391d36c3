// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"
#include "LessonJson.h"

#include <QList>
#include <QString>

namespace OpenSteps {

// The one table of step types the lesson format knows: for each, the fields its steps may
// have in lesson.json and in text/<lang>.json, and how they are read and checked. The loader
// reads only this table; the app's side of each type (its session and its QML activity) is
// the same id's row in app/ui/lesson/StepSessions.cpp. Adding a type: a row here, a row
// there, and its activity's folder (docs/lessons.md, "Adding an activity type").
struct StepType {
    using Field = LessonJson::Field;
    using FileReport = LessonJson::FileReport;
    // Reads the type's own fields of lesson.json into `step` (after they were checked for
    // their kinds), reporting what is wrong at `pointer`.
    using Read = void (*)(const QJsonObject &object, const QString &pointer, FileReport &report,
                          Step &step);
    // Reads the type's own texts of text/<lang>.json (the English source must have them all).
    using ReadText = void (*)(const QJsonObject &object, const Step &step, const QString &pointer,
                              bool isSource, FileReport &report, StepText &text);

    QString id;                  // "choice", "mouse-practice"...
    QList<Field> fields;         // lesson.json, besides id, type, skill and image
    QList<Field> textFields;     // text/<lang>.json, besides heading, body and alt; their
                                 // `required` is for the English source
    Read read = nullptr;         // null: no fields of its own
    ReadText readText = nullptr; // null: no texts of its own
};

namespace StepTypes {

const QList<StepType> &all();
const StepType *find(const QString &id);
QStringList ids();

} // namespace StepTypes
} // namespace OpenSteps
