// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice laptop screen on a library desk. The Wi-Fi symbol at the bottom right opens the
// list of networks near by; a padlock marks the secured ones. Picking one asks for its
// password, with Connect and Cancel. A card on the desk gives the library's network and
// password. Nothing here joins a real network.
// This file lays the parts out: the screen (wallpaper, taskbar, list of networks), then the desk.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: screenFrame.height + desk.height

    WifiState {
        id: wifiState

        session: scene.session
    }

    // ---- The laptop screen -------------------------------------------------------------------
    Rectangle {
        id: screenFrame

        width: parent.width
        height: wallpaperArea.height + taskbar.height + 2 * Theme.gap
        color: Theme.themeColoursOnly ? Theme.background : "#3a3f44"
        border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
        border.color: Theme.border

        Rectangle {
            id: wallpaperArea

            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            height: Math.max(Theme.unit * 26, flyout.implicitHeight + 2 * Theme.spacing)
            color: wifiState.wallpaper
            border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
            border.color: Theme.border

            Text {
                x: Theme.spacing
                y: Theme.spacing
                width: flyout.visible ? Math.max(0, flyout.x - 2 * Theme.spacing) : parent.width - 2 * Theme.spacing
                //: Practice Wi-Fi screen: a line on the wallpaper of the library's public laptop
                text: qsTr("Leafield Library visitor laptop")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                visible: flyout.x > Theme.unit * 20 || !flyout.visible
            }
        }

        // ---- The taskbar, with the Wi-Fi symbol at its right end --------------------------
        WifiTaskbar {
            id: taskbar

            x: Theme.gap
            y: wallpaperArea.y + wallpaperArea.height
            width: parent.width - 2 * Theme.gap
            wifi: wifiState
        }

        // ---- The list of networks, just above the Wi-Fi symbol ----------------------------
        WifiNetworkList {
            id: flyout

            visible: wifiState.listOpen
            width: Math.min(wallpaperArea.width - 2 * Theme.gap, Theme.unit * 50)
            height: implicitHeight
            anchors.right: wallpaperArea.right
            anchors.rightMargin: Theme.gap
            anchors.bottom: wallpaperArea.bottom
            anchors.bottomMargin: Theme.gap
            wifi: wifiState
        }
    }

    // ---- The desk, with the library's Wi-Fi card on it --------------------------------------
    WifiDesk {
        id: desk

        y: screenFrame.height
        width: parent.width
        wifi: wifiState
    }
}
