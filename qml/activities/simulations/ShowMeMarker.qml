// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "Here": a thick ring and a label around the thing to use, after the learner asked "Show me".
// Drawn without motion, so it suits people who turn animations off.
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
