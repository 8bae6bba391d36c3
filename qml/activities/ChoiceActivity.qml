// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "choice" step: a question with answers. Every answer explains itself when chosen; a wrong
// answer can be changed as often as needed, with no penalty and no timer.
ColumnLayout {
    id: activity

    required property LessonRunner runner

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap

        Accessible.role: Accessible.Grouping
        Accessible.name: activity.runner.heading

        Repeater {
            model: activity.runner.answers

            AnswerOption {
                required property var modelData

                Layout.fillWidth: true
                objectName: "answer-" + modelData.answerId
                answerId: modelData.answerId
                text: modelData.label
                chosen: activity.runner.chosenAnswer === answerId
                onClicked: activity.runner.choose(answerId)
            }
        }
    }

    // Feedback carries a symbol and words as well as colour.
    Rectangle {
        id: feedbackBox

        Layout.fillWidth: true
        Layout.preferredHeight: feedbackColumn.height + 2 * Theme.spacing
        visible: activity.runner.chosenAnswer !== ""
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
                text: activity.runner.feedback
                Accessible.ignored: true
            }
        }
    }
}
