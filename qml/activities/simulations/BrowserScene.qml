// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice web browser: back, forward and home buttons and the address bar at the top; a start
// page with the made-up search engine FindIt; search results whose first one is an advert
// marked Sponsored; and the made-up Leafield Library website with its Opening times, Join the
// library and Events pages. Nothing here goes on the internet.
Item {
    id: scene

    required property SimulationSession session

    // Where the browser is; it changes only when a task was done (typing aside).
    property var history: ["start"]
    property int position: 0
    property string query: ""
    readonly property string page: history[position]
    readonly property bool libraryPage: page === "library" || page === "opening-times" || page === "join"
                                        || page === "events"

    readonly property string libraryAddress: "www.leafieldlibrary.org.uk"
    readonly property color linkColour: Theme.selected

    implicitHeight: browserWindow.height

    function addressOf(p) {
        switch (p) {
        case "results":
            return "www.findit.example/search?q=" + scene.query.trim().replace(/\s+/g, "+")
        case "library":
            return scene.libraryAddress
        case "opening-times":
            return scene.libraryAddress + "/opening-times"
        case "join":
            return scene.libraryAddress + "/join"
        case "events":
            return scene.libraryAddress + "/events"
        case "advert":
            return "www.bookdeals-online.example/sale"
        case "council":
            return "www.leafieldcouncil.gov.uk/libraries"
        }
        return "" // the start page shows its hint instead
    }
    function titleOf(p) {
        switch (p) {
        case "results":
            //: Practice browser tab title for search results; %1 is what was searched for
            return qsTr("%1 – FindIt Search").arg(scene.query.trim())
        case "library":
            //: Practice browser tab title of the library's home page
            return qsTr("Leafield Library – Home")
        case "opening-times":
            //: Practice browser tab title of the library's opening times page
            return qsTr("Opening times – Leafield Library")
        case "join":
            //: Practice browser tab title of the library's joining page
            return qsTr("Join the library – Leafield Library")
        case "events":
            //: Practice browser tab title of the library's events page
            return qsTr("Events – Leafield Library")
        case "advert":
            //: Practice browser tab title of an advertiser's shop page
            return qsTr("Book Deals Online – Sale")
        case "council":
            //: Practice browser tab title of the council's libraries page
            return qsTr("Libraries – Leafield Council")
        }
        //: Practice browser tab title of the start page
        return qsTr("New tab")
    }
    // The page a typed address leads to; anything else is searched for, as browsers do.
    function pageAt(address) {
        const a = address.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/$/, "")
        const site = scene.libraryAddress
        const pages = {}
        pages[site] = "library"
        pages[site.replace("www.", "")] = "library"
        pages[site + "/opening-times"] = "opening-times"
        pages[site + "/join"] = "join"
        pages[site + "/events"] = "events"
        return pages[a] || ""
    }
    function go(p) {
        scene.history = scene.history.slice(0, scene.position + 1).concat([p])
        scene.position = scene.history.length - 1
        addressBar.text = scene.addressOf(p)
    }
    function moveTo(position) {
        scene.position = Math.max(0, Math.min(position, scene.history.length - 1))
        addressBar.text = scene.addressOf(scene.page)
    }

    // A small padlock, shown before a private (https) address.
    component Padlock: Item {
        id: lock

        property color colour: Theme.text

        implicitWidth: Theme.bodySize * 0.7
        implicitHeight: Theme.bodySize * 0.95
        Accessible.ignored: true

        Rectangle {
            x: lock.width * 0.18
            width: lock.width * 0.64
            height: lock.height * 0.7
            radius: width / 2
            color: "transparent"
            border.width: Math.max(2, lock.width * 0.15)
            border.color: lock.colour
        }
        Rectangle {
            y: lock.height * 0.42
            width: lock.width
            height: lock.height * 0.58
            radius: Math.max(1, lock.width * 0.1)
            color: lock.colour
        }
    }

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

    // A word or two in a link's colour with a line under it; the pointer turns into a hand.
    component LinkText: Text {
        required property SimButton button

        text: button.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.underline: true
        color: Theme.selected
        // Wraps only when the link is held narrower than its words (as ActionButton does).
        wrapMode: button.availableWidth + 0.5 < button.implicitWidth - button.leftPadding - button.rightPadding
                  ? Text.Wrap : Text.NoWrap
        verticalAlignment: Text.AlignVCenter
    }

    // "Sponsored": marks a search result that is a paid advert.
    component SponsoredBadge: Rectangle {
        id: badge

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

    // A toolbar button of the browser: a symbol, with its name for screen readers.
    component ToolLook: Rectangle {
        required property SimButton button

        radius: width / 2
        color: button.hovered || button.down ? Theme.surface : "transparent"
        border.width: button.down ? Theme.borderWidth : 0
        border.color: Theme.border
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
                        text: scene.titleOf(scene.page)
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                }
            }

            // ---- Back, forward, home and the address bar -------------------------------------
            Rectangle {
                width: parent.width
                height: toolbar.implicitHeight + Theme.gap * 2
                color: Theme.background

                Row {
                    id: toolbar

                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gap / 2

                    SimButton {
                        id: backButton

                        session: scene.session
                        targetId: "back"
                        //: Practice browser: the back button (an arrow pointing left)
                        text: qsTr("Back")
                        anchors.verticalCenter: parent.verticalCenter
                        implicitWidth: Theme.minTarget
                        padding: 0
                        contentItem: Text {
                            text: "←"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            opacity: scene.position > 0 ? 1 : 0.45
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: ToolLook {
                            button: backButton
                        }
                        onAccepted: scene.moveTo(scene.position - 1)
                    }
                    SimButton {
                        id: forwardButton

                        session: scene.session
                        targetId: "forward"
                        //: Practice browser: the forward button (an arrow pointing right)
                        text: qsTr("Forward")
                        anchors.verticalCenter: parent.verticalCenter
                        implicitWidth: Theme.minTarget
                        padding: 0
                        contentItem: Text {
                            text: "→"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            opacity: scene.position < scene.history.length - 1 ? 1 : 0.45
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: ToolLook {
                            button: forwardButton
                        }
                        onAccepted: scene.moveTo(scene.position + 1)
                    }
                    SimButton {
                        id: homeButton

                        session: scene.session
                        targetId: "home"
                        //: Practice browser: the home button (a little house) that opens the start page
                        text: qsTr("Home")
                        anchors.verticalCenter: parent.verticalCenter
                        implicitWidth: Theme.minTarget
                        padding: 0
                        contentItem: Text {
                            text: "⌂"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: ToolLook {
                            button: homeButton
                        }
                        onAccepted: scene.go("start")
                    }
                    SimField {
                        id: addressBar

                        session: scene.session
                        targetId: "address-bar"
                        //: Practice browser: the address bar's name for screen readers
                        label: qsTr("Address bar")
                        //: Practice browser: grey words in the empty address bar
                        placeholderText: qsTr("Type a web address")
                        width: toolbar.width - 3 * Theme.minTarget - 3 * toolbar.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        leftPadding: addressLock.visible ? addressLock.width + Theme.gap * 2.5 : Theme.gap * 1.5
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        background: Rectangle {
                            radius: height / 2
                            color: Theme.themeColoursOnly ? Theme.background : "#f1f3f4"
                            border.width: Theme.borderWidth
                            border.color: Theme.border
                        }
                        onAccepted: {
                            const typed = addressBar.text
                            const p = scene.pageAt(typed)
                            if (p === "")
                                scene.query = typed
                            scene.go(p === "" ? "results" : p)
                        }

                        Padlock {
                            id: addressLock

                            visible: scene.page !== "start" && scene.page !== "results"
                            x: Theme.gap * 1.5
                            anchors.verticalCenter: parent.verticalCenter
                        }
                    }
                }
            }

            Rectangle {
                width: parent.width
                height: Theme.borderWidth
                color: Theme.border
            }

            // ---- The page ---------------------------------------------------------------------
            // Only the page being shown takes space in this column.
            Column {
                id: pages

                width: parent.width

                // ---- Start page: the FindIt search box ----
                Item {
                    objectName: "startPage"
                    visible: scene.page === "start"
                    width: parent.width
                    height: startColumn.implicitHeight + Theme.spacing * 4

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

                            session: scene.session
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
                                scene.query = searchBox.text
                                scene.go("results")
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

                // ---- Search results ----
                Column {
                    objectName: "resultsPage"
                    visible: scene.page === "results"
                    width: parent.width
                    padding: Theme.spacing
                    spacing: Theme.gap

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
                        text: qsTr("Results for “%1”").arg(scene.query.trim())
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

                    SimButton {
                        id: result1

                        session: scene.session
                        targetId: "result-1"
                        //: Practice browser: spoken name of the first search result, an advert
                        text: qsTr("Sponsored: Leafield Library books – up to 70% off today")
                        width: parent.width - 2 * Theme.spacing
                        padding: Theme.gap
                        contentItem: Column {
                            spacing: Theme.gap / 2

                            Row {
                                width: parent.width
                                spacing: Theme.gap

                                SponsoredBadge {
                                    objectName: "sponsoredLabel"
                                }
                                Text {
                                    width: parent.width - Theme.unit * 14
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: "www.bookdeals-online.example"
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.smallSize
                                    color: Theme.secondaryText
                                    wrapMode: Text.WrapAnywhere
                                }
                            }
                            Text {
                                width: parent.width
                                //: Practice browser: title of the advert at the top of the search results
                                text: qsTr("Leafield Library books – up to 70% off today")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.bodySize * 1.1
                                font.underline: true
                                font.bold: result1.hovered
                                color: scene.linkColour
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                //: Practice browser: the words under the advert in the search results
                                text: qsTr("Buy cheap books now. Free delivery on orders over £20. Hurry, sale ends soon!")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                        background: Rectangle {
                            color: "transparent"
                            radius: Theme.radius / 2
                            border.width: result1.hovered || result1.down ? Theme.borderWidth / 2 : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.go("advert")

                        HoverHandler {
                            cursorShape: Qt.PointingHandCursor
                        }
                    }

                    SimButton {
                        id: result2

                        session: scene.session
                        targetId: "result-2"
                        //: Practice browser: spoken name of the second search result, the library's website
                        text: qsTr("Leafield Library – Home")
                        width: parent.width - 2 * Theme.spacing
                        padding: Theme.gap
                        contentItem: Column {
                            spacing: Theme.gap / 2

                            Text {
                                width: parent.width
                                text: scene.libraryAddress
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                                color: Theme.secondaryText
                                wrapMode: Text.WrapAnywhere
                            }
                            Text {
                                width: parent.width
                                text: result2.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.bodySize * 1.1
                                font.underline: true
                                font.bold: result2.hovered
                                color: scene.linkColour
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                //: Practice browser: the words under the library's result in the search results
                                text: qsTr("Opening times, events and how to join Leafield Library. Free computers and Wi-Fi for everyone.")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                        background: Rectangle {
                            color: "transparent"
                            radius: Theme.radius / 2
                            border.width: result2.hovered || result2.down ? Theme.borderWidth / 2 : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.go("library")

                        HoverHandler {
                            cursorShape: Qt.PointingHandCursor
                        }
                    }

                    SimButton {
                        id: result3

                        session: scene.session
                        targetId: "result-3"
                        //: Practice browser: spoken name of the third search result, the council's page
                        text: qsTr("Libraries in Leafield – Leafield Council")
                        width: parent.width - 2 * Theme.spacing
                        padding: Theme.gap
                        contentItem: Column {
                            spacing: Theme.gap / 2

                            Text {
                                width: parent.width
                                text: "www.leafieldcouncil.gov.uk › libraries"
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                                color: Theme.secondaryText
                                wrapMode: Text.WrapAnywhere
                            }
                            Text {
                                width: parent.width
                                text: result3.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.bodySize * 1.1
                                font.underline: true
                                font.bold: result3.hovered
                                color: scene.linkColour
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                //: Practice browser: the words under the council's result in the search results
                                text: qsTr("Find your nearest library, borrow e-books and renew your books online.")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                        background: Rectangle {
                            color: "transparent"
                            radius: Theme.radius / 2
                            border.width: result3.hovered || result3.down ? Theme.borderWidth / 2 : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.go("council")

                        HoverHandler {
                            cursorShape: Qt.PointingHandCursor
                        }
                    }
                }

                // ---- The library's website: its heading and links on every page ----
                Rectangle {
                    visible: scene.libraryPage
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
                    visible: scene.libraryPage
                    width: parent.width
                    height: libraryLinks.implicitHeight + Theme.gap
                    color: Theme.themeColoursOnly ? Theme.background : "#efe9f4"

                    Flow {
                        id: libraryLinks

                        x: Theme.gap
                        y: Theme.gap / 2
                        width: parent.width - 2 * Theme.gap
                        spacing: Theme.spacing

                        SimButton {
                            id: linkOpeningTimes

                            session: scene.session
                            targetId: "link-opening-times"
                            //: Practice browser: a link on the library's website
                            text: qsTr("Opening times")
                            padding: Theme.gap / 2
                            contentItem: LinkText {
                                button: linkOpeningTimes
                            }
                            background: Item {}
                            onAccepted: scene.go("opening-times")

                            HoverHandler {
                                cursorShape: Qt.PointingHandCursor
                            }
                        }
                        SimButton {
                            id: linkJoin

                            session: scene.session
                            targetId: "link-join"
                            //: Practice browser: a link on the library's website
                            text: qsTr("Join the library")
                            padding: Theme.gap / 2
                            contentItem: LinkText {
                                button: linkJoin
                            }
                            background: Item {}
                            onAccepted: scene.go("join")

                            HoverHandler {
                                cursorShape: Qt.PointingHandCursor
                            }
                        }
                        SimButton {
                            id: linkEvents

                            session: scene.session
                            targetId: "link-events"
                            //: Practice browser: a link on the library's website
                            text: qsTr("Events")
                            padding: Theme.gap / 2
                            contentItem: LinkText {
                                button: linkEvents
                            }
                            background: Item {}
                            onAccepted: scene.go("events")

                            HoverHandler {
                                cursorShape: Qt.PointingHandCursor
                            }
                        }
                    }
                }

                // The library's home page.
                Column {
                    objectName: "libraryHomePage"
                    visible: scene.page === "library"
                    width: parent.width
                    padding: Theme.spacing
                    spacing: Theme.gap

                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: heading of the library's home page
                        text: qsTr("Welcome to Leafield Library")
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                    }
                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: text on the library's home page
                        text: qsTr("Borrow books, use a computer and the free Wi-Fi, or ask our friendly staff for help. Everyone is welcome.")
                    }
                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: the date at the bottom of a made-up web page
                        text: qsTr("Page last updated: 3 March 2025")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                    }
                }

                // Opening times.
                Column {
                    objectName: "openingTimesPage"
                    visible: scene.page === "opening-times"
                    width: parent.width
                    padding: Theme.spacing
                    spacing: Theme.gap

                    BodyText {
                        objectName: "openingTimesHeading"
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: heading of the library's opening times page
                        text: qsTr("Opening times")
                        font.pixelSize: Theme.titleSize
                        font.bold: true
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
                    visible: scene.page === "join"
                    width: parent.width
                    padding: Theme.spacing
                    spacing: Theme.gap

                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: heading of the library's joining page
                        text: qsTr("Join the library")
                        font.pixelSize: Theme.titleSize
                        font.bold: true
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
                    visible: scene.page === "events"
                    width: parent.width
                    padding: Theme.spacing
                    spacing: Theme.gap

                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: heading of the library's events page
                        text: qsTr("Events")
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                    }
                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: the library's events, one a line
                        text: qsTr("Computer help drop-in: Tuesdays, 2pm to 4pm\nStory time for under-fives: Fridays, 10am\nKnit and natter: Saturdays, 10:30am")
                    }
                }

                // ---- The advert's page (the first result) ----
                Column {
                    objectName: "advertPage"
                    visible: scene.page === "advert"
                    width: parent.width
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

                // ---- The council's page (the third result) ----
                Column {
                    objectName: "councilPage"
                    visible: scene.page === "council"
                    width: parent.width
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
                        text: qsTr("Leafield Library is on Church Street. For its opening times and events, visit the library's website: %1").arg(scene.libraryAddress)
                    }
                    BodyText {
                        width: parent.width - 2 * Theme.spacing
                        //: Practice browser: the date at the bottom of a made-up web page
                        text: qsTr("Page last updated: 12 January 2025")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                    }
                }
            }
        }
    }
}
