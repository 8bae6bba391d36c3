// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps screenshot`: one page with sample data, rendered without a display, and checked.
#include "Command.h"

#include "Database.h"
#include "GuiApp.h"
#include "PageAudit.h"
#include "PageRoutes.h"
#include "SampleData.h"
#include "ScreenshotStaging.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtMath>

namespace OpenSteps {

namespace {

const QString kPage = QStringLiteral("page");
const QString kTextScale = QStringLiteral("text-scale");
const QString kTheme = QStringLiteral("theme");
const QString kFont = QStringLiteral("font");
const QString kLang = QStringLiteral("lang");
const QString kStep = QStringLiteral("step");
const QString kCheckLayout = QStringLiteral("check-layout");
const QString kCheckKeyboard = QStringLiteral("check-keyboard");
const QString kStay = QStringLiteral("stay");

class ScreenshotCommand : public Command {
public:
    QString name() const override { return QStringLiteral("screenshot"); }
    Runs runs() const override { return Runs::Gui; }
    QString help() const override {
        return QStringLiteral(
            "  screenshot --page NAME --out FILE.png [--text-scale 1.0-2.0] [--theme NAME]\n"
            "             [--font NAME] [--lang CODE] [--step FOLDER/STEP] [--check-layout]\n"
            "             [--check-keyboard] [--stay]\n"
            "                          Render one page with sample data, without a display; with "
            "a\n"
            "                          check, exit status 3 when it finds problems (on stderr).");
    }
    QList<QCommandLineOption> options() const override {
        return {
            {kPage,
             QStringLiteral("screenshot: the page to render (%1).")
                 .arg(PageRoutes::names().join(QLatin1String(", "))),
             QStringLiteral("NAME")},
            {kTextScale, QStringLiteral("screenshot: text size from 1.0 to 2.0."),
             QStringLiteral("SCALE"), QStringLiteral("1.0")},
            {kTheme, QStringLiteral("screenshot: default, dark or high-contrast."),
             QStringLiteral("NAME"), QStringLiteral("default")},
            {kFont, QStringLiteral("screenshot: standard, atkinson or opendyslexic."),
             QStringLiteral("NAME"), QStringLiteral("standard")},
            {kLang,
             QStringLiteral("screenshot: language code, e.g. en, or ur to check right-to-left "
                            "layout."),
             QStringLiteral("CODE"), QStringLiteral("en")},
            {kStep,
             QStringLiteral("screenshot --page lesson: show this step, given as "
                            "LESSON-FOLDER/STEP-ID (e.g. spotting-scams/sort-the-messages)."),
             QStringLiteral("FOLDER/STEP")},
            {kCheckLayout,
             QStringLiteral("screenshot: after writing the PNG, list text cut short or outside "
                            "the window and controls on top of each other; exit status 3 if "
                            "any.")},
            {kCheckKeyboard,
             QStringLiteral("screenshot: after writing the PNG, Tab round the page and list what "
                            "Tab misses, takes out of order or shows without a focus ring; exit "
                            "status 3 if any.")},
            {kStay, QStringLiteral("screenshot: show the page on the real display instead, print "
                                   "\"ready\" and run until killed (for screen-reader checks).")}};
    }
    void beforeApplication(const QStringList &rawArgs) const override {
        // Screenshots need no display and look the same everywhere: offscreen, software
        // drawing. With --stay the page is for a screen reader, on the real display.
        if (!rawArgs.contains(QLatin1String("--stay")))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    int run(const CommandContext &context) const override;
};

GuiOptions guiOptions(const CommandContext &context, const QString &dataDir, qreal scale) {
    const QCommandLineParser &parser = context.parser;
    const QString page = parser.value(kPage);
    GuiOptions gui;
    gui.dataDir = dataDir;
    gui.lessonsDir = context.lessonsDir;
    gui.startPage = page;
    gui.language = parser.value(kLang);
    gui.textScale = scale;
    gui.theme = parser.value(kTheme);
    gui.font = parser.value(kFont);
    // The error page as staff meet it: with the reason, which real errors always carry.
    if (page == QLatin1String("error"))
        gui.problemDetails = QStringLiteral("opensteps.sqlite was saved by a newer version of "
                                            "OpenSteps (data version %1; this version understands "
                                            "up to %2). Install the newer OpenSteps to use it. "
                                            "The file has not been changed.")
                                 .arg(Database::latestVersion() + 1)
                                 .arg(Database::latestVersion());
    // A first visit (making a profile) starts on an empty PC.
    const PageRoute *route = PageRoutes::find(page);
    if (route && route->staged != PageRoute::Staged::EmptyPc)
        gui.prepareData = [](Workspace &w) { return addSampleLearner(w.database(), w.catalog()); };
    return gui;
}

int ScreenshotCommand::run(const CommandContext &context) const {
    const QCommandLineParser &parser = context.parser;
    const QString page = parser.value(kPage);
    const QString outPath = parser.value(QStringLiteral("out"));
    bool scaleOk = false;
    const qreal scale = parser.value(kTextScale).toDouble(&scaleOk);
    const bool stay = parser.isSet(kStay);
    if (!PageRoutes::names().contains(page) || (outPath.isEmpty() && !stay) || !scaleOk ||
        scale < 1.0 || scale > 2.0) {
        context.err << "Usage: opensteps screenshot --page NAME --out FILE.png [--text-scale "
                       "1.0-2.0] [--theme default|dark|high-contrast] [--font NAME] [--lang "
                       "CODE] [--step FOLDER/STEP] [--check-layout] [--check-keyboard] "
                       "[--stay]\nPages: "
                    << PageRoutes::names().join(QLatin1String(", ")) << Qt::endl;
        return 2;
    }
    QTemporaryDir sampleDir;
    GuiApp app;
    if (!app.start(guiOptions(context, sampleDir.path(), scale)))
        return 1;
    if (const QString problem = stageScreenshotPage(page, parser.value(kStep), app);
        !problem.isEmpty())
        context.err << problem << Qt::endl;
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
        context.out << "ready" << Qt::endl;
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
        context.err << "Could not write " << outPath << Qt::endl;
        return 1;
    }
    context.out << outPath << Qt::endl;
    // Checked on the picture's full-height window, so nothing is scrolled out of sight.
    QStringList problems;
    if (parser.isSet(kCheckLayout))
        problems << PageAudit::layoutProblems(window);
    if (parser.isSet(kCheckKeyboard))
        problems << PageAudit::keyboardProblems(window);
    for (const QString &problem : std::as_const(problems))
        context.err << problem << Qt::endl;
    return problems.isEmpty() ? 0 : 3;
}

} // namespace

const Command &screenshotCommand() {
    static const ScreenshotCommand command;
    return command;
}

} // namespace OpenSteps
