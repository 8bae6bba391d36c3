// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The look of a button that is only words or a picture (a desktop icon, a menu row, a list
// row): no box, a frame when pointed at or pressed. `highlighted` (an open menu, the row that
// is chosen) fills it with `highlightColour` and keeps the frame.
Rectangle {
    required property ActionButton button
    property bool highlighted: false
    property color highlightColour: Theme.background
    property real frameWidth: Theme.borderWidth

    radius: Theme.radius / 2
    color: highlighted ? highlightColour : "transparent"
    border.width: button.hovered || button.down || highlighted ? frameWidth : 0
    border.color: Theme.border
}
