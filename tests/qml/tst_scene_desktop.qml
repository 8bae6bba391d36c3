// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "desktop" scene in its bundled lesson "Finding and opening apps": open Letters by its
// icon, maximise, minimise, bring it back from the taskbar and close it; then open Calculator
// from the start menu and close it. Wrong tries change nothing and bring a hint, then Show me.
Item {
    width: 900
    height: 1600

    Loader {
        id: loader

        width: 800
        active: false
        sourceComponent: SimulationActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "DesktopScene"
        when: windowShown

        readonly property string lessonId: "1ba5f04c-4397-475f-b23d-5aa916302471"
        readonly property int lettersStep: 4 // "open-letters"
        readonly property int calculatorStep: 6 // "open-calculator"

        function initTestCase() {
            verify(TestHooks.createLearner("Tester", "fish", "digits", "1234"))
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function cleanup() {
            loader.active = false
            Preferences.textScale = 1.0
        }

        // Opens the lesson at simulation step `index`, with a fresh scene; earlier steps are
        // passed the quick way (their own tests check them).
        function openStep(index) {
            loader.active = false
            verify(Home.openLesson(lessonId))
            while (Home.lesson.stepIndex > index)
                Home.lesson.back()
            while (Home.lesson.stepIndex < index) {
                if (Home.lesson.stepType === "choice") {
                    for (const answer of Home.lesson.answers) {
                        if (answer.correct)
                            Home.lesson.choose(answer.answerId)
                    }
                } else if (Home.lesson.stepType === "simulation") {
                    for (const t of ["icon-letters", "window-maximise", "window-minimise",
                                     "taskbar-letters", "window-close"])
                        verify(Home.lesson.simulation.act(t))
                }
                verify(Home.lesson.next())
            }
            compare(Home.lesson.stepIndex, index)
            compare(Home.lesson.simulation.scene, "desktop")
            loader.active = true
            waitForRendering(loader.item)
        }

        function item(name) {
            const found = findChild(loader.item, name)
            verify(found, name)
            return found
        }

        function target(id) {
            return item("sim-" + id)
        }

        function tabTo(wanted) {
            for (let i = 0; i < 40 && !wanted.activeFocus; ++i)
                keyClick(Qt.Key_Tab)
            verify(wanted.activeFocus, "Tab reaches " + wanted.objectName)
        }

        function test_everyTargetIsThereWithAName() {
            openStep(lettersStep)
            const ids = TestHooks.sceneTargets("desktop")
            compare(ids.length, 13)
            for (const id of ids) {
                const t = target(id)
                verify(t.Accessible.name.length > 0, id + " has a spoken name")
                verify(t.activeFocusOnTab, id + " can be reached with Tab")
            }
        }

        function test_lettersLessonWithTheMouse() {
            openStep(lettersStep)
            const session = Home.lesson.simulation
            const appWindow = item("appWindow")
            const scene = item("simScene").item
            verify(!appWindow.visible)
            verify(!target("taskbar-letters").visible)

            // The instruction says double-click, as on a real desktop; it counts once.
            mouseDoubleClickSequence(target("icon-letters"))
            compare(session.lastResult, "right")
            compare(session.taskNumber, 2)
            verify(appWindow.visible)
            compare(item("windowTitle").text, "Letters")
            verify(target("taskbar-letters").visible)
            verify(appWindow.width < scene.width, "opens as a window, not full screen")

            mouseClick(target("window-maximise"))
            compare(session.taskNumber, 3)
            compare(appWindow.width, scene.width)
            verify(!target("icon-letters").visible, "the full-screen window covers the desktop")

            mouseClick(target("window-minimise"))
            compare(session.taskNumber, 4)
            verify(!appWindow.visible)
            verify(target("taskbar-letters").visible, "a minimised app stays on the taskbar")

            mouseClick(target("taskbar-letters"))
            compare(session.taskNumber, 5)
            verify(appWindow.visible)
            compare(appWindow.width, scene.width)

            mouseClick(target("window-close"))
            verify(!appWindow.visible)
            verify(!target("taskbar-letters").visible, "a closed app leaves the taskbar")
            verify(Home.lesson.canContinue)
            compare(session.lastResult, "right")
        }

        function test_calculatorFromTheStartMenuByKeyboard() {
            openStep(calculatorStep)
            const session = Home.lesson.simulation
            const startMenu = item("startMenu")
            verify(!startMenu.visible)

            // Keyboard only: focus the start button, Space; Tab into the menu, Return.
            target("start-button").forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(session.taskNumber, 2)
            verify(startMenu.visible)
            tabTo(target("menu-calculator"))
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 3)
            verify(!startMenu.visible, "the menu closes once an app is picked")
            verify(item("appWindow").visible)
            compare(item("windowTitle").text, "Calculator")
            verify(target("taskbar-calculator").visible)

            tabTo(target("window-close"))
            keyClick(Qt.Key_Space)
            verify(!item("appWindow").visible)
            verify(Home.lesson.canContinue)
        }

        function test_wrongTriesChangeNothingThenHintThenShowMe() {
            openStep(lettersStep)
            const session = Home.lesson.simulation
            const appWindow = item("appWindow")
            const hint = item("simHint")
            const showMe = item("simShowMe")

            mouseClick(target("icon-photos"))
            compare(session.lastResult, "wrong")
            compare(session.taskNumber, 1)
            verify(!appWindow.visible, "a wrong icon opens nothing")
            verify(!target("taskbar-photos").visible)
            verify(item("simTryAgain").visible)
            verify(!hint.visible)

            mouseClick(target("start-button"))
            verify(!item("startMenu").visible, "a wrong try does not open the menu")
            verify(hint.visible)
            verify(session.hint.length > 0)
            verify(hint.text.indexOf(session.hint) >= 0)
            verify(!showMe.visible)

            mouseClick(target("icon-calculator"))
            verify(!appWindow.visible)
            verify(showMe.visible)
            mouseClick(showMe)
            compare(session.showMeTarget, "icon-letters")
            verify(target("icon-letters").activeFocus, "Show me moves the focus to the icon")

            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 2)
            verify(appWindow.visible)
        }

        // Many new users double-click everything: that is one try, not a right one and a wrong one.
        function test_doubleClickIsOneTry() {
            openStep(calculatorStep)
            const session = Home.lesson.simulation
            mouseDoubleClickSequence(target("start-button"))
            compare(session.taskNumber, 2)
            compare(session.lastResult, "right")
            verify(item("startMenu").visible, "the menu opens and stays open")
        }

        function test_biggerTextStaysInsideTheScene() {
            Preferences.textScale = 2.0
            loader.width = 1200
            openStep(calculatorStep)
            mouseClick(target("start-button"))
            waitForRendering(loader.item) // the layout settles on the next frame
            const scene = item("simScene").item
            for (const id of TestHooks.sceneTargets("desktop")) {
                const t = target(id)
                if (!t.visible)
                    continue
                const box = t.mapToItem(scene, 0, 0, t.width, t.height)
                verify(box.x >= 0 && box.x + box.width <= scene.width + 0.5, id + " fits across")
                verify(box.y >= 0 && box.y + box.height <= scene.height + 0.5, id + " fits down")
            }
            loader.width = 800
        }
    }
}
