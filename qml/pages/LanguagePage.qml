// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// First start: the learner picks the language they want to learn in.
// Each language is written in itself so people can find their own.
ScrollPage {
    id: page

    signal chosen()

    pageName: "language"
    //: Heading of the first page a new learner sees
    title: qsTr("Choose your language")

    Repeater {
        model: Preferences.languages

        ActionButton {
            required property var modelData

            Layout.fillWidth: true
            objectName: "language-" + modelData.code
            text: modelData.name
            selected: Preferences.language === modelData.code
            onClicked: {
                Preferences.setLanguage(modelData.code)
                page.chosen()
            }
        }
    }
}
