// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The password builder: 3 random words on offer, a meter in words and bars, done at "Strong",
// and what was typed is gone when the step is left.
Item {
    width: 1000
    height: 900

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: PasswordBuilderActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "PasswordBuilder"
        when: windowShown

        readonly property string passwordLesson: "d307125e-1aa1-4d33-811a-5e56ab24857e"

        function initTestCase() {
            verify(TestHooks.createLearner("Builder", "tree", "digits", "1234"))
            verify(Home.openLesson(passwordLesson))
            let found = false
            for (let i = 0; i < Home.lesson.stepCount && !found; ++i) {
                Home.lesson.goToStep(i)
                found = Home.lesson.stepType === "password-builder"
            }
            verify(found)
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function typeText(text) {
            for (const c of text)
                keyClick(c)
        }

        function test_buildAStrongPassword() {
            const session = Home.lesson.passwordBuilder
            const words = findChild(loader.item, "randomWords")
            compare(session.words.length, 3)
            compare(words.text, session.words.join(" "))
            const before = words.text
            mouseClick(findChild(loader.item, "newWords"))
            verify(words.text !== before || session.words.length === 3)

            const field = findChild(loader.item, "passwordField")
            const meter = findChild(loader.item, "strength")
            compare(field.Accessible.name, "Make a password here")
            field.forceActiveFocus()
            typeText("Sam1")
            verify(meter.text.indexOf("very weak") > 0, meter.text)
            verify(meter.text.indexOf("longer") > 0, meter.text)
            verify(!Home.lesson.canContinue)
            typeText("23456789")
            verify(meter.text.indexOf("Strength: very weak") >= 0, meter.text) // 123456 is common
            field.clear()
            typeText(session.words.join(""))
            verify(meter.text.indexOf("✓ Strength: strong") === 0, meter.text)
            verify(Home.lesson.canContinue)
            verify(loader.item.readAloudText.indexOf("not saved anywhere") > 0)

            // Leaving the step empties the box; nothing typed is kept by the runner either.
            verify(Home.lesson.next())
            compare(field.text, "")
        }
    }
}
