// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice desktop's app window: a title bar with the app's tile and name and the 3 usual
// buttons at its top right (minimise, maximise, close), then what the app shows.
Rectangle {
    id: appWindow

    required property DesktopState desktop

    objectName: "appWindow"
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.border
    clip: true

    Accessible.role: Accessible.Window
    //: Practice desktop: the open app's window; %1 is the app's name
    Accessible.name: qsTr("%1 window").arg(appWindow.desktop.appName(appWindow.desktop.shownApp))
    Accessible.ignored: !visible

    // A button at the window's top right: a symbol, with its name for screen readers.
    component WindowButton: SimButton {
        id: windowButton

        property string symbol
        property color ink: Theme.text

        implicitWidth: Theme.minTarget * 1.2
        height: parent.height
        padding: 0
        contentItem: Text {
            text: windowButton.symbol
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: windowButton.ink
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: HoverFrame {
            button: windowButton
        }
    }

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

        DesktopAppTile {
            id: titleTile

            app: appWindow.desktop.shownApp === "" ? "letters" : appWindow.desktop.shownApp
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
            text: appWindow.desktop.appName(appWindow.desktop.shownApp)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Row {
            id: windowButtons

            anchors.right: parent.right
            height: parent.height

            WindowButton {
                session: appWindow.desktop.session
                targetId: "window-minimise"
                //: Practice window button (a line) that hides the window on the taskbar
                text: qsTr("Minimise")
                symbol: "—"
                onAccepted: appWindow.desktop.shownApp = ""
            }
            WindowButton {
                session: appWindow.desktop.session
                targetId: "window-maximise"
                text: appWindow.desktop.maximised
                      //: Practice window button (two squares) that makes a full-screen window smaller again
                      ? qsTr("Restore down")
                      //: Practice window button (a square) that makes the window fill the screen
                      : qsTr("Maximise")
                symbol: appWindow.desktop.maximised ? "❐" : "☐"
                onAccepted: appWindow.desktop.maximised = !appWindow.desktop.maximised
            }
            WindowButton {
                id: closeButton

                session: appWindow.desktop.session
                targetId: "window-close"
                //: Practice window button (a cross) that closes the app
                text: qsTr("Close")
                symbol: "✕"
                ink: closeButton.hovered && !Theme.themeColoursOnly ? "#ffffff" : Theme.text
                background: Rectangle {
                    color: closeButton.hovered && !Theme.themeColoursOnly ? Theme.error : "transparent"
                    border.width: closeButton.down || (closeButton.hovered && Theme.themeColoursOnly)
                                  ? Theme.borderWidth : 0
                    border.color: Theme.border
                }
                onAccepted: appWindow.desktop.closeShownApp()
            }
        }
    }

    // What the app shows inside its window.
    DesktopAppContent {
        clip: true
        x: Theme.borderWidth
        y: titleBar.y + titleBar.height
        width: parent.width - 2 * Theme.borderWidth
        height: parent.height - y - Theme.borderWidth
        app: appWindow.desktop.shownApp
    }
}
