// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice laptop's taskbar, with the Wi-Fi symbol at its right end (it opens the list of
// networks) and the clock.
Rectangle {
    id: taskbar

    required property WifiState wifi

    height: Math.max(Theme.minTarget, clock.implicitHeight) + Theme.gap
    color: taskbar.wifi.barColour
    border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
    border.color: Theme.border

    Text {
        x: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: "▦"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        color: taskbar.wifi.barText
        Accessible.ignored: true
    }

    SimButton {
        id: wifiIcon

        session: taskbar.wifi.session
        targetId: "wifi-icon"
        text: taskbar.wifi.connected === ""
              //: Practice Wi-Fi screen: the Wi-Fi symbol on the taskbar, before joining a network
              ? qsTr("Wi-Fi: not connected")
              //: Practice Wi-Fi screen: the Wi-Fi symbol on the taskbar; %1 is the network's name
              : qsTr("Wi-Fi: connected to %1").arg(taskbar.wifi.networkName(taskbar.wifi.connected))
        anchors.right: clock.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        implicitWidth: Theme.minTarget * 1.2
        implicitHeight: Theme.minTarget
        padding: Theme.gap / 2
        contentItem: Item {
            WifiGlyph {
                anchors.centerIn: parent
                width: Theme.bodySize * 1.6
                height: Theme.bodySize * 1.3
                colour: taskbar.wifi.listOpen ? Theme.text : taskbar.wifi.barText
            }
            Text {
                visible: taskbar.wifi.connected === ""
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                text: "✕"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: taskbar.wifi.listOpen ? Theme.text : taskbar.wifi.barText
            }
        }
        background: HoverFrame {
            button: wifiIcon
            highlighted: taskbar.wifi.listOpen
            border.color: taskbar.wifi.listOpen ? Theme.border : taskbar.wifi.barText
        }
        onAccepted: taskbar.wifi.listOpen = !taskbar.wifi.listOpen
    }

    TaskbarClock {
        id: clock

        //: Practice Wi-Fi screen: the time at the right end of the taskbar
        text: qsTr("10:30")
        color: taskbar.wifi.barText
    }
}
