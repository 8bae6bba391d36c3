// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice desktop app's picture: a coloured tile with a symbol, the same on the desktop,
// in the start menu, on the taskbar and in the window's title bar.
Rectangle {
    id: tile

    required property string app
    property real size: Theme.minTarget

    implicitWidth: size
    implicitHeight: size
    radius: size / 6
    color: app === "letters" ? Theme.selected : app === "photos" ? Theme.primary : Theme.secondaryText
    border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
    border.color: Theme.background
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: tile.app === "letters" ? "✎" : tile.app === "photos" ? "☀" : "÷"
        font.family: Theme.fontFamily
        font.pixelSize: tile.size * 0.6
        font.bold: true
        color: tile.app === "letters" ? Theme.selectedLabel
               : tile.app === "photos" ? Theme.primaryLabel : Theme.background
    }
}
