// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "online-shop": Hillside Home Store in a made-up web browser. The padlock in the address bar
// says the connection is private. A kettle and a toaster for sale, Add to basket, the Basket at
// the top, Checkout; then a pop-up asks for the bank card PIN (close it, never share it); then
// a card form to fill in with made-up numbers, Pay, and an order confirmation.
// This file puts the screens together and moves keyboard focus from one to the next.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: Math.max(page.implicitHeight,
                             shopState.popupOpen ? pinPopup.boxBottom + 2 * Theme.spacing : 0)

    OnlineShopState {
        id: shopState

        session: scene.session
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Column {
        id: page

        width: parent.width
        // Under the pop-up, nothing can be used until it is closed.
        enabled: !shopState.popupOpen

        OnlineShopBrowserBar {
            id: browser

            width: parent.width
            shop: shopState
        }
        OnlineShopPadlockInfo {
            width: parent.width
            visible: shopState.padlockOpen
        }
        OnlineShopHeader {
            width: parent.width
            shop: shopState
            onBasketOpened: basketScreen.takeFocus()
        }

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }

        Column {
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing * 2
            spacing: Theme.spacing

            OnlineShopHomeScreen {
                width: parent.width
                visible: shopState.screen === "home"
                shop: shopState
                onProductOpened: productScreen.takeFocus()
            }
            OnlineShopProductScreen {
                id: productScreen

                width: parent.width
                visible: shopState.screen === "product"
                shop: shopState
            }
            OnlineShopBasketScreen {
                id: basketScreen

                width: parent.width
                visible: shopState.screen === "basket"
                shop: shopState
                onCheckoutOpened: pinPopup.takeFocus()
            }
            OnlineShopCheckoutScreen {
                id: checkoutScreen

                width: parent.width
                visible: shopState.screen === "checkout"
                shop: shopState
                onPaid: doneScreen.takeFocus()
            }
            OnlineShopDoneScreen {
                id: doneScreen

                width: parent.width
                visible: shopState.screen === "done"
                shop: shopState
            }
        }
    }

    // The pop-up that asks for the bank card PIN, over the checkout page.
    OnlineShopPinPopup {
        id: pinPopup

        anchors.fill: parent
        visible: shopState.popupOpen
        z: 100
        shop: shopState
        headerHeight: browser.height
        pageHeight: page.implicitHeight
        onClosed: checkoutScreen.takeFocus()
    }
}
