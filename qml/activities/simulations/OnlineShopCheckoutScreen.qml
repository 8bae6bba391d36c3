// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// Paying in the online shop: the card form (made-up numbers only) and Pay.
Column {
    id: checkout

    required property OnlineShopState shop
    readonly property bool cardComplete: cardNumberField.text.trim() !== ""
                                         && expiryField.text.trim() !== ""
                                         && cardNameField.text.trim() !== ""

    signal paid()

    objectName: "checkoutPage"
    spacing: Theme.spacing

    function takeFocus() {
        checkoutTitle.forceActiveFocus()
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

    PageTitle {
        id: checkoutTitle

        width: parent.width
        //: Online shop: heading of the page with the card form
        text: qsTr("Checkout")
    }
    BodyText {
        width: parent.width
        //: Online shop: above the card form; %1 is the total price, %2 the product
        text: qsTr("You are paying %1 for: %2.").arg(checkout.shop.total)
              .arg(checkout.shop.productNames[checkout.shop.basketItem] || "")
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

        session: checkout.shop.session
        targetId: "pay"
        primary: true
        value: checkout.cardComplete ? "complete" : "incomplete"
        //: Online shop: the button under the card form; %1 is the total price
        text: qsTr("Pay %1").arg(checkout.shop.total)
        onAccepted: {
            if (payButton.value !== "complete")
                return
            checkout.shop.basketItem = ""
            checkout.shop.go("done")
            checkout.paid()
        }
    }
}
