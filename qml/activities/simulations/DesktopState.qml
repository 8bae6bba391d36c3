// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What is happening on the practice desktop, shared by its parts; it changes only when a task
// was done. The apps are made up: Letters, Photos, Calculator.
QtObject {
    id: desktop

    required property SimulationSession session

    property var openApps: [] // the apps on the taskbar, such as ["letters"]
    property string shownApp: "" // the app whose window shows; "" when none (or minimised)
    property bool maximised: false
    property bool startMenuOpen: false

    readonly property color wallpaper: Theme.themeColoursOnly ? Theme.background : "#d4e3f1"
    readonly property color barColour: Theme.themeColoursOnly ? Theme.background : Theme.text
    readonly property color barText: Theme.themeColoursOnly ? Theme.text : Theme.background

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
        return desktop.openApps.indexOf(app) >= 0
    }
    function openApp(app) {
        if (!desktop.isOpen(app))
            desktop.openApps = desktop.openApps.concat([app])
        desktop.shownApp = app
        desktop.maximised = false
        desktop.startMenuOpen = false
    }
    function closeShownApp() {
        const app = desktop.shownApp
        desktop.openApps = desktop.openApps.filter(a => a !== app)
        desktop.shownApp = ""
        desktop.maximised = false
    }
    function taskbarClicked(app) {
        // As on a real taskbar: a hidden window comes back, a showing one hides.
        desktop.shownApp = desktop.shownApp === app ? "" : app
        desktop.startMenuOpen = false
    }
}
