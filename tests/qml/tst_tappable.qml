// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps

// The accessibility contract of the one base control every clickable thing uses.
Item {
    width: 800
    height: 600

    ActionButton {
        id: button

        property int clicks: 0

        text: "Save my work"
        onClicked: clicks++
    }
    ActionButton {
        id: other

        y: 200
        text: "Another button"
    }

    BodyText {
        id: hiddenText

        y: 400
        visible: false
        text: "Nothing here yet"
    }
    ErrorMessage {
        id: noError

        y: 450
        width: 300
    }

    TestCase {
        name: "Tappable"
        when: windowShown

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
            Preferences.textScale = 1.0
            button.clicks = 0
            button.visible = true
            button.enabled = true
        }

        function test_keyboardActivates_data() {
            return [
                { tag: "Return", key: Qt.Key_Return },
                { tag: "Enter", key: Qt.Key_Enter },
                { tag: "Space", key: Qt.Key_Space }
            ]
        }
        function test_keyboardActivates(data) {
            button.forceActiveFocus()
            keyClick(data.key)
            compare(button.clicks, 1)
        }

        function test_mouseActivates() {
            mouseClick(button)
            compare(button.clicks, 1)
        }

        function test_disabledDoesNothing() {
            button.enabled = false
            button.forceActiveFocus()
            keyClick(Qt.Key_Return)
            mouseClick(button)
            compare(button.clicks, 0)
        }

        function test_screenReaderSeesRoleAndName() {
            compare(button.Accessible.role, Accessible.Button)
            compare(button.Accessible.name, "Save my work")
            verify(!button.Accessible.ignored)
            button.visible = false
            verify(button.Accessible.ignored)
        }

        function test_hiddenTextIsNotReadOut() {
            verify(hiddenText.Accessible.ignored)
            hiddenText.visible = true
            verify(!hiddenText.Accessible.ignored)
            compare(hiddenText.Accessible.name, "Nothing here yet")
            hiddenText.visible = false
            verify(noError.Accessible.ignored, "an empty error message is hidden from screen readers")
            noError.text = "Type your name."
            verify(!noError.Accessible.ignored)
            compare(noError.Accessible.role, Accessible.AlertMessage)
            noError.text = ""
        }

        function test_tabMovesFocus() {
            button.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            verify(other.activeFocus)
            keyClick(Qt.Key_Backtab)
            verify(button.activeFocus)
        }

        function test_focusRingShowsOnlyWithFocus() {
            const ring = findChild(button, "focusRing")
            verify(ring)
            other.forceActiveFocus()
            verify(!ring.visible)
            button.forceActiveFocus()
            verify(ring.visible)
            // The ring sits outside the button so it never hides its words.
            verify(ring.width > button.width)
        }

        function test_targetIsAtLeast44px_data() {
            return [{ tag: "100%", scale: 1.0 }, { tag: "200%", scale: 2.0 }]
        }
        function test_targetIsAtLeast44px(data) {
            Preferences.textScale = data.scale
            verify(button.height >= 44, "height " + button.height)
            verify(button.width >= 44, "width " + button.width)
        }
    }
}
