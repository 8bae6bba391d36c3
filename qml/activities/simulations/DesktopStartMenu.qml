// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice desktop's start menu, above the start button: a list of all the apps.
Rectangle {
    id: startMenu

    required property DesktopState desktop

    objectName: "startMenu"
    implicitHeight: menuColumn.implicitHeight + 2 * Theme.gap
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.border
    radius: Theme.radius / 2

    Accessible.role: Accessible.PopupMenu
    //: Practice desktop: the start menu, a list of all the apps
    Accessible.name: qsTr("Start menu")
    Accessible.ignored: !visible

    // A row of the menu: the app's tile and its name; it opens the app.
    component MenuRow: SimButton {
        id: row

        required property DesktopState desktop
        required property string app

        session: desktop.session
        targetId: "menu-" + app
        text: desktop.appName(app)
        width: parent.width
        padding: Theme.gap
        contentItem: Row {
            spacing: Theme.gap

            DesktopAppTile {
                app: row.app
                size: Theme.bodySize * 1.4
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                width: parent.width - Theme.bodySize * 1.4 - Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: row.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        background: HoverFrame {
            button: row
        }
        onAccepted: desktop.openApp(app)
    }

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
        MenuRow {
            desktop: startMenu.desktop
            app: "calculator"
        }
        MenuRow {
            desktop: startMenu.desktop
            app: "letters"
        }
        MenuRow {
            desktop: startMenu.desktop
            app: "photos"
        }
    }
}
