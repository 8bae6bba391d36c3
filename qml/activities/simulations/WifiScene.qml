// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice laptop screen on a library desk. The Wi-Fi symbol at the bottom right opens the
// list of networks near by; a padlock marks the secured ones. Picking one asks for its
// password, with Connect and Cancel. A card on the desk gives the library's network and
// password. Nothing here joins a real network.
Item {
    id: scene

    required property SimulationSession session

    // What is happening; it changes only when a task was done (typing the password aside).
    property bool listOpen: false
    property string chosen: "" // the network picked in the list, such as "leafield-library"
    property string connected: "" // the network joined
    property bool showPassword: false

    readonly property string libraryPassword: "ReadingRoom24"
    readonly property bool panelShown: chosen !== "" && connected !== chosen
    readonly property color wallpaper: Theme.themeColoursOnly ? Theme.background : "#d4e3f1"
    readonly property color barColour: Theme.themeColoursOnly ? Theme.background : Theme.text
    readonly property color barText: Theme.themeColoursOnly ? Theme.text : Theme.background

    implicitHeight: screenFrame.height + desk.height

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
        scene.chosen = network
        passwordBox.text = ""
        scene.showPassword = false
    }

    // The Wi-Fi symbol: a dot with curved lines above it, wider towards the top. `bars` lines
    // are strong; the rest are faint (a weaker signal, or not connected).
    component WifiGlyph: Canvas {
        id: glyph

        property color colour: Theme.text
        property int bars: 3

        implicitWidth: Theme.bodySize * 1.4
        implicitHeight: Theme.bodySize * 1.1
        Accessible.ignored: true
        onColourChanged: requestPaint()
        onBarsChanged: requestPaint()
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const cx = width / 2
            const cy = height * 0.92
            const r = Math.min(width / 2, height * 0.92)
            ctx.lineCap = "round"
            ctx.lineWidth = Math.max(2, r * 0.15)
            ctx.fillStyle = glyph.colour
            ctx.beginPath()
            ctx.arc(cx, cy - r * 0.08, r * 0.12, 0, 2 * Math.PI)
            ctx.fill()
            for (let i = 1; i <= 3; ++i) {
                ctx.strokeStyle = i <= glyph.bars ? glyph.colour
                                                  : Qt.rgba(glyph.colour.r, glyph.colour.g, glyph.colour.b, 0.3)
                ctx.beginPath()
                ctx.arc(cx, cy, r * (0.05 + i * 0.3), -Math.PI * 3 / 4, -Math.PI / 4)
                ctx.stroke()
            }
        }
    }

    // A small padlock: the network needs a password.
    component Padlock: Item {
        id: lock

        property color colour: Theme.text

        implicitWidth: Theme.bodySize * 0.75
        implicitHeight: Theme.bodySize
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

    // ---- The laptop screen -------------------------------------------------------------------
    Rectangle {
        id: screenFrame

        width: parent.width
        height: wallpaperArea.height + taskbar.height + 2 * Theme.gap
        color: Theme.themeColoursOnly ? Theme.background : "#3a3f44"
        border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
        border.color: Theme.border

        Rectangle {
            id: wallpaperArea

            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            height: Math.max(Theme.unit * 26, flyout.implicitHeight + 2 * Theme.spacing)
            color: scene.wallpaper
            border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
            border.color: Theme.border

            Text {
                x: Theme.spacing
                y: Theme.spacing
                width: flyout.visible ? Math.max(0, flyout.x - 2 * Theme.spacing) : parent.width - 2 * Theme.spacing
                //: Practice Wi-Fi screen: a line on the wallpaper of the library's public laptop
                text: qsTr("Leafield Library visitor laptop")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                visible: flyout.x > Theme.unit * 20 || !flyout.visible
            }
        }

        // ---- The taskbar, with the Wi-Fi symbol at its right end --------------------------
        Rectangle {
            id: taskbar

            x: Theme.gap
            y: wallpaperArea.y + wallpaperArea.height
            width: parent.width - 2 * Theme.gap
            height: Math.max(Theme.minTarget, clock.implicitHeight) + Theme.gap
            color: scene.barColour
            border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
            border.color: Theme.border

            Text {
                x: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: "▦"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                color: scene.barText
                Accessible.ignored: true
            }

            SimButton {
                id: wifiIcon

                session: scene.session
                targetId: "wifi-icon"
                text: scene.connected === ""
                      //: Practice Wi-Fi screen: the Wi-Fi symbol on the taskbar, before joining a network
                      ? qsTr("Wi-Fi: not connected")
                      //: Practice Wi-Fi screen: the Wi-Fi symbol on the taskbar; %1 is the network's name
                      : qsTr("Wi-Fi: connected to %1").arg(scene.networkName(scene.connected))
                anchors.right: clock.left
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                implicitWidth: Theme.minTarget * 1.2
                implicitHeight: Theme.minTarget
                padding: Theme.gap / 2
                contentItem: Item {
                    WifiGlyph {
                        anchors.centerIn: parent
                        width: Theme.bodySize * 1.6
                        height: Theme.bodySize * 1.3
                        colour: scene.listOpen ? Theme.text : scene.barText
                    }
                    Text {
                        visible: scene.connected === ""
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        text: "✕"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                        color: scene.listOpen ? Theme.text : scene.barText
                    }
                }
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: scene.listOpen ? Theme.background : "transparent"
                    border.width: wifiIcon.hovered || wifiIcon.down || scene.listOpen ? Theme.borderWidth : 0
                    border.color: scene.listOpen ? Theme.border : scene.barText
                }
                onAccepted: scene.listOpen = !scene.listOpen
            }

            Text {
                id: clock

                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                //: Practice Wi-Fi screen: the time at the right end of the taskbar
                text: qsTr("10:30")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: scene.barText
                Accessible.ignored: true
            }
        }

        // ---- The list of networks, just above the Wi-Fi symbol ----------------------------
        Rectangle {
            id: flyout

            objectName: "networkList"
            visible: scene.listOpen
            width: Math.min(wallpaperArea.width - 2 * Theme.gap, Theme.unit * 50)
            height: implicitHeight
            implicitHeight: flyoutColumn.implicitHeight + 2 * Theme.spacing
            anchors.right: wallpaperArea.right
            anchors.rightMargin: Theme.gap
            anchors.bottom: wallpaperArea.bottom
            anchors.bottomMargin: Theme.gap
            color: Theme.background
            radius: Theme.radius / 2
            border.width: Theme.borderWidth
            border.color: Theme.border

            Accessible.role: Accessible.List
            //: Practice Wi-Fi screen: the list of Wi-Fi networks near by
            Accessible.name: qsTr("Wi-Fi networks")
            Accessible.ignored: !visible

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

                Column {
                    width: parent.width

                    SimButton {
                        id: libraryRow

                        session: scene.session
                        targetId: "network-leafield-library"
                        //: Practice Wi-Fi list: spoken name of the library's network
                        text: qsTr("Leafield Library, secured network")
                        width: parent.width
                        padding: Theme.gap
                        contentItem: NetworkLook {
                            name: scene.networkName("leafield-library")
                            secured: true
                            isConnected: scene.connected === "leafield-library"
                        }
                        background: Rectangle {
                            radius: Theme.radius / 2
                            color: scene.chosen === "leafield-library" ? Theme.surface : "transparent"
                            border.width: libraryRow.hovered || libraryRow.down
                                          || scene.chosen === "leafield-library" ? Theme.borderWidth : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.choose("leafield-library")
                    }
                    Column {
                        id: librarySlot

                        width: parent.width
                    }
                }

                Column {
                    width: parent.width

                    SimButton {
                        id: freeRow

                        session: scene.session
                        targetId: "network-free-fast-wifi"
                        //: Practice Wi-Fi list: spoken name of the open network (no padlock)
                        text: qsTr("FREE FAST WIFI, open network, not secured")
                        width: parent.width
                        padding: Theme.gap
                        contentItem: NetworkLook {
                            name: scene.networkName("free-fast-wifi")
                            secured: false
                            isConnected: scene.connected === "free-fast-wifi"
                        }
                        background: Rectangle {
                            radius: Theme.radius / 2
                            color: scene.chosen === "free-fast-wifi" ? Theme.surface : "transparent"
                            border.width: freeRow.hovered || freeRow.down
                                          || scene.chosen === "free-fast-wifi" ? Theme.borderWidth : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.choose("free-fast-wifi")
                    }
                    Column {
                        id: freeSlot

                        width: parent.width
                    }
                }

                Column {
                    width: parent.width

                    SimButton {
                        id: flatRow

                        session: scene.session
                        targetId: "network-flat-12"
                        //: Practice Wi-Fi list: spoken name of a neighbour's secured network
                        text: qsTr("Flat 12, secured network")
                        width: parent.width
                        padding: Theme.gap
                        contentItem: NetworkLook {
                            name: scene.networkName("flat-12")
                            secured: true
                            isConnected: scene.connected === "flat-12"
                            bars: 2
                        }
                        background: Rectangle {
                            radius: Theme.radius / 2
                            color: scene.chosen === "flat-12" ? Theme.surface : "transparent"
                            border.width: flatRow.hovered || flatRow.down
                                          || scene.chosen === "flat-12" ? Theme.borderWidth : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.choose("flat-12")
                    }
                    Column {
                        id: flatSlot

                        width: parent.width
                    }
                }
            }
        }
    }

    // Holds the password panel while no network is picked.
    Item {
        id: panelHolder

        visible: false
    }

    // ---- Under the picked network: its password, Connect and Cancel -------------------------
    // One panel, moved under whichever network was picked.
    Column {
        id: joinPanel

        objectName: "joinPanel"
        parent: !scene.panelShown ? panelHolder
                : scene.chosen === "leafield-library" ? librarySlot
                : scene.chosen === "free-fast-wifi" ? freeSlot : flatSlot
        width: parent ? parent.width : 0
        visible: scene.panelShown
        topPadding: Theme.gap
        bottomPadding: Theme.gap
        leftPadding: Theme.gap
        rightPadding: Theme.gap
        spacing: Theme.gap

        Text {
            width: parent.width - 2 * Theme.gap
            visible: scene.isSecured(scene.chosen)
            //: Practice Wi-Fi list: label above the password box of a secured network
            text: qsTr("Type the network password")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Row {
            visible: scene.isSecured(scene.chosen)
            spacing: Theme.gap

            TextEntry {
                id: passwordBox

                objectName: "wifiPassword"
                //: Practice Wi-Fi list: the password box's name for screen readers
                label: qsTr("Network password")
                width: joinPanel.width - 2 * Theme.gap - showButton.width - Theme.gap
                echoMode: scene.showPassword ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            }
            ActionButton {
                id: showButton

                objectName: "wifiShowPassword"
                text: scene.showPassword
                      //: Practice Wi-Fi list: hides the typed password again
                      ? qsTr("Hide")
                      //: Practice Wi-Fi list: shows the typed password instead of dots
                      : qsTr("Show")
                padding: Theme.gap
                onClicked: scene.showPassword = !scene.showPassword
            }
        }
        Text {
            width: parent.width - 2 * Theme.gap
            visible: !scene.isSecured(scene.chosen)
            //: Practice Wi-Fi list: warning under an open network before joining it
            text: qsTr("⚠ This network is open. Other people may be able to see what you send.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Flow {
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap

            SimButton {
                session: scene.session
                targetId: "connect"
                value: scene.isSecured(scene.chosen) ? passwordBox.text : ""
                //: Practice Wi-Fi list: joins the picked network
                text: qsTr("Connect")
                primary: true
                padding: Theme.gap * 1.5
                onAccepted: {
                    scene.connected = scene.chosen
                    passwordBox.text = ""
                }
            }
            SimButton {
                session: scene.session
                targetId: "cancel"
                //: Practice Wi-Fi list: closes the password box without joining
                text: qsTr("Cancel")
                padding: Theme.gap * 1.5
                onAccepted: scene.choose("")
            }
        }
    }

    // ---- The desk, with the library's Wi-Fi card on it --------------------------------------
    Rectangle {
        id: desk

        y: screenFrame.height
        width: parent.width
        height: card.height + 2 * Theme.spacing + Theme.gap
        color: Theme.themeColoursOnly ? Theme.background : "#d8c3a0"
        border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
        border.color: Theme.border

        Rectangle {
            id: card

            objectName: "wifiCard"
            x: Theme.spacing * 1.5
            y: Theme.spacing
            width: Math.min(parent.width - 3 * Theme.spacing, Theme.unit * 46)
            height: cardColumn.implicitHeight + 2 * Theme.spacing
            rotation: -1.5
            antialiasing: true
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border

            Accessible.role: Accessible.StaticText
            Accessible.name: cardTitle.text + ". " + cardNetwork.text + ". " + cardPassword.text

            Column {
                id: cardColumn

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.gap / 2

                BodyText {
                    id: cardTitle

                    width: parent.width
                    //: Practice Wi-Fi screen: title of the card on the library desk
                    text: qsTr("Library Wi-Fi")
                    font.bold: true
                    font.pixelSize: Theme.titleSize
                    Accessible.ignored: true
                }
                BodyText {
                    id: cardNetwork

                    width: parent.width
                    //: Practice Wi-Fi card; %1 is the network's name
                    text: qsTr("Network: %1").arg(scene.networkName("leafield-library"))
                    Accessible.ignored: true
                }
                BodyText {
                    id: cardPassword

                    width: parent.width
                    //: Practice Wi-Fi card; %1 is the password, to be typed exactly as written
                    text: qsTr("Password: %1").arg(scene.libraryPassword)
                    font.bold: true
                    Accessible.ignored: true
                }
            }
        }
    }
}
