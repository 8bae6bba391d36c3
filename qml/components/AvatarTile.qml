// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// One profile picture to choose. Chosen is shown by a thick frame and a tick, not colour alone.
Tappable {
    id: control

    required property string avatarId
    property bool chosen: false

    padding: Theme.gap
    text: Labels.avatars[avatarId] ?? avatarId
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: control.chosen

    contentItem: Image {
        source: Labels.avatarSource(control.avatarId)
        sourceSize.width: Theme.unit * 12
        sourceSize.height: Theme.unit * 12
        fillMode: Image.PreserveAspectFit
        Accessible.ignored: true
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.chosen ? Theme.selected : Theme.background
        border.width: control.chosen ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: Theme.border

        Text {
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.borderWidth * 2
            visible: control.chosen
            text: "✓"
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.selectedLabel
            Accessible.ignored: true
        }
    }
}
