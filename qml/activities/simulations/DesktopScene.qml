// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice computer desktop: app icons on the wallpaper, a taskbar along the bottom with the
// start button, a start menu of all the apps, and one app window with the 3 usual buttons at
// its top right (minimise, maximise, close). The apps are made up: Letters, Photos, Calculator.
Item {
    id: scene

    required property SimulationSession session

    // What is happening on the desktop; it changes only when a task was done.
    property var openApps: [] // the apps on the taskbar, such as ["letters"]
    property string shownApp: "" // the app whose window shows; "" when none (or minimised)
    property bool maximised: false
    property bool startMenuOpen: false

    readonly property color wallpaper: Theme.themeColoursOnly ? Theme.background : "#d4e3f1"
    readonly property color barColour: Theme.themeColoursOnly ? Theme.background : Theme.text
    readonly property color barText: Theme.themeColoursOnly ? Theme.text : Theme.background
    readonly property real desktopHeight: Math.max(icons.implicitHeight, startMenu.implicitHeight,
                                                   Theme.unit * 34) + 2 * Theme.spacing

    implicitHeight: desktopHeight + taskbar.height

    function appName(app) {
        if (app === "letters")
            //: Practice desktop: name of a made-up app that writes letters
            return qsTr("Letters")
        if (app === "photos")
            //: Practice desktop: name of a made-up app that shows photos
            return qsTr("Photos")
        //: Practice desktop: name of a made-up app that does sums
        return qsTr("Calculator")
    }
    function isOpen(app) {
        return scene.openApps.indexOf(app) >= 0
    }
    function openApp(app) {
        if (!scene.isOpen(app))
            scene.openApps = scene.openApps.concat([app])
        scene.shownApp = app
        scene.maximised = false
        scene.startMenuOpen = false
    }
    function closeShownApp() {
        const app = scene.shownApp
        scene.openApps = scene.openApps.filter(a => a !== app)
        scene.shownApp = ""
        scene.maximised = false
    }
    function taskbarClicked(app) {
        // As on a real taskbar: a hidden window comes back, a showing one hides.
        scene.shownApp = scene.shownApp === app ? "" : app
        scene.startMenuOpen = false
    }

    // An app's picture: a coloured tile with a symbol, the same on the desktop, menu and taskbar.
    component AppTile: Rectangle {
        id: tile

        required property string app
        property real size: Theme.minTarget

        implicitWidth: size
        implicitHeight: size
        radius: size / 6
        color: app === "letters" ? Theme.selected : app === "photos" ? Theme.primary : Theme.secondaryText
        border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
        border.color: Theme.background
        Accessible.ignored: true

        Text {
            anchors.centerIn: parent
            text: tile.app === "letters" ? "✎" : tile.app === "photos" ? "☀" : "÷"
            font.family: Theme.fontFamily
            font.pixelSize: tile.size * 0.6
            font.bold: true
            color: tile.app === "letters" ? Theme.selectedLabel
                   : tile.app === "photos" ? Theme.primaryLabel : Theme.background
        }
    }

    // The look of a desktop icon or menu row: no box, a frame when pointed at or pressed.
    component HoverBox: Rectangle {
        required property SimButton button
        property color edge: Theme.border

        radius: Theme.radius / 2
        color: "transparent"
        border.width: button.hovered || button.down ? Theme.borderWidth : 0
        border.color: edge
    }

    // ---- The wallpaper and its icons -------------------------------------------------------
    Rectangle {
        id: desktop

        width: parent.width
        height: scene.desktopHeight
        color: scene.wallpaper

        Column {
            id: icons

            x: Theme.spacing
            y: Theme.spacing
            spacing: Theme.gap / 2
            visible: !(scene.shownApp !== "" && scene.maximised)

            SimButton {
                id: iconLetters

                session: scene.session
                targetId: "icon-letters"
                text: scene.appName("letters")
                implicitWidth: Theme.unit * 14
                padding: Theme.gap / 2
                contentItem: Column {
                    spacing: Theme.gap / 2

                    AppTile {
                        app: "letters"
                        anchors.horizontalCenter: parent.horizontalCenter
                    }
                    Text {
                        width: parent.width
                        text: iconLetters.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
                background: HoverBox {
                    button: iconLetters
                }
                onAccepted: scene.openApp("letters")
            }
            SimButton {
                id: iconPhotos

                session: scene.session
                targetId: "icon-photos"
                text: scene.appName("photos")
                implicitWidth: Theme.unit * 14
                padding: Theme.gap / 2
                contentItem: Column {
                    spacing: Theme.gap / 2

                    AppTile {
                        app: "photos"
                        anchors.horizontalCenter: parent.horizontalCenter
                    }
                    Text {
                        width: parent.width
                        text: iconPhotos.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
                background: HoverBox {
                    button: iconPhotos
                }
                onAccepted: scene.openApp("photos")
            }
            SimButton {
                id: iconCalculator

                session: scene.session
                targetId: "icon-calculator"
                text: scene.appName("calculator")
                implicitWidth: Theme.unit * 14
                padding: Theme.gap / 2
                contentItem: Column {
                    spacing: Theme.gap / 2

                    AppTile {
                        app: "calculator"
                        anchors.horizontalCenter: parent.horizontalCenter
                    }
                    Text {
                        width: parent.width
                        text: iconCalculator.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
                background: HoverBox {
                    button: iconCalculator
                }
                onAccepted: scene.openApp("calculator")
            }
        }

        // ---- The app window ----------------------------------------------------------------
        Rectangle {
            id: appWindow

            objectName: "appWindow"
            readonly property real normalX: icons.x + icons.width + Theme.spacing * 2

            visible: scene.shownApp !== ""
            x: scene.maximised ? 0 : normalX
            y: scene.maximised ? 0 : Theme.spacing
            width: scene.maximised ? desktop.width
                                   : Math.max(Theme.unit * 30, desktop.width - normalX - Theme.spacing * 3)
            height: scene.maximised ? desktop.height : desktop.height - Theme.spacing * 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border
            clip: true
            z: 1

            Accessible.role: Accessible.Window
            //: Practice desktop: the open app's window; %1 is the app's name
            Accessible.name: qsTr("%1 window").arg(scene.appName(scene.shownApp))
            Accessible.ignored: !visible

            // A click on the window stays in the window, as on a real screen.
            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.AllButtons
            }

            Rectangle {
                id: titleBar

                x: Theme.borderWidth
                y: Theme.borderWidth
                width: parent.width - 2 * Theme.borderWidth
                height: Math.max(Theme.minTarget, windowTitle.implicitHeight + Theme.gap)
                color: Theme.surface

                AppTile {
                    id: titleTile

                    app: scene.shownApp === "" ? "letters" : scene.shownApp
                    size: Theme.bodySize * 1.3
                    x: Theme.gap
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    id: windowTitle

                    anchors.left: titleTile.right
                    anchors.leftMargin: Theme.gap
                    anchors.right: windowButtons.left
                    anchors.rightMargin: Theme.gap
                    anchors.verticalCenter: parent.verticalCenter
                    objectName: "windowTitle"
                    text: scene.appName(scene.shownApp)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Row {
                    id: windowButtons

                    anchors.right: parent.right
                    height: parent.height

                    SimButton {
                        id: minimiseButton

                        session: scene.session
                        targetId: "window-minimise"
                        //: Practice window button (a line) that hides the window on the taskbar
                        text: qsTr("Minimise")
                        implicitWidth: Theme.minTarget * 1.2
                        height: parent.height
                        padding: 0
                        contentItem: Text {
                            text: "—"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: HoverBox {
                            button: minimiseButton
                        }
                        onAccepted: scene.shownApp = ""
                    }
                    SimButton {
                        id: maximiseButton

                        session: scene.session
                        targetId: "window-maximise"
                        text: scene.maximised
                              //: Practice window button (two squares) that makes a full-screen window smaller again
                              ? qsTr("Restore down")
                              //: Practice window button (a square) that makes the window fill the screen
                              : qsTr("Maximise")
                        implicitWidth: Theme.minTarget * 1.2
                        height: parent.height
                        padding: 0
                        contentItem: Text {
                            text: scene.maximised ? "❐" : "☐"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: HoverBox {
                            button: maximiseButton
                        }
                        onAccepted: scene.maximised = !scene.maximised
                    }
                    SimButton {
                        id: closeButton

                        session: scene.session
                        targetId: "window-close"
                        //: Practice window button (a cross) that closes the app
                        text: qsTr("Close")
                        implicitWidth: Theme.minTarget * 1.2
                        height: parent.height
                        padding: 0
                        contentItem: Text {
                            text: "✕"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: closeButton.hovered && !Theme.themeColoursOnly ? "#ffffff" : Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            color: closeButton.hovered && !Theme.themeColoursOnly ? Theme.error : "transparent"
                            border.width: closeButton.down || (closeButton.hovered && Theme.themeColoursOnly)
                                          ? Theme.borderWidth : 0
                            border.color: Theme.border
                        }
                        onAccepted: scene.closeShownApp()
                    }
                }
            }

            // What the app shows inside its window.
            Item {
                id: windowBody

                clip: true
                x: Theme.borderWidth
                y: titleBar.y + titleBar.height
                width: parent.width - 2 * Theme.borderWidth
                height: parent.height - y - Theme.borderWidth

                // Letters: a letter being written.
                Rectangle {
                    visible: scene.shownApp === "letters"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    color: Theme.background
                    border.width: Theme.borderWidth / 2
                    border.color: Theme.border

                    BodyText {
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        //: Practice Letters app: the start of a letter being written
                        text: qsTr("Dear Sam,\n\nThank you for the lovely flowers. They look beautiful on the kitchen table.")
                    }
                }

                // Photos: a few pictures.
                Flow {
                    visible: scene.shownApp === "photos"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.gap

                    Repeater {
                        model: 6

                        Rectangle {
                            required property int index

                            width: Theme.unit * 14
                            height: Theme.unit * 10
                            color: Theme.themeColoursOnly ? Theme.background
                                   : ["#9cc5e8", "#f3d27a", "#a8d5a2", "#e7b3c4", "#c9b8e8", "#f0b27a"][index]
                            border.width: Theme.borderWidth
                            border.color: Theme.border
                            clip: true

                            Rectangle {
                                // a hill
                                width: parent.width
                                height: parent.width
                                radius: width / 2
                                x: (parent.index % 2 ? -0.3 : 0.3) * parent.width
                                y: parent.height * 0.55
                                color: Theme.themeColoursOnly ? Theme.text : "#4f8a3c"
                            }
                            Rectangle {
                                // the sun
                                width: parent.height * 0.28
                                height: width
                                radius: width / 2
                                x: parent.width * 0.7
                                y: parent.height * 0.15
                                color: Theme.themeColoursOnly ? Theme.text : "#ffffff"
                            }
                        }
                    }
                }

                // Calculator: a display and keys (only to look at).
                Column {
                    visible: scene.shownApp === "calculator"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.gap

                    Rectangle {
                        width: Math.min(parent.width, Theme.unit * 40)
                        height: display.implicitHeight + Theme.gap
                        color: Theme.surface
                        border.width: Theme.borderWidth / 2
                        border.color: Theme.border

                        Text {
                            id: display

                            anchors.right: parent.right
                            anchors.rightMargin: Theme.gap
                            anchors.verticalCenter: parent.verticalCenter
                            text: "0"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            color: Theme.text
                        }
                    }
                    Grid {
                        columns: 4
                        spacing: Theme.gap / 2

                        Repeater {
                            model: ["7", "8", "9", "÷", "4", "5", "6", "×", "1", "2", "3", "−", "0", ".", "=", "+"]

                            Rectangle {
                                required property string modelData

                                width: Theme.unit * 9.5
                                height: Theme.unit * 5
                                radius: Theme.radius / 2
                                color: Theme.surface
                                border.width: Theme.borderWidth / 2
                                border.color: Theme.border

                                Text {
                                    anchors.centerIn: parent
                                    text: parent.modelData
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.bodySize
                                    color: Theme.text
                                }
                            }
                        }
                    }
                }
            }
        }

        // ---- The start menu, above the start button ----------------------------------------
        Rectangle {
            id: startMenu

            objectName: "startMenu"
            visible: scene.startMenuOpen
            x: Theme.gap
            anchors.bottom: parent.bottom
            width: Math.min(desktop.width - 2 * Theme.gap, Theme.unit * 40)
            height: implicitHeight
            implicitHeight: menuColumn.implicitHeight + 2 * Theme.gap
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border
            radius: Theme.radius / 2
            z: 2

            Accessible.role: Accessible.PopupMenu
            //: Practice desktop: the start menu, a list of all the apps
            Accessible.name: qsTr("Start menu")
            Accessible.ignored: !visible

            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.AllButtons
            }

            Column {
                id: menuColumn

                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Theme.gap / 2

                Text {
                    width: parent.width
                    //: Practice desktop: heading of the start menu
                    text: qsTr("All apps")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    bottomPadding: Theme.gap / 2
                }
                SimButton {
                    id: menuCalculator

                    session: scene.session
                    targetId: "menu-calculator"
                    text: scene.appName("calculator")
                    width: parent.width
                    padding: Theme.gap
                    contentItem: Row {
                        spacing: Theme.gap

                        AppTile {
                            app: "calculator"
                            size: Theme.bodySize * 1.4
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        Text {
                            width: parent.width - Theme.bodySize * 1.4 - Theme.gap
                            anchors.verticalCenter: parent.verticalCenter
                            text: menuCalculator.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                    background: HoverBox {
                        button: menuCalculator
                    }
                    onAccepted: scene.openApp("calculator")
                }
                SimButton {
                    id: menuLetters

                    session: scene.session
                    targetId: "menu-letters"
                    text: scene.appName("letters")
                    width: parent.width
                    padding: Theme.gap
                    contentItem: Row {
                        spacing: Theme.gap

                        AppTile {
                            app: "letters"
                            size: Theme.bodySize * 1.4
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        Text {
                            width: parent.width - Theme.bodySize * 1.4 - Theme.gap
                            anchors.verticalCenter: parent.verticalCenter
                            text: menuLetters.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                    background: HoverBox {
                        button: menuLetters
                    }
                    onAccepted: scene.openApp("letters")
                }
                SimButton {
                    id: menuPhotos

                    session: scene.session
                    targetId: "menu-photos"
                    text: scene.appName("photos")
                    width: parent.width
                    padding: Theme.gap
                    contentItem: Row {
                        spacing: Theme.gap

                        AppTile {
                            app: "photos"
                            size: Theme.bodySize * 1.4
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        Text {
                            width: parent.width - Theme.bodySize * 1.4 - Theme.gap
                            anchors.verticalCenter: parent.verticalCenter
                            text: menuPhotos.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                    background: HoverBox {
                        button: menuPhotos
                    }
                    onAccepted: scene.openApp("photos")
                }
            }
        }
    }

    // ---- The taskbar ---------------------------------------------------------------------------
    Rectangle {
        id: taskbar

        objectName: "taskbar"
        y: scene.desktopHeight
        width: parent.width
        height: Math.max(Theme.minTarget, taskbarItems.implicitHeight, clock.implicitHeight) + Theme.gap
        color: scene.barColour
        border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
        border.color: Theme.border

        Accessible.role: Accessible.ToolBar
        //: Practice desktop: the bar along the bottom of the screen
        Accessible.name: qsTr("Taskbar")

        Flow {
            id: taskbarItems

            x: Theme.gap / 2
            y: Theme.gap / 2
            width: parent.width - clock.width - Theme.spacing * 2
            spacing: Theme.gap / 2

            SimButton {
                id: startButton

                session: scene.session
                targetId: "start-button"
                //: Practice desktop: the start button on the taskbar, which opens the list of apps
                text: qsTr("Start")
                padding: Theme.gap
                contentItem: Row {
                    spacing: Theme.gap

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: "▦"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.titleSize
                        color: startButton.checkedLook ? Theme.text : scene.barText
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: startButton.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: startButton.checkedLook ? Theme.text : scene.barText
                    }
                }
                readonly property bool checkedLook: scene.startMenuOpen
                implicitWidth: Theme.titleSize + Theme.gap * 3 + startLabelSize.implicitWidth
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: startButton.checkedLook ? Theme.background : "transparent"
                    border.width: startButton.hovered || startButton.down || startButton.checkedLook
                                  ? Theme.borderWidth : 0
                    border.color: startButton.checkedLook ? Theme.border : scene.barText
                }
                onAccepted: scene.startMenuOpen = !scene.startMenuOpen

                Text {
                    id: startLabelSize

                    visible: false
                    text: startButton.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
            }
            SimButton {
                id: taskbarLetters

                session: scene.session
                targetId: "taskbar-letters"
                text: scene.appName("letters")
                visible: scene.isOpen("letters")
                padding: Theme.gap
                implicitWidth: Theme.bodySize * 1.3 + Theme.gap * 3 + lettersLabelSize.implicitWidth
                contentItem: Row {
                    spacing: Theme.gap

                    AppTile {
                        app: "letters"
                        size: Theme.bodySize * 1.3
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: taskbarLetters.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: scene.barText
                    }
                }
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: "transparent"
                    border.width: taskbarLetters.hovered || taskbarLetters.down ? Theme.borderWidth : 0
                    border.color: scene.barText

                    // The line under an open app: long when its window shows, short when hidden.
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: scene.shownApp === "letters" ? parent.width - Theme.gap : Theme.unit * 2
                        height: Theme.borderWidth * 1.5
                        color: scene.barText
                    }
                }
                onAccepted: scene.taskbarClicked("letters")

                Text {
                    id: lettersLabelSize

                    visible: false
                    text: taskbarLetters.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
            }
            SimButton {
                id: taskbarPhotos

                session: scene.session
                targetId: "taskbar-photos"
                text: scene.appName("photos")
                visible: scene.isOpen("photos")
                padding: Theme.gap
                implicitWidth: Theme.bodySize * 1.3 + Theme.gap * 3 + photosLabelSize.implicitWidth
                contentItem: Row {
                    spacing: Theme.gap

                    AppTile {
                        app: "photos"
                        size: Theme.bodySize * 1.3
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: taskbarPhotos.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: scene.barText
                    }
                }
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: "transparent"
                    border.width: taskbarPhotos.hovered || taskbarPhotos.down ? Theme.borderWidth : 0
                    border.color: scene.barText

                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: scene.shownApp === "photos" ? parent.width - Theme.gap : Theme.unit * 2
                        height: Theme.borderWidth * 1.5
                        color: scene.barText
                    }
                }
                onAccepted: scene.taskbarClicked("photos")

                Text {
                    id: photosLabelSize

                    visible: false
                    text: taskbarPhotos.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
            }
            SimButton {
                id: taskbarCalculator

                session: scene.session
                targetId: "taskbar-calculator"
                text: scene.appName("calculator")
                visible: scene.isOpen("calculator")
                padding: Theme.gap
                implicitWidth: Theme.bodySize * 1.3 + Theme.gap * 3 + calculatorLabelSize.implicitWidth
                contentItem: Row {
                    spacing: Theme.gap

                    AppTile {
                        app: "calculator"
                        size: Theme.bodySize * 1.3
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: taskbarCalculator.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: scene.barText
                    }
                }
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: "transparent"
                    border.width: taskbarCalculator.hovered || taskbarCalculator.down ? Theme.borderWidth : 0
                    border.color: scene.barText

                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: scene.shownApp === "calculator" ? parent.width - Theme.gap : Theme.unit * 2
                        height: Theme.borderWidth * 1.5
                        color: scene.barText
                    }
                }
                onAccepted: scene.taskbarClicked("calculator")

                Text {
                    id: calculatorLabelSize

                    visible: false
                    text: taskbarCalculator.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
            }
        }

        Text {
            id: clock

            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            //: Practice desktop: the time shown at the right end of the taskbar
            text: qsTr("10:30")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: scene.barText
            Accessible.ignored: true
        }
    }
}
