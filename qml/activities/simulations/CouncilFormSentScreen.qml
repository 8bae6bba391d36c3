// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The council's page after the repair form was sent: the reference number and what the learner
// told the council.
Column {
    id: sentPage

    required property CouncilFormState form
    required property string room
    required property string problem
    required property string phone

    objectName: "sentPage"
    spacing: Theme.spacing

    function takeFocus() {
        thanks.forceActiveFocus()
    }

    DonePanel {
        id: thanks

        objectName: "confirmation"
        width: parent.width
        //: Council form: heading after the form was sent
        title: qsTr("✓ Repair reported")
        //: Council form: after sending; %1 is the reference number, such as LC-482913
        message: qsTr("Thank you. Your reference number is %1").arg(sentPage.form.referenceNumber)
        messageName: "referenceText"
    }
    BodyText {
        width: parent.width
        //: Council form: advice under the reference number
        text: qsTr("Write this number down, or take a photo of this screen. We will ask for it if you phone us about this repair.")
    }
    SubHeading {
        width: parent.width
        //: Council form: heading of the summary after sending
        text: qsTr("What you told us")
    }
    BodyText {
        width: parent.width
        //: Council form: summary after sending; %1 what needs fixing, %2 the room, %3 what is wrong, %4 the phone number
        text: qsTr("Repair: %1\nRoom: %2\nWhat is wrong: %3\nPhone: %4")
              .arg(sentPage.form.repairNames[sentPage.form.repair] || "")
              .arg(sentPage.room).arg(sentPage.problem)
              .arg(sentPage.phone)
    }
    BodyText {
        width: parent.width
        //: Council form: what happens after a repair is reported
        text: qsTr("What happens next: we will phone you within 3 working days to arrange a visit.")
    }
}
