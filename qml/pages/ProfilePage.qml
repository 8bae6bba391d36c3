// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A new learner makes a profile: a first name or nickname and a picture. No email, no password.
ScrollPage {
    id: page

    property string chosenAvatar: ""
    property bool triedToContinue: false
    readonly property bool nameMissing: nameField.text.trim() === ""
    readonly property bool avatarMissing: chosenAvatar === ""

    signal created()

    pageName: "profile"
    //: Heading of the page where a new learner makes their profile
    title: qsTr("Make your profile")

    BodyText {
        Layout.fillWidth: true
        text: qsTr("You do not need an email address or a password.")
    }

    // What is missing, said at the top as well as next to the question.
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: errorSummary.implicitHeight + 2 * Theme.spacing
        visible: page.triedToContinue && (page.nameMissing || page.avatarMissing)
        color: Theme.background
        border.width: Theme.borderWidth * 2
        border.color: Theme.error

        BodyText {
            id: errorSummary

            anchors.fill: parent
            anchors.margins: Theme.spacing
            objectName: "errorSummary"
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            //: Error when the learner continues without typing a name
            readonly property string nameError: "✗ " + qsTr("Type your first name or a nickname.")
            //: Error when the learner continues without choosing a picture
            readonly property string avatarError: "✗ " + qsTr("Choose a picture.")
            text: page.nameMissing && page.avatarMissing ? errorSummary.nameError + "\n" + errorSummary.avatarError
                  : page.nameMissing ? errorSummary.nameError : errorSummary.avatarError
        }
    }

    BodyText {
        Layout.fillWidth: true
        font.bold: true
        //: Label of the name box on the profile page
        text: qsTr("What should we call you?")
    }
    BodyText {
        Layout.fillWidth: true
        color: Theme.secondaryText
        text: qsTr("Your first name or a nickname. Other people using this computer may see it.")
    }
    TextEntry {
        id: nameField

        Layout.fillWidth: true
        objectName: "nameField"
        label: qsTr("What should we call you?")
        maximumLength: 40
        onAccepted: avatarGrid.children[0].forceActiveFocus()
    }

    BodyText {
        Layout.fillWidth: true
        font.bold: true
        //: Label above the profile pictures
        text: qsTr("Choose a picture")
    }
    BodyText {
        Layout.fillWidth: true
        color: Theme.secondaryText
        text: qsTr("You will look for it to find your profile.")
    }
    Flow {
        id: avatarGrid

        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Choose a picture")

        Repeater {
            model: Labels.avatarIds

            AvatarTile {
                required property string modelData

                objectName: "avatar-" + modelData
                avatarId: modelData
                checked: page.chosenAvatar === modelData
                onClicked: page.chosenAvatar = modelData
            }
        }
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        objectName: "createProfile"
        primary: true
        //: Button that saves the new profile
        text: qsTr("Continue")
        onClicked: {
            page.triedToContinue = true
            if (page.nameMissing || page.avatarMissing) {
                errorSummary.forceActiveFocus()
                return
            }
            if (App.createLearner(nameField.text, page.chosenAvatar))
                page.created()
        }
    }
}
