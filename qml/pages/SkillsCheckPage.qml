// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The skills check: one "I can..." statement at a time, with a picture, answered "Yes",
// "A bit" or "Not yet". There are no wrong answers; the answers order the learner's lessons.
// First an introduction with "Not now", so nobody is made to do it.
ScrollPage {
    id: page

    readonly property SkillsCheckSession check: Home.skillsCheck
    // A check already under way carries on without the introduction.
    property bool started: check !== null && check.index > 0
    property bool hintShown: false
    readonly property string statement: check ? (Labels.skillStatements[check.statementId] ?? "") : ""

    signal closed()

    pageName: "skills-check"
    title: !started
           //: Heading of the skills check introduction
           ? qsTr("What can you do already?")
           : check && check.finished
           //: Heading when the skills check is done
           ? qsTr("Thank you")
           //: Heading of one skills check question; %1 and %2 are numbers
           : qsTr("Question %1 of %2").arg(check ? check.index + 1 : 0).arg(check ? check.count : 0)

    Component.onCompleted: {
        if (!Home.skillsCheck)
            Home.startSkillsCheck()
    }

    Connections {
        target: page.check
        function onChanged() {
            page.hintShown = false
        }
    }

    ReadAloudButton {
        words: page.title + "\n" + (!page.started ? intro.text
               : page.check && page.check.finished ? thanks.text
               : page.statement + "\n" + qsTr("Yes") + "\n" + qsTr("A bit") + "\n" + qsTr("Not yet"))
    }

    // The introduction.
    BodyText {
        id: intro

        Layout.fillWidth: true
        objectName: "skillsIntro"
        visible: !page.started
        //: Introduction to the skills check
        text: qsTr("You will see %1 short sentences, like “I can send an email.” For each one, say if it is true for you: Yes, A bit or Not yet. There are no wrong answers. Your answers help choose your lessons.").arg(page.check ? page.check.count : 0)
    }
    RowLayout {
        Layout.fillWidth: true
        visible: !page.started
        spacing: Theme.spacing

        ActionButton {
            objectName: "skillsStart"
            primary: true
            //: Starts the skills check
            text: qsTr("Start")
            onClicked: {
                page.started = true
                page.focusHeading()
            }
        }
        ActionButton {
            objectName: "skillsNotNow"
            //: Skips the skills check for now; it can be done later from Home
            text: qsTr("Not now")
            onClicked: page.closed()
        }
    }

    // One statement.
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Theme.unit * 16
        Layout.preferredHeight: Theme.unit * 16
        visible: page.started && page.check !== null && !page.check.finished
        radius: Theme.radius
        color: "#ffffff" // the pictures are dark on light in every theme
        border.width: Theme.borderWidth
        border.color: Theme.border

        Image {
            anchors.fill: parent
            anchors.margins: Theme.gap
            objectName: "statementPicture"
            source: page.check ? "../images/skills/" + page.check.statementId + ".svg" : ""
            sourceSize.width: 192
            fillMode: Image.PreserveAspectFit
            Accessible.ignored: true // the statement says it all
        }
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "statement"
        visible: page.started && page.check !== null && !page.check.finished
        font.bold: true
        font.pixelSize: Theme.titleSize
        text: page.statement
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: page.started && page.check !== null && !page.check.finished
        spacing: Theme.gap
        Accessible.role: Accessible.Grouping
        Accessible.name: page.statement

        Repeater {
            model: [
                //: Answer to an "I can..." statement: fully confident
                { answer: "yes", label: qsTr("Yes") },
                //: Answer to an "I can..." statement: partly confident
                { answer: "a-bit", label: qsTr("A bit") },
                //: Answer to an "I can..." statement: not yet confident
                { answer: "not-yet", label: qsTr("Not yet") }
            ]

            AnswerOption {
                required property var modelData

                Layout.fillWidth: true
                objectName: "skill-" + modelData.answer
                answerId: modelData.answer
                text: modelData.label
                chosen: page.check !== null && page.check.answer === answerId
                onClicked: page.check.answerWith(answerId)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: page.started && page.check !== null && !page.check.finished
        spacing: Theme.spacing

        ActionButton {
            objectName: "skillsBack"
            visible: page.check !== null && page.check.index > 0
            //: Goes to the previous skills check question
            text: qsTr("Back")
            onClicked: page.check.back()
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "skillsNext"
            primary: true
            //: Goes to the next skills check question (or finishes on the last)
            text: qsTr("Next")
            onClicked: {
                page.hintShown = !page.check.next()
                if (!page.hintShown)
                    page.focusHeading()
            }
        }
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "skillsHint"
        visible: page.hintShown && page.check !== null && page.check.answer === ""
        font.bold: true
        //: Shown when Next is pressed before answering a skills check question
        text: qsTr("Choose Yes, A bit or Not yet first. Any answer is fine.")
        Accessible.role: Accessible.AlertMessage
    }

    // The end.
    BodyText {
        id: thanks

        Layout.fillWidth: true
        objectName: "skillsThanks"
        visible: page.check !== null && page.check.finished
        //: After the skills check: what happens with the answers
        text: qsTr("Your answers are saved with today's date. Your lessons now start with the things you said you cannot do yet. You can check your skills again at any time from your lessons page.")
    }
    ActionButton {
        objectName: "skillsDone"
        visible: page.check !== null && page.check.finished
        primary: true
        //: Leaves the finished skills check
        text: qsTr("Go to my lessons")
        onClicked: page.closed()
    }
}
