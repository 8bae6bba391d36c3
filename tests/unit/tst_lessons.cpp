// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson files: good ones load; each kind of mistake is reported with its file and line.
#include "LessonCatalog.h"
#include "LessonCommands.h"
#include "LessonLoader.h"
#include "LessonStyleCheck.h"
#include "PlainLanguage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {

const QString kId = QStringLiteral("0f8c2a4e-5b1d-4c3a-9e7f-2d6b8a1c4e90");

// A valid lesson.json; line numbers below refer to this layout.
QString goodLesson(const QString &id = kId) {
    return QStringLiteral(R"({
  "format": 1,
  "id": "%1",
  "topic": "foundation",
  "skills": ["eds.foundation.controls"],
  "order": 10,
  "steps": [
    { "id": "hello", "type": "explain" },
    { "id": "pick", "type": "choice", "answers": ["yes", "no"], "correct": ["yes"] }
  ]
}
)")
        .arg(id);
}

QString goodText() {
    return QStringLiteral(R"({
  "title": "A lesson",
  "summary": "What it teaches.",
  "steps": {
    "hello": { "heading": "Hello", "body": "Some words." },
    "pick": {
      "heading": "Pick one",
      "body": "Which?",
      "answers": {
        "yes": { "label": "Yes", "feedback": "Yes, right." },
        "no": { "label": "No", "feedback": "Not quite." }
      }
    }
  }
}
)");
}

void write(const QString &path, const QString &text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void writeLesson(const QString &folder, const QString &lesson, const QString &text) {
    write(folder + QLatin1String("/lesson.json"), lesson);
    if (!text.isNull())
        write(folder + QLatin1String("/text/en.json"), text);
}

} // namespace

class LessonsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodLessonLoads() {
        QTemporaryDir dir;
        writeLesson(dir.path(), goodLesson(), goodText());
        const LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.lesson);
        QCOMPARE(result.lesson->id, kId);
        QCOMPARE(result.lesson->steps.size(), 2);
        QCOMPARE(result.lesson->steps.at(1).answers,
                 (QStringList{QStringLiteral("yes"), QStringLiteral("no")}));
        QCOMPARE(result.lesson->title(QStringLiteral("en")), QStringLiteral("A lesson"));
        QCOMPARE(result.lesson->stepText(QStringLiteral("en"), QStringLiteral("pick"))
                     .answers.value(QStringLiteral("no"))
                     .feedback,
                 QStringLiteral("Not quite."));
    }

    void mousePracticeStepLoads() {
        QTemporaryDir dir;
        writeLesson(
            dir.path(),
            goodLesson().replace(
                QLatin1String("{ \"id\": \"hello\", \"type\": \"explain\" }"),
                QLatin1String("{ \"id\": \"hello\", \"type\": \"mouse-practice\", "
                              "\"actions\": [\"click\", \"double-click\"], \"targets\": 3 }")),
            goodText());
        const LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        const Step &step = result.lesson->steps.first();
        QCOMPARE(step.type, QStringLiteral("mouse-practice"));
        QCOMPARE(step.actions,
                 (QStringList{QStringLiteral("click"), QStringLiteral("double-click")}));
        QCOMPARE(step.targetsPerAction, 3);
        QCOMPARE(step.accuracyBar, 0.8);
    }

    void partialTranslationFallsBackToEnglish() {
        QTemporaryDir dir;
        writeLesson(dir.path(), goodLesson(), goodText());
        write(dir.filePath(QStringLiteral("text/pl.json")),
              QStringLiteral(
                  R"({ "title": "Lekcja", "steps": { "hello": { "heading": "Cześć" } } })"));
        const LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        const QString pl = QStringLiteral("pl");
        QCOMPARE(result.lesson->title(pl), QStringLiteral("Lekcja"));
        QCOMPARE(result.lesson->summary(pl), QStringLiteral("What it teaches."));
        QCOMPARE(result.lesson->stepText(pl, QStringLiteral("hello")).heading,
                 QStringLiteral("Cześć"));
        QCOMPARE(result.lesson->stepText(pl, QStringLiteral("hello")).body,
                 QStringLiteral("Some words."));
    }

    void badLessonIsReportedWithFileAndLine_data() {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        const QString lesson = goodLesson();
        const QString text = goodText();
        const auto replaced = [](QString s, const char *from, const char *to) {
            return s.replace(QLatin1String(from), QLatin1String(to));
        };
        QTest::newRow("syntax error") << replaced(lesson, "\"order\": 10,", "\"order\": 10") << text
                                      << "lesson.json" << 7 << "JSON syntax error";
        QTest::newRow("unknown field in a step")
            << replaced(lesson, "\"type\": \"explain\" }", "\"type\": \"explain\", \"colour\": 1 }")
            << text << "lesson.json" << 8 << "unknown field \"colour\"";
        QTest::newRow("unknown top-level field")
            << replaced(lesson, "\"order\": 10,", "\"order\": 10,\n  \"author\": \"me\",") << text
            << "lesson.json" << 7 << "unknown field \"author\"";
        QTest::newRow("missing required field")
            << replaced(lesson, "  \"topic\": \"foundation\",\n", "") << text << "lesson.json" << 1
            << "missing required field \"topic\"";
        QTest::newRow("wrong type")
            << replaced(lesson, "\"order\": 10", "\"order\": \"ten\"") << text << "lesson.json" << 6
            << "\"order\" must be a whole number";
        QTest::newRow("id not a UUID") << goodLesson(QStringLiteral("lesson-one")) << text
                                       << "lesson.json" << 3 << "must be a lowercase UUID";
        QTest::newRow("unknown topic") << replaced(lesson, "\"foundation\"", "\"cooking\"") << text
                                       << "lesson.json" << 4 << "unknown topic \"cooking\"";
        QTest::newRow("unknown skill")
            << replaced(lesson, "eds.foundation.controls", "eds.juggling") << text << "lesson.json"
            << 5 << "unknown skill \"eds.juggling\"";
        QTest::newRow("unknown step type") << replaced(lesson, "\"explain\"", "\"video\"") << text
                                           << "lesson.json" << 8 << "unknown step type \"video\"";
        QTest::newRow("unknown mouse action")
            << replaced(
                   lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                   "{ \"id\": \"hello\", \"type\": \"mouse-practice\", \"actions\": [\"wiggle\"] }")
            << text << "lesson.json" << 8 << "unknown mouse action \"wiggle\"";
        QTest::newRow("mouse accuracy out of range")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"mouse-practice\", \"actions\": "
                        "[\"click\"], \"accuracy\": 2 }")
            << text << "lesson.json" << 8 << "\"accuracy\" must be from 0.5 to 1.0";
        QTest::newRow("keyboard practice without prompts")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"keyboard-practice\" }")
            << text << "text/en.json" << 5 << "missing required field \"prompts\"";
        QTest::newRow("prompt that cannot be typed")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"keyboard-practice\" }")
            << replaced(text, "\"body\": \"Some words.\" }",
                        "\"body\": \"Some words.\", \"prompts\": [\"snake_case\"] }")
            << "text/en.json" << 5 << "prompt \"snake_case\" must use only";
        QTest::newRow("choice field on an explain step")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"explain\", \"answers\": [] }")
            << text << "lesson.json" << 8 << "unknown field \"answers\"";
        QTest::newRow("duplicate step id") << replaced(lesson, "\"pick\"", "\"hello\"") << text
                                           << "lesson.json" << 9 << "used twice";
        QTest::newRow("correct answer not listed")
            << replaced(lesson, "\"correct\": [\"yes\"]", "\"correct\": [\"maybe\"]") << text
            << "lesson.json" << 9 << "lists \"maybe\"";
        QTest::newRow("no steps")
            << replaced(lesson,
                        "\n    { \"id\": \"hello\", \"type\": \"explain\" },\n    { \"id\": "
                        "\"pick\", \"type\": \"choice\", \"answers\": [\"yes\", \"no\"], "
                        "\"correct\": [\"yes\"] }\n  ",
                        "")
            << text << "lesson.json" << 7 << "at least 1 step";
        QTest::newRow("missing English text")
            << lesson << QString() << "lesson.json" << 1 << "missing text/en.json";
        QTest::newRow("text syntax error") << lesson << replaced(text, "\"Hello\",", "\"Hello\"")
                                           << "text/en.json" << 5 << "JSON syntax error";
        QTest::newRow("missing step text")
            << lesson
            << replaced(text,
                        "    \"hello\": { \"heading\": \"Hello\", \"body\": \"Some words.\" },\n",
                        "")
            << "text/en.json" << 4 << "missing text for step \"hello\"";
        QTest::newRow("text for unknown step")
            << lesson
            << replaced(text, "\"hello\": {",
                        "\"extra\": { \"heading\": \"x\", \"body\": \"y\" },\n    \"hello\": {")
            << "text/en.json" << 5 << "which lesson.json does not have";
        QTest::newRow("missing answer text")
            << lesson
            << replaced(text,
                        ",\n        \"no\": { \"label\": \"No\", \"feedback\": \"Not quite.\" }",
                        "")
            << "text/en.json" << 9 << "missing text for answer \"no\"";
        QTest::newRow("lesson without skills")
            << replaced(lesson, "[\"eds.foundation.controls\"]", "[]") << text << "lesson.json" << 5
            << "at least 1 skill";
        QTest::newRow("unknown step skill")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"explain\", \"skill\": \"eds.nope\" }")
            << text << "lesson.json" << 8 << "unknown skill \"eds.nope\"";
        QTest::newRow("picture file missing")
            << replaced(
                   lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                   "{ \"id\": \"hello\", \"type\": \"explain\", \"image\": \"images/none.svg\" }")
            << text << "lesson.json" << 8 << "is not in the lesson folder";
        QTest::newRow("picture outside the images folder")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"explain\", \"image\": \"../x.svg\" }")
            << text << "lesson.json" << 8 << "must be a file in the lesson's images folder";
        QTest::newRow("unknown scene")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"simulation\", \"scene\": \"casino\", "
                        "\"tasks\": [{ \"id\": \"t\", \"target\": \"wifi-icon\" }] }")
            << replaced(text, "\"body\": \"Some words.\" }",
                        "\"body\": \"Some words.\", \"tasks\": { \"t\": { \"instruction\": \"Do "
                        "it.\", \"hint\": \"Look.\" } } }")
            << "lesson.json" << 8 << "unknown scene \"casino\"";
        QTest::newRow("target the scene does not have")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"simulation\", \"scene\": \"wifi\", "
                        "\"tasks\": [{ \"id\": \"t\", \"target\": \"teleport\" }] }")
            << replaced(text, "\"body\": \"Some words.\" }",
                        "\"body\": \"Some words.\", \"tasks\": { \"t\": { \"instruction\": \"Do "
                        "it.\", \"hint\": \"Look.\" } } }")
            << "lesson.json" << 8 << "scene \"wifi\" has no target \"teleport\"";
        QTest::newRow("simulation without task text")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"simulation\", \"scene\": \"wifi\", "
                        "\"tasks\": [{ \"id\": \"t\", \"target\": \"wifi-icon\" }] }")
            << text << "text/en.json" << 5 << "missing required field \"tasks\"";
        QTest::newRow("scam sort with one message")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"scam-sort\", \"messages\": [{ \"id\": "
                        "\"a\", \"kind\": \"text\", \"verdict\": \"scam\" }] }")
            << text << "lesson.json" << 8 << "needs 2 to 6 messages";
        QTest::newRow("scam sort with an unknown verdict")
            << replaced(lesson, "{ \"id\": \"hello\", \"type\": \"explain\" }",
                        "{ \"id\": \"hello\", \"type\": \"scam-sort\", \"messages\": [{ \"id\": "
                        "\"a\", \"kind\": \"text\", \"verdict\": \"scam\" }, { \"id\": \"b\", "
                        "\"kind\": \"text\", \"verdict\": \"maybe\" }] }")
            << text << "lesson.json" << 8 << "\"verdict\" must be safe or scam";
        QTest::newRow("empty heading") << lesson << replaced(text, "\"Hello\"", "\"  \"")
                                       << "text/en.json" << 5 << "\"heading\" must be text";
    }

    void badLessonIsReportedWithFileAndLine() {
        QFETCH(QString, lesson);
        QFETCH(QString, text);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeLesson(dir.path(), lesson, text);
        const LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY(!result.lesson);
        QVERIFY(!result.problems.isEmpty());
        const LessonProblem &problem = result.problems.first();
        QCOMPARE(problem.file, dir.filePath(file));
        QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));
        QCOMPARE(problem.line, line);
        QCOMPARE(
            problem.toString(),
            QStringLiteral("%1:%2: %3").arg(dir.filePath(file)).arg(line).arg(problem.message));
    }

    void brokenLessonDoesNotStopTheOthers() {
        QTemporaryDir dir;
        writeLesson(dir.filePath(QStringLiteral("a-good")), goodLesson(), goodText());
        writeLesson(dir.filePath(QStringLiteral("b-broken")), QStringLiteral("{ \"format\": "),
                    goodText());
        writeLesson(dir.filePath(QStringLiteral("c-same-id")), goodLesson(), goodText());
        QDir().mkpath(
            dir.filePath(QStringLiteral("schema"))); // folders without lesson.json are skipped
        LessonCatalog catalog;
        catalog.load(dir.path());
        QCOMPARE(catalog.lessons().size(), 1);
        QCOMPARE(catalog.lessons().first().folder, dir.filePath(QStringLiteral("a-good")));
        QCOMPARE(catalog.problems().size(), 2);
        QVERIFY(catalog.problems().at(0).file.endsWith(QLatin1String("b-broken/lesson.json")));
        QVERIFY(catalog.problems().at(1).message.contains(QLatin1String("already used")));
    }

    void checkCommandPrintsProblemsAndFails() {
        QTemporaryDir dir;
        writeLesson(dir.filePath(QStringLiteral("good")), goodLesson(), goodText());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(checkLessons(dir.path(), outStream, errStream), 0);
        QVERIFY(err.isEmpty());
        writeLesson(dir.filePath(QStringLiteral("bad")), QStringLiteral("[]"), goodText());
        QCOMPARE(checkLessons(dir.path(), outStream, errStream), 1);
        QCOMPARE(err.trimmed(), dir.filePath(QStringLiteral("bad/lesson.json")) +
                                    QStringLiteral(":1: the file must hold one JSON object { }"));
    }

    void listCommandDescribesEachLesson() {
        QTemporaryDir dir;
        writeLesson(dir.filePath(QStringLiteral("good")), goodLesson(), goodText());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(listLessonsJson(dir.path(), outStream, errStream), 0);
        const QJsonArray lessons = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(lessons.size(), 1);
        const QJsonObject lesson = lessons.first().toObject();
        QCOMPARE(lesson.value(QLatin1String("id")).toString(), kId);
        QCOMPARE(lesson.value(QLatin1String("title")).toString(), QStringLiteral("A lesson"));
        QCOMPARE(lesson.value(QLatin1String("topic")).toString(), QStringLiteral("foundation"));
        QCOMPARE(lesson.value(QLatin1String("stepCount")).toInt(), 2);
        QCOMPARE(lesson.value(QLatin1String("stepTypes")).toArray(),
                 (QJsonArray{QStringLiteral("explain"), QStringLiteral("choice")}));
        QCOMPARE(lesson.value(QLatin1String("stepSkills")).toArray(),
                 (QJsonArray{QStringLiteral("eds.foundation.controls")}));
    }

    void pictureNeedsAltText() {
        QTemporaryDir dir;
        const QString lesson = goodLesson().replace(
            QLatin1String("{ \"id\": \"hello\", \"type\": \"explain\" }"),
            QLatin1String("{ \"id\": \"hello\", \"type\": \"explain\", \"image\": "
                          "\"images/mouse.svg\" }"));
        writeLesson(dir.path(), lesson, goodText());
        write(dir.filePath(QStringLiteral("images/mouse.svg")), QStringLiteral("<svg/>"));
        LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY(!result.lesson);
        QCOMPARE(result.problems.first().toString(),
                 dir.filePath(QStringLiteral("text/en.json")) +
                     QStringLiteral(":1: missing required field \"alt\"")
                         .replace(QLatin1String(":1:"), QLatin1String(":5:")));

        write(dir.filePath(QStringLiteral("text/en.json")),
              goodText().replace(QLatin1String("\"body\": \"Some words.\" }"),
                                 QLatin1String("\"body\": \"Some words.\", \"alt\": \"A mouse on a "
                                               "desk.\" }")));
        result = loadLessonFolder(dir.path());
        QVERIFY(result.lesson);
        const Step &step = result.lesson->steps.first();
        QCOMPARE(result.lesson->stepText(QStringLiteral("en"), step.id).alt,
                 QStringLiteral("A mouse on a desk."));
        QVERIFY(result.lesson->imageUrl(step).startsWith(QLatin1String("file:///")));
        QVERIFY(result.lesson->imageUrl(step).endsWith(QLatin1String("/images/mouse.svg")));
    }

    void everyStepIsTaggedWithASkill() {
        QTemporaryDir dir;
        writeLesson(dir.path(),
                    goodLesson().replace(
                        QLatin1String("\"type\": \"explain\" }"),
                        QLatin1String("\"type\": \"explain\", \"skill\": \"eds.being-safe\" }")),
                    goodText());
        const LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY(result.lesson);
        QCOMPARE(result.lesson->steps.at(0).skill, QStringLiteral("eds.being-safe"));
        QCOMPARE(result.lesson->steps.at(1).skill, QStringLiteral("eds.foundation.controls"));
        QCOMPARE(result.lesson->stepSkills(),
                 (QStringList{QStringLiteral("eds.being-safe"),
                              QStringLiteral("eds.foundation.controls")}));
    }

    void plainLanguageMeasures_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<int>("words");
        QTest::addColumn<bool>("plain");
        QTest::newRow("short and plain")
            << "Click the big green button. It is at the bottom." << 2 << 10 << true;
        QTest::newRow("addresses are one word")
            << "Forward it to report@phishing.gov.uk now. Go to www.nhs.uk today." << 2 << 9
            << true;
        QTest::newRow("long official sentence")
            << "Notwithstanding the aforementioned considerations, applicants are required to "
               "authenticate utilising the designated identification verification procedure "
               "prior to submission of documentation."
            << 1 << 20 << false;
    }
    void plainLanguageMeasures() {
        QFETCH(QString, text);
        QFETCH(int, sentences);
        QFETCH(int, words);
        QFETCH(bool, plain);
        const PlainLanguage::Measures measures = PlainLanguage::measure(text);
        QCOMPARE(measures.sentences, sentences);
        QCOMPARE(measures.words, words);
        QCOMPARE(measures.readingEase() >= PlainLanguage::kMinReadingEase &&
                     measures.averageSentenceWords() <= PlainLanguage::kMaxAverageSentenceWords,
                 plain);
    }

    void styleCheckWarnsAboutHardWordsWithTheirLine_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("warning"); // empty: no warning
        QTest::newRow("plain") << "Some words. They are short." << QString();
        QTest::newRow("long sentences")
            << QStringLiteral("This sentence goes on and on with many words that a learner has to "
                              "hold in mind before the end of it comes along at last. ")
                   .repeated(8)
                   .trimmed()
            << "words long on average";
        QTest::newRow("hard words")
            << "Comprehensive organisational verification necessitates documentation."
            << "reading ease is";
        QTest::newRow("jargon not explained") << "Open the browser."
                                              << "\"browser\" may be new";
        QTest::newRow("jargon explained")
            << "A browser is the app you use to see websites. Open the browser." << QString();
    }
    void styleCheckWarnsAboutHardWordsWithTheirLine() {
        QFETCH(QString, body);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        writeLesson(dir.path(), goodLesson(),
                    goodText().replace(QLatin1String("Some words."), body));
        const LessonLoadResult result = loadLessonFolder(dir.path());
        QVERIFY(result.lesson);
        const QList<LessonProblem> warnings = checkLessonStyle(*result.lesson);
        if (warning.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).toString()));
            return;
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().message.contains(warning), qPrintable(warnings.first().message));
        QCOMPARE(warnings.first().file, dir.filePath(QStringLiteral("text/en.json")));
        QCOMPARE(warnings.first().line, warning.contains(QLatin1String("browser")) ? 5 : 4);
    }

    void bundledLessonsHaveNoStyleWarnings() {
        LessonCatalog catalog;
        catalog.load(QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons"));
        QVERIFY(catalog.lessons().size() >= 18);
        for (const Lesson &lesson : catalog.lessons()) {
            const QList<LessonProblem> warnings = checkLessonStyle(lesson);
            for (const LessonProblem &warning : warnings)
                qWarning().noquote() << warning.toString();
            QVERIFY(warnings.isEmpty());
            QVERIFY2(lesson.steps.size() >= 6 && lesson.steps.size() <= 15,
                     qPrintable(lesson.folder));
        }
    }

    void cachedLessonsLoadLikeParsedOnesUntilAFileChanges() {
        QTemporaryDir dir;
        const QString lessons = dir.filePath(QStringLiteral("lessons"));
        const QString cache = dir.filePath(QStringLiteral("lessons.cache"));
        writeLesson(lessons + QLatin1String("/good"), goodLesson(), goodText());
        writeLesson(lessons + QLatin1String("/bad"), QStringLiteral("[]"), goodText());
        LessonCatalog first;
        first.load(lessons, cache);
        QVERIFY(QFileInfo::exists(cache));
        LessonCatalog second;
        second.load(lessons, cache); // from the cache
        QCOMPARE(second.lessons().size(), 1);
        QCOMPARE(second.problems(), first.problems());
        const Lesson &lesson = second.lessons().first();
        QCOMPARE(lesson.id, kId);
        QCOMPARE(lesson.stepText(QStringLiteral("en"), QStringLiteral("pick"))
                     .answers.value(QStringLiteral("no"))
                     .feedback,
                 QStringLiteral("Not quite."));

        // An edited text is read afresh, never served stale from the cache.
        QTest::qWait(5); // a different modification time
        write(lessons + QLatin1String("/good/text/en.json"),
              goodText().replace(QLatin1String("A lesson"), QLatin1String("A new title")));
        LessonCatalog third;
        third.load(lessons, cache);
        QCOMPARE(third.lessons().first().title(QStringLiteral("en")),
                 QStringLiteral("A new title"));

        // A damaged cache file is ignored.
        write(cache, QStringLiteral("not a cache"));
        LessonCatalog fourth;
        fourth.load(lessons, cache);
        QCOMPARE(fourth.lessons().size(), 1);
    }

    void bundledLessonsAreValid() {
        LessonCatalog catalog;
        catalog.load(QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons"));
        for (const LessonProblem &problem : catalog.problems())
            qWarning().noquote() << problem.toString();
        QVERIFY(catalog.problems().isEmpty());
        QVERIFY(catalog.lessons().size() >= 2);
    }
};

QTEST_GUILESS_MAIN(LessonsTest)
#include "tst_lessons.moc"
