// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The time at the right end of a practice taskbar (only to look at); the scene gives its words
// and colour.
Text {
    anchors.right: parent.right
    anchors.rightMargin: Theme.spacing
    anchors.verticalCenter: parent.verticalCenter
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    Accessible.ignored: true
}
