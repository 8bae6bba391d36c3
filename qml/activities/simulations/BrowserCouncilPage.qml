// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The council's page about libraries, the third of the practice browser's search results.
Column {
    id: councilPage

    required property string libraryAddress

    objectName: "councilPage"
    padding: Theme.spacing
    spacing: Theme.gap

    BodyText {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: the name at the top of the made-up council's website
        text: qsTr("Leafield Council")
        color: Theme.secondaryText
        font.bold: true
    }
    BodyText {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: heading of the council's libraries page
        text: qsTr("Libraries in Leafield")
        font.pixelSize: Theme.titleSize
        font.bold: true
    }
    BodyText {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: text of the council's libraries page; %1 is the library's web address
        text: qsTr("Leafield Library is on Church Street. For its opening times and events, visit the library's website: %1").arg(councilPage.libraryAddress)
    }
    BodyText {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: the date at the bottom of a made-up web page
        text: qsTr("Page last updated: 12 January 2025")
        font.pixelSize: Theme.smallSize
        color: Theme.secondaryText
    }
}
