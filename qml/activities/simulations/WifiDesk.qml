// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The library desk under the practice laptop, with the library's Wi-Fi card on it: the
// network's name and its password.
Rectangle {
    id: desk

    required property WifiState wifi

    height: card.height + 2 * Theme.spacing + Theme.gap
    color: Theme.themeColoursOnly ? Theme.background : "#d8c3a0"
    border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
    border.color: Theme.border

    Rectangle {
        id: card

        objectName: "wifiCard"
        x: Theme.spacing * 1.5
        y: Theme.spacing
        width: Math.min(parent.width - 3 * Theme.spacing, Theme.unit * 46)
        height: cardColumn.implicitHeight + 2 * Theme.spacing
        rotation: -1.5
        antialiasing: true
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border

        Accessible.role: Accessible.StaticText
        Accessible.name: cardTitle.text + ". " + cardNetwork.text + ". " + cardPassword.text

        Column {
            id: cardColumn

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.gap / 2

            BodyText {
                id: cardTitle

                width: parent.width
                //: Practice Wi-Fi screen: title of the card on the library desk
                text: qsTr("Library Wi-Fi")
                font.bold: true
                font.pixelSize: Theme.titleSize
                Accessible.ignored: true
            }
            BodyText {
                id: cardNetwork

                width: parent.width
                //: Practice Wi-Fi card; %1 is the network's name
                text: qsTr("Network: %1").arg(desk.wifi.networkName("leafield-library"))
                Accessible.ignored: true
            }
            BodyText {
                id: cardPassword

                width: parent.width
                //: Practice Wi-Fi card; %1 is the password, to be typed exactly as written
                text: qsTr("Password: %1").arg(desk.wifi.libraryPassword)
                font.bold: true
                Accessible.ignored: true
            }
        }
    }
}
