// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// Spot the scam: every message is shown word for word, sorting it shows its signs, a wrong
// sort can be changed, and the step is done only when every message is sorted right.
Item {
    width: 1000
    height: 900

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: ScamSortActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "ScamSort"
        when: windowShown

        readonly property string scamLesson: "29e44abf-3211-46e2-8efc-c73b228be95e"

        function initTestCase() {
            verify(TestHooks.createLearner("Sorter", "cat", "digits", "1234"))
            verify(Home.openLesson(scamLesson))
            let found = false
            for (let i = 0; i < Home.lesson.stepCount && !found; ++i) {
                Home.lesson.goToStep(i)
                found = Home.lesson.stepType === "scam-sort"
            }
            verify(found)
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function test_sortEveryMessage() {
            const session = Home.lesson.scamSort
            const messages = session.messages
            verify(messages.length >= 3)
            const kinds = messages.map(m => m.kind)
            verify(kinds.includes("email") && kinds.includes("text") && kinds.includes("call"))
            for (const message of messages)
                verify(loader.item.readAloudText.indexOf(message.body) > 0)
            compare(findChild(loader.item, "scamProgress").text, "0 of %1 messages sorted right.".arg(messages.length))

            // The first message in the wrong pile: its signs show, kindly, and nothing is lost.
            const first = messages[0]
            const wrongButton = findChild(loader.item, (first.verdict === "scam" ? "safe-" : "scam-") + first.messageId)
            mouseClick(wrongButton)
            const signs = findChild(loader.item, "signs-" + first.messageId)
            verify(signs.visible)
            verify(signs.text.indexOf("✗ Not quite") === 0, signs.text)
            verify(signs.text.indexOf(first.signs) > 0)
            verify(!Home.lesson.canContinue)

            // Every message in the right pile, by keyboard.
            for (const message of session.messages) {
                const button = findChild(loader.item, (message.verdict === "scam" ? "scam-" : "safe-") + message.messageId)
                button.forceActiveFocus()
                keyClick(Qt.Key_Return)
                verify(button.activeFocus, "the card is updated in place; focus stays put")
                verify(findChild(loader.item, "signs-" + message.messageId).text.indexOf("✓") === 0)
            }
            verify(session.done)
            verify(Home.lesson.canContinue)
            verify(findChild(loader.item, "scamProgress").text.indexOf("Well done") >= 0)
        }
    }
}
