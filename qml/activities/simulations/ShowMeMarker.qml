// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "Here": a thick ring and a label around the thing to use, after the learner asked "Show me".
// The ring pulses gently to draw the eye; with "Less movement" it stays still.
Rectangle {
    id: marker

    required property Item target

    anchors.fill: target
    anchors.margins: -Theme.focusWidth * 2
    color: "transparent"
    radius: Theme.radius
    border.width: Theme.focusWidth
    border.color: Theme.selected
    z: 20

    // Breathes between full and half strength; never flashes (well under 3 times a second).
    SequentialAnimation on opacity {
        running: marker.visible && !Theme.reducedMotion
        loops: Animation.Infinite
        alwaysRunToEnd: false
        onRunningChanged: if (!running) marker.opacity = 1

        NumberAnimation {
            to: 0.5
            duration: 700
            easing.type: Easing.InOutSine
        }
        NumberAnimation {
            to: 1
            duration: 700
            easing.type: Easing.InOutSine
        }
    }

    Rectangle {
        anchors.bottom: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: hereText.implicitWidth + Theme.gap * 2
        height: hereText.implicitHeight + Theme.gap
        radius: Theme.radius
        color: Theme.selected

        Text {
            id: hereText

            anchors.centerIn: parent
            //: Label that points at the thing to click after the learner pressed "Show me"
            text: qsTr("Here ↓")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.selectedLabel
            Accessible.ignored: true
        }
    }
}
