// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice laptop's list of Wi-Fi networks near by, just above the Wi-Fi symbol; a padlock
// marks the secured ones. Under the network picked: its password, Connect and Cancel.
Rectangle {
    id: flyout

    required property WifiState wifi

    objectName: "networkList"
    implicitHeight: flyoutColumn.implicitHeight + 2 * Theme.spacing
    color: Theme.background
    radius: Theme.radius / 2
    border.width: Theme.borderWidth
    border.color: Theme.border

    Accessible.role: Accessible.List
    //: Practice Wi-Fi screen: the list of Wi-Fi networks near by
    Accessible.name: qsTr("Wi-Fi networks")
    Accessible.ignored: !visible

    // A row of the network list: signal, name with a padlock after it (or none) and what kind of
    // network it is.
    component NetworkLook: Row {
        id: look

        required property string name
        required property bool secured
        required property bool isConnected
        property int bars: 3

        spacing: Theme.gap

        WifiGlyph {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.bodySize * 1.5
            height: Theme.bodySize * 1.2
            bars: look.bars
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: look.width - Theme.bodySize * 1.5 - Theme.gap

            Row {
                width: parent.width
                spacing: Theme.gap

                Text {
                    width: Math.min(implicitWidth, parent.width - (look.secured ? Theme.bodySize + Theme.gap : 0))
                    text: look.name
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Padlock {
                    visible: look.secured
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            Text {
                width: parent.width
                text: look.isConnected
                      //: Practice Wi-Fi list: under the network the computer has joined
                      ? qsTr("Connected, secured")
                      : look.secured
                        //: Practice Wi-Fi list: under a network that has a padlock (needs a password)
                        ? qsTr("Secured")
                        //: Practice Wi-Fi list: under a network with no padlock (anyone can join)
                        : qsTr("Open")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }

    // A network of the list, and under it the place for the password panel once it is picked.
    component NetworkEntry: Column {
        id: entry

        required property WifiState wifi
        required property string network
        property alias spokenName: row.text
        property int bars: 3
        readonly property Item slot: slotColumn

        SimButton {
            id: row

            session: entry.wifi.session
            targetId: "network-" + entry.network
            width: parent.width
            padding: Theme.gap
            contentItem: NetworkLook {
                name: entry.wifi.networkName(entry.network)
                secured: entry.wifi.isSecured(entry.network)
                isConnected: entry.wifi.connected === entry.network
                bars: entry.bars
            }
            background: HoverFrame {
                button: row
                highlighted: entry.wifi.chosen === entry.network
                highlightColour: Theme.surface
            }
            onAccepted: entry.wifi.choose(entry.network)
        }
        Column {
            id: slotColumn

            width: parent.width
        }
    }

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    Column {
        id: flyoutColumn

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.gap

        Text {
            width: parent.width
            //: Practice Wi-Fi screen: heading of the list of networks
            text: qsTr("Wi-Fi networks")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }

        NetworkEntry {
            id: libraryEntry

            width: parent.width
            wifi: flyout.wifi
            network: "leafield-library"
            //: Practice Wi-Fi list: spoken name of the library's network
            spokenName: qsTr("Leafield Library, secured network")
        }
        NetworkEntry {
            id: freeEntry

            width: parent.width
            wifi: flyout.wifi
            network: "free-fast-wifi"
            //: Practice Wi-Fi list: spoken name of the open network (no padlock)
            spokenName: qsTr("FREE FAST WIFI, open network, not secured")
        }
        NetworkEntry {
            id: flatEntry

            width: parent.width
            wifi: flyout.wifi
            network: "flat-12"
            //: Practice Wi-Fi list: spoken name of a neighbour's secured network
            spokenName: qsTr("Flat 12, secured network")
            bars: 2
        }
    }

    // Holds the password panel while no network is picked.
    Item {
        id: panelHolder

        visible: false
    }

    // One panel, moved under whichever network was picked.
    WifiJoinPanel {
        parent: !flyout.wifi.panelShown ? panelHolder
                : flyout.wifi.chosen === "leafield-library" ? libraryEntry.slot
                : flyout.wifi.chosen === "free-fast-wifi" ? freeEntry.slot : flatEntry.slot
        width: parent ? parent.width : 0
        visible: flyout.wifi.panelShown
        wifi: flyout.wifi
    }
}
