// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps

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
            runner: App.lesson
        }
    }

    TestCase {
        name: "KeyboardPractice"
        when: windowShown

        readonly property string keyboardLesson: "924d136c-f4ea-4849-a31a-fb675f9c8c8e"

        function initTestCase() {
            verify(App.createLearner("Typist", "bird", "digits", "1234"))
            verify(App.openLesson(keyboardLesson))
            while (App.lesson.stepType !== "keyboard-practice")
                verify(App.lesson.next())
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
            const typing = App.lesson.typing
            const field = findChild(loader.item, "typingField")
            const next = findChild(loader.item, "typingNextKey")
            field.forceActiveFocus()
            const first = typing.prompt
            compare(typing.promptNumber, 1)
            verify(marked(first[0]), "the first key is marked")
            verify(next.text.indexOf("press " + first[0].toUpperCase()) >= 0, next.text)
            verify(!App.lesson.canContinue)

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
            verify(App.lesson.canContinue)
            verify(next.text.indexOf("Well done") >= 0)
            verify(App.lesson.next())
        }

        function test_2_capitalMarksShift() {
            // The next practice has capitals: Shift is asked for, in the picture and in words.
            while (App.lesson.stepType !== "keyboard-practice") {
                for (const answer of App.lesson.answers) {
                    App.lesson.choose(answer.answerId)
                    if (App.lesson.canContinue)
                        break
                }
                verify(App.lesson.next())
            }
            const typing = App.lesson.typing
            verify(typing.prompt[0] === typing.prompt[0].toUpperCase(), typing.prompt)
            verify(typing.nextShift)
            verify(marked("Shift"))
            verify(findChild(loader.item, "typingNextKey").text.indexOf("hold Shift") >= 0)
        }

        function test_3_arrowKeys() {
            // Further on, arrow keys: each press writes its arrow, marked and said like a letter.
            while (!(App.lesson.stepType === "keyboard-practice" && App.lesson.typing.prompt.indexOf("→") >= 0)) {
                if (App.lesson.typing) {
                    while (!App.lesson.typing.finished)
                        verify(App.lesson.typing.submit(App.lesson.typing.prompt))
                }
                for (const answer of App.lesson.answers) {
                    App.lesson.choose(answer.answerId)
                    if (App.lesson.canContinue)
                        break
                }
                verify(App.lesson.next())
            }
            const typing = App.lesson.typing
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
            verify(App.lesson.canContinue)
            verify(loader.item.readAloudText.indexOf(App.lesson.body) === 0)
        }
    }
}
