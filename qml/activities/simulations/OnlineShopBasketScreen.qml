// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The online shop's basket: what is in it, the total, and Checkout.
Column {
    id: basket

    required property OnlineShopState shop

    signal checkoutOpened()

    objectName: "basketPage"
    spacing: Theme.spacing

    function takeFocus() {
        basketTitle.forceActiveFocus()
    }

    PageTitle {
        id: basketTitle

        width: parent.width
        //: Online shop: heading of the basket page
        text: qsTr("Your basket")
    }
    BodyText {
        width: parent.width
        visible: basket.shop.basketItem === ""
        //: Online shop: when nothing is in the basket
        text: qsTr("Your basket is empty.")
    }
    Rectangle {
        width: parent.width
        height: basketRow.implicitHeight + 2 * Theme.gap
        visible: basket.shop.basketItem !== ""
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border
        radius: Theme.radius

        Row {
            id: basketRow

            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.spacing

            OnlineShopProductPicture {
                id: smallPicture

                anchors.verticalCenter: parent.verticalCenter
                width: Theme.unit * 8
                kind: basket.shop.basketItem
            }
            BodyText {
                objectName: "basketLine"
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - smallPicture.width - parent.spacing
                //: Online shop: a line in the basket; %1 is the product, %2 its price
                text: qsTr("%1\nHow many: 1\nPrice: %2")
                      .arg(basket.shop.productNames[basket.shop.basketItem] || "")
                      .arg(basket.shop.total)
            }
        }
    }
    BodyText {
        width: parent.width
        font.bold: true
        //: Online shop: under the basket; %1 is the total price
        text: qsTr("Delivery: free\nTotal: %1").arg(basket.shop.total)
    }
    SimButton {
        session: basket.shop.session
        targetId: "checkout"
        primary: true
        //: Online shop: the button under the basket, to pay
        text: qsTr("Checkout")
        onAccepted: {
            basket.shop.go("checkout")
            basket.checkoutOpened()
        }
    }
}
