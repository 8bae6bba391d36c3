// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// "I can..." reflection: any answer lets the learner on; the statement is read as shown.
Item {
    width: 1000
    height: 800

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: ReflectActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "Reflect"
        when: windowShown

        readonly property string passwordsLesson: "37b369e1-1f9c-4e97-93c3-bacf020faf44"

        function initTestCase() {
            verify(TestHooks.createLearner("Reflector", "tree", "digits", "1234"))
            verify(Home.openLesson(passwordsLesson))
            while (Home.lesson.stepType !== "reflect") {
                if (Home.lesson.stepType === "choice") {
                    for (const answer of Home.lesson.answers) {
                        Home.lesson.choose(answer.answerId)
                        if (Home.lesson.canContinue)
                            break
                    }
                }
                verify(Home.lesson.next())
            }
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function test_anyAnswerLetsTheLearnerOn() {
            const statement = findChild(loader.item, "reflectStatement")
            compare(statement.text, Home.lesson.body)
            verify(statement.text.startsWith("I can"))
            // Read aloud says the statement and the 3 answers, as shown.
            compare(loader.item.readAloudText, statement.text + "\nYes\nA bit\nNot yet")
            verify(!Home.lesson.canContinue)
            const notYet = findChild(loader.item, "rating-not-yet")
            const yes = findChild(loader.item, "rating-yes")
            compare(notYet.Accessible.role, Accessible.RadioButton)
            mouseClick(notYet)
            compare(Home.lesson.rating, "not-yet")
            verify(notYet.Accessible.checked)
            verify(findChild(loader.item, "reflectThanks").text.indexOf("again") >= 0)
            yes.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(Home.lesson.rating, "yes")
            verify(!notYet.Accessible.checked)
            Home.lesson.rate("maybe") // not an answer: ignored
            compare(Home.lesson.rating, "yes")
            verify(Home.lesson.canContinue)
            verify(Home.lesson.next())
        }
    }
}
