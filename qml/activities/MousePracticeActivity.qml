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
    readonly property string readAloudText: runner.body + "\n" + instruction.text + "\n" + progress.text
    readonly property MousePracticeSession practice: runner.practice
    readonly property string action: practice ? practice.action : "click"

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        id: instruction

        Layout.fillWidth: true
        objectName: "practiceInstruction"
        font.bold: true
        text: activity.action === "drag"
              //: Mouse practice: what to do with the round target
              ? qsTr("Drag the circle into the square: hold the left button down, move, then let go.")
              : activity.action === "scroll"
              //: Mouse practice: what to do with the round target
              ? qsTr("Scroll down to find the circle, then click it.")
              : activity.action === "double-click"
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
        id: progress

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

        Flickable {
            id: flick

            objectName: "practiceScroller"
            anchors.fill: parent
            anchors.margins: Theme.borderWidth
            clip: true
            contentWidth: width
            // For scrolling practice the target waits further down; only then does it scroll.
            contentHeight: activity.action === "scroll" ? height * 3 : height
            interactive: activity.action === "scroll"
            boundsBehavior: Flickable.StopAtBounds

            Connections {
                target: activity.practice
                function onChanged() {
                    if (activity.practice.lastResult === "hit")
                        flick.contentY = 0
                }
            }

            // A click anywhere but the target is a miss.
            MouseArea {
                width: flick.contentWidth
                height: flick.contentHeight
                acceptedButtons: Qt.LeftButton | Qt.RightButton
                onClicked: activity.practice?.missed()
            }

            Text {
                x: Theme.spacing
                y: Theme.spacing
                visible: activity.action === "scroll"
                //: Mouse practice: shown at the top of the box when the circle is further down
                text: "⬇ " + qsTr("Roll the wheel to scroll down")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                Accessible.ignored: true
            }

            // Where to drop the circle in drag practice: on the other side from the circle.
            Rectangle {
                id: dropZone

                objectName: "dropZone"
                visible: activity.action === "drag"
                width: target.size * 1.6
                height: width
                x: target.homeX > flick.width / 2 ? Theme.spacing
                                                  : flick.width - width - Theme.spacing
                y: Math.max(0, (flick.height - height) / 2)
                color: Theme.background
                radius: Theme.radius
                border.width: Theme.borderWidth * 2
                border.color: Theme.border

                Text {
                    anchors.centerIn: parent
                    //: Mouse practice: label of the square the circle is dragged into
                    text: qsTr("Here")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.ignored: true
                }
            }

            // A Tappable, so Return, Enter and Space, the focus ring and the screen-reader
            // contract are the tested ones of every button; the mouse goes to the MouseArea.
            Tappable {
                id: target

                objectName: "practiceTarget"
                readonly property int hits: activity.practice ? activity.practice.hits : 0
                readonly property real size: (activity.practice ? activity.practice.targetSize : 96)
                                             * Theme.textScale
                // A new place after every hit, spread over the area; the same each time.
                readonly property real homeX: ((hits * 0.618 + 0.31) % 1) * Math.max(0, flick.width - size)
                readonly property real homeY: activity.action === "scroll"
                                              ? flick.contentHeight - size - Theme.spacing
                                              : ((hits * 0.382 + 0.53) % 1) * Math.max(0, flick.height - size)

                function goHome() {
                    x = Qt.binding(() => target.homeX)
                    y = Qt.binding(() => target.homeY)
                }

                width: size
                height: size
                x: homeX
                y: homeY
                //: Accessible name of the round target in mouse practice
                text: qsTr("Practice target")
                onClicked: activity.practice?.targetActivated("key")
                // Keyboard users see the circle even when it waits further down.
                onActiveFocusChanged: {
                    if (activeFocus)
                        flick.contentY = Math.max(0, Math.min(y - Theme.spacing,
                                                              flick.contentHeight - flick.height))
                }

                background: Rectangle {
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
                    id: targetMouse

                    anchors.fill: parent
                    acceptedButtons: Qt.LeftButton | Qt.RightButton
                    drag.target: activity.action === "drag" ? target : null
                    drag.threshold: 4
                    drag.smoothed: false // the circle stays under the pointer, no lag
                    onClicked: mouse => {
                        if (mouse.button === Qt.RightButton)
                            activity.practice?.targetActivated("right-click")
                        else if (activity.action === "scroll")
                            activity.practice?.targetActivated("scroll") // found it
                        else if (activity.action === "click")
                            activity.practice?.targetActivated("click")
                        // A double-click waits for its second click; a drag for its drop.
                    }
                    onDoubleClicked: mouse => {
                        if (mouse.button === Qt.LeftButton && activity.action === "double-click")
                            activity.practice?.targetActivated("double-click")
                    }
                    onReleased: {
                        if (activity.action !== "drag" || !drag.active)
                            return
                        const centre = target.mapToItem(dropZone, target.width / 2, target.height / 2)
                        const dropped = dropZone.contains(centre)
                        target.goHome()
                        if (dropped)
                            activity.practice?.targetActivated("drag")
                        else
                            activity.practice?.missed()
                    }
                }
            }
        }
    }
}
