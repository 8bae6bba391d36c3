// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonStyleCheck.h"

#include "JsonLocator.h"
#include "PlainLanguage.h"

#include <QDir>
#include <QFile>

namespace OpenSteps {

namespace {
// Every sentence the learner reads in a step, besides the heading. Scam-sort messages are left
// out: they copy how criminals write on purpose.
QString stepWords(const StepText &text) {
    QStringList parts = {text.body, text.alt};
    for (const AnswerText &answer : text.answers)
        parts << answer.label << answer.feedback;
    for (const TaskText &task : text.tasks)
        parts << task.instruction << task.hint;
    for (const MessageText &message : text.messages)
        parts << message.signs;
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}
} // namespace

QList<LessonProblem> checkLessonStyle(const Lesson &lesson) {
    const QString path = QDir(lesson.folder).filePath(QStringLiteral("text/en.json"));
    QFile file(path);
    const JsonLocator locator(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    QList<LessonProblem> warnings;
    const auto warn = [&](const QString &pointer, const QString &message) {
        warnings.append({path, locator.lineOf(pointer), QStringLiteral("warning: ") + message});
    };

    QString all;
    QHash<QString, QString> firstUse; // jargon term -> step id
    for (const Step &step : lesson.steps) {
        const StepText text = lesson.texts.value(QStringLiteral("en")).steps.value(step.id);
        const QString words = stepWords(text);
        all += words + QLatin1Char('\n');
        for (const QString &term :
             PlainLanguage::jargonIn(text.heading + QLatin1Char('\n') + words)) {
            if (!firstUse.contains(term))
                firstUse.insert(term, step.id);
        }
    }
    const PlainLanguage::Measures measures = PlainLanguage::measure(all);
    if (measures.averageSentenceWords() > PlainLanguage::kMaxAverageSentenceWords)
        warn(QStringLiteral("/steps"),
             QStringLiteral("sentences are %1 words long on average; aim for %2 or fewer")
                 .arg(measures.averageSentenceWords(), 0, 'f', 1)
                 .arg(PlainLanguage::kMaxAverageSentenceWords));
    if (measures.readingEase() < PlainLanguage::kMinReadingEase)
        warn(QStringLiteral("/steps"),
             QStringLiteral("reading ease is %1; aim for %2 or more (shorter sentences, "
                            "shorter words)")
                 .arg(measures.readingEase(), 0, 'f', 0)
                 .arg(PlainLanguage::kMinReadingEase));
    for (auto it = firstUse.cbegin(); it != firstUse.cend(); ++it) {
        if (!PlainLanguage::explains(all, it.key()))
            warn(QStringLiteral("/steps/") + it.value(),
                 QStringLiteral("\"%1\" may be new to learners: explain it in a sentence such "
                                "as \"A %1 is ...\", or use an everyday word")
                     .arg(it.key()));
    }
    return warnings;
}

} // namespace OpenSteps
