// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace OpenSteps {

// `opensteps lessons check [DIR]`: one "file:line: message" per problem; 1 if any, else 0.
int checkLessons(const QString &directory, QTextStream &out, QTextStream &err);

// `opensteps lessons list --json`: id, title, topic, step count and step types of each lesson.
// Problems go to `err`; the JSON lists the lessons that loaded.
int listLessonsJson(const QString &directory, QTextStream &out, QTextStream &err);

} // namespace OpenSteps
