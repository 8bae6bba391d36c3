// SPDX-License-Identifier: GPL-3.0-or-later
// No command: open the app (and the benchmarks' probes of it).
#include "Command.h"

#include "GuiApp.h"
#include "Home.h"
#include "ProcessStats.h"
#include "Session.h"
#include "SyncPanel.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace OpenSteps {

namespace {

const QString kStartupProbe = QStringLiteral("startup-probe");
const QString kLessonOpenProbe = QStringLiteral("lesson-open-probe");

// Opens each lesson the way Home does (the runner, then the lesson page) and times it to the
// first frame of its step on screen. Prints one line per lesson and the slowest, then quits.
void probeLessonOpening(GuiApp &app) {
    QQuickWindow *window = app.window();
    QList<qint64> times;
    for (const Lesson &lesson : app.workspace().catalog().lessons()) {
        QElapsedTimer timer;
        timer.start();
        app.ui().home().openLesson(lesson.id);
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
    QCoreApplication::exit(0);
}

// Reports the first frame of the page the learner lands on, then exits.
void probeStartup(GuiApp &app) {
    static std::atomic_bool reported = false;
    const QString firstPage = app.ui().session().startPage();
    QObject::connect(
        app.window(), &QQuickWindow::frameSwapped, app.window(),
        [firstPage] {
            if (reported.exchange(true))
                return;
            std::printf("page=%s\nfirst_frame_ms=%lld\nrss_kib=%lld\n", qPrintable(firstPage),
                        ProcessStats::msSinceProcessStart(), ProcessStats::residentKib());
            std::fflush(stdout);
            // exit, not quit: quit asks the window, which kiosk mode would refuse.
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
}

class AppCommand : public Command {
public:
    QString name() const override { return {}; }
    Runs runs() const override { return Runs::Gui; }
    QString help() const override { return {}; }
    QList<QCommandLineOption> options() const override {
        return {{kStartupProbe,
                 QStringLiteral("Start normally, exit after the first frame of the first page "
                                "(Home for a returning learner) and print first_frame_ms and "
                                "rss_kib.")},
                {kLessonOpenProbe,
                 QStringLiteral("Start normally, then open every lesson in turn and print how "
                                "long each took to show its first step (lesson_open_ms), and "
                                "exit.")}};
    }
    int run(const CommandContext &context) const override {
        GuiOptions gui;
        gui.dataDir = context.dataDir;
        gui.lessonsDir = context.lessonsDir;
        gui.presets = context.presets;
        // IT's wrong values are left out; they are logged here and shown to staff.
        for (const Presets::Problem &problem : context.presets.problems())
            std::fprintf(stderr, "opensteps: presets: %s\n", qPrintable(problem.toString()));
        // Old library PCs often have no usable GPU driver: IT can choose software drawing.
        const QString renderer = context.presets.value(QStringLiteral("renderer"));
        if (renderer == QLatin1String("software"))
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        else if (renderer == QLatin1String("gl"))
            QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
        GuiApp app;
        if (!app.start(gui))
            return 1;
        app.ui().sync().startBackground(); // outcomes to the LRS while open, if staff set one
        if (context.parser.isSet(kStartupProbe))
            probeStartup(app);
        if (context.parser.isSet(kLessonOpenProbe))
            QTimer::singleShot(0, &app, [&app] { probeLessonOpening(app); });
        return QGuiApplication::exec();
    }
};

} // namespace

const Command &appCommand() {
    static const AppCommand command;
    return command;
}

} // namespace OpenSteps
