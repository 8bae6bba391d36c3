// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// "I have a progress code": a learner who used OpenSteps on another computer types the code
// from there, and their finished lessons and skills check come into this profile. A mistyped
// code says what is wrong and changes nothing. A code from a learner who shared their progress
// there brings who they are to the programme too: then Continue asks again whether to share it
// from here (the consent page), and until they answer nothing is sent.
ScrollPage {
    id: page

    property string error: ""
    property string done: ""
    property bool askSharing: false

    signal closed()
    signal sharingAsked()

    pageName: "restore-code"
    //: Heading of the page where a learner types a progress code from another computer
    title: qsTr("I have a progress code")

    function restore() {
        const result = MyProgress.restore(codeField.text)
        if (result.ok) {
            page.error = ""
            page.done = result.message
            page.askSharing = result.askSharing === true
            doneText.forceActiveFocus()
        } else {
            page.error = result.message
            errorBox.forceActiveFocus()
        }
    }

    BodyText {
        Layout.fillWidth: true
        //: Explains where the progress code comes from
        text: qsTr("Type the code from your progress sheet, or from \"My progress\" on the other computer. Small letters and spaces are fine.")
    }
    ErrorMessage {
        id: errorBox

        objectName: "restoreError"
        text: page.error
    }
    BodyText {
        id: doneText

        Layout.fillWidth: true
        objectName: "restoreDone"
        visible: page.done !== ""
        font.bold: true
        color: Theme.success
        text: "✓ " + page.done
        Accessible.role: Accessible.AlertMessage
        Accessible.name: page.done
        FocusRing {
            target: doneText
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: page.done === ""
        font.bold: true
        //: Label of the progress code box
        text: qsTr("Progress code")
    }
    TextEntry {
        id: codeField

        Layout.fillWidth: true
        objectName: "codeField"
        visible: page.done === ""
        label: qsTr("Progress code")
        font.family: "DejaVu Sans Mono"
        font.capitalization: Font.AllUppercase
        maximumLength: 40
        onAccepted: page.restore()
    }
    ActionButton {
        objectName: "restoreButton"
        visible: page.done === ""
        primary: true
        //: Restores progress from the code typed
        text: qsTr("Bring my progress here")
        onClicked: page.restore()
    }
    ActionButton {
        objectName: "restoreContinue"
        visible: page.askSharing
        primary: true
        //: After restoring a code from a learner who shared: goes on to the sharing question
        text: qsTr("Continue")
        onClicked: page.sharingAsked()
    }
    ActionButton {
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeRestore"
        visible: !page.askSharing
        primary: page.done !== ""
        //: Leaves the progress code page
        text: qsTr("Back to my lessons")
        onClicked: page.closed()
    }
}
