// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "reflect" step: an "I can..." statement about the skill just practised, answered
// "Yes", "A bit" or "Not yet". There is no wrong answer; every answer is kept with its date.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property string readAloudText: runner.body + "\n" + qsTr("Yes") + "\n" + qsTr("A bit") + "\n" + qsTr("Not yet")

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        objectName: "reflectStatement"
        font.bold: true
        font.pixelSize: Theme.titleSize
        text: activity.runner.body
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Accessible.role: Accessible.Grouping
        Accessible.name: activity.runner.body

        Repeater {
            model: [
                //: Answer to an "I can..." statement: fully confident
                { rating: "yes", label: qsTr("Yes") },
                //: Answer to an "I can..." statement: partly confident
                { rating: "a-bit", label: qsTr("A bit") },
                //: Answer to an "I can..." statement: not yet confident
                { rating: "not-yet", label: qsTr("Not yet") }
            ]

            AnswerOption {
                required property var modelData

                Layout.fillWidth: true
                objectName: "rating-" + modelData.rating
                answerId: modelData.rating
                text: modelData.label
                chosen: activity.runner.rating === answerId
                onClicked: activity.runner.rate(answerId)
            }
        }
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "reflectThanks"
        visible: activity.runner.rating !== ""
        text: activity.runner.rating === "not-yet"
              //: After a learner says they cannot do something yet; encouraging, never blaming
              ? qsTr("Thank you for saying so. You can do this lesson again whenever you like.")
              //: After a learner rates their confidence
              : qsTr("Thank you. Your answer is saved with your progress.")
        Accessible.role: Accessible.AlertMessage
    }
}
