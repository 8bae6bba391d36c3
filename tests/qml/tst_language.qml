// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtTest
import OpenSteps

// The language changes at once, without a restart; right-to-left languages mirror the layout.
Item {
    id: root

    width: 1000
    height: 800
    LayoutMirroring.enabled: Preferences.rightToLeft
    LayoutMirroring.childrenInherit: true

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: LanguagePage {}
    }
    RowLayout {
        y: 600
        width: parent.width

        ActionButton {
            id: first

            text: "First"
        }
        ActionButton {
            id: second

            text: "Second"
        }
    }

    TestCase {
        name: "Language"
        when: windowShown

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function cleanup() {
            Preferences.setLanguage("en")
        }

        function test_shippedLanguagesArePicked() {
            const codes = Preferences.languages.map(language => language.code)
            verify(codes.indexOf("en") >= 0)
            verify(codes.indexOf("eo") >= 0, "every compiled translation is offered: " + codes)
        }

        function test_switchesWithoutRestart() {
            const page = stack.currentItem
            compare(page.title, "Choose your language")
            Preferences.setLanguage("eo")
            compare(page.title, "Elektu vian lingvon")
            Preferences.setLanguage("en")
            compare(page.title, "Choose your language")
        }

        function test_rightToLeftMirrorsLayout() {
            verify(first.x < second.x)
            Preferences.setLanguage("ar")
            verify(Preferences.rightToLeft)
            waitForRendering(root)
            verify(first.x > second.x, "first item is on the right in a right-to-left language")
            Preferences.setLanguage("en")
            verify(!Preferences.rightToLeft)
        }
    }
}
