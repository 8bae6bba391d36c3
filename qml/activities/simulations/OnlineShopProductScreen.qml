// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// One product of the online shop, with Add to basket next to its picture.
Column {
    id: productPage

    required property OnlineShopState shop

    objectName: "productPage"
    spacing: Theme.spacing

    function takeFocus() {
        productTitle.forceActiveFocus()
    }

    BodyText {
        width: parent.width
        //: Online shop: where the page is in the shop; %1 is the product
        text: qsTr("Home  ›  Kitchen  ›  %1").arg(productPage.shop.productNames[productPage.shop.product] || "")
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
    }
    Flow {
        id: productRow

        width: parent.width
        spacing: Theme.spacing

        OnlineShopProductPicture {
            id: bigPicture

            kind: productPage.shop.product
        }
        Column {
            width: productRow.width - bigPicture.width - productRow.spacing
                   >= Theme.unit * 30
                   ? productRow.width - bigPicture.width - productRow.spacing
                   : productRow.width
            spacing: Theme.gap

            PageTitle {
                id: productTitle

                width: parent.width
                text: productPage.shop.productNames[productPage.shop.product] || ""
            }
            Text {
                width: parent.width
                text: productPage.shop.prices[productPage.shop.product] || ""
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            BodyText {
                width: parent.width
                text: productPage.shop.product === "toaster"
                      //: Online shop: about the toaster
                      ? qsTr("2 slices. White.")
                      //: Online shop: about the kettle
                      : qsTr("1.7 litres. White. Boils water in about 3 minutes.")
            }
            BodyText {
                width: parent.width
                //: Online shop: the product can be bought now
                text: qsTr("✓ In stock. Free delivery.")
            }
            SimButton {
                session: productPage.shop.session
                targetId: "add-to-basket"
                primary: true
                //: Online shop: the button next to the product's picture
                text: qsTr("Add to basket")
                onAccepted: {
                    productPage.shop.basketItem = productPage.shop.product
                    productPage.shop.added = true
                    productPage.shop.padlockOpen = false
                }
            }
            Rectangle {
                objectName: "addedMessage"
                width: parent.width
                height: addedText.implicitHeight + 2 * Theme.gap
                visible: productPage.shop.added
                radius: Theme.radius
                color: Theme.background
                border.width: Theme.borderWidth * 2
                border.color: Theme.success

                BodyText {
                    id: addedText

                    x: Theme.gap * 1.5
                    y: Theme.gap
                    width: parent.width - 3 * Theme.gap
                    font.bold: true
                    //: Online shop: after Add to basket
                    text: qsTr("✓ Added to your basket. The basket is at the top of the page.")
                }
            }
        }
    }
}
