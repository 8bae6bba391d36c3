// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Text size, colours and language. Changes show at once and are remembered.
ScrollPage {
    id: page

    signal closed()

    pageName: "settings"
    //: Heading of the settings page
    title: qsTr("Text size, colours and language")

    SectionHeading {
        //: Settings section: how big the words are
        text: qsTr("Text size")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: [1.0, 1.25, 1.5, 1.75, 2.0]

            ActionButton {
                required property real modelData

                objectName: "textScale-" + Math.round(modelData * 100)
                //: A text size choice; %1 is a percentage such as 150
                text: qsTr("%1%").arg(Math.round(modelData * 100))
                selected: Math.abs(Preferences.textScale - modelData) < 0.01
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                onClicked: Preferences.textScale = modelData
            }
        }
    }

    SectionHeading {
        //: Settings section: colour scheme
        text: qsTr("Colours")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "theme-default"
            //: Colour scheme: dark text on white
            text: qsTr("Standard")
            selected: Preferences.theme === "default"
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            onClicked: Preferences.theme = "default"
        }
        ActionButton {
            objectName: "theme-high-contrast"
            //: Colour scheme: yellow text on black
            text: qsTr("High contrast (yellow on black)")
            selected: Preferences.theme === "high-contrast"
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            onClicked: Preferences.theme = "high-contrast"
        }
    }

    SectionHeading {
        //: Settings section: size of buttons and boxes
        text: qsTr("Buttons")
    }
    ActionButton {
        objectName: "largerTargets"
        //: Setting that makes every button and box bigger, easier to hit with the mouse
        text: qsTr("Larger buttons")
        selected: Preferences.largerTargets
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        onClicked: Preferences.largerTargets = !Preferences.largerTargets
    }

    SectionHeading {
        //: Settings section: language of the app
        text: qsTr("Language")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: Preferences.languages

            ActionButton {
                required property var modelData

                objectName: "settingsLanguage-" + modelData.code
                text: modelData.name
                selected: Preferences.language === modelData.code
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                onClicked: Preferences.setLanguage(modelData.code)
            }
        }
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeSettings"
        primary: true
        //: Leaves the settings page
        text: qsTr("Done")
        onClicked: page.closed()
    }
}
