// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice browser's start page: the FindIt search box.
Item {
    id: startPage

    required property BrowserState browser

    objectName: "startPage"
    height: startColumn.implicitHeight + Theme.spacing * 4

    // A magnifying glass, the sign of a search box.
    component Magnifier: Item {
        id: glass

        property color colour: Theme.secondaryText

        implicitWidth: Theme.bodySize
        implicitHeight: Theme.bodySize
        Accessible.ignored: true

        Rectangle {
            width: glass.width * 0.7
            height: width
            radius: width / 2
            color: "transparent"
            border.width: Math.max(2, glass.width * 0.12)
            border.color: glass.colour
        }
        Rectangle {
            x: glass.width * 0.55
            y: glass.height * 0.68
            width: glass.width * 0.45
            height: Math.max(2, glass.width * 0.14)
            radius: height / 2
            rotation: 45
            transformOrigin: Item.Left
            color: glass.colour
        }
    }

    Column {
        id: startColumn

        y: Theme.spacing * 2
        width: Math.min(parent.width - 2 * Theme.spacing, Theme.unit * 70)
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.spacing

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, parent.width)
            //: Practice browser: the name of a made-up search engine; keep it short
            text: qsTr("FindIt")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize * 1.5
            font.bold: true
            color: Theme.selected
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        SimField {
            id: searchBox

            session: startPage.browser.session
            targetId: "search-box"
            //: Practice browser: the search box's name for screen readers
            label: qsTr("Search FindIt")
            //: Practice browser: grey words in the empty search box
            placeholderText: qsTr("Search")
            width: parent.width
            leftPadding: searchGlass.width + Theme.gap * 3
            background: Rectangle {
                radius: height / 2
                color: Theme.background
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
            onAccepted: {
                startPage.browser.query = searchBox.text
                startPage.browser.go("results")
            }

            Magnifier {
                id: searchGlass

                x: Theme.gap * 2
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        Text {
            width: parent.width
            //: Practice browser: under the search box on the start page
            text: qsTr("Type a few words, then press Enter.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
