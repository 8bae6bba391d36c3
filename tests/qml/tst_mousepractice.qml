// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

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
            runner: Home.lesson
        }
    }

    TestCase {
        name: "MousePractice"
        when: windowShown

        readonly property string mouseLesson: "b18aef0a-1dfd-4527-bfd5-b4c25099e44b"
        property MousePracticeSession practice: Home.lesson.practice

        function initTestCase() {
            verify(TestHooks.createLearner("Mouse tester", "cat", "digits", "1234"))
            verify(Home.openLesson(mouseLesson))
            while (Home.lesson.stepType !== "mouse-practice")
                verify(Home.lesson.next())
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

        function test_1_practiceUntilMastered() {
            const target = findChild(loader.item, "practiceTarget")
            const area = findChild(loader.item, "practiceArea")
            const progress = findChild(loader.item, "practiceProgress")
            compare(practice.action, "click")
            // Read aloud says the step, the instruction and the progress, as shown.
            verify(loader.item.readAloudText.indexOf(Home.lesson.body) === 0)
            verify(loader.item.readAloudText.indexOf(findChild(loader.item, "practiceInstruction").text) > 0)
            verify(loader.item.readAloudText.indexOf(progress.text) > 0)
            verify(target.width >= 96, "targets start large: " + target.width)
            verify(!Home.lesson.canContinue)
            verify(!Home.lesson.next(), "Next waits for the practice")

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
            verify(Home.lesson.canContinue)
            verify(progress.text.indexOf("Well done") >= 0, progress.text)
            verify(Home.lesson.next())
        }

        function scrollToTarget(scroller, target) {
            for (let i = 0; i < 30 && scroller.contentY + scroller.height < target.y + target.height; ++i) {
                mouseWheel(scroller, scroller.width / 2, scroller.height / 2, 0, -120)
                wait(20)
            }
            verify(scroller.contentY + scroller.height >= target.y + target.height,
                   "the wheel scrolled to the circle: " + scroller.contentY)
        }

        function test_2_scrollAndDrag() {
            // On to the practice that scrolls and drags.
            while (!(Home.lesson.practice && Home.lesson.practice.action === "scroll")) {
                while (Home.lesson.practice && !Home.lesson.practice.mastered)
                    Home.lesson.practice.targetActivated("key")
                for (const answer of Home.lesson.answers) {
                    Home.lesson.choose(answer.answerId)
                    if (Home.lesson.canContinue)
                        break
                }
                verify(Home.lesson.next())
            }
            waitForRendering(loader.item)
            const scroller = findChild(loader.item, "practiceScroller")
            const target = findChild(loader.item, "practiceTarget")
            verify(target.y > scroller.height, "the circle waits below the visible part")

            // The wheel brings it into view; clicking it counts.
            scrollToTarget(scroller, target)
            clickTarget(Qt.LeftButton)
            compare(practice.lastResult, "hit")
            compare(scroller.contentY, 0)
            for (let i = 0; i < 10 && practice.action === "scroll"; ++i) {
                scrollToTarget(scroller, target)
                clickTarget(Qt.LeftButton)
            }

            // Dragging: dropped outside the square is a miss, inside is a hit.
            compare(practice.action, "drag")
            const zone = findChild(loader.item, "dropZone")
            verify(zone.visible)
            const page = loader.item
            function dragTo(to) {
                // Moves are given in the page's coordinates: the circle itself moves while dragged.
                const from = target.mapToItem(page, target.width / 2, target.height / 2)
                mousePress(page, from.x, from.y)
                for (let i = 1; i <= 10; ++i)
                    mouseMove(page, from.x + (to.x - from.x) * i / 10,
                              from.y + (to.y - from.y) * i / 10, -1, Qt.LeftButton)
                mouseRelease(page, to.x, to.y)
            }
            const start = target.mapToItem(page, target.width / 2, target.height / 2)
            dragTo(Qt.point(start.x, start.y + 20))
            compare(practice.lastResult, "miss")
            dragTo(zone.mapToItem(page, zone.width / 2, zone.height / 2))
            compare(practice.lastResult, "hit")
        }
    }
}
