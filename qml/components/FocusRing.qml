// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The visible keyboard focus: a yellow band with a black inner edge drawn just outside the
// control it belongs to. Shown whenever that control has active focus.
Rectangle {
    id: ring

    required property Item target

    anchors.fill: target
    anchors.margins: -Theme.focusWidth - Theme.borderWidth
    visible: target.activeFocus
    color: "transparent"
    radius: Theme.radius + Theme.focusWidth
    border.width: Theme.focusWidth
    border.color: Theme.focus
    z: 10

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusWidth
        color: "transparent"
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.focusEdge
    }
}
