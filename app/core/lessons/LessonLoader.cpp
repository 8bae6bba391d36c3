// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonLoader.h"

#include "Framework.h"
#include "JsonLocator.h"
#include "PointerPractice.h"
#include "SimulationScenes.h"

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

constexpr int kFormatVersion = 1;
const QString kSourceLanguage = QStringLiteral("en");

enum class Kind { String, Integer, Number, Boolean, Array, Object, StringArray };

struct Field {
    QLatin1StringView name;
    Kind kind;
    bool required;
};

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::String:
        return QStringLiteral("text in quotes");
    case Kind::Integer:
        return QStringLiteral("a whole number");
    case Kind::Number:
        return QStringLiteral("a number");
    case Kind::Boolean:
        return QStringLiteral("true or false");
    case Kind::Array:
        return QStringLiteral("a list [ ]");
    case Kind::Object:
        return QStringLiteral("an object { }");
    case Kind::StringArray:
        return QStringLiteral("a list of texts in quotes");
    }
    return {};
}

bool hasKind(const QJsonValue &value, Kind kind) {
    switch (kind) {
    case Kind::String:
        return value.isString() && !value.toString().trimmed().isEmpty();
    case Kind::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case Kind::Number:
        return value.isDouble();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    case Kind::StringArray: {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    }
    return false;
}

bool isSlug(const QString &text) {
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.match(text).hasMatch();
}

// Collects problems for one file, each placed on the line of the JSON it is about.
class FileReport {
public:
    FileReport(QString path, QList<LessonProblem> &sink)
        : m_path(std::move(path))
        , m_sink(sink) {}

    // Reads and parses the file; reports syntax errors. Empty object on failure.
    std::optional<QJsonObject> parse() {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            add(1, QStringLiteral("cannot read the file: ") + file.errorString());
            return std::nullopt;
        }
        const QByteArray data = file.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            add(JsonLocator::lineAtOffset(data, error.offset),
                QStringLiteral("JSON syntax error: ") + error.errorString());
            return std::nullopt;
        }
        if (!doc.isObject()) {
            add(1, QStringLiteral("the file must hold one JSON object { }"));
            return std::nullopt;
        }
        m_data = data;
        return doc.object();
    }

    void error(const QString &pointer, const QString &message) {
        // Lines are only worked out when there is something to report: a good file (the usual
        // case, at every start-up) is never scanned twice.
        if (!m_locator && !m_data.isEmpty())
            m_locator.emplace(m_data);
        add(m_locator ? m_locator->lineOf(pointer) : 1, message);
    }

    // Checks required fields, field types and that no unknown field is present.
    bool checkFields(const QJsonObject &object, const QString &pointer,
                     const QList<Field> &fields) {
        bool ok = true;
        QStringList allowed;
        for (const Field &field : fields) {
            const QString name(field.name);
            allowed << name;
            const QString where = pointer + QLatin1Char('/') + name;
            if (!object.contains(name)) {
                if (field.required) {
                    error(pointer, QStringLiteral("missing required field \"%1\"").arg(name));
                    ok = false;
                }
            } else if (!hasKind(object.value(name), field.kind)) {
                error(where, QStringLiteral("\"%1\" must be %2").arg(name, kindName(field.kind)));
                ok = false;
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                error(pointer + QLatin1Char('/') + it.key(),
                      QStringLiteral("unknown field \"%1\" (allowed here: %2)")
                          .arg(it.key(), allowed.join(QLatin1String(", "))));
                ok = false;
            }
        }
        return ok;
    }

    const QString &path() const { return m_path; }

private:
    void add(int line, const QString &message) { m_sink.append({m_path, line, message}); }

    QString m_path;
    QList<LessonProblem> &m_sink;
    QByteArray m_data;
    std::optional<JsonLocator> m_locator;
};

QStringList toStringList(const QJsonValue &value) {
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

const QStringList kStepTypes = {
    QStringLiteral("explain"),          QStringLiteral("choice"),
    QStringLiteral("mouse-practice"),   QStringLiteral("keyboard-practice"),
    QStringLiteral("simulation"),       QStringLiteral("scam-sort"),
    QStringLiteral("password-builder"), QStringLiteral("reflect")};

// The fields each step type may have in text/<lang>.json; the English source must have all.
QList<Field> stepTextFields(const Step &step, bool isSource) {
    QList<Field> fields = {{QLatin1StringView("heading"), Kind::String, isSource},
                           {QLatin1StringView("body"), Kind::String, isSource}};
    if (!step.image.isEmpty())
        fields += {QLatin1StringView("alt"), Kind::String, isSource};
    if (step.type == QLatin1String("choice"))
        fields += {QLatin1StringView("answers"), Kind::Object, isSource};
    else if (step.type == QLatin1String("keyboard-practice"))
        fields += {QLatin1StringView("prompts"), Kind::StringArray, isSource};
    else if (step.type == QLatin1String("simulation"))
        fields += {QLatin1StringView("tasks"), Kind::Object, isSource};
    else if (step.type == QLatin1String("scam-sort"))
        fields += {QLatin1StringView("messages"), Kind::Object, isSource};
    return fields;
}

// What a learner is asked to type must be typeable on a UK keyboard without special keys.
void checkPrompts(const QStringList &prompts, const QString &pointer, FileReport &report) {
    static const QRegularExpression typeable(QStringLiteral("^[A-Za-z0-9 @.,'?!\u2190-\u2193-]+$"));
    if (prompts.isEmpty() || prompts.size() > 5)
        report.error(pointer, QStringLiteral("give 1 to 5 prompts to type"));
    for (const QString &prompt : prompts) {
        if (!typeable.match(prompt).hasMatch() || prompt.trimmed() != prompt)
            report.error(pointer,
                         QStringLiteral("prompt \"%1\" must use only letters, digits, single "
                                        "spaces and @ . , ' ? ! - (no spaces at either end)")
                             .arg(prompt));
    }
}

// The fields each step type may have in lesson.json.
QList<Field> stepFields(const QString &type) {
    QList<Field> fields = {{QLatin1StringView("id"), Kind::String, true},
                           {QLatin1StringView("type"), Kind::String, true},
                           {QLatin1StringView("skill"), Kind::String, false},
                           {QLatin1StringView("image"), Kind::String, false}};
    if (type == QLatin1String("choice"))
        fields += {{QLatin1StringView("answers"), Kind::StringArray, true},
                   {QLatin1StringView("correct"), Kind::StringArray, true}};
    else if (type == QLatin1String("mouse-practice"))
        fields += {{QLatin1StringView("actions"), Kind::StringArray, true},
                   {QLatin1StringView("targets"), Kind::Integer, false},
                   {QLatin1StringView("accuracy"), Kind::Number, false}};
    else if (type == QLatin1String("simulation"))
        fields += {{QLatin1StringView("scene"), Kind::String, true},
                   {QLatin1StringView("tasks"), Kind::Array, true}};
    else if (type == QLatin1String("scam-sort"))
        fields += {QLatin1StringView("messages"), Kind::Array, true};
    return fields;
}

// Checks the items of a list of objects in lesson.json (tasks, messages): each an object with
// the given fields and a unique slug id. Calls `read` for each good one.
template <typename Read>
void readItems(const QJsonArray &items, const QString &pointer, const QList<Field> &fields,
               FileReport &report, Read read) {
    QStringList ids;
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPointer = pointer + QLatin1Char('/') + QString::number(i);
        if (!items.at(i).isObject()) {
            report.error(itemPointer, QStringLiteral("each item must be an object { }"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        if (!report.checkFields(item, itemPointer, fields))
            continue;
        const QString id = item.value(QLatin1String("id")).toString();
        if (!isSlug(id))
            report.error(
                itemPointer + QLatin1String("/id"),
                QStringLiteral("id \"%1\" must be lowercase letters, digits and dashes").arg(id));
        if (ids.contains(id))
            report.error(itemPointer + QLatin1String("/id"),
                         QStringLiteral("id \"%1\" is used twice in this step").arg(id));
        ids << id;
        read(item, itemPointer);
    }
}

void readSimulation(const QJsonObject &object, const QString &pointer, FileReport &report,
                    Step &step) {
    step.scene = object.value(QLatin1String("scene")).toString();
    const QStringList targets = SimulationScenes::targets(step.scene);
    if (targets.isEmpty())
        report.error(pointer + QLatin1String("/scene"),
                     QStringLiteral("unknown scene \"%1\" (known: %2)")
                         .arg(step.scene, SimulationScenes::names().join(QLatin1String(", "))));
    const QJsonArray tasks = object.value(QLatin1String("tasks")).toArray();
    if (tasks.isEmpty() || tasks.size() > 12)
        report.error(pointer + QLatin1String("/tasks"),
                     QStringLiteral("a simulation needs 1 to 12 tasks"));
    readItems(tasks, pointer + QLatin1String("/tasks"),
              {{QLatin1StringView("id"), Kind::String, true},
               {QLatin1StringView("target"), Kind::String, true},
               {QLatin1StringView("value"), Kind::String, false},
               {QLatin1StringView("exact"), Kind::Boolean, false}},
              report, [&](const QJsonObject &item, const QString &itemPointer) {
                  SimTask task{item.value(QLatin1String("id")).toString(),
                               item.value(QLatin1String("target")).toString(),
                               item.value(QLatin1String("value")).toString(),
                               item.value(QLatin1String("exact")).toBool()};
                  if (!targets.isEmpty() && !targets.contains(task.target))
                      report.error(
                          itemPointer + QLatin1String("/target"),
                          QStringLiteral("scene \"%1\" has no target \"%2\" (it has: %3)")
                              .arg(step.scene, task.target, targets.join(QLatin1String(", "))));
                  step.tasks.append(task);
              });
}

void readScamSort(const QJsonObject &object, const QString &pointer, FileReport &report,
                  Step &step) {
    static const QStringList kinds = {QStringLiteral("email"), QStringLiteral("text"),
                                      QStringLiteral("call")};
    static const QStringList verdicts = {QStringLiteral("safe"), QStringLiteral("scam")};
    const QJsonArray messages = object.value(QLatin1String("messages")).toArray();
    if (messages.size() < 2 || messages.size() > 6)
        report.error(pointer + QLatin1String("/messages"),
                     QStringLiteral("a scam-sort step needs 2 to 6 messages"));
    readItems(messages, pointer + QLatin1String("/messages"),
              {{QLatin1StringView("id"), Kind::String, true},
               {QLatin1StringView("kind"), Kind::String, true},
               {QLatin1StringView("verdict"), Kind::String, true}},
              report, [&](const QJsonObject &item, const QString &itemPointer) {
                  ScamMessage message{item.value(QLatin1String("id")).toString(),
                                      item.value(QLatin1String("kind")).toString(),
                                      item.value(QLatin1String("verdict")).toString()};
                  if (!kinds.contains(message.kind))
                      report.error(itemPointer + QLatin1String("/kind"),
                                   QStringLiteral("\"kind\" must be email, text or call"));
                  if (!verdicts.contains(message.verdict))
                      report.error(itemPointer + QLatin1String("/verdict"),
                                   QStringLiteral("\"verdict\" must be safe or scam"));
                  step.messages.append(message);
              });
}

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

void readMousePractice(const QJsonObject &object, const QString &pointer, FileReport &report,
                       Step &step) {
    step.actions = toStringList(object.value(QLatin1String("actions")));
    if (step.actions.isEmpty())
        report.error(pointer + QLatin1String("/actions"),
                     QStringLiteral("mouse practice needs at least 1 action"));
    for (const QString &action : std::as_const(step.actions)) {
        if (!PointerPractice::actionNames().contains(action))
            report.error(
                pointer + QLatin1String("/actions"),
                QStringLiteral("unknown mouse action \"%1\" (known: %2)")
                    .arg(action, PointerPractice::actionNames().join(QLatin1String(", "))));
    }
    step.targetsPerAction = int(object.value(QLatin1String("targets")).toInteger(4));
    if (step.targetsPerAction < 1 || step.targetsPerAction > 20)
        report.error(pointer + QLatin1String("/targets"),
                     QStringLiteral("\"targets\" must be from 1 to 20"));
    step.accuracyBar = object.value(QLatin1String("accuracy")).toDouble(0.8);
    if (step.accuracyBar < 0.5 || step.accuracyBar > 1.0)
        report.error(pointer + QLatin1String("/accuracy"),
                     QStringLiteral("\"accuracy\" must be from 0.5 to 1.0"));
}

void readStep(const QJsonObject &object, const QString &pointer, FileReport &report,
              Lesson &lesson) {
    QList<Step> &steps = lesson.steps;
    const QString type = object.value(QLatin1String("type")).toString();
    const bool isChoice = type == QLatin1String("choice");
    if (!report.checkFields(object, pointer, stepFields(type)))
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
    if (!kStepTypes.contains(type)) {
        report.error(pointer + QLatin1String("/type"),
                     QStringLiteral("unknown step type \"%1\" (known: %2)")
                         .arg(type, kStepTypes.join(QLatin1String(", "))));
    }
    step.skill = object.value(QLatin1String("skill")).toString(lesson.skills.value(0));
    if (object.contains(QLatin1String("skill")) && !Framework::skills().contains(step.skill))
        report.error(pointer + QLatin1String("/skill"),
                     QStringLiteral("unknown skill \"%1\" (known: %2)")
                         .arg(step.skill, Framework::skills().join(QLatin1String(", "))));
    readImage(object, pointer, lesson.folder, report, step);
    if (type == QLatin1String("mouse-practice"))
        readMousePractice(object, pointer, report, step);
    else if (type == QLatin1String("simulation"))
        readSimulation(object, pointer, report, step);
    else if (type == QLatin1String("scam-sort"))
        readScamSort(object, pointer, report, step);
    if (isChoice) {
        step.answers = toStringList(object.value(QLatin1String("answers")));
        step.correct = toStringList(object.value(QLatin1String("correct")));
        if (step.answers.size() < 2)
            report.error(pointer + QLatin1String("/answers"),
                         QStringLiteral("a choice needs at least 2 answers"));
        if (step.answers.removeDuplicates() > 0)
            report.error(pointer + QLatin1String("/answers"),
                         QStringLiteral("an answer id is listed twice"));
        for (const QString &answer : std::as_const(step.answers)) {
            if (!isSlug(answer))
                report.error(pointer + QLatin1String("/answers"),
                             QStringLiteral("answer id \"%1\" must be lowercase letters, digits "
                                            "and dashes")
                                 .arg(answer));
        }
        if (step.correct.isEmpty())
            report.error(pointer + QLatin1String("/correct"),
                         QStringLiteral("a choice needs at least 1 correct answer"));
        for (const QString &answer : std::as_const(step.correct)) {
            if (!step.answers.contains(answer))
                report.error(pointer + QLatin1String("/correct"),
                             QStringLiteral("\"correct\" lists \"%1\", which is not one of this "
                                            "step's answers")
                                 .arg(answer));
        }
    }
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

// Reads a keyed object of texts (answers, tasks, messages) for the ids a step has: complains
// about text for ids it does not have and, in the English source, about missing ones.
template <typename Read>
void readKeyedTexts(const QJsonObject &texts, const QStringList &ids, const QString &pointer,
                    const QString &what, bool isSource, const QList<Field> &fields,
                    FileReport &report, Read read) {
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!ids.contains(it.key()))
            report.error(pointer + QLatin1Char('/') + it.key(),
                         QStringLiteral("text for %1 \"%2\", which the step does not have")
                             .arg(what, it.key()));
    }
    for (const QString &id : ids) {
        const QString itemPointer = pointer + QLatin1Char('/') + id;
        if (!texts.contains(id)) {
            if (isSource)
                report.error(pointer, QStringLiteral("missing text for %1 \"%2\"").arg(what, id));
            continue;
        }
        if (!texts.value(id).isObject()) {
            report.error(itemPointer,
                         QStringLiteral("the text of a %1 must be an object { }").arg(what));
            continue;
        }
        const QJsonObject item = texts.value(id).toObject();
        if (report.checkFields(item, itemPointer, fields))
            read(id, item);
    }
}

QString textOf(const QJsonObject &object, const char *name) {
    return object.value(QLatin1String(name)).toString();
}

void readTaskTexts(const QJsonObject &object, const Step &step, const QString &pointer,
                   bool isSource, FileReport &report, StepText &text) {
    if (step.type != QLatin1String("simulation"))
        return;
    QStringList ids;
    for (const SimTask &task : step.tasks)
        ids << task.id;
    readKeyedTexts(object.value(QLatin1String("tasks")).toObject(), ids,
                   pointer + QLatin1String("/tasks"), QStringLiteral("task"), isSource,
                   {{QLatin1StringView("instruction"), Kind::String, isSource},
                    {QLatin1StringView("hint"), Kind::String, isSource}},
                   report, [&](const QString &id, const QJsonObject &item) {
                       text.tasks.insert(id, {textOf(item, "instruction"), textOf(item, "hint")});
                   });
}

void readMessageTexts(const QJsonObject &object, const Step &step, const QString &pointer,
                      bool isSource, FileReport &report, StepText &text) {
    if (step.type != QLatin1String("scam-sort"))
        return;
    QStringList ids;
    for (const ScamMessage &message : step.messages)
        ids << message.id;
    readKeyedTexts(object.value(QLatin1String("messages")).toObject(), ids,
                   pointer + QLatin1String("/messages"), QStringLiteral("message"), isSource,
                   {{QLatin1StringView("from"), Kind::String, isSource},
                    {QLatin1StringView("subject"), Kind::String, false},
                    {QLatin1StringView("body"), Kind::String, isSource},
                    {QLatin1StringView("signs"), Kind::String, isSource}},
                   report, [&](const QString &id, const QJsonObject &item) {
                       text.messages.insert(id, {textOf(item, "from"), textOf(item, "subject"),
                                                 textOf(item, "body"), textOf(item, "signs")});
                   });
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
        StepText stepText;
        stepText.alt = textOf(object, "alt");
        readTaskTexts(object, step, pointer, isSource, report, stepText);
        readMessageTexts(object, step, pointer, isSource, report, stepText);
        stepText.prompts = toStringList(object.value(QLatin1String("prompts")));
        if (object.contains(QLatin1String("prompts")))
            checkPrompts(stepText.prompts, pointer + QLatin1String("/prompts"), report);
        stepText.heading = textOf(object, "heading");
        stepText.body = textOf(object, "body");
        readKeyedTexts(
            object.value(QLatin1String("answers")).toObject(), step.answers,
            pointer + QLatin1String("/answers"), QStringLiteral("answer"), isSource,
            {{QLatin1StringView("label"), Kind::String, isSource},
             {QLatin1StringView("feedback"), Kind::String, isSource}},
            report, [&](const QString &id, const QJsonObject &answer) {
                stepText.answers.insert(id, {textOf(answer, "label"), textOf(answer, "feedback")});
            });
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
