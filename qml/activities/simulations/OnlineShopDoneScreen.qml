// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The online shop's last page: the order is placed.
Column {
    id: done

    required property OnlineShopState shop

    objectName: "donePage"
    spacing: Theme.spacing

    function takeFocus() {
        orderPanel.forceActiveFocus()
    }

    DonePanel {
        id: orderPanel

        objectName: "orderPanel"
        width: parent.width
        //: Online shop: heading after paying
        title: qsTr("✓ Order placed")
        //: Online shop: after paying; the order number is made up
        message: qsTr("Thank you for your order. Your order number is HH-20417.")
        messageName: "orderText"
    }
    BodyText {
        width: parent.width
        //: Online shop: after paying; %1 is the product
        text: qsTr("Your %1 will arrive in 3 to 5 working days. We have sent you an email about your order.")
              .arg((done.shop.productNames[done.shop.product] || "").toLowerCase())
    }
    BodyText {
        width: parent.width
        font.bold: true
        //: Online shop: after paying
        text: qsTr("Hillside Home Store will never ask for your PIN.")
    }
}
