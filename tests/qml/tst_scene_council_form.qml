// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "council-form" scene in its bundled lesson: start, choose a leak, submit too soon (errors
// in words and ✗ next to each empty box), fill in, submit: a reference number.
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
        id: test

        name: "CouncilFormScene"
        when: windowShown

        // "Reporting a housing repair"; its step "practise-the-form" uses the scene.
        readonly property string lessonId: "b4340e30-09fa-4492-8753-34262b17d0e7"

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
            compare(Home.lesson.simulation.scene, "council-form")
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

        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }

        function clickAndType(field, text) {
            mouseClick(field)
            verify(field.activeFocus)
            typeText(text)
            compare(field.text, text)
        }

        function test_everyTargetIsThereWithAName() {
            const ids = TestHooks.sceneTargets("council-form")
            verify(ids.length > 0)
            for (const id of ids) {
                const t = target(id)
                verify(t.Accessible.name.length > 0, id)
            }
        }

        function test_lessonTasksWithTheMouse() {
            const session = Home.lesson.simulation
            verify(item("startPage").visible)
            verify(!item("formPage").visible)

            mouseClick(target("start-form"))
            compare(session.taskNumber, 2)
            verify(!item("startPage").visible)
            verify(item("formPage").visible)
            verify(!item("errorSummary").visible)

            mouseClick(target("repair-leak"))
            compare(session.taskNumber, 3)
            verify(target("repair-leak").Accessible.checked)

            // Too soon: a summary at the top, and an error next to each empty box.
            mouseClick(target("submit"))
            compare(session.taskNumber, 4)
            verify(item("errorSummary").visible)
            verify(item("errorSummary").Accessible.name.indexOf("Enter your phone number") >= 0)
            verify(!item("question-repair-error").visible, "a leak was chosen")
            for (const name of ["room", "problem", "phone"]) {
                const error = item("question-" + name + "-error")
                verify(error.visible, name)
                verify(error.text.startsWith("✗ "), error.text)
            }
            verify(item("field-phone").Accessible.description.length > 0)
            verify(!Home.lesson.canContinue)

            clickAndType(item("field-room"), "Kitchen")
            clickAndType(item("field-problem"), "Water under the sink")
            clickAndType(item("field-phone"), "0113 496 0000")
            compare(target("submit").value, "complete")
            mouseClick(target("submit"))

            verify(!item("formPage").visible)
            verify(item("sentPage").visible)
            verify(item("confirmation").visible)
            verify(item("referenceText").text.startsWith("Thank you. Your reference number is LC-"),
                   item("referenceText").text)
            verify(Home.lesson.canContinue)
            verify(item("simInstruction").text.indexOf("Well done") >= 0)
        }

        function test_theWholeFormByKeyboard() {
            const session = Home.lesson.simulation
            // Nothing has focus yet: Tab goes to the first thing to use, the Start button.
            keyClick(Qt.Key_Tab)
            verify(target("start-form").activeFocus)
            keyClick(Qt.Key_Return)
            verify(item("formPage").visible)
            compare(session.taskNumber, 2)

            // The form takes focus at its heading; Tab goes through the choices.
            keyClick(Qt.Key_Tab)
            verify(target("repair-heating").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(target("repair-leak").activeFocus)
            keyClick(Qt.Key_Space)
            verify(target("repair-leak").Accessible.checked)

            keyClick(Qt.Key_Tab) // window
            keyClick(Qt.Key_Tab) // door
            keyClick(Qt.Key_Tab)
            verify(item("field-room").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(item("field-problem").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(item("field-phone").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(target("submit").activeFocus)
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 4)
            verify(item("errorSummary").visible)
            verify(item("errorSummary").activeFocus, "the summary is read first")

            // From the summary, Tab goes on into the form.
            keyClick(Qt.Key_Tab)
            verify(target("repair-heating").activeFocus)
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Tab)
            verify(item("field-room").activeFocus)
            typeText("Kitchen")
            keyClick(Qt.Key_Tab)
            typeText("Leak")
            keyClick(Qt.Key_Tab)
            typeText("0113 496 0000")
            keyClick(Qt.Key_Tab)
            verify(target("submit").activeFocus)
            keyClick(Qt.Key_Space)
            verify(item("sentPage").visible)
            verify(item("confirmation").activeFocus)
            verify(Home.lesson.canContinue)
        }

        function test_wrongTriesChangeNothingThenHelp() {
            const session = Home.lesson.simulation
            mouseClick(target("start-form"))
            const tryAgain = item("simTryAgain")
            const hint = item("simHint")
            const showMe = item("simShowMe")

            mouseClick(target("repair-heating"))
            compare(session.lastResult, "wrong")
            verify(tryAgain.visible)
            verify(!target("repair-heating").Accessible.checked, "a wrong try changes nothing")
            verify(!hint.visible)

            mouseClick(target("repair-door"))
            verify(!target("repair-door").Accessible.checked)
            verify(hint.visible)
            verify(hint.text.indexOf("The 4 choices are under the question") >= 0, hint.text)
            verify(!showMe.visible)

            mouseClick(target("submit"))
            verify(!item("errorSummary").visible, "a wrong Submit shows no errors")
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("repair-leak").activeFocus)
            keyClick(Qt.Key_Space)
            verify(target("repair-leak").Accessible.checked)
            compare(session.taskNumber, 3)

            // A full form sent when the task is to send it too soon is a wrong try too.
            clickAndType(item("field-room"), "Kitchen")
            clickAndType(item("field-problem"), "Leak")
            clickAndType(item("field-phone"), "0113 496 0000")
            mouseClick(target("submit"))
            compare(session.lastResult, "wrong")
            verify(item("formPage").visible)
            verify(!item("sentPage").visible)
            verify(!item("errorSummary").visible)
        }
    }
}
