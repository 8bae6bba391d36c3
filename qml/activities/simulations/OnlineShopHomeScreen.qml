// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The online shop's front page: 2 things for sale; a product's card opens its page.
Column {
    id: home

    required property OnlineShopState shop

    signal productOpened()

    objectName: "homePage"
    spacing: Theme.spacing

    function open(product) {
        home.shop.product = product
        home.shop.go("product")
        home.productOpened()
    }

    // What a product card shows: its picture, name and price.
    component ProductContent: Column {
        id: productContent

        required property ActionButton control
        required property string kind
        required property string price

        spacing: Theme.gap

        OnlineShopProductPicture {
            anchors.horizontalCenter: parent.horizontalCenter
            kind: productContent.kind
        }
        Text {
            width: parent.width
            text: productContent.control.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            font.underline: true
            color: Theme.selected
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: productContent.price
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    // A product on the shop's front page: the whole card opens it.
    component ProductCard: SimButton {
        id: card

        property string kind
        property string price

        Accessible.description: price
        padding: Theme.spacing

        contentItem: ProductContent {
            control: card
            kind: card.kind
            price: card.price
        }

        background: CardLook {
            button: card
        }
    }

    PageTitle {
        width: parent.width
        //: Online shop: heading of the front page
        text: qsTr("Kitchen")
    }
    Flow {
        id: products

        // Side by side when they fit, one under the other when the text is large.
        readonly property real cardWidth: width >= Theme.unit * 60
                                          ? (width - spacing) / 2 : width

        width: parent.width
        spacing: Theme.spacing

        ProductCard {
            width: products.cardWidth
            session: home.shop.session
            targetId: "product-kettle"
            kind: "kettle"
            price: home.shop.prices["kettle"]
            text: home.shop.productNames["kettle"]
            onAccepted: home.open("kettle")
        }
        ProductCard {
            width: products.cardWidth
            session: home.shop.session
            targetId: "product-toaster"
            kind: "toaster"
            price: home.shop.prices["toaster"]
            text: home.shop.productNames["toaster"]
            onAccepted: home.open("toaster")
        }
    }
}
