// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AppController.h"
#include "BundleCommand.h"
#include "Dashboard.h"
#include "DemoDataCommand.h"
#include "ExportCommand.h"
#include "GuiApp.h"
#include "HelperStore.h"
#include "HubIdentity.h"
#include "LessonCatalog.h"
#include "LessonCommands.h"
#include "LessonRunner.h"
#include "LrsConfig.h"
#include "MousePracticeSession.h"
#include "PageAudit.h"
#include "Preferences.h"
#include "ProcessStats.h"
#include "ReportCommand.h"
#include "SampleData.h"
#include "SyncCommand.h"
#include "SyncPanel.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtMath>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(OpenStepsPlugin)

namespace OpenSteps {

namespace {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

struct Options {
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QStringLiteral("Folder for the database and everything the app "
                                              "saves (default: %1)."),
                               QStringLiteral("DIR")};
    QCommandLineOption lessonsDir{QStringLiteral("lessons-dir"),
                                  QStringLiteral("Folder of lessons to use instead of the bundled "
                                                 "ones."),
                                  QStringLiteral("DIR")};
    QCommandLineOption startupProbe{QStringLiteral("startup-probe"),
                                    QStringLiteral("Start normally, exit after the first frame of "
                                                   "the first page (Home for a returning learner) "
                                                   "and print first_frame_ms and rss_kib.")};
    QCommandLineOption lessonOpenProbe{
        QStringLiteral("lesson-open-probe"),
        QStringLiteral("Start normally, then open every lesson in turn and print how long each "
                       "took to show its first step (lesson_open_ms), and exit.")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("lessons list: print JSON.")};
    QCommandLineOption page{QStringLiteral("page"),
                            QStringLiteral("screenshot: the page to render (%1).")
                                .arg(AppController::pageNames().join(QLatin1String(", "))),
                            QStringLiteral("NAME")};
    QCommandLineOption outFile{QStringLiteral("out"),
                               QStringLiteral("screenshot: PNG file to write. export: the folder "
                                              "to write into."),
                               QStringLiteral("FILE.png|DIR")};
    QCommandLineOption textScale{QStringLiteral("text-scale"),
                                 QStringLiteral("screenshot: text size from 1.0 to 2.0."),
                                 QStringLiteral("SCALE"), QStringLiteral("1.0")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QStringLiteral("screenshot: default, dark or high-contrast."),
                             QStringLiteral("NAME"), QStringLiteral("default")};
    QCommandLineOption font{QStringLiteral("font"),
                            QStringLiteral("screenshot: standard, atkinson or opendyslexic."),
                            QStringLiteral("NAME"), QStringLiteral("standard")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("screenshot: language code, e.g. en, or ur to check "
                                           "right-to-left layout."),
                            QStringLiteral("CODE"), QStringLiteral("en")};
    QCommandLineOption step{QStringLiteral("step"),
                            QStringLiteral("screenshot --page lesson: show this step, given as "
                                           "LESSON-FOLDER/STEP-ID (e.g. spotting-scams/sort-the-"
                                           "messages)."),
                            QStringLiteral("FOLDER/STEP")};
    QCommandLineOption name{QStringLiteral("name"),
                            QStringLiteral("helper add: the helper's name, as they will type it "
                                           "to sign in."),
                            QStringLiteral("NAME")};
    QCommandLineOption role{QStringLiteral("role"),
                            QStringLiteral("helper add: volunteer or staff."),
                            QStringLiteral("ROLE")};
    QCommandLineOption checkLayout{
        QStringLiteral("check-layout"),
        QStringLiteral("screenshot: after writing the PNG, list text cut short or outside the "
                       "window and controls on top of each other; exit status 3 if any.")};
    QCommandLineOption checkKeyboard{
        QStringLiteral("check-keyboard"),
        QStringLiteral("screenshot: after writing the PNG, Tab round the page and list what "
                       "Tab misses, takes out of order or shows without a focus ring; exit "
                       "status 3 if any.")};
    QCommandLineOption stay{QStringLiteral("stay"),
                            QStringLiteral("screenshot: show the page on the real display "
                                           "instead, print \"ready\" and run until killed "
                                           "(for screen-reader checks).")};

    QCommandLineOption sharing{QStringLiteral("sharing"),
                               QStringLiteral("sample-data: also add N learners who share their "
                                              "outcomes, each finishing --lessons-each lessons."),
                               QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption hub{QStringLiteral("hub"),
                           QStringLiteral("sample-data: the hub id the outcomes carry (a "
                                          "simulated hub, for the programme-wide report tests)."),
                           QStringLiteral("ID")};
    QCommandLineOption lessonsEach{QStringLiteral("lessons-each"),
                                   QStringLiteral("sample-data --sharing: lessons each finishes."),
                                   QStringLiteral("N"), QStringLiteral("3")};
    QCommandLineOption once{QStringLiteral("once"),
                            QStringLiteral("sync: deliver everything pending, then exit.")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                QStringLiteral("sync: the LRS's xAPI address for this run only."),
                                QStringLiteral("URL")};
    QCommandLineOption key{QStringLiteral("key"),
                           QStringLiteral("sync: the LRS key for this run only."),
                           QStringLiteral("KEY")};
    QCommandLineOption secret{QStringLiteral("secret"),
                              QStringLiteral("sync: the LRS secret for this run only (seen in "
                                             "the process list: for tests and scripts)."),
                              QStringLiteral("SECRET")};
    QCommandLineOption status{QStringLiteral("status"),
                              QStringLiteral("sync: print the outbox's counts and the last "
                                             "success and problem.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("sync: give up on a request with no answer after "
                                              "this many seconds."),
                               QStringLiteral("SECONDS"), QStringLiteral("30")};
    QCommandLineOption wait{QStringLiteral("wait"),
                            QStringLiteral("sync: keep retrying a busy or unreachable LRS this "
                                           "many seconds."),
                            QStringLiteral("SECONDS"), QStringLiteral("120")};

    QList<QCommandLineOption> all() const {
        return {dataDir,     lessonsDir, startupProbe, lessonOpenProbe,
                json,        page,       outFile,      textScale,
                theme,       font,       lang,         step,
                name,        role,       checkLayout,  checkKeyboard,
                stay,        once,       endpoint,     key,
                secret,      wait,       sharing,      hub,
                lessonsEach, status,     timeout};
    }
};

const char *const kCommands =
    "Commands (none: open the app):\n"
    "  lessons check [DIR]     Check every lesson (default: the bundled ones). Prints\n"
    "                          file:line: message for each problem; exit status 1 if any.\n"
    "  lessons list --json [DIR]\n"
    "                          List each lesson: id, title, topic, step count, step types.\n"
    "  screenshot --page NAME --out FILE.png [--text-scale 1.0-2.0] [--theme NAME]\n"
    "             [--font NAME] [--lang CODE] [--step FOLDER/STEP] [--check-layout]\n"
    "             [--check-keyboard] [--stay]\n"
    "                          Render one page with sample data, without a display; with a\n"
    "                          check, exit status 3 when it finds problems (on stderr).\n"
    "  sample-data --data-dir DIR [--sharing N [--lessons-each N]] [--hub ID]\n"
    "                          Add a sample learner part-way through the lessons to an empty\n"
    "                          data folder (for demos and the start-up benchmark); with\n"
    "                          --sharing, N more who share outcomes (for sync tests),\n"
    "                          as hub ID when given.\n"
    "  demo-data --data-dir DIR [--learners N] [--seed S] [--events N]\n"
    "                          Fill a new, empty folder with made-up learners, lessons, skills\n"
    "                          checks, check-ins and volunteer sessions (for demos and\n"
    "                          benchmarks), marked as demo data: never sent or bundled.\n"
    "  helper add --name NAME --role volunteer|staff [--data-dir DIR]\n"
    "                          Add a volunteer or staff member, who can reset learners' PINs.\n"
    "                          The passphrase (at least 8 characters) is read from the first\n"
    "                          line of standard input, e.g. from a pipe.\n"
    "  helper list [--data-dir DIR]\n"
    "                          List the helpers, one per line: name, a tab, role.\n"
    "  sync --once [--endpoint URL --key KEY --secret SECRET] [--wait SECONDS]\n"
    "              [--timeout SECONDS] [--data-dir DIR]\n"
    "                          Deliver every pending outcome statement to the Learning Record\n"
    "                          Store and print counts. Exit status 0: nothing left to send;\n"
    "                          2: no usable LRS settings; 3: some still wait (LRS unreachable\n"
    "                          or busy); 4: the LRS rejected the key and secret.\n"
    "  sync --status [--data-dir DIR]\n"
    "                          Print pending, delivered and set-aside counts and the last\n"
    "                          success and problem, as key=value lines.\n"

    "  bundle export FILE [--again] [--data-dir DIR]\n"
    "                          Write the statements waiting to be sent to FILE, to carry to a\n"
    "                          PC with internet; --again also those exported before.\n"
    "  bundle import FILE [--data-dir DIR]\n"
    "                          Check a bundle and add its statements to this PC's outbox.\n"
    "  export --format csv|records-csv|records-json|xapi|pdf --out DIR [--from YYYY-MM-DD]\n"
    "         [--to YYYY-MM-DD] [--data-dir DIR]\n"
    "                          Write the outcome export into the folder DIR (it must exist):\n"
    "                          open-data CSV and its data dictionary, anonymised records (not\n"
    "                          for publication), xAPI statements (JSON Lines) or a one-page PDF\n"
    "                          report. Default: this month. Prints the files written.\n"
    "  report --lrs URL [--key KEY --secret SECRET] --out DIR [--from YYYY-MM-DD]\n"
    "         [--to YYYY-MM-DD]\n"
    "                          The programme-wide open-data CSV and data dictionary: every\n"
    "                          hub's statements read from the LRS, counted and hidden as each\n"
    "                          hub's export is. Without --key/--secret, this PC's are used.";

void setUpParser(QCommandLineParser &parser, Options &options) {
    parser.setApplicationDescription(QStringLiteral("OpenSteps: learn basic digital skills, step "
                                                    "by step.\n\n") +
                                     QString::fromLatin1(kCommands));
    parser.addHelpOption();
    parser.addVersionOption();
    options.dataDir.setDescription(options.dataDir.description().arg(Workspace::defaultDataDir()));
    for (const QCommandLineOption &option : options.all())
        parser.addOption(option);
    parser.addOption(bundleAgainOption());
    parser.addOptions(exportOptions());
    parser.addOptions(reportOptions());
    parser.addOptions(demoDataOptions());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "lessons, screenshot, sample-data, demo-data, helper, sync, bundle, export or "
            "report (see above)."),
        QStringLiteral("[command [args]]"));
}

QString lessonsDir(const QCommandLineParser &parser, const Options &options) {
    return parser.isSet(options.lessonsDir) ? parser.value(options.lessonsDir)
                                            : LessonCatalog::bundledDirectory();
}

QString dataDir(const QCommandLineParser &parser, const Options &options) {
    return parser.isSet(options.dataDir) ? parser.value(options.dataDir)
                                         : Workspace::defaultDataDir();
}

int runLessons(const QStringList &args, const QCommandLineParser &parser, const Options &options) {
    const QString dir = args.value(2, lessonsDir(parser, options));
    if (args.value(1) == QLatin1String("check"))
        return checkLessons(dir, out(), err());
    if (args.value(1) == QLatin1String("list") && parser.isSet(options.json))
        return listLessonsJson(dir, out(), err());
    err() << "Usage: opensteps lessons check [DIR] | opensteps lessons list --json [DIR]"
          << Qt::endl;
    return 2;
}

int runSampleData(const QCommandLineParser &parser, const Options &options) {
    if (!parser.isSet(options.dataDir)) {
        err() << "sample-data needs --data-dir DIR, so it never touches real learners' data."
              << Qt::endl;
        return 2;
    }
    Workspace workspace;
    const auto opened = workspace.open(parser.value(options.dataDir), lessonsDir(parser, options));
    if (!opened.usable()) {
        err() << opened.message << Qt::endl;
        return 1;
    }
    QString error;
    if (parser.isSet(options.hub)) {
        HubIdentity hub = HubIdentity::fromSettings(workspace.settings());
        hub.id = parser.value(options.hub);
        if (hub.name.isEmpty())
            hub.name = hub.id;
        error = HubIdentity::idProblem(hub.id);
        if (error.isEmpty() && !hub.saveTo(workspace.settings()))
            error = QStringLiteral("The hub id could not be saved.");
    }
    if (error.isEmpty())
        error = addSampleLearner(workspace.database(), workspace.catalog());
    const int sharing = parser.value(options.sharing).toInt();
    if (error.isEmpty() && sharing > 0)
        error = addSharingLearners(workspace, sharing, parser.value(options.lessonsEach).toInt());
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << "Added a sample learner to " << workspace.dataDir() << Qt::endl;
    return 0;
}

// The first line of standard input, without its line ending; hidden while typed at a terminal.
// Scripts pipe the passphrase in, so it never shows in the process list or shell history.
std::optional<QString> readSecretLine() {
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << "Passphrase (at least " << HelperStore::kMinPassphraseLength
              << " characters): " << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        }
    }
    QFile input;
    QByteArray line;
    if (input.open(stdin, QIODevice::ReadOnly))
        line = input.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

int runHelper(const QStringList &args, const QCommandLineParser &parser, const Options &options) {
    const QString usage = QStringLiteral("Usage: opensteps helper add --name NAME --role "
                                         "volunteer|staff [--data-dir DIR] < passphrase-file\n"
                                         "       opensteps helper list [--data-dir DIR]");
    const bool add = args.value(1) == QLatin1String("add");
    const bool list = args.value(1) == QLatin1String("list");
    const QString role = parser.value(options.role);
    const bool roleOk = role == QLatin1String("volunteer") || role == QLatin1String("staff");
    if (args.size() != 2 || !(list || (add && roleOk && !parser.value(options.name).isEmpty()))) {
        if (add && !role.isEmpty() && !roleOk)
            err() << "The role must be volunteer or staff, not \"" << role << "\"." << Qt::endl;
        err() << usage << Qt::endl;
        return 2;
    }
    const QString dir = QDir(dataDir(parser, options)).absolutePath();
    const QString path = QDir(dir).filePath(QLatin1String(Database::kFileName));
    if (list && !QFile::exists(path)) {
        err() << "No helpers yet: there is no OpenSteps data in " << dir << Qt::endl;
        return 0;
    }
    QDir().mkpath(dir);
    Database db;
    const auto opened = db.open(path);
    if (!opened.usable()) {
        err() << opened.message << Qt::endl;
        return 1;
    }
    if (!opened.message.isEmpty())
        err() << opened.message << Qt::endl;
    HelperStore helpers(db);

    if (list) {
        const QList<Helper> all = helpers.all();
        if (all.isEmpty())
            err() << "No helpers yet in " << dir << Qt::endl;
        for (const Helper &helper : all)
            out() << helper.name << '\t' << helper.role << Qt::endl;
        return 0;
    }
    const std::optional<QString> passphrase = readSecretLine();
    if (!passphrase) {
        err() << "No passphrase given. Put it on the first line of standard input, e.g.\n"
                 "  printf '%s\\n' \"$PASSPHRASE\" | opensteps helper add --name NAME --role ROLE"
              << Qt::endl;
        return 1;
    }
    QString error;
    const auto helper = helpers.add(parser.value(options.name), role, *passphrase, &error);
    if (!helper) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << "Added " << helper->role << " " << helper->name << " to " << dir << Qt::endl;
    return 0;
}

int runSync(const QStringList &args, const QCommandLineParser &parser, const Options &options) {
    bool waitOk = false;
    bool timeoutOk = false;
    SyncCommandOptions sync;
    sync.waitSeconds = parser.value(options.wait).toInt(&waitOk);
    sync.timeoutSeconds = parser.value(options.timeout).toInt(&timeoutOk);
    if (args.size() == 1 && parser.isSet(options.status))
        return printSyncStatus(dataDir(parser, options), out(), err());
    if (args.size() != 1 || !parser.isSet(options.once) || !waitOk || sync.waitSeconds < 0 ||
        !timeoutOk || sync.timeoutSeconds < 1) {
        err() << "Usage: opensteps sync --once [--endpoint URL --key KEY --secret SECRET] "
                 "[--wait SECONDS] [--timeout SECONDS] [--data-dir DIR]\n"
                 "       opensteps sync --status [--data-dir DIR]"
              << Qt::endl;
        return 2;
    }
    sync.dataDir = dataDir(parser, options);
    if (parser.isSet(options.endpoint))
        sync.endpoint = parser.value(options.endpoint);
    if (parser.isSet(options.key))
        sync.key = parser.value(options.key);
    if (parser.isSet(options.secret))
        sync.secret = parser.value(options.secret);
    return runSyncOnce(sync, out(), err());
}

// Screenshot pages that show a lesson step of one type, after one try at it.
const QHash<QString, QString> kStepPages = {
    {QStringLiteral("lesson-choice"), QStringLiteral("choice")},
    {QStringLiteral("lesson-practice"), QStringLiteral("mouse-practice")},
    {QStringLiteral("lesson-typing"), QStringLiteral("keyboard-practice")},
    {QStringLiteral("lesson-reflect"), QStringLiteral("reflect")},
};

// Puts the lesson pages into a state worth looking at; other pages need nothing. `step` is
// "folder/step-id" to show one particular step.
void stageScreenshotPage(const QString &page, const QString &step, GuiApp &gui) {
    const QList<Lesson> &lessons = gui.workspace().catalog().lessons();
    AppController *app = gui.app();
    if (lessons.isEmpty() || !app)
        return;
    // Pages of a signed-in learner show the sample learner, signed in without their PIN.
    static const QStringList beforeSignIn = {
        QStringLiteral("sign-in"),         QStringLiteral("pin"),
        QStringLiteral("helper"),          QStringLiteral("language"),
        QStringLiteral("profile"),         QStringLiteral("consent"),
        QStringLiteral("consent-details"), QStringLiteral("notice"),
        QStringLiteral("error"),           QStringLiteral("helper-staff"),
        QStringLiteral("helper-helping"),  QStringLiteral("setup"),
        QStringLiteral("dashboard")};
    const QVariantList learners = app->learners();
    if ((page == QLatin1String("checkin") || page == QLatin1String("home")) &&
        !learners.isEmpty()) {
        // Sam made their profile five weeks ago: the four-week check-in is due and offered.
        QSqlQuery query(gui.workspace().database().connection());
        query.prepare(QStringLiteral("UPDATE learner SET created_at = ? WHERE id = ?"));
        query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-35).toString(Qt::ISODate));
        query.addBindValue(learners.constFirst().toMap().value(QStringLiteral("id")));
        query.exec();
    }
    // The learner's own language would replace the one asked for (--lang): keep that one.
    const QString language = gui.preferences()->language();
    if (!beforeSignIn.contains(page) && !learners.isEmpty())
        app->signInForTesting(
            learners.constFirst().toMap().value(QStringLiteral("id")).toLongLong());
    gui.preferences()->setLanguage(language);
    if (page == QLatin1String("helper-staff")) {
        // A staff member signed in, with an LRS set: every staff control shows.
        Workspace &workspace = gui.workspace();
        const QString passphrase = QStringLiteral("sample passphrase");
        workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"), passphrase);
        workspace.helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"), passphrase);
        LrsConfig{
            QUrl(QStringLiteral("https://lrs.example.org/xAPI/")), QStringLiteral("hub-key"), {}}
            .saveTo(workspace.settings());
        app->helperSignIn(QStringLiteral("Pat"), passphrase);
        gui.sync()->refresh();
    }
    if (page == QLatin1String("dashboard")) {
        // A staff member looking at this month of a hub: numbers, and small groups shown as
        // "fewer than 5" or "hidden".
        Workspace &workspace = gui.workspace();
        if (const QString error = addReportSample(workspace); !error.isEmpty())
            err() << error << Qt::endl;
        const QString passphrase = QStringLiteral("sample passphrase");
        workspace.helpers().add(QStringLiteral("Pat"), QStringLiteral("staff"), passphrase);
        app->helperSignIn(QStringLiteral("Pat"), passphrase);
        gui.dashboard()->refresh();
    }
    if (page == QLatin1String("helper-helping") && !learners.isEmpty()) {
        // A volunteer signed in and helping Sam: "You are helping Sam" and its end button.
        const QString passphrase = QStringLiteral("sample passphrase");
        gui.workspace().helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"),
                                      passphrase);
        app->helperSignIn(QStringLiteral("Val"), passphrase);
        app->startHelping(learners.constFirst().toMap().value(QStringLiteral("id")).toLongLong());
    }
    if (page == QLatin1String("lesson") && !step.isEmpty()) {
        const QString folder = step.section(QLatin1Char('/'), 0, 0);
        for (const Lesson &lesson : lessons) {
            if (QFileInfo(lesson.folder).fileName() == folder) {
                app->openLesson(lesson.id);
                app->lesson()->goToStep(lesson.stepIndex(step.section(QLatin1Char('/'), 1)));
            }
        }
    } else if (page == QLatin1String("lesson")) {
        app->openLesson(app->resumeLessonId().isEmpty() ? lessons.first().id
                                                        : app->resumeLessonId());
    } else if (const QString type = kStepPages.value(page); !type.isEmpty()) {
        for (const Lesson &lesson : lessons) {
            for (int i = 0; i < lesson.steps.size(); ++i) {
                const Step &step = lesson.steps.at(i);
                if (step.type != type)
                    continue;
                app->openLesson(lesson.id);
                app->lesson()->goToStep(i);
                // Show feedback after a try: the part most worth checking.
                app->lesson()->rate(QStringLiteral("not-yet"));
                if (MousePracticeSession *practice = app->lesson()->practice()) {
                    practice->targetActivated(step.actions.value(0));
                    practice->missed();
                }
                for (const QString &answer : step.answers) {
                    if (!step.correct.contains(answer)) {
                        app->lesson()->choose(answer);
                        break;
                    }
                }
                return;
            }
        }
    } else if (page == QLatin1String("skills-check")) {
        // Part-way through, with the question on screen answered.
        app->startSkillsCheck();
        for (const QString &answer : {QStringLiteral("yes"), QStringLiteral("not-yet")}) {
            app->skillsCheck()->answerWith(answer);
            app->skillsCheck()->next();
        }
        app->skillsCheck()->answerWith(QStringLiteral("a-bit"));
    } else if (page == QLatin1String("done")) {
        app->openLesson(lessons.first().id);
    } else if (page == QLatin1String("settings")) {
        // A learner who shares and answered some of the optional questions: every part of
        // "Sharing my progress" is on show.
        app->setSharing(true);
        app->setAgeBand(QStringLiteral("65-74"));
        app->setPostcodeDistrict(QStringLiteral("LS9"));
    }
}

int runScreenshot(const QCommandLineParser &parser, const Options &options) {
    const QString page = parser.value(options.page);
    const QString outPath = parser.value(options.outFile);
    bool scaleOk = false;
    const qreal scale = parser.value(options.textScale).toDouble(&scaleOk);
    const bool stay = parser.isSet(options.stay);
    if (!AppController::pageNames().contains(page) || (outPath.isEmpty() && !stay) || !scaleOk ||
        scale < 1.0 || scale > 2.0) {
        err() << "Usage: opensteps screenshot --page NAME --out FILE.png [--text-scale 1.0-2.0] "
                 "[--theme default|dark|high-contrast] [--font NAME] [--lang CODE] [--step "
                 "FOLDER/STEP] "
                 "[--check-layout] [--check-keyboard] [--stay]\nPages: "
              << AppController::pageNames().join(QLatin1String(", ")) << Qt::endl;
        return 2;
    }
    QTemporaryDir sampleDir;
    GuiOptions gui;
    gui.dataDir = sampleDir.path();
    gui.lessonsDir = lessonsDir(parser, options);
    gui.startPage = page;
    gui.language = parser.value(options.lang);
    gui.textScale = scale;
    gui.theme = parser.value(options.theme);
    gui.font = parser.value(options.font);
    // The error page as staff meet it: with the reason, which real errors always carry.
    if (page == QLatin1String("error"))
        gui.problemDetails = QStringLiteral("opensteps.sqlite was saved by a newer version of "
                                            "OpenSteps (data version %1; this version understands "
                                            "up to %2). Install the newer OpenSteps to use it. "
                                            "The file has not been changed.")
                                 .arg(Database::latestVersion() + 1)
                                 .arg(Database::latestVersion());
    // A first visit (making a profile) starts on an empty PC.
    static const QStringList firstVisit = {
        QStringLiteral("language"),        QStringLiteral("profile"), QStringLiteral("consent"),
        QStringLiteral("consent-details"), QStringLiteral("notice"),  QStringLiteral("setup")};
    if (!firstVisit.contains(page))
        gui.prepareData = [](Workspace &w) { return addSampleLearner(w.database(), w.catalog()); };

    GuiApp app;
    if (!app.start(gui))
        return 1;
    stageScreenshotPage(page, parser.value(options.step), app);
    QQuickWindow *window = app.window();
    // Let bindings, layouts and a frame settle; then grow the window to show the whole page,
    // so text pushed below the fold at 200% is in the picture too.
    const auto settle = [window] {
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        window->requestUpdate();
        loop.exec();
    };
    settle();
    if (stay) {
        // The staged page in a real window, for a screen reader (tests/e2e/atspi_audit.sh).
        window->show();
        window->requestActivate();
        settle();
        out() << "ready" << Qt::endl;
        return QGuiApplication::exec();
    }
    const int fullHeight = qCeil(window->property("fullHeight").toReal());
    if (fullHeight > window->height()) {
        // Bounded (a 1280 x 16000 picture is 80 MB in memory); the staff dashboard at 200%
        // text is the longest page.
        window->resize(window->width(), qMin(fullHeight, 16000));
        settle();
    }
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(outPath)) {
        err() << "Could not write " << outPath << Qt::endl;
        return 1;
    }
    out() << outPath << Qt::endl;
    // Checked on the picture's full-height window, so nothing is scrolled out of sight.
    QStringList problems;
    if (parser.isSet(options.checkLayout))
        problems << PageAudit::layoutProblems(window);
    if (parser.isSet(options.checkKeyboard))
        problems << PageAudit::keyboardProblems(window);
    for (const QString &problem : std::as_const(problems))
        err() << problem << Qt::endl;
    return problems.isEmpty() ? 0 : 3;
}

// Opens each lesson the way Home does (the runner, then the lesson page) and times it to the
// first frame of its step on screen. Prints one line per lesson and the slowest, then quits.
void probeLessonOpening(GuiApp &app) {
    QQuickWindow *window = app.window();
    QList<qint64> times;
    for (const Lesson &lesson : app.workspace().catalog().lessons()) {
        QElapsedTimer timer;
        timer.start();
        app.app()->openLesson(lesson.id);
        QMetaObject::invokeMethod(window, "show", Q_ARG(QString, QStringLiteral("lesson")));
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        window->requestUpdate();
        loop.exec();
        times << timer.elapsed();
        std::printf("lesson_open_ms=%lld %s\n", times.constLast(),
                    qPrintable(QFileInfo(lesson.folder).fileName()));
    }
    std::printf("lesson_open_ms_max=%lld\n",
                times.isEmpty() ? 0 : *std::max_element(times.cbegin(), times.cend()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

int runApp(const QCommandLineParser &parser, const Options &options) {
    GuiOptions gui;
    gui.dataDir = dataDir(parser, options);
    gui.lessonsDir = lessonsDir(parser, options);
    GuiApp app;
    if (!app.start(gui))
        return 1;
    app.sync()->startBackground(); // outcomes to the LRS while the app is open, if staff set one
    if (parser.isSet(options.startupProbe)) {
        // Reports the first frame of the page the learner lands on, then exits.
        static std::atomic_bool reported = false;
        const QString firstPage = app.app()->startPage();
        QObject::connect(
            app.window(), &QQuickWindow::frameSwapped, app.window(),
            [firstPage] {
                if (reported.exchange(true))
                    return;
                std::printf("page=%s\nfirst_frame_ms=%lld\nrss_kib=%lld\n", qPrintable(firstPage),
                            ProcessStats::msSinceProcessStart(), ProcessStats::residentKib());
                std::fflush(stdout);
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
            },
            Qt::DirectConnection);
    }
    if (parser.isSet(options.lessonOpenProbe))
        QTimer::singleShot(0, &app, [&app] { probeLessonOpening(app); });
    return QGuiApplication::exec();
}

} // namespace

int runCommandLine(int argc, char *argv[]) {
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    // The command decides which kind of application object to make, so find it before parsing:
    // the first word that is neither an option nor the value of one.
    Options options;
    QStringList valueOptions = {QStringLiteral("-platform")}; // Qt's own, often used
    for (const QCommandLineOption &option :
         options.all() + exportOptions() + reportOptions() + demoDataOptions()) {
        if (!option.valueName().isEmpty())
            valueOptions << QStringLiteral("--") + option.names().constFirst();
    }
    QString command;
    for (int i = 0; i < rawArgs.size() && command.isEmpty(); ++i) {
        if (valueOptions.contains(rawArgs.at(i)))
            ++i; // skip the option's value
        else if (!rawArgs.at(i).startsWith(QLatin1Char('-')))
            command = rawArgs.at(i);
    }
    const bool headless =
        command == QLatin1String("lessons") || command == QLatin1String("sample-data") ||
        command == QLatin1String("helper") || command == QLatin1String("sync") ||
        command == QLatin1String("bundle") || command == QLatin1String("report") ||
        command == QLatin1String("demo-data") || rawArgs.contains(QLatin1String("--help")) ||
        rawArgs.contains(QLatin1String("-h")) || rawArgs.contains(QLatin1String("--version"));
    if (command == QLatin1String("screenshot")) {
        // Screenshots need no display and look the same everywhere: offscreen, software drawing.
        // With --stay the page is for a screen reader, on the real display.
        if (!rawArgs.contains(QLatin1String("--stay")))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    if (command == QLatin1String("export"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF report draws text: fonts, no display

    std::unique_ptr<QCoreApplication> application =
        headless ? std::make_unique<QCoreApplication>(argc, argv)
                 : std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opensteps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPENSTEPS_VERSION));

    QCommandLineParser parser;
    setUpParser(parser, options);
    parser.process(*application);
    const QStringList args = parser.positionalArguments();

    if (command.isEmpty())
        return runApp(parser, options);
    if (command == QLatin1String("lessons"))
        return runLessons(args, parser, options);
    if (command == QLatin1String("sample-data"))
        return runSampleData(parser, options);
    if (command == QLatin1String("demo-data"))
        return runDemoData(
            parser, parser.isSet(options.dataDir) ? parser.value(options.dataDir) : QString(),
            lessonsDir(parser, options), out(), err());
    if (command == QLatin1String("screenshot"))
        return runScreenshot(parser, options);
    if (command == QLatin1String("helper"))
        return runHelper(args, parser, options);
    if (command == QLatin1String("sync"))
        return runSync(args, parser, options);
    if (command == QLatin1String("bundle"))
        return runBundle(args, dataDir(parser, options), parser.isSet(QStringLiteral("again")),
                         out(), err());
    if (command == QLatin1String("export"))
        return runExport(args, parser, dataDir(parser, options), out(), err());
    if (command == QLatin1String("report"))
        return runReport(args, parser, dataDir(parser, options), out(), err());
    err() << "Unknown command \"" << command << "\". See opensteps --help." << Qt::endl;
    return 2;
}

} // namespace OpenSteps
