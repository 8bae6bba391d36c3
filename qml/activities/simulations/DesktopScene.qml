// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice computer desktop: app icons on the wallpaper, a taskbar along the bottom with the
// start button, a start menu of all the apps, and one app window with the 3 usual buttons at
// its top right (minimise, maximise, close). The apps are made up: Letters, Photos, Calculator.
// This file lays the parts out: the wallpaper with its icons, window and menu, then the taskbar.
Item {
    id: scene

    required property SimulationSession session

    readonly property real desktopHeight: Math.max(icons.implicitHeight, startMenu.implicitHeight,
                                                   Theme.unit * 34) + 2 * Theme.spacing

    implicitHeight: desktopHeight + taskbar.height

    DesktopState {
        id: desktopState

        session: scene.session
    }

    // ---- The wallpaper and its icons -------------------------------------------------------
    Rectangle {
        id: wallpaperArea

        width: parent.width
        height: scene.desktopHeight
        color: desktopState.wallpaper

        DesktopIcons {
            id: icons

            x: Theme.spacing
            y: Theme.spacing
            visible: !(desktopState.shownApp !== "" && desktopState.maximised)
            desktop: desktopState
        }

        // ---- The app window ----------------------------------------------------------------
        DesktopAppWindow {
            readonly property real normalX: icons.x + icons.width + Theme.spacing * 2

            visible: desktopState.shownApp !== ""
            x: desktopState.maximised ? 0 : normalX
            y: desktopState.maximised ? 0 : Theme.spacing
            width: desktopState.maximised ? wallpaperArea.width
                                          : Math.max(Theme.unit * 30, wallpaperArea.width - normalX - Theme.spacing * 3)
            height: desktopState.maximised ? wallpaperArea.height : wallpaperArea.height - Theme.spacing * 2
            z: 1
            desktop: desktopState
        }

        // ---- The start menu, above the start button ----------------------------------------
        DesktopStartMenu {
            id: startMenu

            visible: desktopState.startMenuOpen
            x: Theme.gap
            anchors.bottom: parent.bottom
            width: Math.min(wallpaperArea.width - 2 * Theme.gap, Theme.unit * 40)
            height: implicitHeight
            z: 2
            desktop: desktopState
        }
    }

    // ---- The taskbar ---------------------------------------------------------------------------
    DesktopTaskbar {
        id: taskbar

        y: scene.desktopHeight
        width: parent.width
        desktop: desktopState
    }
}
