// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps

// Every size grows with the learner's text size; the palettes switch at once.
Item {
    width: 800
    height: 600

    BodyText {
        id: body

        width: 400
        text: "Words that wrap when they are large enough to need a second line."
    }
    ActionButton {
        id: button

        y: 300
        text: "Next"
    }

    TestCase {
        name: "Theme"
        when: windowShown

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function cleanup() {
            Preferences.textScale = 1.0
            Preferences.theme = "default"
            Preferences.largerTargets = false
        }

        function test_largerButtons() {
            const small = button.height
            compare(Theme.minTarget, 48)
            Preferences.largerTargets = true
            compare(Theme.minTarget, 72)
            verify(button.height >= 72, "every button is at least the larger size: " + button.height)
            verify(button.height > small)
            Preferences.largerTargets = false
            compare(button.height, small)
        }

        function test_sizesScaleWithText() {
            Preferences.textScale = 1.0
            const unit = Theme.unit
            const font = body.font.pixelSize
            const buttonHeight = button.height
            verify(font >= 19, "body text is large: " + font)
            compare(Theme.minTarget, 48)

            Preferences.textScale = 2.0
            compare(Theme.unit, unit * 2)
            compare(body.font.pixelSize, font * 2)
            verify(button.height >= buttonHeight * 1.8, "button grows with its text")
            verify(body.lineCount > 1, "text reflows instead of being cut off")
            verify(!body.truncated)
        }

        function test_textScaleIsClamped() {
            Preferences.textScale = 5
            compare(Preferences.textScale, 2.0)
            Preferences.textScale = 0.5
            compare(Preferences.textScale, 1.0)
        }

        function test_highContrastIsYellowOnBlack() {
            Preferences.theme = "high-contrast"
            verify(Theme.highContrast)
            compare(String(Theme.background), "#000000")
            compare(String(Theme.text), "#ffff00")
            compare(String(body.color), "#ffff00")
            Preferences.theme = "no-such-theme"
            compare(Preferences.theme, "high-contrast")
            Preferences.theme = "default"
            compare(String(body.color), "#0b0c0c")
        }
    }
}
