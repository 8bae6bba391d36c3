// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// For volunteers and staff: sign in with a name and passphrase, then reset a learner's PIN
// (the learner chooses a new one when they next sign in). Staff also set how long the PC
// waits before asking "Are you still there?".
ScrollPage {
    id: page

    property string message: ""
    property string done: ""
    readonly property var idleChoices: [5, 10, 15, 20, 30]

    signal closed()

    pageName: "helper"
    //: Heading of the page for volunteers and staff
    title: qsTr("Helpers and staff")

    function signIn() {
        const attempt = App.helperSignIn(nameField.text, passField.text)
        passField.text = ""
        if (attempt.result === "signed-in") {
            page.message = ""
            return
        }
        page.message = attempt.result === "locked"
                //: Helper sign-in after 5 wrong passphrases
                ? qsTr("Too many tries. Please wait one minute, then try again.")
                //: Helper sign-in with a wrong name or passphrase
                : qsTr("That name and passphrase do not match. Please try again.")
        messageBox.forceActiveFocus()
    }

    StackView.onRemoved: App.helperSignOut()

    BodyText {
        Layout.fillWidth: true
        visible: !App.hasHelpers
        //: Shown when no volunteer or staff account exists on this PC yet
        text: qsTr("There are no helper accounts on this computer yet. Staff can add one with the command: opensteps helper add --name NAME --role staff")
    }

    ErrorMessage {
        id: messageBox

        objectName: "helperMessage"
        text: page.message
    }

    // Signing in.
    BodyText {
        Layout.fillWidth: true
        visible: App.hasHelpers && App.helperName === ""
        font.bold: true
        //: Label of the helper's name box
        text: qsTr("Your name")
    }
    TextEntry {
        id: nameField

        Layout.fillWidth: true
        objectName: "helperName"
        visible: App.hasHelpers && App.helperName === ""
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
        onAccepted: page.signIn()
    }
    ActionButton {
        objectName: "helperSignInButton"
        visible: nameField.visible
        primary: true
        //: Signs a volunteer or staff member in
        text: qsTr("Sign in")
        onClicked: page.signIn()
    }

    // Signed in: what helpers may do.
    BodyText {
        Layout.fillWidth: true
        visible: App.helperName !== ""
        //: %1 is the helper's name
        text: qsTr("Signed in as %1.").arg(App.helperName)
    }
    BodyText {
        id: doneText

        Layout.fillWidth: true
        objectName: "helperDone"
        visible: page.done !== ""
        font.bold: true
        text: "✓ " + page.done
        color: Theme.success
        Accessible.role: Accessible.AlertMessage
        Accessible.name: page.done
        FocusRing {
            target: doneText
        }
    }
    SectionHeading {
        visible: App.helperName !== ""
        //: Helper page: section to reset learners' PINs
        text: qsTr("Reset a learner's PIN")
    }
    BodyText {
        Layout.fillWidth: true
        visible: App.helperName !== ""
        //: Helper page: what resetting a PIN does
        text: qsTr("The learner chooses a new PIN the next time they sign in. Their lessons stay as they are.")
    }
    Repeater {
        model: App.helperName !== "" ? App.learners : []

        ActionButton {
            required property var modelData

            Layout.fillWidth: true
            objectName: "resetPin-" + modelData.id
            //: Helper page: resets one learner's PIN; %1 is the learner's name
            text: qsTr("Reset the PIN of %1").arg(modelData.name)
            onClicked: {
                if (App.resetPin(modelData.id)) {
                    //: Confirmation after a helper reset a PIN; %1 is the learner's name
                    page.done = qsTr("The PIN of %1 is reset.").arg(modelData.name)
                    // The buttons are made again; the focus goes to the confirmation.
                    doneText.forceActiveFocus()
                }
            }
        }
    }
    SectionHeading {
        visible: App.helperRole === "staff"
        //: Staff setting: how long the PC waits without use before asking "Are you still there?"
        text: qsTr("Sign learners out when nobody uses the computer for")
    }
    ChoiceGroup {
        visible: App.helperRole === "staff"
        namePrefix: "idleMinutes"
        options: page.idleChoices.map(minutes => ({
            value: minutes,
            //: A number of minutes; %1 is a number such as 10
            label: qsTr("%1 minutes").arg(minutes)
        }))
        current: App.idleMinutes
        onChosen: value => App.setIdleMinutes(value)
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeHelper"
        primary: App.helperName !== ""
        //: Leaves the helper page (and signs the helper out)
        text: qsTr("Done")
        onClicked: page.closed()
    }
}
