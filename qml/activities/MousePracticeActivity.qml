// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "mouse-practice" step: click, double-click or right-click a round target that moves after
// each hit. It grows after a miss and shrinks as the learner gets better. No timer, ever.
// The target also answers Return and Space, so nobody is stuck without a mouse.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property MousePracticeSession practice: runner.practice
    readonly property string action: practice ? practice.action : "click"

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "practiceInstruction"
        font.bold: true
        text: activity.action === "double-click"
              //: Mouse practice: what to do with the round target
              ? qsTr("Double-click the circle: click the left button twice, quickly.")
              : activity.action === "right-click"
                //: Mouse practice: what to do with the round target
                ? qsTr("Right-click the circle: press the right button once.")
                //: Mouse practice: what to do with the round target
                : qsTr("Click the circle with the left button.")
    }

    // Where the learner has got to, and how the last try went, in words and symbols.
    BodyText {
        Layout.fillWidth: true
        objectName: "practiceProgress"
        readonly property int hits: activity.practice ? activity.practice.hits : 0
        readonly property int needed: activity.practice ? activity.practice.targetsNeeded : 0
        readonly property string last: activity.practice ? activity.practice.lastResult : ""
        text: activity.practice && activity.practice.mastered
              //: Mouse practice is done
              ? "✓ " + qsTr("Well done. You can press Next, or keep practising.")
              : (last === "hit" ? "✓ " + qsTr("Good.") + " "
                 : last === "miss" ? "✗ " + qsTr("Not quite. Try again, there is no hurry.") + " "
                 : "")
                + (hits < needed
                   //: Mouse practice progress: %1 targets hit so far, %2 targets to hit
                   ? qsTr("%1 of %2 done.").arg(hits).arg(needed)
                   //: Mouse practice: enough targets hit, but a few recent misses
                   : qsTr("A few more, to be sure."))
        Accessible.role: Accessible.AlertMessage
    }

    Rectangle {
        id: area

        objectName: "practiceArea"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.unit * 40
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border
        radius: Theme.radius

        // A click anywhere but the target is a miss.
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            onClicked: activity.practice?.missed()
        }

        Item {
            id: target

            objectName: "practiceTarget"
            readonly property int hits: activity.practice ? activity.practice.hits : 0
            readonly property real size: (activity.practice ? activity.practice.targetSize : 96)
                                         * Theme.textScale
            width: size
            height: size
            // A new place after every hit, spread over the area; the same each time.
            x: ((hits * 0.618 + 0.31) % 1) * Math.max(0, area.width - size)
            y: ((hits * 0.382 + 0.53) % 1) * Math.max(0, area.height - size)
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            //: Accessible name of the round target in mouse practice
            Accessible.name: qsTr("Practice target")
            Accessible.ignored: !visible
            Accessible.onPressAction: activity.practice?.targetActivated("key")
            Keys.onReturnPressed: activity.practice?.targetActivated("key")
            Keys.onEnterPressed: activity.practice?.targetActivated("key")
            Keys.onSpacePressed: activity.practice?.targetActivated("key")

            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: Theme.primary
                border.width: Theme.borderWidth * 2
                border.color: Theme.border

                Rectangle {
                    anchors.centerIn: parent
                    width: parent.width / 3
                    height: width
                    radius: width / 2
                    color: Theme.primaryLabel
                }
            }

            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.LeftButton | Qt.RightButton
                onClicked: mouse => {
                    if (mouse.button === Qt.RightButton)
                        activity.practice?.targetActivated("right-click")
                    else if (activity.action !== "double-click")
                        activity.practice?.targetActivated("click")
                    // For a double-click, the first click waits for the second.
                }
                onDoubleClicked: mouse => {
                    if (mouse.button === Qt.LeftButton && activity.action === "double-click")
                        activity.practice?.targetActivated("double-click")
                }
            }

            FocusRing {
                target: target
            }
        }
    }
}
