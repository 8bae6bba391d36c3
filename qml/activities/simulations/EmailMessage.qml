// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The open email in the practice email app: its subject, who sent it and when, and its words.
Column {
    id: message

    required property EmailState mail

    objectName: "openEmail"
    spacing: Theme.gap

    BodyText {
        objectName: "openSubject"
        width: parent.width
        text: message.mail.subject(message.mail.openEmail)
        font.pixelSize: Theme.titleSize
        font.bold: true
    }
    BodyText {
        width: parent.width
        //: Practice email: who sent the open email; %1 name, %2 email address
        text: qsTr("From: %1 <%2>").arg(message.mail.sender(message.mail.openEmail))
                                   .arg(message.mail.address(message.mail.openEmail))
        textFormat: Text.PlainText
        font.pixelSize: Theme.smallSize
    }
    BodyText {
        width: parent.width
        //: Practice email: when the open email arrived; %1 is a time or day
        text: qsTr("Received: %1").arg(message.mail.received(message.mail.openEmail))
        font.pixelSize: Theme.smallSize
        color: Theme.secondaryText
    }
    Rectangle {
        width: parent.width
        height: Theme.borderWidth / 2
        color: Theme.border
    }
    BodyText {
        objectName: "openBody"
        width: parent.width
        text: message.mail.openEmail === "sam"
              //: Practice email: the friend's email
              ? qsTr("Hello,\n\nAre you free on Saturday afternoon? Come round for a cup of tea. And could you send me a photo of your garden? I would love to see your roses.\n\nBest wishes,\nSam")
              : message.mail.openEmail === "bank"
                //: Practice email: the scam email; it must sound urgent and ask for details
                ? qsTr("Dear Customer,\n\nWe have seen unusual activity on your account. Your account will be LOCKED TODAY unless you confirm your details.\n\nClick the link below and type your card number and PIN.")
                //: Practice email: the surgery's real reminder
                : qsTr("Dear patient,\n\nThis is a reminder of your appointment with the nurse on Tuesday at 10:30am at Green Lane Surgery.\n\nIf you cannot come, please call us on 01632 960 123.\n\nGreen Lane Surgery")
    }
    // The scam's link: only to look at, it goes nowhere.
    Text {
        visible: message.mail.openEmail === "bank"
        width: parent.width
        //: Practice email: the link inside the scam email (it does nothing)
        text: qsTr("Confirm my details now")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.underline: true
        color: Theme.selected
        wrapMode: Text.Wrap
    }
}
