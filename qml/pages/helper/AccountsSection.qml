// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Staff: the volunteer and staff accounts on this PC, and adding one.
ColumnLayout {
    id: section

    // The role chosen for a new account.
    property string newRole: "volunteer"

    // An account was added: the page says so in `text` and moves the focus there.
    signal confirmed(string text)

    spacing: Theme.spacing

    function addAccount() {
        const name = newHelperName.text.trim()
        newHelperProblem.text = Staff.addHelper(name, section.newRole, newHelperPass.text,
                                                newHelperPassAgain.text)
        if (newHelperProblem.text !== "") {
            newHelperProblem.forceActiveFocus()
            return
        }
        newHelperName.text = ""
        newHelperPass.text = ""
        newHelperPassAgain.text = ""
        const added = section.newRole === "staff"
                //: Staff: after adding a staff account; %1 is the person's name
                ? qsTr("%1 can now sign in here as staff.").arg(name)
                //: Staff: after adding a volunteer account; %1 is the person's name
                : qsTr("%1 can now sign in here as a volunteer.").arg(name)
        section.newRole = "volunteer"
        section.confirmed(added)
    }

    SectionHeading {
        //: Staff section: the volunteer and staff accounts on this PC, and adding one
        text: qsTr("Volunteers and staff")
    }
    Repeater {
        model: Staff.helperAccounts

        BodyText {
            required property var modelData

            Layout.fillWidth: true
            objectName: "account-" + modelData.name
            text: modelData.role === "staff"
                  //: Staff: one account in the list; %1 is the person's name
                  ? qsTr("%1: staff").arg(modelData.name)
                  //: Staff: one account in the list; %1 is the person's name
                  : qsTr("%1: volunteer").arg(modelData.name)
        }
    }
    SectionHeading {
        //: Staff: heading of the form that adds a volunteer or staff account
        text: qsTr("Add an account")
    }
    ErrorMessage {
        id: newHelperProblem

        objectName: "newHelperProblem"
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: newHelperName.label
    }
    TextEntry {
        id: newHelperName

        Layout.fillWidth: true
        objectName: "newHelperName"
        //: Staff: the new volunteer's or staff member's name, as they will type it to sign in
        label: qsTr("Their name")
        onAccepted: newHelperPass.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        //: Staff: label of the choice between a volunteer and a staff account
        text: qsTr("Their role")
    }
    ChoiceGroup {
        namePrefix: "newHelperRole"
        options: [
            //: Staff: a volunteer account (can reset PINs and help learners)
            { value: "volunteer", label: qsTr("Volunteer") },
            //: Staff: a staff account (can also change settings and add accounts)
            { value: "staff", label: qsTr("Staff") }
        ]
        current: section.newRole
        onChosen: value => section.newRole = value
    }
    // Right before its box: screen readers get no name for a password box from Qt 6.4.
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: newHelperPass.label
    }
    TextEntry {
        id: newHelperPass

        Layout.fillWidth: true
        objectName: "newHelperPassphrase"
        //: Staff: the new account's passphrase; %1 is the least number of characters, such as 8
        label: qsTr("Their passphrase (at least %1 characters)").arg(Staff.minPassphraseLength)
        echoMode: TextInput.Password
        onAccepted: newHelperPassAgain.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: newHelperPassAgain.label
    }
    TextEntry {
        id: newHelperPassAgain

        Layout.fillWidth: true
        objectName: "newHelperPassphraseAgain"
        //: Staff: the new account's passphrase typed a second time, to be sure of it
        label: qsTr("The same passphrase again")
        echoMode: TextInput.Password
        onAccepted: section.addAccount()
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "addHelper"
        //: Staff: adds the volunteer or staff account typed above
        text: qsTr("Add this account")
        onClicked: section.addAccount()
    }
}
