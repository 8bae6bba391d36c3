// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The helper page before anyone is signed in: a name and passphrase, and why they did not work.
ColumnLayout {
    id: signIn

    property string message: ""

    spacing: Theme.spacing
    // Hidden when empty, so the page's column leaves no gap for it.
    visible: messageBox.visible || nameField.visible

    function signIn() {
        const attempt = Session.helperSignIn(nameField.text, passField.text)
        passField.text = ""
        if (attempt.result === "signed-in") {
            signIn.message = ""
            return
        }
        signIn.message = attempt.result === "locked"
                //: Helper sign-in after 5 wrong passphrases
                ? qsTr("Too many tries. Please wait one minute, then try again.")
                //: Helper sign-in with a wrong name or passphrase
                : qsTr("That name and passphrase do not match. Please try again.")
        messageBox.forceActiveFocus()
    }

    ErrorMessage {
        id: messageBox

        objectName: "helperMessage"
        text: signIn.message
    }
    BodyText {
        Layout.fillWidth: true
        visible: nameField.visible
        font.bold: true
        //: Label of the helper's name box
        text: qsTr("Your name")
    }
    TextEntry {
        id: nameField

        Layout.fillWidth: true
        objectName: "helperName"
        visible: Staff.hasHelpers && Session.helperName === ""
        label: qsTr("Your name")
        onAccepted: passField.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        visible: nameField.visible
        font.bold: true
        //: Label of the helper's passphrase box
        text: qsTr("Your passphrase")
    }
    TextEntry {
        id: passField

        Layout.fillWidth: true
        objectName: "helperPassphrase"
        visible: nameField.visible
        label: qsTr("Your passphrase")
        echoMode: TextInput.Password
        onAccepted: signIn.signIn()
    }
    ActionButton {
        objectName: "helperSignInButton"
        visible: nameField.visible
        primary: true
        //: Signs a volunteer or staff member in
        text: qsTr("Sign in")
        onClicked: signIn.signIn()
    }
}
