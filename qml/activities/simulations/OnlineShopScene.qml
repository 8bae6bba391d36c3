// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "online-shop": Hillside Home Store in a made-up web browser. The padlock in the address bar
// says the connection is private. A kettle and a toaster for sale, Add to basket, the Basket at
// the top, Checkout; then a pop-up asks for the bank card PIN (close it, never share it); then
// a card form to fill in with made-up numbers, Pay, and an order confirmation.
Item {
    id: scene

    required property SimulationSession session

    // What has happened; changed only when the session accepted a task.
    property string screen: "home"      // home, product, basket, checkout, done
    property string product: ""         // the product shown or bought: kettle or toaster
    property string basketItem: ""      // what is in the basket
    property bool added: false
    property bool padlockOpen: false
    property bool pinRefused: false

    readonly property bool popupOpen: scene.screen === "checkout" && !pinRefused
    readonly property bool cardComplete: cardNumberField.text.trim() !== ""
                                         && expiryField.text.trim() !== ""
                                         && cardNameField.text.trim() !== ""
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
    readonly property string total: scene.prices[scene.basketItem] || qsTr("£0.00")

    implicitHeight: Math.max(page.implicitHeight,
                             scene.popupOpen ? popupBox.y + popupBox.height + 2 * Theme.spacing : 0)

    function go(newScreen) {
        scene.screen = newScreen
        scene.padlockOpen = false
    }

    // A padlock: a shackle on top of a solid body.
    component PadlockIcon: Item {
        id: padlock

        property color ink: Theme.text

        width: Theme.unit * 2.25
        height: Theme.unit * 3

        Rectangle {
            x: parent.width * 0.18
            width: parent.width * 0.64
            height: parent.height * 0.7
            radius: width / 2
            color: "transparent"
            border.width: Math.max(2, Theme.unit / 3)
            border.color: padlock.ink
        }
        Rectangle {
            y: parent.height * 0.42
            width: parent.width
            height: parent.height * 0.58
            radius: Theme.unit / 4
            color: padlock.ink
        }
    }

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

    // Pictures of the products, drawn with simple shapes.
    component KettlePicture: Item {
        id: kettle

        width: Theme.unit * 12
        height: Theme.unit * 12

        Rectangle { // handle
            x: kettle.width * 0.55
            y: kettle.height * 0.2
            width: kettle.width * 0.35
            height: kettle.height * 0.55
            radius: width / 3
            color: "transparent"
            border.width: Math.max(3, Theme.unit * 0.8)
            border.color: Theme.text
        }
        Rectangle { // spout
            x: kettle.width * 0.05
            y: kettle.height * 0.38
            width: kettle.width * 0.3
            height: kettle.height * 0.12
            rotation: -35
            color: Theme.text
        }
        Rectangle { // body
            x: kettle.width * 0.18
            y: kettle.height * 0.25
            width: kettle.width * 0.5
            height: kettle.height * 0.6
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.text
        }
        Rectangle { // lid
            x: kettle.width * 0.28
            y: kettle.height * 0.18
            width: kettle.width * 0.3
            height: kettle.height * 0.08
            radius: height / 2
            color: Theme.text
        }
        Rectangle { // base
            x: kettle.width * 0.1
            y: kettle.height * 0.85
            width: kettle.width * 0.66
            height: kettle.height * 0.08
            radius: height / 2
            color: Theme.text
        }
    }

    component ToasterPicture: Item {
        id: toaster

        width: Theme.unit * 12
        height: Theme.unit * 12

        Rectangle { // body
            x: toaster.width * 0.08
            y: toaster.height * 0.3
            width: toaster.width * 0.8
            height: toaster.height * 0.55
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.text
        }
        Rectangle { // slot
            x: toaster.width * 0.2
            y: toaster.height * 0.36
            width: toaster.width * 0.22
            height: toaster.height * 0.06
            radius: height / 2
            color: Theme.text
        }
        Rectangle { // slot
            x: toaster.width * 0.52
            y: toaster.height * 0.36
            width: toaster.width * 0.22
            height: toaster.height * 0.06
            radius: height / 2
            color: Theme.text
        }
        Rectangle { // lever
            x: toaster.width * 0.86
            y: toaster.height * 0.48
            width: toaster.width * 0.1
            height: toaster.height * 0.08
            color: Theme.text
        }
        Rectangle { // feet
            x: toaster.width * 0.15
            y: toaster.height * 0.85
            width: toaster.width * 0.66
            height: toaster.height * 0.05
            color: Theme.text
        }
    }

    // The picture of a product in a frame.
    component ProductPicture: Rectangle {
        id: picture

        property string kind

        width: Theme.unit * 16
        height: width
        radius: Theme.radius
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border

        KettlePicture {
            anchors.centerIn: parent
            visible: picture.kind === "kettle"
            scale: picture.width / (Theme.unit * 16)
        }
        ToasterPicture {
            anchors.centerIn: parent
            visible: picture.kind === "toaster"
            scale: picture.width / (Theme.unit * 16)
        }
    }

    // What a product card shows: its picture, name and price.
    component ProductContent: Column {
        id: productContent

        required property ActionButton control
        required property string kind
        required property string price

        spacing: Theme.gap

        ProductPicture {
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

        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: card.hovered || card.down ? Theme.borderWidth * 2 : Theme.borderWidth
            border.color: Theme.border
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

    // A labelled box of the card form.
    component CardQuestion: Column {
        id: question

        property string title
        property string help
        default property alias answers: answerColumn.data

        spacing: Theme.gap / 2

        Text {
            width: parent.width
            text: question.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: question.help !== ""
            text: question.help
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        Column {
            id: answerColumn

            width: parent.width
        }
    }

    component SubHeading: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !visible
    }

    component PageTitle: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !visible
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Column {
        id: page

        width: parent.width
        // Under the pop-up, nothing can be used until it is closed.
        enabled: !scene.popupOpen

        // The browser: a tab, then the buttons and the address bar.
        Rectangle {
            id: browser

            width: parent.width
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
                            session: scene.session
                            targetId: "padlock"
                            padding: Theme.gap
                            //: Online shop: name of the padlock in the address bar, for screen readers
                            text: qsTr("Padlock: connection details")
                            implicitWidth: Theme.minTarget
                            implicitHeight: Theme.minTarget
                            onAccepted: scene.padlockOpen = true

                            contentItem: Item {
                                PadlockIcon {
                                    anchors.centerIn: parent
                                }
                            }
                            background: Rectangle {
                                radius: Theme.radius
                                color: padlockButton.hovered || padlockButton.down
                                       || scene.padlockOpen ? Theme.surface : "transparent"
                                border.width: padlockButton.hovered || scene.padlockOpen
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

        // What the padlock says, under the address bar.
        Item {
            width: parent.width
            height: visible ? padlockInfo.height + Theme.gap : 0
            visible: scene.padlockOpen

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

                        PadlockIcon {
                            id: infoPadlock

                            anchors.verticalCenter: parent.verticalCenter
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

        // The shop's header, with the basket at the top right.
        Item {
            width: parent.width
            height: Math.max(shopName.implicitHeight, basketButton.height) + 2 * Theme.spacing

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
                session: scene.session
                targetId: "basket"
                padding: Theme.gap * 1.5
                //: Online shop: the basket at the top of the page; %1 is how many things are in it
                text: qsTr("Basket (%1)").arg(scene.basketItem !== "" ? 1 : 0)
                implicitWidth: Theme.unit * 4 + Theme.gap + basketMetrics.advanceWidth
                               + leftPadding + rightPadding
                onAccepted: {
                    scene.go("basket")
                    basketTitle.forceActiveFocus()
                }

                TextMetrics {
                    id: basketMetrics

                    font: basketButton.font
                    text: basketButton.text
                }

                contentItem: BasketContent {
                    control: basketButton
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: basketButton.hovered || basketButton.down ? Theme.borderWidth * 2
                                                                            : Theme.borderWidth
                    border.color: Theme.border
                }
            }
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

            // 1. The front page: 2 things for sale.
            Column {
                objectName: "homePage"
                width: parent.width
                visible: scene.screen === "home"
                spacing: Theme.spacing

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
                        session: scene.session
                        targetId: "product-kettle"
                        kind: "kettle"
                        price: scene.prices["kettle"]
                        text: scene.productNames["kettle"]
                        onAccepted: {
                            scene.product = "kettle"
                            scene.go("product")
                            productTitle.forceActiveFocus()
                        }
                    }
                    ProductCard {
                        width: products.cardWidth
                        session: scene.session
                        targetId: "product-toaster"
                        kind: "toaster"
                        price: scene.prices["toaster"]
                        text: scene.productNames["toaster"]
                        onAccepted: {
                            scene.product = "toaster"
                            scene.go("product")
                            productTitle.forceActiveFocus()
                        }
                    }
                }
            }

            // 2. One product, with Add to basket next to its picture.
            Column {
                objectName: "productPage"
                width: parent.width
                visible: scene.screen === "product"
                spacing: Theme.spacing

                BodyText {
                    width: parent.width
                    //: Online shop: where the page is in the shop; %1 is the product
                    text: qsTr("Home  ›  Kitchen  ›  %1").arg(scene.productNames[scene.product] || "")
                    color: Theme.secondaryText
                    font.pixelSize: Theme.smallSize
                }
                Flow {
                    id: productRow

                    width: parent.width
                    spacing: Theme.spacing

                    ProductPicture {
                        id: bigPicture

                        kind: scene.product
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
                            text: scene.productNames[scene.product] || ""
                        }
                        Text {
                            width: parent.width
                            text: scene.prices[scene.product] || ""
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        BodyText {
                            width: parent.width
                            text: scene.product === "toaster"
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
                            session: scene.session
                            targetId: "add-to-basket"
                            primary: true
                            //: Online shop: the button next to the product's picture
                            text: qsTr("Add to basket")
                            onAccepted: {
                                scene.basketItem = scene.product
                                scene.added = true
                                scene.padlockOpen = false
                            }
                        }
                        Rectangle {
                            objectName: "addedMessage"
                            width: parent.width
                            height: addedText.implicitHeight + 2 * Theme.gap
                            visible: scene.added
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

            // 3. The basket.
            Column {
                objectName: "basketPage"
                width: parent.width
                visible: scene.screen === "basket"
                spacing: Theme.spacing

                PageTitle {
                    id: basketTitle

                    width: parent.width
                    //: Online shop: heading of the basket page
                    text: qsTr("Your basket")
                }
                BodyText {
                    width: parent.width
                    visible: scene.basketItem === ""
                    //: Online shop: when nothing is in the basket
                    text: qsTr("Your basket is empty.")
                }
                Rectangle {
                    width: parent.width
                    height: basketRow.implicitHeight + 2 * Theme.gap
                    visible: scene.basketItem !== ""
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

                        ProductPicture {
                            id: smallPicture

                            anchors.verticalCenter: parent.verticalCenter
                            width: Theme.unit * 8
                            kind: scene.basketItem
                        }
                        BodyText {
                            objectName: "basketLine"
                            anchors.verticalCenter: parent.verticalCenter
                            width: parent.width - smallPicture.width - parent.spacing
                            //: Online shop: a line in the basket; %1 is the product, %2 its price
                            text: qsTr("%1\nHow many: 1\nPrice: %2")
                                  .arg(scene.productNames[scene.basketItem] || "")
                                  .arg(scene.total)
                        }
                    }
                }
                BodyText {
                    width: parent.width
                    font.bold: true
                    //: Online shop: under the basket; %1 is the total price
                    text: qsTr("Delivery: free\nTotal: %1").arg(scene.total)
                }
                SimButton {
                    session: scene.session
                    targetId: "checkout"
                    primary: true
                    //: Online shop: the button under the basket, to pay
                    text: qsTr("Checkout")
                    onAccepted: {
                        scene.go("checkout")
                        popupTitle.forceActiveFocus()
                    }
                }
            }

            // 4. Paying: the card form.
            Column {
                objectName: "checkoutPage"
                width: parent.width
                visible: scene.screen === "checkout"
                spacing: Theme.spacing

                PageTitle {
                    id: checkoutTitle

                    width: parent.width
                    //: Online shop: heading of the page with the card form
                    text: qsTr("Checkout")
                }
                BodyText {
                    width: parent.width
                    //: Online shop: above the card form; %1 is the total price, %2 the product
                    text: qsTr("You are paying %1 for: %2.").arg(scene.total)
                          .arg(scene.productNames[scene.basketItem] || "")
                }
                Rectangle {
                    width: parent.width
                    height: practiceNote.implicitHeight + 2 * Theme.gap
                    color: Theme.surface
                    radius: Theme.radius

                    BodyText {
                        id: practiceNote

                        x: Theme.gap * 1.5
                        y: Theme.gap
                        width: parent.width - 3 * Theme.gap
                        //: Online shop: reminder above the card form
                        text: qsTr("ℹ Practice: type made-up numbers. Never type your real card here.")
                    }
                }
                SubHeading {
                    width: parent.width
                    //: Online shop: heading of the card form
                    text: qsTr("Card details")
                }
                CardQuestion {
                    width: Math.min(parent.width, Theme.unit * 60)
                    //: Online shop: label of the card number box
                    title: qsTr("Card number")
                    //: Online shop: help under "Card number"
                    help: qsTr("The long number on the front of the card, such as 1234 5678 9012 3456.")

                    TextEntry {
                        id: cardNumberField

                        objectName: "field-card-number"
                        width: parent.width
                        inputMethodHints: Qt.ImhDigitsOnly
                        //: Online shop: name of the card number box, for screen readers
                        label: qsTr("Card number")
                    }
                }
                CardQuestion {
                    width: Math.min(parent.width, Theme.unit * 60)
                    //: Online shop: label of the expiry date box
                    title: qsTr("Expiry date")
                    //: Online shop: help under "Expiry date"
                    help: qsTr("Month and year, such as 04/29.")

                    TextEntry {
                        id: expiryField

                        objectName: "field-expiry"
                        width: Math.min(parent.width, Theme.unit * 20)
                        //: Online shop: name of the expiry date box, for screen readers
                        label: qsTr("Expiry date")
                    }
                }
                CardQuestion {
                    width: Math.min(parent.width, Theme.unit * 60)
                    //: Online shop: label of the name box
                    title: qsTr("Name on the card")
                    help: ""

                    TextEntry {
                        id: cardNameField

                        objectName: "field-card-name"
                        width: parent.width
                        //: Online shop: name of the "name on the card" box, for screen readers
                        label: qsTr("Name on the card")
                    }
                }
                SimButton {
                    id: payButton

                    session: scene.session
                    targetId: "pay"
                    primary: true
                    value: scene.cardComplete ? "complete" : "incomplete"
                    //: Online shop: the button under the card form; %1 is the total price
                    text: qsTr("Pay %1").arg(scene.total)
                    onAccepted: {
                        if (payButton.value !== "complete")
                            return
                        scene.basketItem = ""
                        scene.go("done")
                        orderPanel.forceActiveFocus()
                    }
                }
            }

            // 5. The order is placed.
            Column {
                objectName: "donePage"
                width: parent.width
                visible: scene.screen === "done"
                spacing: Theme.spacing

                Rectangle {
                    id: orderPanel

                    objectName: "orderPanel"
                    width: parent.width
                    height: orderColumn.implicitHeight + 2 * Theme.spacing
                    color: Theme.primary
                    Accessible.role: Accessible.StaticText
                    Accessible.name: orderTitle.text + ". " + orderText.text
                    Accessible.ignored: !visible

                    Column {
                        id: orderColumn

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.gap

                        Text {
                            id: orderTitle

                            width: parent.width
                            //: Online shop: heading after paying
                            text: qsTr("✓ Order placed")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: Theme.primaryLabel
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Text {
                            id: orderText

                            objectName: "orderText"
                            width: parent.width
                            //: Online shop: after paying; the order number is made up
                            text: qsTr("Thank you for your order. Your order number is HH-20417.")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.primaryLabel
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }

                    FocusRing {
                        target: orderPanel
                    }
                }
                BodyText {
                    width: parent.width
                    //: Online shop: after paying; %1 is the product
                    text: qsTr("Your %1 will arrive in 3 to 5 working days. We have sent you an email about your order.")
                          .arg((scene.productNames[scene.product] || "").toLowerCase())
                }
                BodyText {
                    width: parent.width
                    font.bold: true
                    //: Online shop: after paying
                    text: qsTr("Hillside Home Store will never ask for your PIN.")
                }
            }
        }
    }

    // The pop-up that asks for the bank card PIN, over the checkout page.
    Item {
        objectName: "pinPopup"
        anchors.fill: parent
        visible: scene.popupOpen
        z: 100

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
            y: Math.max(browser.height + Theme.spacing, (page.implicitHeight - height) / 2)
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth * 2
            border.color: Theme.border
            Accessible.role: Accessible.Dialog
            Accessible.name: popupTitle.text
            Accessible.description: popupText.text
            Accessible.ignored: !scene.popupOpen

            Column {
                id: popupColumn

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing

                Text {
                    id: popupTitle

                    width: parent.width
                    //: Online shop: heading of the pop-up that asks for the PIN (a trick)
                    text: qsTr("⚠ Security check")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    Accessible.ignored: !scene.popupOpen
                }
                BodyText {
                    id: popupText

                    width: parent.width
                    //: Online shop: the pop-up asks for the bank card PIN (a trick)
                    text: qsTr("To finish paying, type the 4-digit PIN of your bank card.")
                    Accessible.ignored: !scene.popupOpen
                }
                SimButton {
                    width: Math.min(implicitWidth, parent.width)
                    session: scene.session
                    targetId: "share-pin"
                    primary: true
                    //: Online shop: the pop-up's button to share the PIN (always the wrong choice)
                    text: qsTr("Enter my PIN")
                    onAccepted: {
                        scene.pinRefused = true
                        checkoutTitle.forceActiveFocus()
                    }
                }
                SimButton {
                    width: Math.min(implicitWidth, parent.width)
                    session: scene.session
                    targetId: "refuse-request"
                    //: Online shop: the pop-up's button to close it without sharing the PIN
                    text: qsTr("Close — I will not share my PIN")
                    onAccepted: {
                        scene.pinRefused = true
                        checkoutTitle.forceActiveFocus()
                    }
                }
            }
        }
    }
}
