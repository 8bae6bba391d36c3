// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice desktop's taskbar along the bottom: the start button, a button for each open
// app (with a line under it, long when its window shows), and the clock.
Rectangle {
    id: taskbar

    required property DesktopState desktop

    objectName: "taskbar"
    height: Math.max(Theme.minTarget, taskbarItems.implicitHeight, clock.implicitHeight) + Theme.gap
    color: taskbar.desktop.barColour
    border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
    border.color: Theme.border

    Accessible.role: Accessible.ToolBar
    //: Practice desktop: the bar along the bottom of the screen
    Accessible.name: qsTr("Taskbar")

    // An open app on the taskbar: its tile and name. A hidden window comes back, a showing one hides.
    component TaskbarApp: SimButton {
        id: appButton

        required property DesktopState desktop
        required property string app

        session: desktop.session
        targetId: "taskbar-" + app
        text: desktop.appName(app)
        visible: desktop.isOpen(app)
        padding: Theme.gap
        implicitWidth: Theme.bodySize * 1.3 + Theme.gap * 3 + labelSize.implicitWidth
        contentItem: Row {
            spacing: Theme.gap

            DesktopAppTile {
                app: appButton.app
                size: Theme.bodySize * 1.3
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: appButton.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: appButton.desktop.barText
            }
        }
        background: HoverFrame {
            button: appButton
            border.color: appButton.desktop.barText

            // The line under an open app: long when its window shows, short when hidden.
            Rectangle {
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                width: appButton.desktop.shownApp === appButton.app ? parent.width - Theme.gap : Theme.unit * 2
                height: Theme.borderWidth * 1.5
                color: appButton.desktop.barText
            }
        }
        onAccepted: desktop.taskbarClicked(app)

        Text {
            id: labelSize

            visible: false
            text: appButton.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
        }
    }

    Flow {
        id: taskbarItems

        x: Theme.gap / 2
        y: Theme.gap / 2
        width: parent.width - clock.width - Theme.spacing * 2
        spacing: Theme.gap / 2

        SimButton {
            id: startButton

            session: taskbar.desktop.session
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
                    color: startButton.checkedLook ? Theme.text : taskbar.desktop.barText
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: startButton.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: startButton.checkedLook ? Theme.text : taskbar.desktop.barText
                }
            }
            readonly property bool checkedLook: taskbar.desktop.startMenuOpen
            implicitWidth: Theme.titleSize + Theme.gap * 3 + startLabelSize.implicitWidth
            background: HoverFrame {
                button: startButton
                highlighted: startButton.checkedLook
                border.color: startButton.checkedLook ? Theme.border : taskbar.desktop.barText
            }
            onAccepted: taskbar.desktop.startMenuOpen = !taskbar.desktop.startMenuOpen

            Text {
                id: startLabelSize

                visible: false
                text: startButton.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
        }
        TaskbarApp {
            desktop: taskbar.desktop
            app: "letters"
        }
        TaskbarApp {
            desktop: taskbar.desktop
            app: "photos"
        }
        TaskbarApp {
            desktop: taskbar.desktop
            app: "calculator"
        }
    }

    TaskbarClock {
        id: clock

        //: Practice desktop: the time shown at the right end of the taskbar
        text: qsTr("10:30")
        color: taskbar.desktop.barText
    }
}
