// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice email app's reading pane: what the last action did, the open email's buttons
// (Reply, Report scam, Delete), the answer being written, and the open email.
Rectangle {
    id: pane

    required property EmailState mail

    implicitHeight: readingColumn.implicitHeight + 2 * Theme.spacing
    color: Theme.background

    // A button of the open email.
    component MailButton: SimButton {
        id: tool

        padding: Theme.gap * 1.25
        background: EmailToolLook {
            button: tool
        }
    }

    Column {
        id: readingColumn

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing

        // What the last action did.
        Rectangle {
            visible: pane.mail.notice !== ""
            width: parent.width
            height: noticeText.implicitHeight + Theme.spacing
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.success

            BodyText {
                id: noticeText

                objectName: "emailNotice"
                x: Theme.spacing / 2
                width: parent.width - Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: pane.mail.notice
                Accessible.role: Accessible.AlertMessage
            }
        }

        BodyText {
            width: parent.width
            visible: pane.mail.openEmail === "" && pane.mail.notice === ""
            //: Practice email: the reading pane before an email is opened
            text: qsTr("Click an email in the list to read it.")
            color: Theme.secondaryText
        }

        // The open email's buttons.
        Flow {
            width: parent.width
            spacing: Theme.gap
            visible: pane.mail.openEmail !== ""

            MailButton {
                session: pane.mail.session
                targetId: "reply"
                //: Practice email: the button that answers the open email
                text: qsTr("↩ Reply")
                onAccepted: {
                    pane.mail.replying = true
                    pane.mail.pickerOpen = false
                    pane.mail.attached = ""
                    pane.mail.notice = ""
                    replyArea.clear()
                }
            }
            MailButton {
                session: pane.mail.session
                targetId: "report-scam"
                //: Practice email: the button that reports the open email as a scam
                text: qsTr("⚠ Report scam")
                //: Practice email: after reporting an email as a scam
                onAccepted: pane.mail.remove(pane.mail.openEmail, qsTr("✓ Thank you. You reported the email as a scam. It has gone from your inbox."))
            }
            MailButton {
                session: pane.mail.session
                targetId: "delete"
                //: Practice email: the button that deletes the open email
                text: qsTr("✕ Delete")
                //: Practice email: after deleting an email
                onAccepted: pane.mail.remove(pane.mail.openEmail, qsTr("✓ The email was deleted."))
            }
        }

        // ---- The answer being written ----
        EmailReplyArea {
            id: replyArea

            visible: pane.mail.replying && pane.mail.openEmail !== ""
            width: parent.width
            mail: pane.mail
        }

        // ---- The open email ----
        EmailMessage {
            visible: pane.mail.openEmail !== ""
            width: parent.width
            mail: pane.mail
        }
    }
}
