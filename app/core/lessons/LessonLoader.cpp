// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonLoader.h"

#include "Framework.h"
#include "LessonJson.h"
#include "StepTypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace OpenSteps {

QString LessonProblem::toString() const {
    return file + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + message;
}

namespace {

using namespace LessonJson;

constexpr int kFormatVersion = 1;
const QString kSourceLanguage = QStringLiteral("en");

void readImage(const QJsonObject &object, const QString &pointer, const QString &folder,
               FileReport &report, Step &step) {
    step.image = object.value(QLatin1String("image")).toString();
    if (step.image.isEmpty())
        return;
    static const QRegularExpression imagePath(
        QStringLiteral("^images/[a-z0-9]+(-[a-z0-9]+)*\\.(svg|png)$"));
    if (!imagePath.match(step.image).hasMatch())
        report.error(pointer + QLatin1String("/image"),
                     QStringLiteral("\"image\" must be a file in the lesson's images folder, "
                                    "such as \"images/wifi-icon.svg\" (.svg or .png)"));
    else if (!QFileInfo::exists(folder + QLatin1Char('/') + step.image))
        report.error(
            pointer + QLatin1String("/image"),
            QStringLiteral("the picture \"%1\" is not in the lesson folder").arg(step.image));
}

void readStep(const QJsonObject &object, const QString &pointer, FileReport &report,
              Lesson &lesson) {
    QList<Step> &steps = lesson.steps;
    const QString type = object.value(QLatin1String("type")).toString();
    const StepType *stepType = StepTypes::find(type);
    QList<Field> fields = {{QLatin1StringView("id"), Kind::String, true},
                           {QLatin1StringView("type"), Kind::String, true},
                           {QLatin1StringView("skill"), Kind::String, false},
                           {QLatin1StringView("image"), Kind::String, false}};
    if (stepType)
        fields += stepType->fields;
    if (!report.checkFields(object, pointer, fields))
        return;

    Step step;
    step.id = object.value(QLatin1String("id")).toString();
    step.type = type;
    if (!isSlug(step.id))
        report.error(pointer + QLatin1String("/id"),
                     QStringLiteral("step id \"%1\" must be lowercase letters, digits and dashes")
                         .arg(step.id));
    for (const Step &other : std::as_const(steps)) {
        if (other.id == step.id)
            report.error(pointer + QLatin1String("/id"),
                         QStringLiteral("step id \"%1\" is used twice").arg(step.id));
    }
    if (!stepType) {
        report.error(pointer + QLatin1String("/type"),
                     QStringLiteral("unknown step type \"%1\" (known: %2)")
                         .arg(type, StepTypes::ids().join(QLatin1String(", "))));
    }
    step.skill = object.value(QLatin1String("skill")).toString(lesson.skills.value(0));
    if (object.contains(QLatin1String("skill")) && !Framework::skills().contains(step.skill))
        report.error(pointer + QLatin1String("/skill"),
                     QStringLiteral("unknown skill \"%1\" (known: %2)")
                         .arg(step.skill, Framework::skills().join(QLatin1String(", "))));
    readImage(object, pointer, lesson.folder, report, step);
    if (stepType && stepType->read)
        stepType->read(object, pointer, report, step);
    steps.append(step);
}

std::optional<Lesson> readStructure(const QJsonObject &root, const QString &folder,
                                    FileReport &report) {
    if (!report.checkFields(root, QString(),
                            {{QLatin1StringView("format"), Kind::Integer, true},
                             {QLatin1StringView("id"), Kind::String, true},
                             {QLatin1StringView("topic"), Kind::String, true},
                             {QLatin1StringView("skills"), Kind::StringArray, true},
                             {QLatin1StringView("order"), Kind::Integer, false},
                             {QLatin1StringView("steps"), Kind::Array, true}}))
        return std::nullopt;

    Lesson lesson;
    lesson.folder = folder;
    const int format = root.value(QLatin1String("format")).toInt();
    if (format != kFormatVersion)
        report.error(QStringLiteral("/format"),
                     QStringLiteral("format %1 is not supported (this version reads format %2)")
                         .arg(format)
                         .arg(kFormatVersion));
    lesson.id = root.value(QLatin1String("id")).toString();
    if (QUuid::fromString(lesson.id).isNull() || lesson.id != lesson.id.toLower() ||
        lesson.id.size() != 36)
        report.error(QStringLiteral("/id"),
                     QStringLiteral("\"id\" must be a lowercase UUID such as "
                                    "\"0f8c2a4e-5b1d-4c3a-9e7f-2d6b8a1c4e90\""));
    lesson.topic = root.value(QLatin1String("topic")).toString();
    if (!Framework::topics().contains(lesson.topic))
        report.error(QStringLiteral("/topic"),
                     QStringLiteral("unknown topic \"%1\" (known: %2)")
                         .arg(lesson.topic, Framework::topics().join(QLatin1String(", "))));
    lesson.skills = toStringList(root.value(QLatin1String("skills")));
    if (lesson.skills.isEmpty())
        report.error(QStringLiteral("/skills"),
                     QStringLiteral("a lesson needs at least 1 skill; its steps are tagged with "
                                    "the first unless they say otherwise"));
    for (int i = 0; i < lesson.skills.size(); ++i) {
        if (!Framework::skills().contains(lesson.skills.at(i)))
            report.error(
                QStringLiteral("/skills/%1").arg(i),
                QStringLiteral("unknown skill \"%1\" (known: %2)")
                    .arg(lesson.skills.at(i), Framework::skills().join(QLatin1String(", "))));
    }
    const qint64 order = root.value(QLatin1String("order")).toInteger();
    if (order < 0 || order > 100000)
        report.error(QStringLiteral("/order"),
                     QStringLiteral("\"order\" must be between 0 and 100000"));
    lesson.order = int(order);

    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        report.error(QStringLiteral("/steps"), QStringLiteral("a lesson needs at least 1 step"));
    for (int i = 0; i < steps.size(); ++i) {
        const QString pointer = QStringLiteral("/steps/%1").arg(i);
        if (!steps.at(i).isObject()) {
            report.error(pointer, QStringLiteral("each step must be an object { }"));
            continue;
        }
        readStep(steps.at(i).toObject(), pointer, report, lesson);
    }
    return lesson;
}

// The fields a step may have in text/<lang>.json; the English source must have all.
QList<Field> stepTextFields(const Step &step, bool isSource) {
    QList<Field> fields = {{QLatin1StringView("heading"), Kind::String, isSource},
                           {QLatin1StringView("body"), Kind::String, isSource}};
    if (!step.image.isEmpty())
        fields += {QLatin1StringView("alt"), Kind::String, isSource};
    if (const StepType *type = StepTypes::find(step.type)) {
        for (const Field &field : type->textFields)
            fields += {field.name, field.kind, field.required && isSource};
    }
    return fields;
}

// Reads text/<lang>.json. The English source must cover every step; translations may be partial.
std::optional<LessonText> readText(const QJsonObject &root, const Lesson &lesson, bool isSource,
                                   FileReport &report) {
    if (!report.checkFields(root, QString(),
                            {{QLatin1StringView("title"), Kind::String, isSource},
                             {QLatin1StringView("summary"), Kind::String, isSource},
                             {QLatin1StringView("steps"), Kind::Object, true}}))
        return std::nullopt;

    LessonText text;
    text.title = root.value(QLatin1String("title")).toString();
    text.summary = root.value(QLatin1String("summary")).toString();
    const QJsonObject steps = root.value(QLatin1String("steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        if (lesson.stepIndex(it.key()) < 0)
            report.error(QStringLiteral("/steps/") + it.key(),
                         QStringLiteral("text for step \"%1\", which lesson.json does not have")
                             .arg(it.key()));
    }
    for (const Step &step : lesson.steps) {
        const QString pointer = QStringLiteral("/steps/") + step.id;
        if (!steps.contains(step.id)) {
            if (isSource)
                report.error(QStringLiteral("/steps"),
                             QStringLiteral("missing text for step \"%1\"").arg(step.id));
            continue;
        }
        if (!steps.value(step.id).isObject()) {
            report.error(pointer, QStringLiteral("the text of a step must be an object { }"));
            continue;
        }
        const QJsonObject object = steps.value(step.id).toObject();
        if (!report.checkFields(object, pointer, stepTextFields(step, isSource)))
            continue;
        const StepType *stepType = StepTypes::find(step.type);
        StepText stepText;
        stepText.alt = textOf(object, "alt");
        if (stepType && stepType->readText)
            stepType->readText(object, step, pointer, isSource, report, stepText);
        stepText.heading = textOf(object, "heading");
        stepText.body = textOf(object, "body");
        text.steps.insert(step.id, stepText);
    }
    return text;
}

} // namespace

LessonLoadResult loadLessonFolder(const QString &folderPath) {
    LessonLoadResult result;
    const QDir folder(folderPath);
    FileReport structureReport(folder.filePath(QStringLiteral("lesson.json")), result.problems);
    const std::optional<QJsonObject> root = structureReport.parse();
    if (!root)
        return result;
    std::optional<Lesson> lesson = readStructure(*root, folderPath, structureReport);
    if (!lesson)
        return result;

    const QDir textDir(folder.filePath(QStringLiteral("text")));
    const QStringList textFiles =
        textDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (!textFiles.contains(kSourceLanguage + QLatin1String(".json")))
        structureReport.error(QString(),
                              QStringLiteral("missing text/en.json: every lesson needs its "
                                             "English text"));
    for (const QString &fileName : textFiles) {
        FileReport textReport(textDir.filePath(fileName), result.problems);
        const std::optional<QJsonObject> textRoot = textReport.parse();
        if (!textRoot)
            continue;
        const QString language = QFileInfo(fileName).completeBaseName();
        std::optional<LessonText> text =
            readText(*textRoot, *lesson, language == kSourceLanguage, textReport);
        if (text)
            lesson->texts.insert(language, *text);
    }
    if (result.problems.isEmpty())
        result.lesson = std::move(lesson);
    return result;
}

} // namespace OpenSteps
