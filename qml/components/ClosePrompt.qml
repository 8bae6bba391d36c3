// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Kiosk mode: someone asked to close OpenSteps (Alt+F4, the window's close button...), which
// only staff may do on this PC. Shown over the page, which stays as it was; "Keep using
// OpenSteps" has the focus, so a learner who pressed a key by mistake loses nothing. Staff
// type their name and passphrase to close it (Deployment.quitAsStaff).
Rectangle {
    id: prompt

    property Item focusBefore: null
    property string message: ""
    //: Heading shown when someone tries to close OpenSteps on a PC where only staff may
    readonly property string question: qsTr("OpenSteps stays open on this computer")

    function open() {
        if (visible)
            return
        focusBefore = Window.activeFocusItem
        message = ""
        visible = true
        keepOpen.forceActiveFocus()
    }
    function dismiss() {
        visible = false
        nameField.text = ""
        passField.text = ""
        focusBefore?.forceActiveFocus()
    }
    function tryClose() {
        const result = Deployment.quitAsStaff(nameField.text, passField.text)
        passField.text = ""
        message = result === "locked"
                //: Closing a kiosk PC after 5 wrong passphrases
                ? qsTr("Too many tries. Please wait one minute, then try again.")
                : result === "not-staff"
                  //: Closing a kiosk PC: a volunteer's passphrase was given; only staff may close the app
                  ? qsTr("Only staff can close OpenSteps on this computer.")
                  : result === "closed" ? ""
                    //: Closing a kiosk PC with a wrong name or passphrase
                    : qsTr("That name and passphrase do not match. Please try again.")
        if (message !== "")
            messageBox.forceActiveFocus()
    }

    visible: false
    color: Qt.rgba(0, 0, 0, 0.6)
    z: 101

    // Clicks do not reach the page behind.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }
    Keys.onEscapePressed: dismiss()

    // Keys that close windows elsewhere do nothing but ask, in kiosk mode (anywhere in the window).
    Shortcut {
        enabled: Deployment.kiosk
        sequences: ["Ctrl+Q", "Ctrl+W", "Ctrl+F4", "Alt+F4"]
        onActivated: {
            if (!Deployment.requestClose("keys"))
                prompt.open()
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Theme.unit * 80)
        height: Math.min(parent.height - 2 * Theme.spacing, box.implicitHeight + 4 * Theme.spacing)
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.borderWidth * 2
        border.color: Theme.border
        clip: true
        Accessible.role: Accessible.Dialog
        Accessible.name: prompt.question

        ColumnLayout {
            id: box

            x: 2 * Theme.spacing
            y: 2 * Theme.spacing
            width: parent.width - 4 * Theme.spacing
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: prompt.question
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                Layout.fillWidth: true
                //: Under "OpenSteps stays open on this computer"
                text: qsTr("Only staff can close it. Staff: type your name and passphrase.")
            }
            ActionButton {
                id: keepOpen

                Layout.fillWidth: true
                objectName: "keepOpen"
                primary: true
                //: Closes the question and goes back to OpenSteps, which stays open
                text: qsTr("Keep using OpenSteps")
                onClicked: prompt.dismiss()
            }
            ErrorMessage {
                id: messageBox

                objectName: "closeMessage"
                text: prompt.message
            }
            BodyText {
                Layout.fillWidth: true
                font.bold: true
                text: nameField.label
            }
            TextEntry {
                id: nameField

                Layout.fillWidth: true
                objectName: "closeStaffName"
                //: Closing a kiosk PC: the staff member's name
                label: qsTr("Staff name")
                onAccepted: passField.forceActiveFocus()
            }
            BodyText {
                Layout.fillWidth: true
                font.bold: true
                text: passField.label
            }
            TextEntry {
                id: passField

                Layout.fillWidth: true
                objectName: "closePassphrase"
                //: Closing a kiosk PC: the staff member's passphrase
                label: qsTr("Passphrase")
                echoMode: TextInput.Password
                onAccepted: prompt.tryClose()
            }
            ActionButton {
                Layout.fillWidth: true
                objectName: "closeAsStaff"
                //: Closing a kiosk PC: staff confirm with their name and passphrase
                text: qsTr("Close OpenSteps")
                onClicked: prompt.tryClose()
            }
        }
    }
}
