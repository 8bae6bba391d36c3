// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtTest
import OpenSteps

// Text size changes while a page is open: everything regrows at once, with no layout warnings.
Item {
    id: root

    width: 900
    height: 900

    ColumnLayout {
        width: root.width

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: ["100%", "High contrast (yellow on black)", "English"]

                ActionButton {
                    required property string modelData

                    text: modelData
                    selected: modelData === "English"
                }
            }
        }
        ActionButton {
            id: wide

            Layout.fillWidth: true
            text: "Continue where you left off\nKeeping passwords safe — step 6 of 10"
        }
        LessonCard {
            id: card

            Layout.fillWidth: true
            title: "Using a mouse"
            summary: "You will learn how to move the pointer, click and scroll with a mouse."
            stepCount: 10
            stepsDone: 3
            completed: false
        }
    }

    TestCase {
        name: "TextScale"
        when: windowShown

        function init() {
            failOnWarning(/.+/)
        }

        function test_growsWithoutWarnings() {
            Preferences.textScale = 1.0
            waitForRendering(root)
            const height = wide.height
            for (const scale of [1.25, 1.5, 1.75, 2.0, 1.0, 2.0]) {
                Preferences.textScale = scale
                waitForRendering(root)
            }
            verify(wide.height >= height * 1.8, wide.height + " vs " + height)
            verify(card.height > 0)
            Preferences.textScale = 1.0
        }
    }
}
