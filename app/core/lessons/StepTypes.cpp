// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepTypes.h"

#include "PointerPractice.h"
#include "SimulationScenes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace OpenSteps {

namespace {

using namespace LessonJson;

void readChoice(const QJsonObject &object, const QString &pointer, FileReport &report, Step &step) {
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

void readAnswerTexts(const QJsonObject &object, const Step &step, const QString &pointer,
                     bool isSource, FileReport &report, StepText &text) {
    readKeyedTexts(
        object.value(QLatin1String("answers")).toObject(), step.answers,
        pointer + QLatin1String("/answers"), QStringLiteral("answer"), isSource,
        {{QLatin1StringView("label"), Kind::String, isSource},
         {QLatin1StringView("feedback"), Kind::String, isSource}},
        report, [&](const QString &id, const QJsonObject &answer) {
            text.answers.insert(id, {textOf(answer, "label"), textOf(answer, "feedback")});
        });
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

void readPrompts(const QJsonObject &object, const Step &, const QString &pointer, bool,
                 FileReport &report, StepText &text) {
    text.prompts = toStringList(object.value(QLatin1String("prompts")));
    if (object.contains(QLatin1String("prompts")))
        checkPrompts(text.prompts, pointer + QLatin1String("/prompts"), report);
}

void readTaskTexts(const QJsonObject &object, const Step &step, const QString &pointer,
                   bool isSource, FileReport &report, StepText &text) {
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

} // namespace

const QList<StepType> &StepTypes::all() {
    // Fields of the English source are required; translations may leave any out.
    static const QList<StepType> types = {
        {QStringLiteral("explain"), {}, {}, nullptr, nullptr},
        {QStringLiteral("choice"),
         {{QLatin1StringView("answers"), Kind::StringArray, true},
          {QLatin1StringView("correct"), Kind::StringArray, true}},
         {{QLatin1StringView("answers"), Kind::Object, true}},
         readChoice,
         readAnswerTexts},
        {QStringLiteral("mouse-practice"),
         {{QLatin1StringView("actions"), Kind::StringArray, true},
          {QLatin1StringView("targets"), Kind::Integer, false},
          {QLatin1StringView("accuracy"), Kind::Number, false}},
         {},
         readMousePractice,
         nullptr},
        {QStringLiteral("keyboard-practice"),
         {},
         {{QLatin1StringView("prompts"), Kind::StringArray, true}},
         nullptr,
         readPrompts},
        {QStringLiteral("simulation"),
         {{QLatin1StringView("scene"), Kind::String, true},
          {QLatin1StringView("tasks"), Kind::Array, true}},
         {{QLatin1StringView("tasks"), Kind::Object, true}},
         readSimulation,
         readTaskTexts},
        {QStringLiteral("scam-sort"),
         {{QLatin1StringView("messages"), Kind::Array, true}},
         {{QLatin1StringView("messages"), Kind::Object, true}},
         readScamSort,
         readMessageTexts},
        {QStringLiteral("password-builder"), {}, {}, nullptr, nullptr},
        {QStringLiteral("reflect"), {}, {}, nullptr, nullptr},
    };
    return types;
}

const StepType *StepTypes::find(const QString &id) {
    for (const StepType &type : all()) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

QStringList StepTypes::ids() {
    QStringList ids;
    for (const StepType &type : all())
        ids << type.id;
    return ids;
}

} // namespace OpenSteps
