// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// A question: wrong answers explain themselves and cost nothing; a right answer lets you go on.
Item {
    width: 1000
    height: 900

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: ChoiceActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "ChoiceActivity"
        when: windowShown

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        // "Using a mouse": step 5 asks which button makes a normal click.
        readonly property string mouseLesson: "b18aef0a-1dfd-4527-bfd5-b4c25099e44b"

        function initTestCase() {
            verify(TestHooks.createLearner("Tester", "fish", "digits", "1234"))
            verify(Home.openLesson(mouseLesson))
            while (Home.lesson.stepType !== "choice") {
                while (Home.lesson.practice && !Home.lesson.practice.mastered)
                    Home.lesson.practice.targetActivated("key")
                verify(Home.lesson.next())
            }
            loader.active = true
            waitForRendering(loader.item)
        }

        function test_wrongThenRightAnswer() {
            const wrong = findChild(loader.item, "answer-right")
            const right = findChild(loader.item, "answer-left")
            const feedback = findChild(loader.item, "feedback")
            verify(wrong && right && feedback)
            verify(!feedback.visible, "no feedback before an answer")
            verify(!Home.lesson.canContinue)

            mouseClick(wrong)
            verify(feedback.visible)
            verify(feedback.text.length > 0)
            verify(wrong.Accessible.checked)
            verify(!Home.lesson.canContinue)
            verify(!Home.lesson.next(), "cannot go on with a wrong answer")

            // Keyboard works as well as the mouse, and there is no penalty for trying again.
            right.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(right.Accessible.checked)
            verify(!wrong.Accessible.checked)
            verify(Home.lesson.canContinue)
            verify(feedback.text.startsWith("Yes"), feedback.text)
        }

        function test_eachAnswerCanBeHeardAlone() {
            const answer = findChild(loader.item, "answer-right")
            const speaker = findChild(loader.item, "readAnswer-right")
            verify(speaker && speaker.visible)
            compare(speaker.Accessible.name, "Read aloud: " + answer.text)
            mouseClick(speaker)
            compare(ReadAloud.lastText, answer.text)
        }
    }
}
