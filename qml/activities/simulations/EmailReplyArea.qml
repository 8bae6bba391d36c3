// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import OpenSteps

// The answer being written in the practice email app: who it goes to, a box to type in, Send,
// and a paper clip button that opens a small photo picker; the photo added, once there is one.
Rectangle {
    id: reply

    required property EmailState mail

    objectName: "replyArea"
    height: replyColumn.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    // Empties the answer box, for a new answer.
    function clear() {
        replyBox.text = ""
    }

    // A paper clip: the sign for adding a file to an email.
    component PaperClip: Canvas {
        id: clip

        property color colour: Theme.text

        implicitWidth: Theme.bodySize * 0.8
        implicitHeight: Theme.bodySize * 1.2
        Accessible.ignored: true
        onColourChanged: requestPaint()
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const w = width
            const h = height
            ctx.strokeStyle = clip.colour
            ctx.lineWidth = Math.max(2, w * 0.12)
            ctx.lineCap = "round"
            ctx.beginPath()
            ctx.moveTo(w * 0.5, h * 0.3)
            ctx.lineTo(w * 0.5, h * 0.72)
            ctx.arc(w * 0.375, h * 0.72, w * 0.125, 0, Math.PI, false)
            ctx.lineTo(w * 0.25, h * 0.25)
            ctx.arc(w * 0.5, h * 0.25, w * 0.25, Math.PI, 2 * Math.PI, false)
            ctx.lineTo(w * 0.75, h * 0.8)
            ctx.stroke()
        }
    }

    Column {
        id: replyColumn

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.gap

        BodyText {
            width: parent.width
            //: Practice email: who the answer goes to; %1 is a name
            text: qsTr("To: %1").arg(reply.mail.sender(reply.mail.openEmail))
        }
        BodyText {
            width: parent.width
            //: Practice email: the subject of an answer; %1 is the subject of the email answered
            text: qsTr("Subject: Re: %1").arg(reply.mail.subject(reply.mail.openEmail))
        }
        TextArea {
            id: replyBox

            objectName: "replyBox"
            width: parent.width
            height: Math.max(Theme.unit * 14, implicitHeight)
            padding: Theme.gap * 1.5
            wrapMode: TextEdit.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            placeholderTextColor: Theme.secondaryText
            //: Practice email: grey words in the empty answer box
            placeholderText: qsTr("Type your answer here")
            activeFocusOnTab: true
            Accessible.role: Accessible.EditableText
            //: Practice email: the answer box's name for screen readers
            Accessible.name: qsTr("Your answer")
            // Tab leaves the box, as in the other boxes, instead of typing a tab.
            Keys.onTabPressed: {
                const next = replyBox.nextItemInFocusChain(true)
                if (next)
                    next.forceActiveFocus(Qt.TabFocusReason)
            }
            Keys.onBacktabPressed: {
                const previous = replyBox.nextItemInFocusChain(false)
                if (previous)
                    previous.forceActiveFocus(Qt.BacktabFocusReason)
            }
            background: Rectangle {
                color: Theme.background
                border.width: Theme.borderWidth
                border.color: Theme.border
            }

            FocusRing {
                target: replyBox
            }
        }

        Flow {
            width: parent.width
            spacing: Theme.gap

            SimButton {
                session: reply.mail.session
                targetId: "send"
                value: replyBox.text
                //: Practice email: sends the answer
                text: qsTr("Send")
                primary: true
                padding: Theme.gap * 1.25
                onAccepted: {
                    const email = reply.mail.openEmail
                    reply.mail.repliedEmails = reply.mail.repliedEmails.concat([email])
                    reply.mail.replying = false
                    reply.mail.pickerOpen = false
                    reply.mail.notice = reply.mail.attached !== ""
                                        //: Practice email: after sending an answer with a photo; %1 is a name
                                        ? qsTr("✓ Your answer and your photo were sent to %1.").arg(reply.mail.sender(email))
                                        //: Practice email: after sending an answer; %1 is a name
                                        : qsTr("✓ Your answer was sent to %1.").arg(reply.mail.sender(email))
                    reply.mail.attached = ""
                    replyBox.text = ""
                }
            }
            SimButton {
                id: attachButton

                session: reply.mail.session
                targetId: "attach"
                //: Practice email: the paper clip button that adds a photo to the answer
                text: qsTr("Attach a photo")
                padding: Theme.gap * 1.25
                implicitWidth: Theme.bodySize * 0.8 + Theme.gap * 3.5 + attachLabelSize.implicitWidth
                contentItem: Row {
                    spacing: Theme.gap

                    PaperClip {
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: attachButton.text
                        font: attachButton.font
                        color: Theme.secondaryLabel
                    }
                }
                background: EmailToolLook {
                    button: attachButton
                }
                onAccepted: reply.mail.pickerOpen = true

                Text {
                    id: attachLabelSize

                    visible: false
                    text: attachButton.text
                    font: attachButton.font
                }
            }
        }

        // The photo added, once there is one.
        Row {
            objectName: "attachment"
            visible: reply.mail.attached !== ""
            spacing: Theme.gap

            PaperClip {
                anchors.verticalCenter: parent.verticalCenter
            }
            BodyText {
                anchors.verticalCenter: parent.verticalCenter
                text: reply.mail.attached === "cat"
                      //: Practice email: the photo added to the answer (file name)
                      ? qsTr("cat.jpg")
                      //: Practice email: the photo added to the answer (file name)
                      : qsTr("garden.jpg")
            }
        }

        // ---- The small window for choosing a photo ----
        EmailPhotoPicker {
            visible: reply.mail.pickerOpen
            width: Math.min(parent.width, Theme.unit * 60)
            mail: reply.mail
        }
    }
}
