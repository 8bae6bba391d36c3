// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The online shop's pop-up that asks for the bank card PIN (a trick), over the checkout page:
// the page behind is dimmed and cannot be used until the pop-up is closed.
Item {
    id: popup

    required property OnlineShopState shop
    required property real headerHeight // the browser bar's: the pop-up stays below it
    required property real pageHeight
    readonly property real boxBottom: popupBox.y + popupBox.height

    signal closed()

    objectName: "pinPopup"

    function takeFocus() {
        popupTitle.forceActiveFocus()
    }

    // Dims the page behind and stops clicks reaching it.
    Rectangle {
        anchors.fill: parent
        color: Qt.rgba(0, 0, 0, 0.6)
    }
    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.AllButtons
    }

    Rectangle {
        id: popupBox

        objectName: "popupBox"
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.unit * 65)
        height: popupColumn.implicitHeight + 2 * Theme.spacing
        x: (parent.width - width) / 2
        y: Math.max(popup.headerHeight + Theme.spacing, (popup.pageHeight - height) / 2)
        radius: Theme.radius
        color: Theme.background
        border.width: Theme.borderWidth * 2
        border.color: Theme.border
        Accessible.role: Accessible.Dialog
        Accessible.name: popupTitle.text
        Accessible.description: popupText.text
        Accessible.ignored: !popup.shop.popupOpen

        Column {
            id: popupColumn

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing

            SubHeading {
                id: popupTitle

                width: parent.width
                //: Online shop: heading of the pop-up that asks for the PIN (a trick)
                text: qsTr("⚠ Security check")
                Accessible.ignored: !popup.shop.popupOpen
            }
            BodyText {
                id: popupText

                width: parent.width
                //: Online shop: the pop-up asks for the bank card PIN (a trick)
                text: qsTr("To finish paying, type the 4-digit PIN of your bank card.")
                Accessible.ignored: !popup.shop.popupOpen
            }
            SimButton {
                width: Math.min(implicitWidth, parent.width)
                session: popup.shop.session
                targetId: "share-pin"
                primary: true
                //: Online shop: the pop-up's button to share the PIN (always the wrong choice)
                text: qsTr("Enter my PIN")
                onAccepted: {
                    popup.shop.pinRefused = true
                    popup.closed()
                }
            }
            SimButton {
                width: Math.min(implicitWidth, parent.width)
                session: popup.shop.session
                targetId: "refuse-request"
                //: Online shop: the pop-up's button to close it without sharing the PIN
                text: qsTr("Close — I will not share my PIN")
                onAccepted: {
                    popup.shop.pinRefused = true
                    popup.closed()
                }
            }
        }
    }
}
