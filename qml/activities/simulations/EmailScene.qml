// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import OpenSteps

// A practice email app: the inbox with 3 emails (a friend's question, a scam that pretends to be
// the bank, a real reminder from the surgery) and a reading pane with Reply, Report scam and
// Delete. Replying opens a box to type in, with Send and a paper clip button that opens a small
// photo picker. Wide screens show the list and the email side by side, narrow ones one above
// the other. Nothing here sends a real email.
Item {
    id: scene

    required property SimulationSession session

    // What is happening; it changes only when a task was done (typing the reply aside).
    property string openEmail: "" // "sam", "bank" or "surgery"
    property var readEmails: []
    property var removedEmails: [] // deleted or reported
    property var repliedEmails: []
    property bool replying: false
    property bool pickerOpen: false
    property string attached: "" // "garden" or "cat"
    property string notice: "" // what the last action did, shown at the top of the reading pane

    readonly property bool sideBySide: width >= Theme.unit * 90
    readonly property int unreadCount: {
        let count = 0
        for (const email of ["sam", "bank", "surgery"]) {
            if (!scene.readEmails.includes(email) && !scene.removedEmails.includes(email))
                ++count
        }
        return count
    }

    implicitHeight: appWindow.height

    function sender(email) {
        if (email === "sam")
            //: Practice email: the name of a friend who sent an email
            return qsTr("Sam Green")
        if (email === "bank")
            //: Practice email: the name a scam email pretends to come from
            return qsTr("Your Bank Security Team")
        //: Practice email: a made-up doctors' surgery that sent a reminder
        return qsTr("Green Lane Surgery")
    }
    function address(email) {
        if (email === "sam")
            return "sam.green@example.com"
        if (email === "bank")
            return "security@yourbank-account-check.example"
        return "appointments@greenlanesurgery.example"
    }
    function subject(email) {
        if (email === "sam")
            //: Practice email: subject of the friend's email
            return qsTr("Are you free on Saturday?")
        if (email === "bank")
            //: Practice email: subject of the scam email (urgent on purpose)
            return qsTr("URGENT: confirm your details today")
        //: Practice email: subject of the surgery's reminder
        return qsTr("Reminder: your appointment on Tuesday")
    }
    function received(email) {
        if (email === "sam")
            //: Practice email: when the email arrived (a time today)
            return qsTr("09:12")
        if (email === "bank")
            //: Practice email: when the email arrived (a time today)
            return qsTr("08:47")
        //: Practice email: when the email arrived
        return qsTr("Yesterday")
    }
    function open(email) {
        scene.openEmail = email
        if (!scene.readEmails.includes(email))
            scene.readEmails = scene.readEmails.concat([email])
        scene.replying = false
        scene.pickerOpen = false
        scene.attached = ""
        scene.notice = ""
    }
    function remove(email, message) {
        scene.removedEmails = scene.removedEmails.concat([email])
        scene.openEmail = ""
        scene.replying = false
        scene.pickerOpen = false
        scene.notice = message
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

    // A photo of a garden: sky, sun, grass and flowers.
    component GardenPhoto: Rectangle {
        id: garden

        color: Theme.themeColoursOnly ? Theme.background : "#bfe0f5"
        border.width: Theme.borderWidth
        border.color: Theme.border
        clip: true
        Accessible.ignored: true

        Rectangle {
            width: garden.height * 0.25
            height: width
            radius: width / 2
            x: garden.width * 0.7
            y: garden.height * 0.1
            color: Theme.themeColoursOnly ? Theme.text : "#f6c445"
        }
        Rectangle {
            y: garden.height * 0.6
            width: garden.width
            height: garden.height * 0.4
            color: Theme.themeColoursOnly ? Theme.background : "#5d9b45"
            border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
            border.color: Theme.text
        }
        Text {
            x: garden.width * 0.08
            y: garden.height * 0.38
            text: "✿ ❀ ✿"
            font.family: Theme.fontFamily
            font.pixelSize: garden.height * 0.28
            color: Theme.themeColoursOnly ? Theme.text : "#d6336c"
        }
    }

    // A photo of a cat: a round face with ears, eyes and whiskers.
    component CatPhoto: Rectangle {
        id: cat

        readonly property color fur: Theme.themeColoursOnly ? Theme.text : "#e39b3c"
        readonly property color ink: Theme.themeColoursOnly ? Theme.background : "#3b2a1a"

        color: Theme.themeColoursOnly ? Theme.background : "#efe6da"
        border.width: Theme.borderWidth
        border.color: Theme.border
        clip: true
        Accessible.ignored: true

        Canvas {
            anchors.fill: parent
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            Component.onCompleted: {
                cat.furChanged.connect(requestPaint)
                cat.inkChanged.connect(requestPaint)
            }
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const cx = width / 2
                const h = height
                ctx.fillStyle = cat.fur
                // the ears, then the face over their feet
                ctx.beginPath()
                ctx.moveTo(cx - h * 0.3, h * 0.45)
                ctx.lineTo(cx - h * 0.26, h * 0.12)
                ctx.lineTo(cx - h * 0.05, h * 0.32)
                ctx.closePath()
                ctx.moveTo(cx + h * 0.3, h * 0.45)
                ctx.lineTo(cx + h * 0.26, h * 0.12)
                ctx.lineTo(cx + h * 0.05, h * 0.32)
                ctx.closePath()
                ctx.fill()
                ctx.beginPath()
                ctx.ellipse(cx - h * 0.31, h * 0.28, h * 0.62, h * 0.56)
                ctx.fill()
                // eyes, nose and whiskers
                ctx.fillStyle = cat.ink
                ctx.beginPath()
                ctx.ellipse(cx - h * 0.14, h * 0.46, h * 0.07, h * 0.1)
                ctx.ellipse(cx + h * 0.07, h * 0.46, h * 0.07, h * 0.1)
                ctx.fill()
                ctx.beginPath()
                ctx.moveTo(cx - h * 0.04, h * 0.6)
                ctx.lineTo(cx + h * 0.04, h * 0.6)
                ctx.lineTo(cx, h * 0.65)
                ctx.closePath()
                ctx.fill()
                ctx.strokeStyle = cat.ink
                ctx.lineWidth = Math.max(1, h * 0.015)
                ctx.beginPath()
                for (const side of [-1, 1]) {
                    ctx.moveTo(cx + side * h * 0.08, h * 0.64)
                    ctx.lineTo(cx + side * h * 0.4, h * 0.6)
                    ctx.moveTo(cx + side * h * 0.08, h * 0.67)
                    ctx.lineTo(cx + side * h * 0.4, h * 0.7)
                }
                ctx.stroke()
            }
        }
    }

    // A line of the inbox: who sent it and when, then what it is about. Unread emails have a dot
    // and darker letters; answered ones an arrow.
    component EmailRowLook: Column {
        id: row

        required property string sender
        required property string subject
        required property string time
        required property bool unread
        required property bool replied

        spacing: Theme.gap / 4

        Item {
            width: row.width
            height: Math.max(senderText.implicitHeight, timeText.implicitHeight)

            Text {
                id: senderText

                width: parent.width - timeText.implicitWidth - Theme.gap / 2
                text: (row.unread ? "● " : "") + row.sender
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: row.unread
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                id: timeText

                anchors.right: parent.right
                text: row.time
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
            }
        }
        Text {
            width: row.width
            text: (row.replied ? "↩ " : "") + row.subject
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.bold: row.unread
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    // The look of a button in the email app's toolbar.
    component ToolLook: Rectangle {
        required property SimButton button

        radius: Theme.radius / 2
        color: button.down ? Theme.surface : Theme.background
        border.width: button.hovered || button.down ? Theme.borderWidth * 1.5 : Theme.borderWidth
        border.color: Theme.border
    }

    Rectangle {
        id: appWindow

        width: parent.width
        height: appColumn.implicitHeight + 2 * Theme.borderWidth
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border

        Column {
            id: appColumn

            x: Theme.borderWidth
            y: Theme.borderWidth
            width: parent.width - 2 * Theme.borderWidth

            // ---- The app's title bar ----------------------------------------------------------
            Rectangle {
                width: parent.width
                height: appTitle.implicitHeight + Theme.spacing
                color: Theme.themeColoursOnly ? Theme.background : Theme.selected
                border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
                border.color: Theme.border

                Text {
                    id: appTitle

                    x: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    //: Practice email app: its title bar, with the learner's made-up email address
                    text: qsTr("✉ Mail — you@example.com")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.themeColoursOnly ? Theme.text : Theme.selectedLabel
                    wrapMode: Text.Wrap
                }
            }

            Item {
                id: panes

                width: parent.width
                height: scene.sideBySide ? Math.max(listPane.height, readingPane.height)
                                         : listPane.height + readingPane.height

                // ---- The inbox: folders and the list of emails ------------------------------
                Rectangle {
                    id: listPane

                    width: scene.sideBySide ? Math.round(parent.width * 0.38) : parent.width
                    height: Math.max(listColumn.implicitHeight + Theme.spacing,
                                     scene.sideBySide ? readingPane.implicitHeight : 0)
                    color: Theme.surface
                    border.width: Theme.borderWidth / 2
                    border.color: Theme.border

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

                                session: scene.session
                                targetId: "inbox"
                                text: scene.unreadCount > 0
                                      //: Practice email: the Inbox folder; %1 is how many emails are not read yet
                                      ? qsTr("Inbox (%1)").arg(scene.unreadCount)
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
                                background: Rectangle {
                                    radius: Theme.radius / 2
                                    color: scene.openEmail === "" ? Theme.background : "transparent"
                                    border.width: inboxButton.hovered || inboxButton.down || scene.openEmail === ""
                                                  ? Theme.borderWidth : 0
                                    border.color: Theme.border
                                }
                                onAccepted: {
                                    scene.openEmail = ""
                                    scene.replying = false
                                    scene.pickerOpen = false
                                    scene.notice = ""
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

                        SimButton {
                            id: samRow

                            session: scene.session
                            targetId: "email-from-sam"
                            //: Practice email: spoken name of a line in the inbox; %1 sender, %2 subject
                            text: qsTr("Email from %1: %2").arg(scene.sender("sam")).arg(scene.subject("sam"))
                            visible: !scene.removedEmails.includes("sam")
                            width: parent.width
                            padding: Theme.gap
                            contentItem: EmailRowLook {
                                sender: scene.sender("sam")
                                subject: scene.subject("sam")
                                time: scene.received("sam")
                                unread: !scene.readEmails.includes("sam")
                                replied: scene.repliedEmails.includes("sam")
                            }
                            background: Rectangle {
                                color: scene.openEmail === "sam" ? Theme.background : "transparent"
                                border.width: samRow.hovered || samRow.down || scene.openEmail === "sam"
                                              ? Theme.borderWidth : 0
                                border.color: Theme.border

                                Rectangle {
                                    visible: scene.openEmail === "sam"
                                    width: Theme.borderWidth * 2
                                    height: parent.height
                                    color: Theme.selected
                                }
                            }
                            onAccepted: scene.open("sam")
                        }

                        SimButton {
                            id: bankRow

                            session: scene.session
                            targetId: "email-from-bank"
                            //: Practice email: spoken name of a line in the inbox; %1 sender, %2 subject
                            text: qsTr("Email from %1: %2").arg(scene.sender("bank")).arg(scene.subject("bank"))
                            visible: !scene.removedEmails.includes("bank")
                            width: parent.width
                            padding: Theme.gap
                            contentItem: EmailRowLook {
                                sender: scene.sender("bank")
                                subject: scene.subject("bank")
                                time: scene.received("bank")
                                unread: !scene.readEmails.includes("bank")
                                replied: scene.repliedEmails.includes("bank")
                            }
                            background: Rectangle {
                                color: scene.openEmail === "bank" ? Theme.background : "transparent"
                                border.width: bankRow.hovered || bankRow.down || scene.openEmail === "bank"
                                              ? Theme.borderWidth : 0
                                border.color: Theme.border

                                Rectangle {
                                    visible: scene.openEmail === "bank"
                                    width: Theme.borderWidth * 2
                                    height: parent.height
                                    color: Theme.selected
                                }
                            }
                            onAccepted: scene.open("bank")
                        }

                        SimButton {
                            id: surgeryRow

                            session: scene.session
                            targetId: "email-from-surgery"
                            //: Practice email: spoken name of a line in the inbox; %1 sender, %2 subject
                            text: qsTr("Email from %1: %2").arg(scene.sender("surgery")).arg(scene.subject("surgery"))
                            visible: !scene.removedEmails.includes("surgery")
                            width: parent.width
                            padding: Theme.gap
                            contentItem: EmailRowLook {
                                sender: scene.sender("surgery")
                                subject: scene.subject("surgery")
                                time: scene.received("surgery")
                                unread: !scene.readEmails.includes("surgery")
                                replied: scene.repliedEmails.includes("surgery")
                            }
                            background: Rectangle {
                                color: scene.openEmail === "surgery" ? Theme.background : "transparent"
                                border.width: surgeryRow.hovered || surgeryRow.down || scene.openEmail === "surgery"
                                              ? Theme.borderWidth : 0
                                border.color: Theme.border

                                Rectangle {
                                    visible: scene.openEmail === "surgery"
                                    width: Theme.borderWidth * 2
                                    height: parent.height
                                    color: Theme.selected
                                }
                            }
                            onAccepted: scene.open("surgery")
                        }

                        Text {
                            width: parent.width
                            visible: scene.removedEmails.length === 3
                            //: Practice email: the inbox when every email has gone
                            text: qsTr("Your inbox is empty.")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            color: Theme.secondaryText
                            wrapMode: Text.Wrap
                        }
                    }
                }

                // ---- The reading pane ---------------------------------------------------------
                Rectangle {
                    id: readingPane

                    x: scene.sideBySide ? listPane.width : 0
                    y: scene.sideBySide ? 0 : listPane.height
                    width: parent.width - x
                    implicitHeight: readingColumn.implicitHeight + 2 * Theme.spacing
                    height: Math.max(implicitHeight, scene.sideBySide ? listPane.height : 0)
                    color: Theme.background

                    Column {
                        id: readingColumn

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing

                        // What the last action did.
                        Rectangle {
                            visible: scene.notice !== ""
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
                                text: scene.notice
                                Accessible.role: Accessible.AlertMessage
                            }
                        }

                        BodyText {
                            width: parent.width
                            visible: scene.openEmail === "" && scene.notice === ""
                            //: Practice email: the reading pane before an email is opened
                            text: qsTr("Click an email in the list to read it.")
                            color: Theme.secondaryText
                        }

                        // The open email's buttons.
                        Flow {
                            width: parent.width
                            spacing: Theme.gap
                            visible: scene.openEmail !== ""

                            SimButton {
                                id: replyButton

                                session: scene.session
                                targetId: "reply"
                                //: Practice email: the button that answers the open email
                                text: qsTr("↩ Reply")
                                padding: Theme.gap * 1.25
                                background: ToolLook {
                                    button: replyButton
                                }
                                onAccepted: {
                                    scene.replying = true
                                    scene.pickerOpen = false
                                    scene.attached = ""
                                    scene.notice = ""
                                    replyBox.text = ""
                                }
                            }
                            SimButton {
                                id: reportButton

                                session: scene.session
                                targetId: "report-scam"
                                //: Practice email: the button that reports the open email as a scam
                                text: qsTr("⚠ Report scam")
                                padding: Theme.gap * 1.25
                                background: ToolLook {
                                    button: reportButton
                                }
                                //: Practice email: after reporting an email as a scam
                                onAccepted: scene.remove(scene.openEmail, qsTr("✓ Thank you. You reported the email as a scam. It has gone from your inbox."))
                            }
                            SimButton {
                                id: deleteButton

                                session: scene.session
                                targetId: "delete"
                                //: Practice email: the button that deletes the open email
                                text: qsTr("✕ Delete")
                                padding: Theme.gap * 1.25
                                background: ToolLook {
                                    button: deleteButton
                                }
                                //: Practice email: after deleting an email
                                onAccepted: scene.remove(scene.openEmail, qsTr("✓ The email was deleted."))
                            }
                        }

                        // ---- The answer being written ----
                        Rectangle {
                            objectName: "replyArea"
                            visible: scene.replying && scene.openEmail !== ""
                            width: parent.width
                            height: replyColumn.implicitHeight + 2 * Theme.spacing
                            color: Theme.surface
                            border.width: Theme.borderWidth
                            border.color: Theme.border

                            Column {
                                id: replyColumn

                                x: Theme.spacing
                                y: Theme.spacing
                                width: parent.width - 2 * Theme.spacing
                                spacing: Theme.gap

                                BodyText {
                                    width: parent.width
                                    //: Practice email: who the answer goes to; %1 is a name
                                    text: qsTr("To: %1").arg(scene.sender(scene.openEmail))
                                }
                                BodyText {
                                    width: parent.width
                                    //: Practice email: the subject of an answer; %1 is the subject of the email answered
                                    text: qsTr("Subject: Re: %1").arg(scene.subject(scene.openEmail))
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
                                        id: sendButton

                                        session: scene.session
                                        targetId: "send"
                                        value: replyBox.text
                                        //: Practice email: sends the answer
                                        text: qsTr("Send")
                                        primary: true
                                        padding: Theme.gap * 1.25
                                        onAccepted: {
                                            const email = scene.openEmail
                                            scene.repliedEmails = scene.repliedEmails.concat([email])
                                            scene.replying = false
                                            scene.pickerOpen = false
                                            scene.notice = scene.attached !== ""
                                                           //: Practice email: after sending an answer with a photo; %1 is a name
                                                           ? qsTr("✓ Your answer and your photo were sent to %1.").arg(scene.sender(email))
                                                           //: Practice email: after sending an answer; %1 is a name
                                                           : qsTr("✓ Your answer was sent to %1.").arg(scene.sender(email))
                                            scene.attached = ""
                                            replyBox.text = ""
                                        }
                                    }
                                    SimButton {
                                        id: attachButton

                                        session: scene.session
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
                                        background: ToolLook {
                                            button: attachButton
                                        }
                                        onAccepted: scene.pickerOpen = true

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
                                    visible: scene.attached !== ""
                                    spacing: Theme.gap

                                    PaperClip {
                                        anchors.verticalCenter: parent.verticalCenter
                                    }
                                    BodyText {
                                        anchors.verticalCenter: parent.verticalCenter
                                        text: scene.attached === "cat"
                                              //: Practice email: the photo added to the answer (file name)
                                              ? qsTr("cat.jpg")
                                              //: Practice email: the photo added to the answer (file name)
                                              : qsTr("garden.jpg")
                                    }
                                }

                                // ---- The small window for choosing a photo ----
                                Rectangle {
                                    id: picker

                                    objectName: "photoPicker"
                                    visible: scene.pickerOpen
                                    width: Math.min(parent.width, Theme.unit * 60)
                                    height: pickerColumn.implicitHeight + Theme.borderWidth * 2
                                    color: Theme.background
                                    border.width: Theme.borderWidth
                                    border.color: Theme.border

                                    Accessible.role: Accessible.Dialog
                                    //: Practice email: title of the small window for choosing a photo
                                    Accessible.name: qsTr("Choose a photo")
                                    Accessible.ignored: !visible

                                    Column {
                                        id: pickerColumn

                                        x: Theme.borderWidth
                                        y: Theme.borderWidth
                                        width: parent.width - 2 * Theme.borderWidth

                                        Rectangle {
                                            width: parent.width
                                            height: pickerTitle.implicitHeight + Theme.gap * 1.5
                                            color: Theme.themeColoursOnly ? Theme.background : "#dee1e6"
                                            border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
                                            border.color: Theme.border

                                            Text {
                                                id: pickerTitle

                                                x: Theme.gap
                                                width: parent.width - 2 * Theme.gap
                                                anchors.verticalCenter: parent.verticalCenter
                                                text: picker.Accessible.name
                                                font.family: Theme.fontFamily
                                                font.pixelSize: Theme.bodySize
                                                font.bold: true
                                                color: Theme.text
                                                wrapMode: Text.Wrap
                                            }
                                        }
                                        Flow {
                                            width: parent.width
                                            padding: Theme.spacing
                                            spacing: Theme.spacing

                                            SimButton {
                                                id: gardenPhoto

                                                session: scene.session
                                                targetId: "photo-garden"
                                                //: Practice email: a photo to choose, showing a garden
                                                text: qsTr("Garden")
                                                //: Practice email: spoken name of the garden photo in the photo picker
                                                Accessible.name: qsTr("Photo of a garden")
                                                width: Theme.unit * 20
                                                padding: Theme.gap / 2
                                                contentItem: Column {
                                                    spacing: Theme.gap / 2

                                                    GardenPhoto {
                                                        width: parent.width
                                                        height: parent.width * 0.7
                                                    }
                                                    Text {
                                                        width: parent.width
                                                        text: gardenPhoto.text
                                                        font.family: Theme.fontFamily
                                                        font.pixelSize: Theme.smallSize
                                                        color: Theme.text
                                                        wrapMode: Text.Wrap
                                                        horizontalAlignment: Text.AlignHCenter
                                                    }
                                                }
                                                background: Rectangle {
                                                    color: "transparent"
                                                    border.width: gardenPhoto.hovered || gardenPhoto.down
                                                                  ? Theme.borderWidth : 0
                                                    border.color: Theme.border
                                                }
                                                onAccepted: {
                                                    scene.attached = "garden"
                                                    scene.pickerOpen = false
                                                }
                                            }
                                            SimButton {
                                                id: catPhoto

                                                session: scene.session
                                                targetId: "photo-cat"
                                                //: Practice email: a photo to choose, showing a cat
                                                text: qsTr("Cat")
                                                //: Practice email: spoken name of the cat photo in the photo picker
                                                Accessible.name: qsTr("Photo of a cat")
                                                width: Theme.unit * 20
                                                padding: Theme.gap / 2
                                                contentItem: Column {
                                                    spacing: Theme.gap / 2

                                                    CatPhoto {
                                                        width: parent.width
                                                        height: parent.width * 0.7
                                                    }
                                                    Text {
                                                        width: parent.width
                                                        text: catPhoto.text
                                                        font.family: Theme.fontFamily
                                                        font.pixelSize: Theme.smallSize
                                                        color: Theme.text
                                                        wrapMode: Text.Wrap
                                                        horizontalAlignment: Text.AlignHCenter
                                                    }
                                                }
                                                background: Rectangle {
                                                    color: "transparent"
                                                    border.width: catPhoto.hovered || catPhoto.down
                                                                  ? Theme.borderWidth : 0
                                                    border.color: Theme.border
                                                }
                                                onAccepted: {
                                                    scene.attached = "cat"
                                                    scene.pickerOpen = false
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }

                        // ---- The open email ----
                        Column {
                            objectName: "openEmail"
                            visible: scene.openEmail !== ""
                            width: parent.width
                            spacing: Theme.gap

                            BodyText {
                                objectName: "openSubject"
                                width: parent.width
                                text: scene.subject(scene.openEmail)
                                font.pixelSize: Theme.titleSize
                                font.bold: true
                            }
                            BodyText {
                                width: parent.width
                                //: Practice email: who sent the open email; %1 name, %2 email address
                                text: qsTr("From: %1 <%2>").arg(scene.sender(scene.openEmail))
                                                           .arg(scene.address(scene.openEmail))
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.smallSize
                            }
                            BodyText {
                                width: parent.width
                                //: Practice email: when the open email arrived; %1 is a time or day
                                text: qsTr("Received: %1").arg(scene.received(scene.openEmail))
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
                                text: scene.openEmail === "sam"
                                      //: Practice email: the friend's email
                                      ? qsTr("Hello,\n\nAre you free on Saturday afternoon? Come round for a cup of tea. And could you send me a photo of your garden? I would love to see your roses.\n\nBest wishes,\nSam")
                                      : scene.openEmail === "bank"
                                        //: Practice email: the scam email; it must sound urgent and ask for details
                                        ? qsTr("Dear Customer,\n\nWe have seen unusual activity on your account. Your account will be LOCKED TODAY unless you confirm your details.\n\nClick the link below and type your card number and PIN.")
                                        //: Practice email: the surgery's real reminder
                                        : qsTr("Dear patient,\n\nThis is a reminder of your appointment with the nurse on Tuesday at 10:30am at Green Lane Surgery.\n\nIf you cannot come, please call us on 01632 960 123.\n\nGreen Lane Surgery")
                            }
                            // The scam's link: only to look at, it goes nowhere.
                            Text {
                                visible: scene.openEmail === "bank"
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
                    }
                }
            }
        }
    }
}
