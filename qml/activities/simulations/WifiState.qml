// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What is happening on the practice Wi-Fi screen, shared by its parts; it changes only when a
// task was done (typing the password aside).
QtObject {
    id: wifi

    required property SimulationSession session

    property bool listOpen: false
    property string chosen: "" // the network picked in the list, such as "leafield-library"
    property string connected: "" // the network joined
    property bool showPassword: false

    readonly property string libraryPassword: "ReadingRoom24"
    readonly property bool panelShown: chosen !== "" && connected !== chosen
    readonly property color wallpaper: Theme.themeColoursOnly ? Theme.background : "#d4e3f1"
    readonly property color barColour: Theme.themeColoursOnly ? Theme.background : Theme.text
    readonly property color barText: Theme.themeColoursOnly ? Theme.text : Theme.background

    // A network was picked in the list (or none, by Cancel): its password box starts empty.
    signal picked()

    function networkName(network) {
        if (network === "leafield-library")
            //: Practice Wi-Fi list: the library's own network (a made-up library)
            return qsTr("Leafield Library")
        if (network === "free-fast-wifi")
            //: Practice Wi-Fi list: an open network with a tempting name; keep it in capitals
            return qsTr("FREE FAST WIFI")
        //: Practice Wi-Fi list: a neighbour's home network, named after a flat
        return qsTr("Flat 12")
    }
    function isSecured(network) {
        return network !== "free-fast-wifi"
    }
    function choose(network) {
        wifi.chosen = network
        wifi.picked()
        wifi.showPassword = false
    }
}
