// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// "Delete my data", reached from Settings: says plainly what goes and that it cannot be
// undone, read aloud, with the focus on keeping everything. Deleting removes the learner and
// all about them from this PC (and withdraws anything already shared), then signs out. If it
// fails, it says so and nothing is changed.
ScrollPage {
    id: page

    property string message: ""
    //: Delete my data: what deleting does
    readonly property string whatText: qsTr("This removes your name, your progress and your settings from this computer. It cannot be undone.")
    //: Delete my data: what happens to progress already shared with the programme
    readonly property string sharedText: qsTr("If you shared your progress with 100% Digital Leeds, we also ask them to remove it.")
    //: Delete my data: the safe answer, which keeps everything
    readonly property string keepText: qsTr("No, keep my data")
    //: Delete my data: the answer that deletes everything about the learner
    readonly property string deleteText: qsTr("Yes, delete my data")
    readonly property string readAloudText: page.title + "\n" + page.whatText + "\n"
        + page.sharedText + "\n" + page.keepText + "\n" + page.deleteText

    signal kept()
    signal deleted()

    function deleteData() {
        if (Profile.deleteMyData()) {
            page.deleted()
        } else {
            //: Shown if the learner's data could not be deleted
            page.message = qsTr("Your data could not be deleted. Nothing was changed. Please ask a helper.")
            messageBox.forceActiveFocus()
        }
    }

    pageName: "delete-data"
    //: Heading of the page that asks a learner to confirm deleting their data
    title: qsTr("Delete my data?")

    // The safe answer has the focus, so Return or Space never deletes by accident.
    openingFocus: keep
    StackView.onActivated: {
        if (Preferences.autoRead && ReadAloud.available)
            autoRead.start()
    }
    Timer {
        id: autoRead

        interval: 0
        onTriggered: ReadAloud.say(page.readAloudText)
    }

    ReadAloudButton {
        id: readAloudButton

        words: page.readAloudText
    }
    ErrorMessage {
        //: Shown when the computer has no voice installed for reading aloud
        text: readAloudButton.explained ? qsTr("Reading aloud does not work on this computer yet. Please ask a member of staff.") : ""
    }
    ErrorMessage {
        id: messageBox

        objectName: "deleteMessage"
        text: page.message
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: page.whatText
    }
    BodyText {
        Layout.fillWidth: true
        text: page.sharedText
    }

    ActionButton {
        id: keep

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        objectName: "keepData"
        primary: true
        text: page.keepText
        // Read with the question, as the focus lands here rather than on the heading.
        Accessible.description: page.title + " " + page.whatText
        onClicked: page.kept()
    }
    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "confirmDelete"
        text: page.deleteText
        onClicked: page.deleteData()
    }
}
