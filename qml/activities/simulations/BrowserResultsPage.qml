// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice browser's search results: first an advert marked Sponsored, then the library's
// website, then the council's page about libraries.
Column {
    id: results

    required property BrowserState browser

    objectName: "resultsPage"
    padding: Theme.spacing
    spacing: Theme.gap

    // "Sponsored": marks a search result that is a paid advert.
    component SponsoredBadge: Rectangle {
        implicitWidth: badgeText.implicitWidth + Theme.gap
        implicitHeight: badgeText.implicitHeight + Theme.gap / 2
        radius: Theme.radius / 2
        color: "transparent"
        border.width: Math.max(1, Theme.borderWidth / 2)
        border.color: Theme.text

        Text {
            id: badgeText

            anchors.centerIn: parent
            //: Practice browser: marks a search result that is a paid advert
            text: qsTr("Sponsored")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.text
        }
    }

    // One search result, a link as a whole: its address (after "Sponsored" for an advert), its
    // title and a few words from the page.
    component SearchResult: SimButton {
        id: result

        property string address
        property string title: text
        property string snippet
        property bool sponsored: false

        padding: Theme.gap
        contentItem: Column {
            spacing: Theme.gap / 2

            Row {
                width: parent.width
                spacing: Theme.gap

                SponsoredBadge {
                    objectName: result.sponsored ? "sponsoredLabel" : ""
                    visible: result.sponsored
                }
                Text {
                    width: result.sponsored ? parent.width - Theme.unit * 14 : parent.width
                    anchors.verticalCenter: parent.verticalCenter
                    text: result.address
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    wrapMode: Text.WrapAnywhere
                }
            }
            Text {
                width: parent.width
                text: result.title
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 1.1
                font.underline: true
                font.bold: result.hovered
                color: Theme.selected
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: result.snippet
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        background: HoverFrame {
            button: result
            frameWidth: Theme.borderWidth / 2
        }

        HoverHandler {
            cursorShape: Qt.PointingHandCursor
        }
    }

    Text {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: the search engine's name at the top of its results
        text: qsTr("FindIt")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.selected
    }
    Text {
        width: parent.width - 2 * Theme.spacing
        //: Practice browser: above the search results; %1 is what was searched for
        text: qsTr("Results for “%1”").arg(results.browser.query.trim())
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Rectangle {
        width: parent.width - 2 * Theme.spacing
        height: Theme.borderWidth / 2
        color: Theme.border
    }

    SearchResult {
        session: results.browser.session
        targetId: "result-1"
        //: Practice browser: spoken name of the first search result, an advert
        text: qsTr("Sponsored: Leafield Library books – up to 70% off today")
        width: parent.width - 2 * Theme.spacing
        sponsored: true
        address: "www.bookdeals-online.example"
        //: Practice browser: title of the advert at the top of the search results
        title: qsTr("Leafield Library books – up to 70% off today")
        //: Practice browser: the words under the advert in the search results
        snippet: qsTr("Buy cheap books now. Free delivery on orders over £20. Hurry, sale ends soon!")
        onAccepted: results.browser.go("advert")
    }

    SearchResult {
        session: results.browser.session
        targetId: "result-2"
        //: Practice browser: spoken name of the second search result, the library's website
        text: qsTr("Leafield Library – Home")
        width: parent.width - 2 * Theme.spacing
        address: results.browser.libraryAddress
        //: Practice browser: the words under the library's result in the search results
        snippet: qsTr("Opening times, events and how to join Leafield Library. Free computers and Wi-Fi for everyone.")
        onAccepted: results.browser.go("library")
    }

    SearchResult {
        session: results.browser.session
        targetId: "result-3"
        //: Practice browser: spoken name of the third search result, the council's page
        text: qsTr("Libraries in Leafield – Leafield Council")
        width: parent.width - 2 * Theme.spacing
        address: "www.leafieldcouncil.gov.uk › libraries"
        //: Practice browser: the words under the council's result in the search results
        snippet: qsTr("Find your nearest library, borrow e-books and renew your books online.")
        onAccepted: results.browser.go("council")
    }
}
