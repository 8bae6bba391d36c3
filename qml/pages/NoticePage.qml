// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Shown once when the saved progress was damaged and the app had to start fresh.
ScrollPage {
    id: page

    signal acknowledged()

    pageName: "notice"
    //: Heading when saved progress was damaged and a fresh start was made
    title: qsTr("We had to start again")

    BodyText {
        Layout.fillWidth: true
        text: qsTr("The progress saved on this computer was damaged, so OpenSteps could not read it.")
    }
    BodyText {
        Layout.fillWidth: true
        text: qsTr("Nothing was thrown away. A copy is kept for staff, who may be able to bring it back.")
    }
    BodyText {
        Layout.fillWidth: true
        text: qsTr("You can carry on now with a new profile.")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.problemDetails !== ""
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        //: Technical details for staff; %1 is a message in English
        text: qsTr("For staff: %1").arg(Session.problemDetails)
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "acknowledgeNotice"
        primary: true
        text: qsTr("Continue")
        onClicked: page.acknowledged()
    }
}
