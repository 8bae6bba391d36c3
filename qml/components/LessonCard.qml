// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// One lesson on Home: its title, what it teaches and how far the learner has got.
// Progress is said in words and shown as a bar, never by colour alone.
Tappable {
    id: card

    required property string title
    required property string summary
    required property int stepCount
    required property int stepsDone
    required property bool completed

    readonly property string progressText: completed
        //: Progress of a finished lesson on the lesson list
        ? qsTr("Finished")
        : stepsDone === 0
          //: Progress of a lesson the learner has not opened yet
          ? qsTr("Not started")
          //: Progress of a lesson: %1 steps done out of %2
          : qsTr("%1 of %2 steps done").arg(stepsDone).arg(stepCount)

    Accessible.name: title + ". " + progressText
    Accessible.description: summary

    contentItem: ColumnLayout {
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: card.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        BodyText {
            Layout.fillWidth: true
            text: card.summary
            Accessible.ignored: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.unit * 1.5
                radius: height / 2
                color: Theme.progressTrack
                border.width: Theme.highContrast ? Theme.borderWidth / 2 : 0
                border.color: Theme.border

                Rectangle {
                    width: card.stepCount > 0 ? parent.width * card.stepsDone / card.stepCount : 0
                    height: parent.height
                    radius: parent.radius
                    color: Theme.success
                }
            }
            Text {
                text: (card.completed ? "✓ " : "") + card.progressText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: card.completed
                color: Theme.text
                Accessible.ignored: true
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: card.hovered ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: Theme.border
    }
}
