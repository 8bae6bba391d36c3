// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What the online shop's padlock says, under the address bar, once it was clicked.
Item {
    height: visible ? padlockInfo.height + Theme.gap : 0

    Rectangle {
        id: padlockInfo

        objectName: "padlockInfo"
        x: Theme.spacing
        y: Theme.gap
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.unit * 60)
        height: infoColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border
        Accessible.role: Accessible.AlertMessage
        Accessible.name: infoTitle.text + ". " + infoText.text
        Accessible.ignored: !visible

        Column {
            id: infoColumn

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.gap

            Row {
                width: parent.width
                spacing: Theme.gap

                Padlock {
                    id: infoPadlock

                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.unit * 2.25
                    height: Theme.unit * 3
                    lineWidth: Math.max(2, Theme.unit / 3)
                    cornerRadius: Theme.unit / 4
                }
                Text {
                    id: infoTitle

                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - infoPadlock.width - Theme.gap
                    //: Online shop: what the padlock says when clicked
                    text: qsTr("Connection is private")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
            BodyText {
                id: infoText

                width: parent.width
                //: Online shop: under "Connection is private"
                text: qsTr("Other people cannot see what you send to this site. This does not prove that the shop is honest.")
                Accessible.ignored: true
            }
        }
    }
}
