// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "choice" step: a question with answers. Every answer explains itself when chosen; a wrong
// answer can be changed as often as needed, with no penalty and no timer. With more than one
// right answer the learner ticks all that apply, then checks; each ticked answer explains itself.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property bool multiple: runner.multipleAnswers
    readonly property bool showFeedback: multiple ? runner.answersChecked
                                                  : runner.chosenAnswer !== ""
    readonly property string readAloudText: {
        let words = [runner.body]
        if (multiple)
            //: Tells the learner a question has more than one right answer
            words.push(qsTr("Choose all the answers that are right."))
        for (const answer of runner.answers)
            words.push(answer.label)
        if (showFeedback)
            words.push(feedbackTitle.text + " " + feedbackText.text)
        return words.join("\n")
    }

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "chooseAll"
        visible: activity.multiple
        font.bold: true
        //: Tells the learner a question has more than one right answer
        text: qsTr("Choose all the answers that are right.")
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap

        Accessible.role: Accessible.Grouping
        Accessible.name: activity.runner.heading

        Repeater {
            model: activity.runner.answers

            ColumnLayout {
                id: answerRow

                required property var modelData
                readonly property bool picked: activity.runner.pickedAnswers.includes(modelData.answerId)

                Layout.fillWidth: true
                spacing: Theme.gap / 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap

                    AnswerOption {
                        Layout.fillWidth: true
                        objectName: "answer-" + answerRow.modelData.answerId
                        answerId: answerRow.modelData.answerId
                        text: answerRow.modelData.label
                        multiple: activity.multiple
                        chosen: activity.multiple ? answerRow.picked
                                                  : activity.runner.chosenAnswer === answerId
                        onClicked: activity.multiple ? activity.runner.toggleAnswer(answerId)
                                                     : activity.runner.choose(answerId)
                    }
                    // Each answer can be heard on its own (the step's "Read aloud" reads all).
                    ReadAloudButton {
                        objectName: "readAnswer-" + answerRow.modelData.answerId
                        visible: ReadAloud.available
                        text: ""
                        words: answerRow.modelData.label
                        //: Speaker button beside one answer; %1 is the answer's words
                        Accessible.name: qsTr("Read aloud: %1").arg(answerRow.modelData.label)
                    }
                }
                // Choose all that apply: after checking, each ticked answer says why.
                BodyText {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.unit * 6
                    objectName: "answerFeedback-" + answerRow.modelData.answerId
                    visible: activity.multiple && activity.runner.answersChecked && answerRow.picked
                    text: (answerRow.modelData.correct ? "✓ " : "✗ ") + answerRow.modelData.feedback
                }
            }
        }
    }

    ActionButton {
        objectName: "checkAnswers"
        visible: activity.multiple
        primary: activity.runner.pickedAnswers.length > 0 && !activity.runner.answersChecked
        //: Button under a "choose all that apply" question
        text: qsTr("Check my answers")
        onClicked: activity.runner.checkAnswers()
    }

    // Feedback carries a symbol and words as well as colour.
    Rectangle {
        id: feedbackBox

        Layout.fillWidth: true
        Layout.preferredHeight: feedbackColumn.height + 2 * Theme.spacing
        visible: activity.showFeedback
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.borderWidth * 2
        border.color: activity.runner.chosenCorrect ? Theme.success : Theme.error

        Accessible.role: Accessible.AlertMessage
        Accessible.name: feedbackTitle.text + " " + feedbackText.text
        Accessible.ignored: !visible

        Text {
            id: feedbackIcon

            anchors.left: parent.left
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            text: activity.runner.chosenCorrect ? "✓" : "✗"
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: activity.runner.chosenCorrect ? Theme.success : Theme.error
            Accessible.ignored: true
        }
        // A plain Column (not a layout): wrapped text then reports its true height.
        Column {
            id: feedbackColumn

            anchors.left: feedbackIcon.right
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            spacing: Theme.gap

            Text {
                id: feedbackTitle

                width: parent.width
                text: activity.runner.chosenCorrect
                      //: Heading of the feedback after a right answer
                      ? qsTr("Correct")
                      : activity.multiple
                      //: Heading of the feedback when some ticked answers are wrong or missing
                      ? qsTr("Not quite yet")
                      //: Heading of the feedback after a wrong answer; kind, never blaming
                      : qsTr("Try another answer")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
            BodyText {
                id: feedbackText

                width: parent.width
                objectName: "feedback"
                text: !activity.multiple ? activity.runner.feedback
                      : activity.runner.chosenCorrect
                      //: After ticking exactly the right answers to a "choose all" question
                      ? qsTr("You found all the right answers. Read why under each one.")
                      //: After ticking some wrong answers or missing a right one; kind
                      : qsTr("Read the notes under your answers. Change your answers and check again. There is no penalty.")
                Accessible.ignored: true
            }
        }
    }
}
