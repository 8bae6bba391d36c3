// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "gp-booking" scene in its bundled lesson: book a phone call on Tuesday at 10:30 with Green
// Lane Surgery, and see the day and time confirmed.
Item {
    width: 900
    height: 2400

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: SimulationActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "GpBookingScene"
        when: windowShown

        // "Booking a GP appointment"; its step "practise-booking" uses the scene.
        readonly property string lessonId: "60efba4a-f04c-4474-be84-b6451f4c96c8"

        function initTestCase() {
            verify(TestHooks.createLearner("Tester", "fish", "digits", "1234"))
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
            verify(Home.openLesson(lessonId))
            while (Home.lesson.stepType !== "simulation") {
                if (Home.lesson.stepType === "choice") {
                    for (const answer of Home.lesson.answers) {
                        if (answer.correct)
                            Home.lesson.choose(answer.answerId)
                    }
                }
                verify(Home.lesson.next())
            }
            compare(Home.lesson.simulation.scene, "gp-booking")
            loader.active = true
            waitForRendering(loader.item)
        }

        function cleanup() {
            loader.active = false
        }

        function item(name) {
            const found = findChild(loader.item, name)
            verify(found, name)
            return found
        }

        function target(id) {
            return item("sim-" + id)
        }

        function test_everyTargetIsThereWithAName() {
            const ids = TestHooks.sceneTargets("gp-booking")
            verify(ids.length > 0)
            for (const id of ids)
                verify(target(id).Accessible.name.length > 0, id)
        }

        function test_lessonTasksWithTheMouse() {
            const session = Home.lesson.simulation
            verify(item("startPage").visible)
            verify(!item("bookingPage").visible)

            mouseClick(target("book-appointment"))
            verify(!item("startPage").visible)
            verify(item("bookingPage").visible)
            verify(item("choicesText").text.indexOf("not chosen yet") >= 0)

            mouseClick(target("type-phone-call"))
            verify(target("type-phone-call").Accessible.checked)
            verify(item("choicesText").text.indexOf("Phone call") >= 0)

            mouseClick(target("day-tuesday"))
            verify(target("day-tuesday").Accessible.checked)
            verify(item("choicesText").text.indexOf("Tuesday") >= 0)

            mouseClick(target("slot-1030"))
            verify(target("slot-1030").Accessible.checked)
            verify(item("choicesText").text.indexOf("10:30") >= 0)
            verify(!Home.lesson.canContinue)

            mouseClick(target("confirm"))
            verify(!item("bookingPage").visible)
            verify(item("bookedPage").visible)
            compare(item("bookedText").text, "Phone call on Tuesday at 10:30")
            verify(item("bookedPanel").activeFocus)
            verify(target("cancel-booking").visible)
            verify(Home.lesson.canContinue)
            compare(session.doneTargets.length, 5)
        }

        function test_chooseByKeyboard() {
            const session = Home.lesson.simulation
            // Tab goes to the first thing to use; Return presses it.
            keyClick(Qt.Key_Tab)
            verify(target("book-appointment").activeFocus)
            keyClick(Qt.Key_Return)
            verify(item("bookingPage").visible)

            keyClick(Qt.Key_Tab)
            verify(target("type-phone-call").activeFocus)
            keyClick(Qt.Key_Space)
            verify(target("type-phone-call").Accessible.checked)

            keyClick(Qt.Key_Tab) // in person
            keyClick(Qt.Key_Tab) // Monday
            keyClick(Qt.Key_Tab)
            verify(target("day-tuesday").activeFocus)
            keyClick(Qt.Key_Return)
            verify(target("day-tuesday").Accessible.checked)
            compare(session.taskNumber, 4)
        }

        function test_wrongTriesChangeNothingThenHelp() {
            const session = Home.lesson.simulation
            mouseClick(target("book-appointment"))
            mouseClick(target("type-phone-call"))
            mouseClick(target("day-tuesday"))
            compare(session.taskNumber, 4)
            const hint = item("simHint")
            const showMe = item("simShowMe")
            const before = item("choicesText").text

            mouseClick(target("slot-0900"))
            compare(session.lastResult, "wrong")
            verify(item("simTryAgain").visible)
            verify(!target("slot-0900").Accessible.checked, "a wrong try changes nothing")
            compare(item("choicesText").text, before)
            verify(!hint.visible)

            mouseClick(target("confirm"))
            verify(item("bookingPage").visible, "Confirm too soon books nothing")
            verify(!item("bookedPage").visible)
            verify(hint.visible)
            verify(hint.text.indexOf("between 9:00 and 14:15") >= 0, hint.text)
            verify(!showMe.visible)

            mouseClick(target("day-monday"))
            verify(!target("day-monday").Accessible.checked)
            verify(target("day-tuesday").Accessible.checked)
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("slot-1030").activeFocus)
            keyClick(Qt.Key_Space)
            verify(target("slot-1030").Accessible.checked)
            compare(session.taskNumber, 5)
        }
    }
}
