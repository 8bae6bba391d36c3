// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The council's repair form: what needs fixing, which room, what is wrong, a phone number, and
// Submit. Sent too soon, it shows what is missing: a summary at the top and a message next to
// each empty question, in words and with ✗.
Column {
    id: formPage

    required property CouncilFormState form
    // The answers typed, for the page after sending.
    readonly property string room: roomField.text.trim()
    readonly property string problem: problemField.text.trim()
    readonly property string phone: phoneField.text.trim()
    readonly property bool formComplete: form.repair !== "" && room !== "" && problem !== ""
                                         && phone !== ""

    signal formSent()

    objectName: "formPage"
    spacing: Theme.spacing * 1.5

    function takeFocus() {
        formHeading.forceActiveFocus()
    }

    // A form sent too soon: note what is missing now, as a real form does when it is sent.
    function showErrors() {
        formPage.form.repairMissing = formPage.form.repair === ""
        formPage.form.roomMissing = formPage.room === ""
        formPage.form.problemMissing = formPage.problem === ""
        formPage.form.phoneMissing = formPage.phone === ""
        formPage.form.errorsShown = true
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

            SubHeading {
                width: parent.width
                text: question.title
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

    // An answer box; with an error, its edge is thicker and red, and the error is its description.
    component AnswerBox: TextEntry {
        id: box

        property string error

        Accessible.description: box.error

        background: Rectangle {
            color: Theme.background
            border.width: box.error !== "" ? Theme.borderWidth * 2 : Theme.borderWidth
            border.color: box.error !== "" ? Theme.error : Theme.border
        }
    }

    Rectangle {
        id: errorSummary

        objectName: "errorSummary"
        width: parent.width
        height: summaryColumn.implicitHeight + 2 * Theme.spacing
        visible: formPage.form.errorsShown
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
                text: formPage.form.errorList
                Accessible.ignored: true
            }
        }

        FocusRing {
            target: errorSummary
        }
    }

    PageTitle {
        id: formHeading

        width: parent.width
        //: Council form: heading at the top of the form
        text: qsTr("Report a housing repair")
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
        error: formPage.form.errorsShown && formPage.form.repairMissing ? formPage.form.repairError : ""

        RadioChoice {
            width: parent.width
            session: formPage.form.session
            targetId: "repair-heating"
            selected: formPage.form.repair === "heating"
            //: Council form: a choice of what needs fixing
            text: qsTr("Heating or hot water")
            onAccepted: formPage.form.chooseRepair("heating")
        }
        RadioChoice {
            width: parent.width
            session: formPage.form.session
            targetId: "repair-leak"
            selected: formPage.form.repair === "leak"
            //: Council form: a choice of what needs fixing
            text: qsTr("Leak")
            onAccepted: formPage.form.chooseRepair("leak")
        }
        RadioChoice {
            width: parent.width
            session: formPage.form.session
            targetId: "repair-window"
            selected: formPage.form.repair === "window"
            //: Council form: a choice of what needs fixing
            text: qsTr("Window")
            onAccepted: formPage.form.chooseRepair("window")
        }
        RadioChoice {
            width: parent.width
            session: formPage.form.session
            targetId: "repair-door"
            selected: formPage.form.repair === "door"
            //: Council form: a choice of what needs fixing
            text: qsTr("Door")
            onAccepted: formPage.form.chooseRepair("door")
        }
    }

    Question {
        id: roomQuestion

        objectName: "question-room"
        width: parent.width
        //: Council form: second question; the star means it must be answered
        title: qsTr("Which room is it in? *")
        //: Council form: help under the room question
        help: qsTr("For example, kitchen or bathroom.")
        error: formPage.form.errorsShown && formPage.form.roomMissing ? formPage.form.roomError : ""

        AnswerBox {
            id: roomField

            objectName: "field-room"
            width: parent.width
            //: Council form: name of the room box, for screen readers
            label: qsTr("Which room is it in?")
            error: roomQuestion.error
        }
    }

    Question {
        id: problemQuestion

        objectName: "question-problem"
        width: parent.width
        //: Council form: third question; the star means it must be answered
        title: qsTr("What is wrong? *")
        //: Council form: help under the "what is wrong" question
        help: qsTr("Tell us in your own words.")
        error: formPage.form.errorsShown && formPage.form.problemMissing ? formPage.form.problemError : ""

        AnswerBox {
            id: problemField

            objectName: "field-problem"
            width: parent.width
            //: Council form: name of the "what is wrong" box, for screen readers
            label: qsTr("What is wrong?")
            error: problemQuestion.error
        }
    }

    Question {
        id: phoneQuestion

        objectName: "question-phone"
        width: parent.width
        //: Council form: fourth question; the star means it must be answered
        title: qsTr("Your phone number *")
        //: Council form: help under the phone number question
        help: qsTr("We will phone you to arrange a visit.")
        error: formPage.form.errorsShown && formPage.form.phoneMissing ? formPage.form.phoneError : ""

        AnswerBox {
            id: phoneField

            objectName: "field-phone"
            width: Math.min(parent.width, Theme.unit * 40)
            inputMethodHints: Qt.ImhDialableCharactersOnly
            //: Council form: name of the phone number box, for screen readers
            label: qsTr("Your phone number")
            error: phoneQuestion.error
        }
    }

    SimButton {
        id: submitButton

        session: formPage.form.session
        targetId: "submit"
        primary: true
        value: formPage.formComplete ? "complete" : "incomplete"
        //: Council form: the button at the bottom that sends the form
        text: qsTr("Submit")
        onAccepted: {
            if (submitButton.value === "complete") {
                formPage.form.sent = true
                formPage.formSent()
            } else {
                formPage.showErrors()
            }
        }
    }
}
