// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps

// Mouse practice: big targets that adapt, every kind of click, keyboard as a way round,
// and the lesson only goes on once the practice is mastered.
Item {
    id: root

    width: 1000
    height: 900

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: MousePracticeActivity {
            runner: App.lesson
        }
    }

    TestCase {
        name: "MousePractice"
        when: windowShown

        readonly property string mouseLesson: "b18aef0a-1dfd-4527-bfd5-b4c25099e44b"
        property MousePracticeSession practice: App.lesson.practice

        function initTestCase() {
            verify(App.createLearner("Mouse tester", "cat"))
            verify(App.openLesson(mouseLesson))
            while (App.lesson.stepType !== "mouse-practice")
                verify(App.lesson.next())
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function clickTarget(button) {
            const target = findChild(loader.item, "practiceTarget")
            mouseClick(target, target.width / 2, target.height / 2, button)
        }

        function test_practiceUntilMastered() {
            const target = findChild(loader.item, "practiceTarget")
            const area = findChild(loader.item, "practiceArea")
            const progress = findChild(loader.item, "practiceProgress")
            compare(practice.action, "click")
            verify(target.width >= 96, "targets start large: " + target.width)
            verify(!App.lesson.canContinue)
            verify(!App.lesson.next(), "Next waits for the practice")

            // A miss makes the target bigger and says so kindly.
            const before = target.width
            const corner = target.x > area.width / 2 ? 5 : area.width - 5
            mouseClick(area, corner, area.height - 5)
            compare(practice.lastResult, "miss")
            verify(target.width > before)
            verify(progress.text.indexOf("Not quite") >= 0, progress.text)

            // The wrong kind of click on the target is a miss too.
            clickTarget(Qt.RightButton)
            compare(practice.lastResult, "miss")

            // Hits move the target and shrink it.
            const x = target.x
            const size = target.width
            clickTarget(Qt.LeftButton)
            compare(practice.lastResult, "hit")
            verify(target.x !== x, "the target moves after a hit")
            verify(target.width < size)

            // Return on the focused target counts, for people who cannot use a mouse.
            target.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(practice.hits, 2)

            while (!practice.mastered)
                clickTarget(Qt.LeftButton)
            verify(App.lesson.canContinue)
            verify(progress.text.indexOf("Well done") >= 0, progress.text)
            verify(App.lesson.next())
        }
    }
}
