// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The online shop's made-up web browser: a tab, then the buttons and the address bar with the
// padlock, which says what it means when clicked.
Rectangle {
    id: browser

    required property OnlineShopState shop

    height: browserColumn.implicitHeight
    color: Theme.surface

    Column {
        id: browserColumn

        width: parent.width
        topPadding: Theme.gap
        bottomPadding: Theme.gap
        spacing: Theme.gap

        Rectangle {
            x: Theme.spacing
            width: Math.min(tabTitle.implicitWidth + 2 * Theme.spacing,
                            parent.width - 2 * Theme.spacing)
            height: tabTitle.implicitHeight + Theme.gap
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth / 2
            border.color: Theme.border

            Text {
                id: tabTitle

                x: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                //: Online shop: the title in the made-up browser's tab
                text: qsTr("Hillside Home Store  ✕")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.text
                elide: Text.ElideRight
                Accessible.ignored: true
            }
        }

        Row {
            id: toolbar

            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.gap

            Text {
                id: navButtons

                anchors.verticalCenter: parent.verticalCenter
                text: "←  →  ⟳"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                color: Theme.secondaryText
                Accessible.ignored: true
            }

            Rectangle {
                id: addressBar

                width: toolbar.width - navButtons.width - toolbar.spacing
                height: Math.max(padlockButton.height, addressText.implicitHeight)
                        + Theme.gap
                radius: height / 2
                color: Theme.background
                border.width: Theme.borderWidth / 2
                border.color: Theme.border

                SimButton {
                    id: padlockButton

                    x: Theme.gap
                    anchors.verticalCenter: parent.verticalCenter
                    session: browser.shop.session
                    targetId: "padlock"
                    padding: Theme.gap
                    //: Online shop: name of the padlock in the address bar, for screen readers
                    text: qsTr("Padlock: connection details")
                    implicitWidth: Theme.minTarget
                    implicitHeight: Theme.minTarget
                    onAccepted: browser.shop.padlockOpen = true

                    contentItem: Item {
                        Padlock {
                            anchors.centerIn: parent
                            width: Theme.unit * 2.25
                            height: Theme.unit * 3
                            lineWidth: Math.max(2, Theme.unit / 3)
                            cornerRadius: Theme.unit / 4
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: padlockButton.hovered || padlockButton.down
                               || browser.shop.padlockOpen ? Theme.surface : "transparent"
                        border.width: padlockButton.hovered || browser.shop.padlockOpen
                                      ? Theme.borderWidth : 0
                        border.color: Theme.border
                    }
                }
                Text {
                    id: addressText

                    anchors.verticalCenter: parent.verticalCenter
                    x: padlockButton.x + padlockButton.width + Theme.gap
                    width: parent.width - x - Theme.spacing
                    //: Online shop: the made-up shop's address in the address bar
                    text: qsTr("www.hillsidehomestore.co.uk")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth / 2
        color: Theme.border
    }
}
