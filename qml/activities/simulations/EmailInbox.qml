// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice email app's inbox: the folders, then a line for each email not deleted.
Rectangle {
    id: inbox

    required property EmailState mail

    implicitHeight: listColumn.implicitHeight + Theme.spacing
    color: Theme.surface
    border.width: Theme.borderWidth / 2
    border.color: Theme.border

    // What a line of the inbox shows: who sent it and when, then what it is about. Unread emails
    // have a dot and darker letters; answered ones an arrow.
    component EmailRowLook: Column {
        id: rowLook

        required property string sender
        required property string subject
        required property string time
        required property bool unread
        required property bool replied

        spacing: Theme.gap / 4

        Item {
            width: rowLook.width
            height: Math.max(senderText.implicitHeight, timeText.implicitHeight)

            Text {
                id: senderText

                width: parent.width - timeText.implicitWidth - Theme.gap / 2
                text: (rowLook.unread ? "● " : "") + rowLook.sender
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: rowLook.unread
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                id: timeText

                anchors.right: parent.right
                text: rowLook.time
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
            }
        }
        Text {
            width: rowLook.width
            text: (rowLook.replied ? "↩ " : "") + rowLook.subject
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.bold: rowLook.unread
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    // A line of the inbox, for one email; the open one is framed, with a bar at its side.
    component EmailRow: SimButton {
        id: row

        required property EmailState mail
        required property string email
        readonly property bool isOpen: mail.openEmail === email
        readonly property bool unread: !mail.readEmails.includes(email)

        session: mail.session
        targetId: "email-from-" + email
        //: Practice email: spoken name of a line in the inbox; %1 sender, %2 subject
        text: qsTr("Email from %1: %2").arg(mail.sender(email)).arg(mail.subject(email))
        visible: !mail.removedEmails.includes(email)
        padding: Theme.gap
        contentItem: EmailRowLook {
            sender: row.mail.sender(row.email)
            subject: row.mail.subject(row.email)
            time: row.mail.received(row.email)
            unread: row.unread
            replied: row.mail.repliedEmails.includes(row.email)
        }
        background: HoverFrame {
            button: row
            radius: 0
            highlighted: row.isOpen

            Rectangle {
                visible: row.isOpen
                width: Theme.borderWidth * 2
                height: parent.height
                color: Theme.selected
            }
        }
        onAccepted: mail.open(email)
    }

    Column {
        id: listColumn

        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap / 2

        Flow {
            width: parent.width
            spacing: Theme.spacing

            SimButton {
                id: inboxButton

                session: inbox.mail.session
                targetId: "inbox"
                text: inbox.mail.unreadCount > 0
                      //: Practice email: the Inbox folder; %1 is how many emails are not read yet
                      ? qsTr("Inbox (%1)").arg(inbox.mail.unreadCount)
                      //: Practice email: the Inbox folder, with every email read
                      : qsTr("Inbox")
                padding: Theme.gap
                font.bold: true
                contentItem: Text {
                    text: inboxButton.text
                    font: inboxButton.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                background: HoverFrame {
                    button: inboxButton
                    highlighted: inbox.mail.openEmail === ""
                }
                onAccepted: {
                    inbox.mail.openEmail = ""
                    inbox.mail.replying = false
                    inbox.mail.pickerOpen = false
                    inbox.mail.notice = ""
                }
            }
            Text {
                height: inboxButton.height
                //: Practice email: a folder name (only to look at)
                text: qsTr("Sent")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                verticalAlignment: Text.AlignVCenter
            }
            Text {
                height: inboxButton.height
                //: Practice email: a folder name (only to look at)
                text: qsTr("Junk")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                verticalAlignment: Text.AlignVCenter
            }
        }

        Rectangle {
            width: parent.width
            height: Theme.borderWidth / 2
            color: Theme.border
        }

        EmailRow {
            width: parent.width
            mail: inbox.mail
            email: "sam"
        }
        EmailRow {
            width: parent.width
            mail: inbox.mail
            email: "bank"
        }
        EmailRow {
            width: parent.width
            mail: inbox.mail
            email: "surgery"
        }

        Text {
            width: parent.width
            visible: inbox.mail.removedEmails.length === 3
            //: Practice email: the inbox when every email has gone
            text: qsTr("Your inbox is empty.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
    }
}
