// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The made-up Leafield Library website in the practice browser: its heading and links on every
// page, then the page shown: home, opening times, joining or events.
Column {
    id: site

    required property BrowserState browser

    // A word or two in a link's colour with a line under it; the pointer turns into a hand.
    component LibraryLink: SimButton {
        id: link

        padding: Theme.gap / 2
        contentItem: Text {
            text: link.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.underline: true
            color: Theme.selected
            // Wraps only when the link is held narrower than its words (as ActionButton does).
            wrapMode: link.availableWidth + 0.5 < link.implicitWidth - link.leftPadding - link.rightPadding
                      ? Text.Wrap : Text.NoWrap
            verticalAlignment: Text.AlignVCenter
        }
        background: Item {}

        HoverHandler {
            cursorShape: Qt.PointingHandCursor
        }
    }

    // The heading of one of the library's pages.
    component SiteHeading: BodyText {
        width: parent.width - 2 * Theme.spacing
        font.pixelSize: Theme.titleSize
        font.bold: true
    }

    // The made-up date at the bottom of a page.
    component UpdatedDate: BodyText {
        width: parent.width - 2 * Theme.spacing
        font.pixelSize: Theme.smallSize
        color: Theme.secondaryText
    }

    Rectangle {
        width: parent.width
        height: libraryTitle.implicitHeight + Theme.spacing * 2
        color: Theme.themeColoursOnly ? Theme.background : "#4c2c69"
        border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
        border.color: Theme.border

        Text {
            id: libraryTitle

            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            //: Practice browser: the name at the top of the made-up library's website
            text: qsTr("✿ Leafield Library")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.themeColoursOnly ? Theme.text : "#ffffff"
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
    Rectangle {
        width: parent.width
        height: libraryLinks.implicitHeight + Theme.gap
        color: Theme.themeColoursOnly ? Theme.background : "#efe9f4"

        Flow {
            id: libraryLinks

            x: Theme.gap
            y: Theme.gap / 2
            width: parent.width - 2 * Theme.gap
            spacing: Theme.spacing

            LibraryLink {
                session: site.browser.session
                targetId: "link-opening-times"
                //: Practice browser: a link on the library's website
                text: qsTr("Opening times")
                onAccepted: site.browser.go("opening-times")
            }
            LibraryLink {
                session: site.browser.session
                targetId: "link-join"
                //: Practice browser: a link on the library's website
                text: qsTr("Join the library")
                onAccepted: site.browser.go("join")
            }
            LibraryLink {
                session: site.browser.session
                targetId: "link-events"
                //: Practice browser: a link on the library's website
                text: qsTr("Events")
                onAccepted: site.browser.go("events")
            }
        }
    }

    // The library's home page.
    Column {
        objectName: "libraryHomePage"
        visible: site.browser.page === "library"
        width: parent.width
        padding: Theme.spacing
        spacing: Theme.gap

        SiteHeading {
            //: Practice browser: heading of the library's home page
            text: qsTr("Welcome to Leafield Library")
        }
        BodyText {
            width: parent.width - 2 * Theme.spacing
            //: Practice browser: text on the library's home page
            text: qsTr("Borrow books, use a computer and the free Wi-Fi, or ask our friendly staff for help. Everyone is welcome.")
        }
        UpdatedDate {
            //: Practice browser: the date at the bottom of a made-up web page
            text: qsTr("Page last updated: 3 March 2025")
        }
    }

    // Opening times.
    Column {
        objectName: "openingTimesPage"
        visible: site.browser.page === "opening-times"
        width: parent.width
        padding: Theme.spacing
        spacing: Theme.gap

        SiteHeading {
            objectName: "openingTimesHeading"
            //: Practice browser: heading of the library's opening times page
            text: qsTr("Opening times")
        }
        Grid {
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.gap / 2

            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Monday")
            }
            BodyText {
                //: Practice browser, opening times: the hours on one day
                text: qsTr("9am to 5pm")
            }
            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Tuesday")
            }
            BodyText {
                //: Practice browser, opening times: the hours on one day
                text: qsTr("9am to 7pm")
            }
            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Wednesday")
            }
            BodyText {
                //: Practice browser, opening times: the hours on one day
                text: qsTr("9am to 5pm")
            }
            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Thursday")
            }
            BodyText {
                //: Practice browser, opening times: the hours on one day
                text: qsTr("9am to 7pm")
            }
            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Friday")
            }
            BodyText {
                //: Practice browser, opening times: the hours on one day
                text: qsTr("9am to 5pm")
            }
            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Saturday")
            }
            BodyText {
                //: Practice browser, opening times: the hours on one day
                text: qsTr("10am to 1pm")
            }
            BodyText {
                //: Practice browser, opening times: a day of the week
                text: qsTr("Sunday")
            }
            BodyText {
                //: Practice browser, opening times: the library does not open that day
                text: qsTr("Closed")
            }
        }
    }

    // Joining.
    Column {
        objectName: "joinPage"
        visible: site.browser.page === "join"
        width: parent.width
        padding: Theme.spacing
        spacing: Theme.gap

        SiteHeading {
            //: Practice browser: heading of the library's joining page
            text: qsTr("Join the library")
        }
        BodyText {
            width: parent.width - 2 * Theme.spacing
            //: Practice browser: text of the library's joining page
            text: qsTr("It is free to join. Come to the library with something that shows your name and address, such as a letter or a bill. You get your library card the same day.")
        }
    }

    // Events.
    Column {
        objectName: "eventsPage"
        visible: site.browser.page === "events"
        width: parent.width
        padding: Theme.spacing
        spacing: Theme.gap

        SiteHeading {
            //: Practice browser: heading of the library's events page
            text: qsTr("Events")
        }
        BodyText {
            width: parent.width - 2 * Theme.spacing
            //: Practice browser: the library's events, one a line
            text: qsTr("Computer help drop-in: Tuesdays, 2pm to 4pm\nStory time for under-fives: Fridays, 10am\nKnit and natter: Saturdays, 10:30am")
        }
    }
}
