// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// Keyboard practice with real key presses: the next key is marked on the picture and said in
// words, a slip is fixed with Backspace, Enter moves on, and Next waits until all are typed.
Item {
    width: 1000
    height: 900

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: KeyboardPracticeActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "KeyboardPractice"
        when: windowShown

        readonly property string keyboardLesson: "924d136c-f4ea-4849-a31a-fb675f9c8c8e"

        function initTestCase() {
            verify(TestHooks.createLearner("Typist", "bird", "digits", "1234"))
            verify(Home.openLesson(keyboardLesson))
            while (Home.lesson.stepType !== "keyboard-practice")
                verify(Home.lesson.next())
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function marked(key) {
            return findChild(loader.item, "key-" + key).marked
        }

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        function test_1_typeEveryPrompt() {
            const typing = Home.lesson.typing
            const field = findChild(loader.item, "typingField")
            const next = findChild(loader.item, "typingNextKey")
            field.forceActiveFocus()
            const first = typing.prompt
            compare(typing.promptNumber, 1)
            verify(marked(first[0]), "the first key is marked")
            verify(next.text.indexOf("press " + first[0].toUpperCase()) >= 0, next.text)
            verify(!Home.lesson.canContinue)

            // A slip: Backspace is marked and said; fixing it carries on.
            typeText(first[0] + "z")
            verify(marked("Backspace"))
            verify(next.text.indexOf("Backspace") >= 0, next.text)
            keyClick(Qt.Key_Backspace)
            verify(marked(first[1]))

            // Enter before the end does not lose what was typed.
            keyClick(Qt.Key_Return)
            compare(field.text, first[0])
            typeText(first.slice(1))
            verify(marked("Enter"))
            keyClick(Qt.Key_Return)
            compare(field.text, "")
            compare(typing.promptNumber, 2)

            while (!typing.finished) {
                typeText(typing.prompt)
                keyClick(Qt.Key_Return)
            }
            verify(Home.lesson.canContinue)
            verify(next.text.indexOf("Well done") >= 0)
            verify(Home.lesson.next())
        }

        function test_2_capitalMarksShift() {
            // The next practice has capitals: Shift is asked for, in the picture and in words.
            while (Home.lesson.stepType !== "keyboard-practice") {
                for (const answer of Home.lesson.answers) {
                    Home.lesson.choose(answer.answerId)
                    if (Home.lesson.canContinue)
                        break
                }
                verify(Home.lesson.next())
            }
            const typing = Home.lesson.typing
            verify(typing.prompt[0] === typing.prompt[0].toUpperCase(), typing.prompt)
            verify(typing.nextShift)
            verify(marked("Shift"))
            verify(findChild(loader.item, "typingNextKey").text.indexOf("hold Shift") >= 0)
        }

        function test_3_arrowKeys() {
            // Further on, arrow keys: each press writes its arrow, marked and said like a letter.
            while (!(Home.lesson.stepType === "keyboard-practice" && Home.lesson.typing.prompt.indexOf("→") >= 0)) {
                if (Home.lesson.typing) {
                    while (!Home.lesson.typing.finished)
                        verify(Home.lesson.typing.submit(Home.lesson.typing.prompt))
                }
                for (const answer of Home.lesson.answers) {
                    Home.lesson.choose(answer.answerId)
                    if (Home.lesson.canContinue)
                        break
                }
                verify(Home.lesson.next())
            }
            const typing = Home.lesson.typing
            const field = findChild(loader.item, "typingField")
            const next = findChild(loader.item, "typingNextKey")
            field.forceActiveFocus()
            compare(typing.prompt, "→→→")
            verify(marked("→"))
            verify(next.text.indexOf("the right arrow key") >= 0, next.text)
            keyClick(Qt.Key_Right)
            compare(field.text, "→")
            keyClick(Qt.Key_Left) // a slip
            verify(marked("Backspace"))
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Return)
            compare(typing.promptNumber, 2)
            for (const key of [Qt.Key_Left, Qt.Key_Left, Qt.Key_Up, Qt.Key_Down])
                keyClick(key)
            keyClick(Qt.Key_Return)
            verify(typing.finished)
            verify(Home.lesson.canContinue)
            verify(loader.item.readAloudText.indexOf(Home.lesson.body) === 0)
        }
    }
}
