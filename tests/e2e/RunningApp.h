// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real app, started in-process the way main() starts it, and what an end-to-end test needs
// to drive it with real key and mouse events and look at what is on screen.
#include "Database.h"
#include "GuiApp.h"
#include "Home.h"
#include "HubSetup.h"
#include "LessonRunner.h"
#include "Preferences.h"
#include "ReadAloud.h"
#include "Session.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QTest>
#include <QWheelEvent>

namespace OpenSteps {

const QString kLessons = QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons");

// A new PC first offers the hub set-up. Most tests are about learners, so by default their PC
// has already said "Not now" (as at home) and starts on the learners' pages.
enum class HubSetupAtStart { Skipped, Offered };

// The app as a learner meets it, plus what a test needs to look at it.
class RunningApp {
public:
    explicit RunningApp(const QString &dataDir, const QString &lessonsDir = kLessons,
                        HubSetupAtStart setup = HubSetupAtStart::Skipped,
                        const Presets &presets = {}) {
        GuiOptions options;
        options.dataDir = dataDir;
        options.lessonsDir = lessonsDir;
        options.presets = presets;
        if (setup == HubSetupAtStart::Skipped)
            options.prepareData = [](Workspace &workspace) {
                return HubSetup(workspace).skip() ? QString()
                                                  : QStringLiteral("could not skip the set-up");
            };
        m_started = m_gui.start(options);
        if (m_started) {
            window()->show();
            m_started = QTest::qWaitForWindowExposed(window());
        }
    }

    bool started() const { return m_started; }
    QQuickWindow *window() const { return m_gui.window(); }
    UiSingletons &ui() const { return m_gui.ui(); }
    LessonRunner *lesson() const { return m_gui.ui().home().lesson(); }
    Preferences *preferences() const { return m_gui.preferences(); }
    ReadAloud *readAloud() const { return &m_gui.ui().readAloud(); }
    Workspace &workspace() { return m_gui.workspace(); }

    bool waitForPage(const QString &name) {
        return QTest::qWaitFor([&] { return currentPageName() == name; }, 3000);
    }

    // The name of the page on screen (the visible item with a pageName).
    QString currentPageName() const {
        QQuickItem *page = nullptr;
        const auto items = visibleItems();
        for (QQuickItem *item : items) {
            if (item->isVisible() && item->property("pageName").isValid() &&
                !item->property("pageName").toString().isEmpty())
                page = item;
        }
        return page ? page->property("pageName").toString() : QString();
    }

    // Every item that is on screen, walking the visual tree (pages pushed on a StackView are
    // not QObject children of the window).
    QList<QQuickItem *> visibleItems() const {
        QList<QQuickItem *> items;
        QList<QQuickItem *> pending{window()->contentItem()};
        while (!pending.isEmpty()) {
            QQuickItem *item = pending.takeFirst();
            if (!item->isVisible())
                continue;
            items.append(item);
            pending.append(item->childItems());
        }
        return items;
    }

    QQuickItem *item(const QString &objectName) const {
        const auto items = visibleItems();
        for (QQuickItem *item : items) {
            if (item->objectName() == objectName)
                return item;
        }
        return nullptr;
    }

    // True when some visible text on screen contains `words`.
    bool shows(const QString &words) const {
        const auto items = visibleItems();
        for (QQuickItem *item : items) {
            if (item->opacity() > 0 && item->property("text").toString().contains(words))
                return true;
        }
        return false;
    }

    // Brings an item into view the way a keyboard user would, then clicks its centre.
    bool click(const QString &objectName) {
        QQuickItem *target = item(objectName);
        if (!target)
            return false;
        target->forceActiveFocus(Qt::TabFocusReason);
        // The page glides the focused item into view (a quarter of a second).
        const auto centre = [&] {
            return target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        };
        // Wait until it is in view and has stopped moving.
        QPoint last(-1, -1);
        const bool settled = QTest::qWaitFor(
            [&] {
                QTest::qWait(20);
                const QPoint now = centre();
                const bool still = now == last;
                last = now;
                return still && window()->contentItem()->contains(now);
            },
            1500);
        if (!settled)
            return false;
        QTest::mouseClick(window(), Qt::LeftButton, Qt::NoModifier, centre());
        QTest::qWait(20);
        return true;
    }

    void key(Qt::Key key) { QTest::keyClick(window(), key); }

    // Keyboard only: presses Tab until `objectName` has focus (false if it never does).
    bool tabTo(const QString &objectName, int maxPresses = 120) {
        for (int i = 0; i < maxPresses; ++i) {
            QQuickItem *target = item(objectName);
            if (target && target->hasActiveFocus())
                return true;
            key(Qt::Key_Tab);
        }
        return false;
    }

    // Keyboard only: presses Tab until a text box inside `container` has focus.
    bool tabToTextBoxIn(const QString &container, int maxPresses = 120) {
        for (int i = 0; i < maxPresses; ++i) {
            QQuickItem *focus = window()->activeFocusItem();
            QQuickItem *box = item(container);
            if (focus && box && box->isAncestorOf(focus) && focus->inherits("QQuickTextInput"))
                return true;
            key(Qt::Key_Tab);
        }
        return false;
    }

    // Mouse only: rolls the wheel over the page until `objectName` is in view, then clicks it.
    bool mouseClick(const QString &objectName) {
        QTest::qWait(50); // let layouts settle after the last click, as a person's eyes would
        QQuickItem *target = item(objectName);
        if (!target)
            return false;
        const QPoint middle(window()->width() / 2, window()->height() / 2);
        const auto centre = [&] {
            return target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        };
        // Roll until the whole item is well inside the window, as a person would before clicking.
        const int margin = 2;
        const auto top = [&] { return int(target->mapToScene(QPointF(0, 0)).y()); };
        const auto bottom = [&] { return top() + int(target->height()); };
        for (int turns = 0; turns < 500; ++turns) { // a long page takes many small rolls
            if (top() >= margin && bottom() <= window()->height() - margin)
                break;
            const int notches = top() < margin ? 1 : -1;
            // A touchpad-style roll (pixel steps) moves the page at once, without gliding.
            QWheelEvent wheel(middle, middle, QPoint(0, 40 * notches), QPoint(0, 120 * notches),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            wheel.setTimestamp(++m_eventTime * 100);
            QGuiApplication::sendEvent(window(), &wheel);
            QTest::qWait(10);
        }
        const QPoint at = centre();
        if (at.y() <= 0 || at.y() >= window()->height() - 1) {
            qWarning() << "could not scroll to" << objectName << at << window()->size();
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::qWait(20);
        return true;
    }

    // Types text into whatever has focus, one key at a time, as a person would.
    void type(const QString &text) {
        for (const QChar c : text)
            QTest::keyClick(window(), c.toLatin1());
    }

    QObject *focused() const { return window()->activeFocusItem(); }

    // The object name of a lesson's card on Home ("lesson-N": N is its row, topics first).
    QString lessonCard(const QString &lessonId) const {
        LessonListModel *model = ui().home().lessons();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row), LessonListModel::LessonIdRole) == lessonId)
                return QStringLiteral("lesson-%1").arg(row);
        }
        return {};
    }

private:
    GuiApp m_gui;
    bool m_started = false;
    ulong m_eventTime = 0;
};

const QString kTestPin = QStringLiteral("2468");

// The answer a newcomer gives to "Share your progress with 100% Digital Leeds?".
enum class Sharing { No, Yes };

// A first visit through the real pages up to the question about sharing: language, the
// settings offered at first start, name, picture, then a 4-number PIN typed twice.
inline bool reachConsentThroughPages(RunningApp &app, const QString &name,
                                     const QString &pin = kTestPin) {
    const bool toPin =
        app.started() && app.waitForPage(QStringLiteral("language")) &&
        app.click(QStringLiteral("language-en")) && app.waitForPage(QStringLiteral("settings")) &&
        app.click(QStringLiteral("closeSettings")) && app.waitForPage(QStringLiteral("profile")) &&
        app.click(QStringLiteral("nameField")) && (app.type(name), true) &&
        app.click(QStringLiteral("avatar-sun")) && app.click(QStringLiteral("createProfile")) &&
        app.waitForPage(QStringLiteral("pin")) && app.click(QStringLiteral("pinKind-digits"));
    if (!toPin)
        return false;
    app.type(pin);
    app.type(pin);
    return app.waitForPage(QStringLiteral("consent"));
}

// The whole first visit: as above, then the answer to the question about sharing (a yes
// leaves every optional question out). The profile is then made and the skills check is on
// screen.
inline bool createProfileThroughPages(RunningApp &app, const QString &name,
                                      Sharing sharing = Sharing::No,
                                      const QString &pin = kTestPin) {
    if (!reachConsentThroughPages(app, name, pin))
        return false;
    if (sharing == Sharing::No)
        return app.click(QStringLiteral("shareNo")) &&
               app.waitForPage(QStringLiteral("skills-check"));
    return app.click(QStringLiteral("shareYes")) &&
           app.waitForPage(QStringLiteral("consent-details")) &&
           app.click(QStringLiteral("consentDetailsContinue")) &&
           app.waitForPage(QStringLiteral("skills-check"));
}

// A returning learner: their tile on the sign-in page, then their PIN typed. Home is then on
// screen.
inline bool signInThroughPages(RunningApp &app, const QString &pin = kTestPin) {
    if (!app.started() || !app.waitForPage(QStringLiteral("sign-in")))
        return false;
    const QVariantList learners = app.ui().session().learners();
    if (learners.isEmpty())
        return false;
    const QString tile =
        QStringLiteral("learner-%1")
            .arg(learners.constLast().toMap().value(QStringLiteral("id")).toLongLong());
    if (!app.click(tile) || !app.waitForPage(QStringLiteral("pin")))
        return false;
    app.type(pin);
    return app.waitForPage(QStringLiteral("home"));
}

// "Not now" on the skills check offered at first sign-in, then Home.
inline bool skipSkillsCheck(RunningApp &app) {
    return app.waitForPage(QStringLiteral("skills-check")) &&
           app.click(QStringLiteral("skillsNotNow")) && app.waitForPage(QStringLiteral("home"));
}

// The first number `sql` gives on the data folder's database, or -1.
inline int countRows(const QString &dataDir, const QString &sql) {
    Database db;
    if (!db.open(dataDir + QLatin1String("/opensteps.sqlite")).usable())
        return -1;
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace OpenSteps
