// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A button with words on it. `primary` is the one obvious next action on a page; `selected`
// marks the current choice among options, with a tick as well as colour.
Tappable {
    id: control

    property bool selected: false
    property bool primary: selected
    readonly property string shownText: (selected ? "✓ " : "") + text

    Accessible.checked: control.selected

    // The words' width on one line each, measured apart from the visible label so that
    // wrapping (which changes the label's size) never feeds back into the button's width.
    implicitWidth: Math.max(Theme.minTarget, naturalSize.implicitWidth + leftPadding + rightPadding)

    Text {
        id: naturalSize

        visible: false
        text: control.shownText
        font: control.font
    }

    contentItem: Text {
        text: control.shownText
        font: control.font
        color: control.primary ? Theme.primaryLabel : Theme.secondaryLabel
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Wraps only when the button is held narrower than its words (a full-width button in a
        // small window, or at 200% text).
        wrapMode: control.availableWidth + 0.5 < naturalSize.implicitWidth ? Text.Wrap : Text.NoWrap
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
