// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "council-form": Leafield Council's "Report a housing repair" page. A start page, then a form
// (what needs fixing, which room, what is wrong, a phone number; every question must be
// answered), then a page with a reference number. A form sent too soon shows what is missing:
// a summary at the top and a message next to each empty question, in words and with ✗.
Item {
    id: scene

    required property SimulationSession session

    // What has happened; changed only when the session accepted a task.
    property bool started: false
    property string repair: ""
    property bool errorsShown: false
    property bool repairMissing: false
    property bool roomMissing: false
    property bool problemMissing: false
    property bool phoneMissing: false
    property bool sent: false

    readonly property bool formComplete: repair !== "" && roomField.text.trim() !== ""
                                         && problemField.text.trim() !== ""
                                         && phoneField.text.trim() !== ""
    // Made up, and the same in every language.
    readonly property string referenceNumber: "LC-482913"
    readonly property var repairNames: ({
        //: Council form: the thing to fix, in the summary after sending (heating)
        "heating": qsTr("Heating or hot water"),
        //: Council form: the thing to fix, in the summary after sending (leak)
        "leak": qsTr("Leak"),
        //: Council form: the thing to fix, in the summary after sending (window)
        "window": qsTr("Window"),
        //: Council form: the thing to fix, in the summary after sending (door)
        "door": qsTr("Door")
    })

    // The error texts: the summary and the questions say the same.
    //: Council form: error when no repair was chosen
    readonly property string repairError: qsTr("Choose what needs fixing")
    //: Council form: error when the room box is empty
    readonly property string roomError: qsTr("Enter the room the repair is in")
    //: Council form: error when the "what is wrong" box is empty
    readonly property string problemError: qsTr("Tell us what is wrong")
    //: Council form: error when the phone number box is empty
    readonly property string phoneError: qsTr("Enter your phone number")
    readonly property string errorList: {
        const lines = []
        if (scene.repairMissing)
            lines.push("✗ " + scene.repairError)
        if (scene.roomMissing)
            lines.push("✗ " + scene.roomError)
        if (scene.problemMissing)
            lines.push("✗ " + scene.problemError)
        if (scene.phoneMissing)
            lines.push("✗ " + scene.phoneError)
        return lines.join("\n")
    }

    implicitHeight: page.implicitHeight

    function chooseRepair(kind) {
        scene.repair = kind
    }

    // A form sent too soon: note what is missing now, as a real form does when it is sent.
    function showErrors() {
        scene.repairMissing = scene.repair === ""
        scene.roomMissing = roomField.text.trim() === ""
        scene.problemMissing = problemField.text.trim() === ""
        scene.phoneMissing = phoneField.text.trim() === ""
        scene.errorsShown = true
        errorSummary.forceActiveFocus()
    }

    // One question of the form: its words, an optional help line, the error for it (with a red
    // bar at its side, a ✗ and words, never colour alone), then its answer boxes.
    component Question: Item {
        id: question

        property string title
        property string help
        property string error
        default property alias answers: answerColumn.data

        implicitHeight: questionColumn.implicitHeight

        Rectangle {
            visible: question.error !== ""
            width: Theme.borderWidth * 2
            height: parent.height
            color: Theme.error
        }

        Column {
            id: questionColumn

            x: question.error !== "" ? Theme.spacing : 0
            width: question.width - x
            spacing: Theme.gap

            Text {
                width: parent.width
                text: question.title
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
                Accessible.ignored: !visible
            }
            BodyText {
                width: parent.width
                visible: question.help !== ""
                text: question.help
                color: Theme.secondaryText
            }
            BodyText {
                objectName: question.objectName + "-error"
                width: parent.width
                visible: question.error !== ""
                text: "✗ " + question.error
                color: Theme.error
                font.bold: true
                Accessible.role: Accessible.AlertMessage
            }
            Column {
                id: answerColumn

                width: parent.width
                spacing: Theme.gap
            }
        }
    }

    // What a round choice shows: a circle that is filled when chosen, and its words.
    component RadioContent: Item {
        id: radioContent

        required property ActionButton control

        implicitHeight: Math.max(mark.height, label.implicitHeight)

        Rectangle {
            id: mark

            anchors.verticalCenter: parent.verticalCenter
            width: Theme.unit * 4
            height: width
            radius: width / 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.text

            Rectangle {
                anchors.centerIn: parent
                width: parent.width / 2
                height: width
                radius: width / 2
                visible: radioContent.control.selected
                color: Theme.text
            }
        }
        Text {
            id: label

            anchors.verticalCenter: parent.verticalCenter
            x: mark.width + Theme.spacing
            width: parent.width - x
            text: radioContent.control.text
            font: radioContent.control.font
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    // A round choice (a radio button) with a frame around the circle and the words.
    component RadioChoice: SimButton {
        id: choice

        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        implicitWidth: Math.max(Theme.minTarget, Theme.unit * 4 + Theme.spacing
                                + metrics.advanceWidth + leftPadding + rightPadding)
        padding: Theme.gap * 1.5

        TextMetrics {
            id: metrics

            font: choice.font
            text: choice.text
        }

        contentItem: RadioContent {
            control: choice
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: choice.selected || choice.hovered || choice.down ? Theme.borderWidth * 2
                                                                          : Theme.borderWidth
            border.color: choice.selected ? Theme.selected : Theme.border
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Column {
        id: page

        width: parent.width

        // The council's header, as on its website.
        Rectangle {
            width: parent.width
            height: headerRow.implicitHeight + 2 * Theme.spacing
            // Blue, as council sites are; in high contrast, a ruled band apart from the banner.
            color: Theme.themeColoursOnly ? Theme.background : Theme.selected
            border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
            border.color: Theme.border

            Row {
                id: headerRow

                readonly property color ink: Theme.themeColoursOnly ? Theme.text : Theme.selectedLabel

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing

                Rectangle {
                    id: crest

                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.unit * 5
                    height: width
                    radius: Theme.radius / 2
                    color: "transparent"
                    border.width: Theme.borderWidth
                    border.color: headerRow.ink

                    Text {
                        anchors.centerIn: parent
                        //: Council website: the letters in the made-up council's logo
                        text: qsTr("LC")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                        color: headerRow.ink
                        Accessible.ignored: true
                    }
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - crest.width - Theme.spacing
                    //: Council website: the made-up council's name in its header
                    text: qsTr("Leafield Council")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: headerRow.ink
                    wrapMode: Text.Wrap
                }
            }
        }

        Column {
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing * 2
            spacing: Theme.spacing

            BodyText {
                width: parent.width
                //: Council website: where the page is on the site ("breadcrumbs")
                text: qsTr("Home  ›  Housing  ›  Repairs")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
            }

            // 1. The start page.
            Column {
                id: startPage

                objectName: "startPage"
                width: parent.width
                visible: !scene.started
                spacing: Theme.spacing

                Text {
                    width: parent.width
                    //: Council website: the heading of the repair page and form
                    text: qsTr("Report a housing repair")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    Accessible.ignored: !visible
                }
                BodyText {
                    width: parent.width
                    //: Council website: first paragraph of the repair page
                    text: qsTr("If you rent your home from Leafield Council, use this form to tell us about a repair.")
                }
                BodyText {
                    width: parent.width
                    //: Council website: what to have ready before starting the form
                    text: qsTr("You will need to tell us:\n•  what needs fixing and which room it is in\n•  what is wrong, in your own words\n•  your phone number")
                }
                SimButton {
                    session: scene.session
                    targetId: "start-form"
                    primary: true
                    //: Council website: the button that starts the repair form
                    text: qsTr("Start now")
                    onAccepted: {
                        scene.started = true
                        formHeading.forceActiveFocus()
                    }
                }
                BodyText {
                    width: parent.width
                    //: Council website: emergency advice below the Start button; the number is made up
                    text: qsTr("For an emergency, such as a flood or no heating in winter, do not use this form. Phone us on 0113 496 0999, day or night.")
                }
            }

            // 2. The form.
            Column {
                id: formPage

                objectName: "formPage"
                width: parent.width
                visible: scene.started && !scene.sent
                spacing: Theme.spacing * 1.5

                Rectangle {
                    id: errorSummary

                    objectName: "errorSummary"
                    width: parent.width
                    height: summaryColumn.implicitHeight + 2 * Theme.spacing
                    visible: scene.errorsShown
                    color: Theme.background
                    border.width: Theme.borderWidth * 2
                    border.color: Theme.error
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: summaryTitle.text + ". " + summaryLines.text
                    Accessible.ignored: !visible

                    Column {
                        id: summaryColumn

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.gap

                        Text {
                            id: summaryTitle

                            width: parent.width
                            //: Council form: heading of the list of errors after sending too soon
                            text: qsTr("✗ There is a problem")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        BodyText {
                            id: summaryLines

                            width: parent.width
                            color: Theme.error
                            font.bold: true
                            text: scene.errorList
                            Accessible.ignored: true
                        }
                    }

                    FocusRing {
                        target: errorSummary
                    }
                }

                Text {
                    id: formHeading

                    width: parent.width
                    //: Council form: heading at the top of the form
                    text: qsTr("Report a housing repair")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    Accessible.ignored: !visible
                }
                BodyText {
                    width: parent.width
                    //: Council form: explains the star after each question
                    text: qsTr("Answer every question. A star (*) means you must answer it.")
                }

                Question {
                    objectName: "question-repair"
                    width: parent.width
                    //: Council form: first question; the star means it must be answered
                    title: qsTr("What needs fixing? *")
                    //: Council form: help under the first question
                    help: qsTr("Choose one.")
                    error: scene.errorsShown && scene.repairMissing ? scene.repairError : ""

                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "repair-heating"
                        selected: scene.repair === "heating"
                        //: Council form: a choice of what needs fixing
                        text: qsTr("Heating or hot water")
                        onAccepted: scene.chooseRepair("heating")
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "repair-leak"
                        selected: scene.repair === "leak"
                        //: Council form: a choice of what needs fixing
                        text: qsTr("Leak")
                        onAccepted: scene.chooseRepair("leak")
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "repair-window"
                        selected: scene.repair === "window"
                        //: Council form: a choice of what needs fixing
                        text: qsTr("Window")
                        onAccepted: scene.chooseRepair("window")
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "repair-door"
                        selected: scene.repair === "door"
                        //: Council form: a choice of what needs fixing
                        text: qsTr("Door")
                        onAccepted: scene.chooseRepair("door")
                    }
                }

                Question {
                    objectName: "question-room"
                    width: parent.width
                    //: Council form: second question; the star means it must be answered
                    title: qsTr("Which room is it in? *")
                    //: Council form: help under the room question
                    help: qsTr("For example, kitchen or bathroom.")
                    error: scene.errorsShown && scene.roomMissing ? scene.roomError : ""

                    TextEntry {
                        id: roomField

                        objectName: "field-room"
                        width: parent.width
                        //: Council form: name of the room box, for screen readers
                        label: qsTr("Which room is it in?")
                        Accessible.description: scene.errorsShown && scene.roomMissing
                                                ? scene.roomError : ""

                        background: Rectangle {
                            color: Theme.background
                            border.width: scene.errorsShown && scene.roomMissing
                                          ? Theme.borderWidth * 2 : Theme.borderWidth
                            border.color: scene.errorsShown && scene.roomMissing
                                          ? Theme.error : Theme.border
                        }
                    }
                }

                Question {
                    objectName: "question-problem"
                    width: parent.width
                    //: Council form: third question; the star means it must be answered
                    title: qsTr("What is wrong? *")
                    //: Council form: help under the "what is wrong" question
                    help: qsTr("Tell us in your own words.")
                    error: scene.errorsShown && scene.problemMissing ? scene.problemError : ""

                    TextEntry {
                        id: problemField

                        objectName: "field-problem"
                        width: parent.width
                        //: Council form: name of the "what is wrong" box, for screen readers
                        label: qsTr("What is wrong?")
                        Accessible.description: scene.errorsShown && scene.problemMissing
                                                ? scene.problemError : ""

                        background: Rectangle {
                            color: Theme.background
                            border.width: scene.errorsShown && scene.problemMissing
                                          ? Theme.borderWidth * 2 : Theme.borderWidth
                            border.color: scene.errorsShown && scene.problemMissing
                                          ? Theme.error : Theme.border
                        }
                    }
                }

                Question {
                    objectName: "question-phone"
                    width: parent.width
                    //: Council form: fourth question; the star means it must be answered
                    title: qsTr("Your phone number *")
                    //: Council form: help under the phone number question
                    help: qsTr("We will phone you to arrange a visit.")
                    error: scene.errorsShown && scene.phoneMissing ? scene.phoneError : ""

                    TextEntry {
                        id: phoneField

                        objectName: "field-phone"
                        width: Math.min(parent.width, Theme.unit * 40)
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        //: Council form: name of the phone number box, for screen readers
                        label: qsTr("Your phone number")
                        Accessible.description: scene.errorsShown && scene.phoneMissing
                                                ? scene.phoneError : ""

                        background: Rectangle {
                            color: Theme.background
                            border.width: scene.errorsShown && scene.phoneMissing
                                          ? Theme.borderWidth * 2 : Theme.borderWidth
                            border.color: scene.errorsShown && scene.phoneMissing
                                          ? Theme.error : Theme.border
                        }
                    }
                }

                SimButton {
                    id: submitButton

                    session: scene.session
                    targetId: "submit"
                    primary: true
                    value: scene.formComplete ? "complete" : "incomplete"
                    //: Council form: the button at the bottom that sends the form
                    text: qsTr("Submit")
                    onAccepted: {
                        if (submitButton.value === "complete") {
                            scene.sent = true
                            thanks.forceActiveFocus()
                        } else {
                            scene.showErrors()
                        }
                    }
                }
            }

            // 3. Sent: the reference number.
            Column {
                objectName: "sentPage"
                width: parent.width
                visible: scene.sent
                spacing: Theme.spacing

                Rectangle {
                    id: thanks

                    objectName: "confirmation"
                    width: parent.width
                    height: thanksColumn.implicitHeight + 2 * Theme.spacing
                    color: Theme.primary
                    Accessible.role: Accessible.StaticText
                    Accessible.name: sentTitle.text + ". " + referenceText.text
                    Accessible.ignored: !visible

                    Column {
                        id: thanksColumn

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.gap

                        Text {
                            id: sentTitle

                            width: parent.width
                            //: Council form: heading after the form was sent
                            text: qsTr("✓ Repair reported")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: Theme.primaryLabel
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Text {
                            id: referenceText

                            objectName: "referenceText"
                            width: parent.width
                            //: Council form: after sending; %1 is the reference number, such as LC-482913
                            text: qsTr("Thank you. Your reference number is %1").arg(scene.referenceNumber)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.primaryLabel
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }

                    FocusRing {
                        target: thanks
                    }
                }
                BodyText {
                    width: parent.width
                    //: Council form: advice under the reference number
                    text: qsTr("Write this number down, or take a photo of this screen. We will ask for it if you phone us about this repair.")
                }
                Text {
                    width: parent.width
                    //: Council form: heading of the summary after sending
                    text: qsTr("What you told us")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    Accessible.ignored: !visible
                }
                BodyText {
                    width: parent.width
                    //: Council form: summary after sending; %1 what needs fixing, %2 the room, %3 what is wrong, %4 the phone number
                    text: qsTr("Repair: %1\nRoom: %2\nWhat is wrong: %3\nPhone: %4")
                          .arg(scene.repairNames[scene.repair] || "")
                          .arg(roomField.text.trim()).arg(problemField.text.trim())
                          .arg(phoneField.text.trim())
                }
                BodyText {
                    width: parent.width
                    //: Council form: what happens after a repair is reported
                    text: qsTr("What happens next: we will phone you within 3 working days to arrange a visit.")
                }
            }
        }
    }
}
