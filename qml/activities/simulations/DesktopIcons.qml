// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The app icons on the practice desktop's wallpaper; one opens its app.
Column {
    id: icons

    required property DesktopState desktop

    spacing: Theme.gap / 2

    // An app's icon: its tile with its name under it.
    component DesktopIcon: SimButton {
        id: icon

        required property DesktopState desktop
        required property string app

        session: desktop.session
        targetId: "icon-" + app
        text: desktop.appName(app)
        implicitWidth: Theme.unit * 14
        padding: Theme.gap / 2
        contentItem: Column {
            spacing: Theme.gap / 2

            DesktopAppTile {
                app: icon.app
                anchors.horizontalCenter: parent.horizontalCenter
            }
            Text {
                width: parent.width
                text: icon.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        background: HoverFrame {
            button: icon
        }
        onAccepted: desktop.openApp(app)
    }

    DesktopIcon {
        desktop: icons.desktop
        app: "letters"
    }
    DesktopIcon {
        desktop: icons.desktop
        app: "photos"
    }
    DesktopIcon {
        desktop: icons.desktop
        app: "calculator"
    }
}
