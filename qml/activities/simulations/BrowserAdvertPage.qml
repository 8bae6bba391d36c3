// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The page of the advert at the top of the practice browser's search results: a shop that has
// nothing to do with the library.
Column {
    objectName: "advertPage"
    padding: Theme.spacing
    spacing: Theme.gap

    Rectangle {
        width: parent.width - 2 * Theme.spacing
        height: advertTitle.implicitHeight + Theme.spacing
        color: Theme.themeColoursOnly ? Theme.background : "#b10e1e"
        border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
        border.color: Theme.border

        Text {
            id: advertTitle

            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            //: Practice browser: the name at the top of an advertiser's shop website
            text: qsTr("BOOK DEALS ONLINE")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.themeColoursOnly ? Theme.text : "#ffffff"
            wrapMode: Text.Wrap
        }
    }
    BodyText {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: the advertiser's shop page; it is not the library
        text: qsTr("SALE! Up to 70% off thousands of books. Buy now before it is too late!")
        font.bold: true
    }
    BodyText {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: small print on the advertiser's page
        text: qsTr("This shop has nothing to do with Leafield Library.")
        font.pixelSize: Theme.smallSize
        color: Theme.secondaryText
    }
}
