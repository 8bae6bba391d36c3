// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// The window: a top bar with the way to the settings, and one page at a time below it.
// Pages never move by themselves and nothing is timed; the learner decides when to go on.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    //: Window title
    title: qsTr("OpenSteps")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    // Header plus the current page's whole content; the screenshot mode sizes the window to it.
    readonly property real fullHeight: (header?.height ?? 0) + ((stack.currentItem as ScrollPage)?.fullHeight ?? 0)

    LayoutMirroring.enabled: Preferences.rightToLeft
    LayoutMirroring.childrenInherit: true

    function show(name: string) {
        const page = pages[name] ?? pages.home
        stack.replace(null, page)
    }

    readonly property var pages: ({
        "language": languagePage,
        "profile": profilePage,
        "home": homePage,
        "lesson": lessonPage,
        "lesson-choice": lessonPage,
        "lesson-practice": lessonPage,
        "lesson-typing": lessonPage,
        "lesson-reflect": lessonPage,
        "done": donePage,
        "settings": settingsPage,
        "skills-check": skillsCheckPage,
        "notice": noticePage,
        "error": errorPage
    })

    header: Rectangle {
        implicitHeight: Math.max(topBar.implicitHeight, Theme.minTarget) + 2 * Theme.gap
        color: Theme.surface
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.border

        RowLayout {
            id: topBar

            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 2
            anchors.rightMargin: Theme.spacing * 2
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: window.title
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
            ActionButton {
                objectName: "openSettings"
                visible: App.startPage !== "error" && stack.currentItem?.pageName !== "settings"
                //: Top bar button that opens the settings page
                text: qsTr("Text size and colours")
                onClicked: stack.push(settingsPage)
            }
        }
    }

    StackView {
        id: stack

        anchors.fill: parent
        focus: true
        // No sliding pages: motion can upset, and old PCs draw every frame in software.
        pushEnter: null
        pushExit: null
        popEnter: null
        popExit: null
        replaceEnter: null
        replaceExit: null

        Component.onCompleted: window.show(App.startPage)
    }

    Component {
        id: languagePage

        LanguagePage {
            onChosen: stack.push(profilePage)
        }
    }
    Component {
        id: profilePage

        ProfilePage {
            // First sign-in: the skills check is offered before the lessons.
            onCreated: window.show("skills-check")
        }
    }
    Component {
        id: homePage

        HomePage {
            onLessonOpened: stack.push(lessonPage)
            onSkillsCheckRequested: stack.push(skillsCheckPage)
        }
    }
    Component {
        id: lessonPage

        LessonPage {
            onFinished: stack.replace(donePage)
            onLeaveRequested: window.show("home")
        }
    }
    Component {
        id: donePage

        DonePage {
            onBackHome: window.show("home")
        }
    }
    Component {
        id: skillsCheckPage

        SkillsCheckPage {
            onClosed: window.show("home")
        }
    }
    Component {
        id: settingsPage

        SettingsPage {
            onClosed: stack.depth > 1 ? stack.pop() : window.show(App.hasLearner ? "home" : "language")
        }
    }
    Component {
        id: noticePage

        NoticePage {
            onAcknowledged: window.show("language")
        }
    }
    Component {
        id: errorPage

        ErrorPage {}
    }
}
