// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice web browser: back, forward and home buttons and the address bar at the top; a start
// page with the made-up search engine FindIt; search results whose first one is an advert
// marked Sponsored; and the made-up Leafield Library website with its Opening times, Join the
// library and Events pages. Nothing here goes on the internet.
// This file is the browser's window: its tab, its toolbar, and the page being shown.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: browserWindow.height

    BrowserState {
        id: browserState

        session: scene.session
    }

    Rectangle {
        id: browserWindow

        width: parent.width
        height: windowColumn.implicitHeight + 2 * Theme.borderWidth
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border

        Column {
            id: windowColumn

            x: Theme.borderWidth
            y: Theme.borderWidth
            width: parent.width - 2 * Theme.borderWidth

            // ---- The tab strip ---------------------------------------------------------------
            Rectangle {
                width: parent.width
                height: tab.height + Theme.gap
                color: Theme.themeColoursOnly ? Theme.background : "#dee1e6"

                Rectangle {
                    id: tab

                    x: Theme.gap
                    y: Theme.gap
                    width: Math.min(parent.width - 2 * Theme.gap, tabTitle.implicitWidth + Theme.spacing * 2)
                    height: tabTitle.implicitHeight + Theme.gap
                    radius: Theme.radius / 2
                    color: Theme.background
                    border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
                    border.color: Theme.border

                    Text {
                        id: tabTitle

                        objectName: "tabTitle"
                        x: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: browserState.titleOf(browserState.page)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                }
            }

            // ---- Back, forward, home and the address bar -------------------------------------
            BrowserToolbar {
                width: parent.width
                browser: browserState
            }

            Rectangle {
                width: parent.width
                height: Theme.borderWidth
                color: Theme.border
            }

            // ---- The page ---------------------------------------------------------------------
            // Only the page being shown takes space in this column.
            Column {
                width: parent.width

                BrowserStartPage {
                    width: parent.width
                    visible: browserState.page === "start"
                    browser: browserState
                }
                BrowserResultsPage {
                    width: parent.width
                    visible: browserState.page === "results"
                    browser: browserState
                }
                BrowserLibrarySite {
                    width: parent.width
                    visible: browserState.libraryPage
                    browser: browserState
                }
                BrowserAdvertPage {
                    width: parent.width
                    visible: browserState.page === "advert"
                }
                BrowserCouncilPage {
                    width: parent.width
                    visible: browserState.page === "council"
                    libraryAddress: browserState.libraryAddress
                }
            }
        }
    }
}
