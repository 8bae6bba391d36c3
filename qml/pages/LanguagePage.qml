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
    signal cancelled()

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

    ActionButton {
        Layout.topMargin: Theme.spacing * 2
        objectName: "languageBack"
        // On a PC with learners, "I am new here" may have been a slip: back to the tiles.
        visible: Session.learners.length > 0
        //: Leaves the first page of making a profile, back to the learners' pictures
        text: qsTr("Back")
        onClicked: page.cancelled()
    }
}
