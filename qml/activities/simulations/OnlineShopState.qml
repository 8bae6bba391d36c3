// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What has happened in the "online-shop" scene, shared by its screens; changed only when the
// session accepted a task.
QtObject {
    id: shop

    required property SimulationSession session

    property string screen: "home"      // home, product, basket, checkout, done
    property string product: ""         // the product shown or bought: kettle or toaster
    property string basketItem: ""      // what is in the basket
    property bool added: false
    property bool padlockOpen: false
    property bool pinRefused: false

    readonly property bool popupOpen: shop.screen === "checkout" && !shop.pinRefused
    readonly property var productNames: ({
        //: Online shop: a product for sale
        "kettle": qsTr("Kettle"),
        //: Online shop: a product for sale
        "toaster": qsTr("Toaster")
    })
    readonly property var prices: ({
        //: Online shop: price of the kettle
        "kettle": qsTr("£24.99"),
        //: Online shop: price of the toaster
        "toaster": qsTr("£29.99")
    })
    //: Online shop: the total of an empty basket
    readonly property string total: shop.prices[shop.basketItem] || qsTr("£0.00")

    function go(newScreen) {
        shop.screen = newScreen
        shop.padlockOpen = false
    }
}
