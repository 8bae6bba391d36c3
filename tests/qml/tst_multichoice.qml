// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// "Choose all that apply": ticks turn on and off, Check shows why under each ticked answer,
// and only exactly the right answers let the learner go on. Wrong tries cost nothing.
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
        name: "MultiChoice"
        when: windowShown

        readonly property string shopLesson: "b7240502-d657-49bb-bfda-e859c6000d78"

        function initTestCase() {
            verify(TestHooks.createLearner("Picker", "fish", "digits", "1234"))
            verify(Home.openLesson(shopLesson))
            verify(Home.lesson.goToStepId("what-never-to-share"))
            verify(Home.lesson.multipleAnswers)
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function option(answer) {
            return findChild(loader.item, "answer-" + answer.answerId)
        }

        function test_tickCheckAndTryAgain() {
            const answers = Home.lesson.answers
            const right = answers.filter(a => a.correct)
            const wrong = answers.filter(a => !a.correct)
            verify(right.length >= 2 && wrong.length >= 1)
            verify(findChild(loader.item, "chooseAll").visible)
            compare(option(right[0]).Accessible.role, Accessible.CheckBox)

            // One right and one wrong: checking explains each and does not let them on.
            mouseClick(option(right[0]))
            mouseClick(option(wrong[0]))
            verify(option(right[0]).Accessible.checked)
            verify(!findChild(loader.item, "feedback").visible, "no verdict before Check")
            mouseClick(findChild(loader.item, "checkAnswers"))
            verify(Home.lesson.answersChecked)
            verify(!Home.lesson.canContinue)
            const wrongNote = findChild(loader.item, "answerFeedback-" + wrong[0].answerId)
            verify(wrongNote.visible)
            verify(wrongNote.text.indexOf("✗") === 0 && wrongNote.text.indexOf(wrong[0].feedback) > 0)
            verify(findChild(loader.item, "answerFeedback-" + right[0].answerId).text.indexOf("✓") === 0)
            verify(findChild(loader.item, "feedback").text.indexOf("check again") > 0)

            // Untick the wrong one by keyboard, tick the rest, check again.
            option(wrong[0]).forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(!option(wrong[0]).Accessible.checked)
            verify(!Home.lesson.answersChecked, "a changed pick waits for a new check")
            for (let i = 1; i < right.length; ++i) {
                option(right[i]).forceActiveFocus()
                keyClick(Qt.Key_Return)
            }
            findChild(loader.item, "checkAnswers").forceActiveFocus()
            keyClick(Qt.Key_Return)
            verify(Home.lesson.canContinue)
            verify(findChild(loader.item, "feedback").text.indexOf("all the right answers") >= 0)
            verify(loader.item.readAloudText.indexOf("Choose all the answers") > 0)
        }
    }
}
