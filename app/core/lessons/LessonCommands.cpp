// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonCommands.h"

#include "LessonCatalog.h"
#include "LessonStyleCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OpenSteps {

namespace {
void printProblems(const LessonCatalog &catalog, QTextStream &err) {
    for (const LessonProblem &problem : catalog.problems())
        err << problem.toString() << Qt::endl;
}
} // namespace

int checkLessons(const QString &directory, QTextStream &out, QTextStream &err) {
    LessonCatalog catalog;
    catalog.load(directory);
    printProblems(catalog, err);
    qsizetype warningCount = 0;
    for (const Lesson &lesson : catalog.lessons()) {
        for (const LessonProblem &warning : checkLessonStyle(lesson)) {
            err << warning.toString() << Qt::endl;
            ++warningCount;
        }
    }
    const qsizetype problemCount = catalog.problems().size();
    out << QStringLiteral("%1 lesson(s) OK, %2 problem(s), %3 warning(s) in %4")
               .arg(catalog.lessons().size())
               .arg(problemCount)
               .arg(warningCount)
               .arg(directory)
        << Qt::endl;
    return problemCount == 0 ? 0 : 1;
}

int listLessonsJson(const QString &directory, QTextStream &out, QTextStream &err) {
    LessonCatalog catalog;
    catalog.load(directory);
    printProblems(catalog, err);
    QJsonArray lessons;
    for (const Lesson &lesson : catalog.lessons()) {
        QStringList languages = lesson.texts.keys();
        languages.sort();
        QJsonArray types;
        for (const Step &step : lesson.steps)
            types.append(step.type);
        lessons.append(QJsonObject{
            {QStringLiteral("id"), lesson.id},
            {QStringLiteral("title"), lesson.title(QStringLiteral("en"))},
            {QStringLiteral("topic"), lesson.topic},
            {QStringLiteral("skills"), QJsonArray::fromStringList(lesson.skills)},
            {QStringLiteral("stepSkills"), QJsonArray::fromStringList(lesson.stepSkills())},
            {QStringLiteral("stepCount"), int(lesson.steps.size())},
            {QStringLiteral("stepTypes"), types},
            {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        });
    }
    out << QJsonDocument(lessons).toJson(QJsonDocument::Indented);
    out.flush();
    return catalog.problems().isEmpty() ? 0 : 1;
}

} // namespace OpenSteps
