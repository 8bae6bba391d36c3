// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// Where the practice browser is, shared by its pages: the pages visited and the one shown.
// It changes only when a task was done (typing aside).
QtObject {
    id: browser

    required property SimulationSession session

    property var history: ["start"]
    property int position: 0
    property string query: ""
    readonly property string page: history[position]
    readonly property bool libraryPage: page === "library" || page === "opening-times" || page === "join"
                                        || page === "events"

    readonly property string libraryAddress: "www.leafieldlibrary.org.uk"

    // Another page is shown: the address bar shows its address.
    signal moved()

    function addressOf(p) {
        switch (p) {
        case "results":
            return "www.findit.example/search?q=" + browser.query.trim().replace(/\s+/g, "+")
        case "library":
            return browser.libraryAddress
        case "opening-times":
            return browser.libraryAddress + "/opening-times"
        case "join":
            return browser.libraryAddress + "/join"
        case "events":
            return browser.libraryAddress + "/events"
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
            return qsTr("%1 – FindIt Search").arg(browser.query.trim())
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
        const site = browser.libraryAddress
        const pages = {}
        pages[site] = "library"
        pages[site.replace("www.", "")] = "library"
        pages[site + "/opening-times"] = "opening-times"
        pages[site + "/join"] = "join"
        pages[site + "/events"] = "events"
        return pages[a] || ""
    }
    function go(p) {
        browser.history = browser.history.slice(0, browser.position + 1).concat([p])
        browser.position = browser.history.length - 1
        browser.moved()
    }
    function moveTo(position) {
        browser.position = Math.max(0, Math.min(position, browser.history.length - 1))
        browser.moved()
    }
}
