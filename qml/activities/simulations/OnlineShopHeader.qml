// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The online shop's header: its name, and the basket at the top right.
Item {
    id: header

    required property OnlineShopState shop

    signal basketOpened()

    height: Math.max(shopName.implicitHeight, basketButton.height) + 2 * Theme.spacing

    // A shopping basket: a wide handle over a woven body.
    component BasketIcon: Item {
        id: basket

        property color ink: Theme.text

        width: Theme.unit * 4
        height: Theme.unit * 3

        Rectangle {
            x: parent.width * 0.22
            width: parent.width * 0.56
            height: parent.height * 0.9
            radius: width / 2
            color: "transparent"
            border.width: Math.max(2, Theme.unit / 4)
            border.color: basket.ink
        }
        Rectangle {
            y: parent.height * 0.42
            width: parent.width
            height: parent.height * 0.14
            radius: height / 2
            color: basket.ink
        }
        Rectangle {
            x: parent.width * 0.08
            y: parent.height * 0.5
            width: parent.width * 0.84
            height: parent.height * 0.5
            radius: Theme.unit / 4
            color: basket.ink
        }
        Rectangle {
            x: parent.width * 0.28 - width / 2
            y: parent.height * 0.62
            width: Math.max(2, Theme.unit / 4)
            height: parent.height * 0.28
            color: Theme.background
        }
        Rectangle {
            x: parent.width * 0.5 - width / 2
            y: parent.height * 0.62
            width: Math.max(2, Theme.unit / 4)
            height: parent.height * 0.28
            color: Theme.background
        }
        Rectangle {
            x: parent.width * 0.72 - width / 2
            y: parent.height * 0.62
            width: Math.max(2, Theme.unit / 4)
            height: parent.height * 0.28
            color: Theme.background
        }
    }

    // What the basket button shows: the basket and its words.
    component BasketContent: Row {
        id: basketContent

        required property ActionButton control

        spacing: Theme.gap

        BasketIcon {
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: basketContent.control.text
            font: basketContent.control.font
            color: Theme.text
        }
    }

    Column {
        id: shopName

        x: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width - basketButton.width - 3 * Theme.spacing

        Text {
            width: parent.width
            //: Online shop: the made-up shop's name in its header
            text: qsTr("Hillside Home Store")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            //: Online shop: under the shop's name
            text: qsTr("Things for your home")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
    }

    SimButton {
        id: basketButton

        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        session: header.shop.session
        targetId: "basket"
        padding: Theme.gap * 1.5
        //: Online shop: the basket at the top of the page; %1 is how many things are in it
        text: qsTr("Basket (%1)").arg(header.shop.basketItem !== "" ? 1 : 0)
        implicitWidth: Theme.unit * 4 + Theme.gap + basketMetrics.advanceWidth
                       + leftPadding + rightPadding
        onAccepted: {
            header.shop.go("basket")
            header.basketOpened()
        }

        TextMetrics {
            id: basketMetrics

            font: basketButton.font
            text: basketButton.text
        }

        contentItem: BasketContent {
            control: basketButton
        }
        background: CardLook {
            button: basketButton
        }
    }
}
