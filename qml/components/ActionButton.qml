// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A button with words on it. `primary` is the one obvious next action on a page; `selected`
// marks the current choice among options, with a tick as well as colour.
Tappable {
    id: control

    property bool selected: false
    property bool primary: selected

    Accessible.checked: control.selected

    contentItem: Text {
        text: (control.selected ? "✓ " : "") + control.text
        font: control.font
        color: control.primary ? Theme.primaryLabel : Theme.secondaryLabel
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? Theme.primary : Theme.secondary
        opacity: control.enabled ? 1 : 0.5
        border.width: Theme.borderWidth
        border.color: Theme.border
        // Pressed and hovered states are shown by a thicker edge, not by colour alone.
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.borderWidth
            radius: Theme.radius
            color: "transparent"
            visible: control.down || control.hovered
            border.width: Theme.borderWidth
            border.color: control.primary ? Theme.primaryLabel : Theme.border
        }
    }
}
