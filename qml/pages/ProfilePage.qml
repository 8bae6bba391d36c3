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
    //: Error when the learner continues without typing a name
    readonly property string nameError: qsTr("Type your first name or a nickname.")
    //: Error when the learner continues without choosing a picture
    readonly property string avatarError: qsTr("Choose a picture.")
    // Name and picture are kept until the PIN is chosen on the next page; only then is the
    // profile made.
    signal detailsChosen(string name, string avatar)
    signal cancelled()

    pageName: "profile"
    //: Heading of the page where a new learner makes their profile
    title: qsTr("Make your profile")

    BodyText {
        Layout.fillWidth: true
        //: Profile page: what a profile needs
        text: qsTr("You do not need an email address. You will choose a PIN: 4 numbers or 3 pictures.")
    }

    // What is missing, said at the top as well as next to each question.
    ErrorMessage {
        id: errorSummary

        objectName: "errorSummary"
        text: !page.triedToContinue ? ""
              : page.nameMissing && page.avatarMissing ? page.nameError + "\n" + page.avatarError
              : page.nameMissing ? page.nameError
              : page.avatarMissing ? page.avatarError : ""
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
    ErrorMessage {
        text: page.triedToContinue && page.nameMissing ? page.nameError : ""
    }
    TextEntry {
        id: nameField

        Layout.fillWidth: true
        objectName: "nameField"
        label: qsTr("What should we call you?")
        maximumLength: Profile.maxNameLength
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
    ErrorMessage {
        text: page.triedToContinue && page.avatarMissing ? page.avatarError : ""
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
                chosen: page.chosenAvatar === modelData
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
            page.detailsChosen(nameField.text.trim(), page.chosenAvatar)
        }
    }
    ActionButton {
        objectName: "profileBack"
        //: Goes back from making a profile to the previous page
        text: qsTr("Back")
        onClicked: page.cancelled()
    }
}
