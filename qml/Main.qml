// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
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

    // Kiosk mode (IT's preset, or --kiosk): full screen, no frame, closed only by staff (ClosePrompt).
    flags: Deployment.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    Component.onCompleted: {
        if (Deployment.kiosk)
            window.showFullScreen()
    }
    onClosing: close => {
        if (!Deployment.requestClose("window")) {
            close.accepted = false
            closePrompt.open()
        }
    }
    onVisibilityChanged: visibility => {
        if (Deployment.kiosk && visibility !== Window.FullScreen && visibility !== Window.Hidden)
            Qt.callLater(window.showFullScreen)
    }

    function show(name: string) {
        const page = pageComponents[Routes.pages[name] ?? "HomePage"]
        // The PIN page on its own (screenshots) shows the first learner signing in.
        const first = Session.learners[0]
        const properties = name === "pin" && first
                         ? { learner: first, mode: first.pinKind === "" ? "choose" : "enter" } : {}
        stack.replace(null, page, properties)
    }

    // Makes the new profile with the answer to "Share your progress?" (on `page`, which says
    // so if it cannot be saved), then offers the skills check.
    function makeProfile(page, sharing) {
        const newcomer = page.newcomer
        if (Profile.createProfile(newcomer.name ?? "", newcomer.avatar ?? "", newcomer.pinKind ?? "",
                              newcomer.pin ?? "", sharing))
            window.show("skills-check")
        else
            //: Shown if the new profile could not be saved
            page.failed(qsTr("Your profile could not be saved on this computer. Please ask a helper."))
    }

    // The signed-in learner answers the sharing question again (after a progress code from
    // another computer): `sharing` as for makeProfile.
    function answerSharingAgain(page, sharing) {
        if (Profile.answerSharing(sharing))
            window.show("home")
        else
            //: Shown if the answer to the sharing question could not be saved
            page.failed(qsTr("Your answer could not be saved on this computer. Please ask a helper."))
    }

    function signOut() {
        Session.signOut()
        window.show(Session.learners.length > 0 ? "sign-in" : "language")
    }

    // The page components by name. Which one a page name shows is the route table's
    // (Routes, app/ui/PageRoutes.cpp), which the screenshot mode reads too.
    readonly property var pageComponents: ({
        "SignInPage": signInPage,
        "PinPage": pinPage,
        "HelperPage": helperPage,
        "DashboardPage": dashboardPage,
        "LanguagePage": languagePage,
        "ProfilePage": profilePage,
        "HomePage": homePage,
        "LessonPage": lessonPage,
        "DonePage": donePage,
        "SettingsPage": settingsPage,
        "ProgressPage": progressPage,
        "RestoreCodePage": restoreCodePage,
        "SkillsCheckPage": skillsCheckPage,
        "NoticePage": noticePage,
        "ErrorPage": errorPage,
        "ConsentPage": consentPage,
        "ConsentDetailsPage": consentDetailsPage,
        "DeleteDataPage": deleteDataPage,
        "CheckinPage": checkinPage,
        "SetupPage": setupPage
    })
    header: Rectangle {
        implicitHeight: topBar.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.border
        enabled: !Session.idlePromptShown

        // Who is signed in, the way out, and the settings: on every page, one click away.
        // The row wraps (Flow) so nothing is cut off at 200% text or in a narrow window.
        Flow {
            id: topBar

            x: Theme.spacing * 2
            y: Theme.gap
            width: parent.width - Theme.spacing * 4
            spacing: Theme.spacing

            Text {
                id: appName

                height: Theme.minTarget
                text: window.title
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                Accessible.ignored: true
            }
            Text {
                objectName: "demoDataNotice"
                visible: Session.demoData
                width: Math.min(implicitWidth, topBar.width)
                height: Math.max(Theme.minTarget, implicitHeight)
                //: Top bar on every page when the PC holds made-up learners for a demonstration (opensteps demo-data), not real people's progress
                text: qsTr("Demo data: not real learners")
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Accessible.ignored: !visible
            }
            Row {
                objectName: "whoIsHere"
                visible: Session.hasLearner || Session.guest
                height: Theme.minTarget
                spacing: Theme.gap
                Accessible.role: Accessible.StaticText
                Accessible.name: whoText.text
                Accessible.ignored: !visible

                Image {
                    anchors.verticalCenter: parent.verticalCenter
                    visible: Session.hasLearner
                    width: Theme.minTarget * 0.8
                    height: width
                    source: Session.hasLearner ? Labels.avatarSource(Session.learnerAvatar) : ""
                    sourceSize.width: Theme.unit * 8
                    Accessible.ignored: true
                }
                Text {
                    id: whoText

                    anchors.verticalCenter: parent.verticalCenter
                    text: Session.guest
                          //: Top bar in guest mode: nothing the learner does is kept
                          ? qsTr("Just looking: nothing is saved")
                          : Session.learnerName
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: Session.guest
                    color: Theme.text
                    Accessible.ignored: true
                }
            }
            ActionButton {
                objectName: "signOut"
                visible: Session.hasLearner || Session.guest
                text: Session.guest
                      //: Top bar button in guest mode: back to the learners' pictures
                      ? qsTr("Stop looking")
                      //: Top bar button: signs the learner out (then anyone can sign in)
                      : qsTr("Sign out")
                onClicked: window.signOut()
            }
            ActionButton {
                objectName: "openSettings"
                visible: Session.startPage !== "error" && stack.currentItem?.pageName !== "settings"
                //: Top bar button that opens the settings page (text size, colours, font, read aloud)
                text: qsTr("Settings")
                //: Screen reader name of the top bar's Settings button
                Accessible.name: qsTr("Settings: text size, colours and read aloud")
                onClicked: stack.push(settingsPage)
            }
        }
    }

    StackView {
        id: stack

        anchors.fill: parent
        focus: true
        enabled: !Session.idlePromptShown
        // No sliding pages: motion can upset, and old PCs draw every frame in software.
        pushEnter: null
        pushExit: null
        popEnter: null
        popExit: null
        replaceEnter: null
        replaceExit: null

        Component.onCompleted: window.show(Session.startPage)
    }

    Component {
        id: signInPage

        SignInPage {
            onLearnerChosen: learner => stack.push(pinPage, {
                learner: learner,
                mode: learner.pinKind === "" ? "choose" : "enter"
            })
            onNewLearner: {
                Session.beginNewProfile()
                stack.push(languagePage)
            }
            onJustLooking: {
                if (Session.startGuest())
                    window.show("home")
            }
            onHelperRequested: stack.push(helperPage)
        }
    }
    Component {
        id: pinPage

        PinPage {
            id: pin

            onSignedIn: window.show("home")
            onPinChosen: (kind, code) => {
                if (pin.learner.id) {
                    if (Session.choosePin(pin.learner.id, kind, code))
                        window.show("home")
                    else
                        //: Shown if a new PIN could not be saved
                        pin.failed(qsTr("Your PIN could not be saved on this computer. Please ask a helper."))
                } else {
                    // A new profile: the question about sharing comes before it is saved.
                    stack.push(consentPage, {
                        newcomer: { name: pin.learner.name, avatar: pin.learner.avatar,
                                    pinKind: kind, pin: code }
                    })
                }
            }
            onCancelled: stack.depth > 1 ? stack.pop() : window.show("sign-in")
        }
    }
    Component {
        id: helperPage

        HelperPage {
            onClosed: stack.depth > 1 ? stack.pop() : window.show("sign-in")
            onSetupRequested: stack.push(setupPage)
            onDashboardRequested: stack.push(dashboardPage)
        }
    }
    Component {
        id: setupPage

        // From the helper page: back there. At first start: the first visit goes on.
        SetupPage {
            onFinished: stack.depth > 1 ? stack.pop()
                        : window.show(Session.learners.length > 0 ? "sign-in" : "language")
        }
    }
    Component {
        id: dashboardPage

        // Over the helper page, whose staff member stays signed in until they leave it.
        DashboardPage {
            onClosed: stack.depth > 1 ? stack.pop() : window.show("helper")
        }
    }
    Component {
        id: languagePage

        LanguagePage {
            // First start: offer the settings (text size, colours, read aloud) before anything else.
            onChosen: stack.push(settingsPage, { firstStart: true })
            onCancelled: {
                Session.signOut() // leaves what the newcomer chose behind
                window.show("sign-in")
            }
        }
    }
    Component {
        id: profilePage

        ProfilePage {
            onCancelled: stack.pop()
            onDetailsChosen: (name, avatar) => stack.push(pinPage, {
                mode: "choose",
                learner: { name: name, avatar: avatar }
            })
        }
    }
    Component {
        id: consentPage

        ConsentPage {
            id: consent

            // No: the profile is made (or the answer saved) now. Yes: the optional questions first.
            onAnswered: share => share
                        ? stack.push(consentDetailsPage, { newcomer: consent.newcomer,
                                                           again: consent.again })
                        : consent.again ? window.answerSharingAgain(consent, { share: false })
                        : window.makeProfile(consent, { share: false })
            // Back to choosing the PIN, afresh.
            onCancelled: {
                stack.pop()
                const pin = stack.currentItem as PinPage
                pin?.startAgain()
            }
        }
    }
    Component {
        id: consentDetailsPage

        ConsentDetailsPage {
            id: details

            onAnswered: sharing => details.again ? window.answerSharingAgain(details, sharing)
                                   : window.makeProfile(details, sharing)
            onCancelled: stack.pop()
        }
    }
    Component {
        id: deleteDataPage

        DeleteDataPage {
            onKept: stack.pop()
            onDeleted: stack.replace(null, signInPage, { dataDeleted: true })
        }
    }
    Component {
        id: homePage

        HomePage {
            onLessonOpened: stack.push(lessonPage)
            onSkillsCheckRequested: stack.push(skillsCheckPage)
            onProgressRequested: stack.push(progressPage)
            onRestoreRequested: stack.push(restoreCodePage)
            onCheckinRequested: stack.push(checkinPage)
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
            onProgressRequested: stack.replace(null, progressPage)
            onCheckinRequested: stack.replace(null, checkinPage)
        }
    }
    Component {
        id: checkinPage

        CheckinPage {
            onClosed: window.show("home")
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
            id: settings

            onCancelled: stack.pop()
            onDeleteRequested: stack.push(deleteDataPage)
            onClosed: settings.firstStart ? stack.push(profilePage)
                      : stack.depth > 1 ? stack.pop()
                      : window.show(Session.hasLearner || Session.guest ? "home" : "sign-in")
        }
    }
    Component {
        id: noticePage

        NoticePage {
            onAcknowledged: window.show(Session.learners.length > 0 ? "sign-in" : "language")
        }
    }
    Component {
        id: progressPage

        ProgressPage {
            onClosed: window.show("home")
        }
    }
    Component {
        id: restoreCodePage

        RestoreCodePage {
            onClosed: window.show("home")
            onSharingAsked: stack.push(consentPage, { again: true })
        }
    }
    Component {
        id: errorPage

        ErrorPage {}
    }

    // "Are you still there?": after the staff-set time without use, over whatever page is open
    // (nothing on it is lost), read aloud, with a minute to answer before signing out.
    IdlePrompt {
        anchors.fill: parent
        onSignedOut: window.show(Session.learners.length > 0 ? "sign-in" : "language")
    }
    ClosePrompt {
        id: closePrompt

        anchors.fill: parent
    }
}
