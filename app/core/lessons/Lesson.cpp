// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lesson.h"

#include <QFileInfo>
#include <QUrl>

namespace OpenSteps {

namespace {
const QString kSourceLanguage = QStringLiteral("en");

// A translation may be partial: each piece falls back to the English source on its own.
QString pick(const QString &translated, const QString &source) {
    return translated.isEmpty() ? source : translated;
}
} // namespace

QString Lesson::title(const QString &language) const {
    return pick(texts.value(language).title, texts.value(kSourceLanguage).title);
}

QString Lesson::summary(const QString &language) const {
    return pick(texts.value(language).summary, texts.value(kSourceLanguage).summary);
}

StepText Lesson::stepText(const QString &language, const QString &stepId) const {
    const StepText source = texts.value(kSourceLanguage).steps.value(stepId);
    const StepText local = texts.value(language).steps.value(stepId);
    StepText result;
    result.heading = pick(local.heading, source.heading);
    result.body = pick(local.body, source.body);
    result.alt = pick(local.alt, source.alt);
    result.prompts = local.prompts.isEmpty() ? source.prompts : local.prompts;
    for (auto it = source.tasks.cbegin(); it != source.tasks.cend(); ++it) {
        const TaskText localTask = local.tasks.value(it.key());
        result.tasks.insert(it.key(), {pick(localTask.instruction, it->instruction),
                                       pick(localTask.hint, it->hint)});
    }
    for (auto it = source.messages.cbegin(); it != source.messages.cend(); ++it) {
        const MessageText localMessage = local.messages.value(it.key());
        result.messages.insert(
            it.key(), {pick(localMessage.from, it->from), pick(localMessage.subject, it->subject),
                       pick(localMessage.body, it->body), pick(localMessage.signs, it->signs)});
    }
    for (auto it = source.answers.cbegin(); it != source.answers.cend(); ++it) {
        const AnswerText localAnswer = local.answers.value(it.key());
        result.answers.insert(it.key(), {pick(localAnswer.label, it->label),
                                         pick(localAnswer.feedback, it->feedback)});
    }
    return result;
}

int Lesson::stepIndex(const QString &stepId) const {
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

QStringList Lesson::stepSkills() const {
    QStringList result;
    for (const Step &step : steps) {
        if (!result.contains(step.skill))
            result.append(step.skill);
    }
    return result;
}

QString Lesson::imageUrl(const Step &step) const {
    if (step.image.isEmpty())
        return {};
    const QString path = folder + QLatin1Char('/') + step.image;
    return path.startsWith(QLatin1Char(':'))
               ? QLatin1String("qrc") + path
               : QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString();
}

int Lesson::resumeIndex(const QSet<QString> &done) const {
    int index = 0;
    while (index < steps.size() - 1 && done.contains(steps.at(index).id))
        ++index;
    return index;
}

} // namespace OpenSteps
