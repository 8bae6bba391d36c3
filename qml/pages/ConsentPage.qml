// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// Making a profile, after the PIN: would the newcomer like to share their progress, without
// their name, with the 100% Digital Leeds programme? What goes and what never goes is said in
// plain words and read aloud. Two equal answers and nothing chosen: either is fine, and it can
// be changed in Settings. The profile is made with the answer (a yes first asks the optional
// questions on the next page).
ScrollPage {
    id: page

    // {name, avatar, pinKind, pin} of the profile being made, kept until it is saved.
    property var newcomer: ({})
    // Asked again of a signed-in learner whose progress code brought their sharing from another
    // computer: this computer asks for itself. No Back: either answer is fine, and until one is
    // given nothing is shared.
    property bool again: false
    //: Consent page, asked again after a progress code from another computer was typed
    readonly property string againText: qsTr("You shared your progress on the other computer. This computer asks you again. If you say yes, your progress here counts with your progress there.")
    property string message: ""
    //: Consent page: what the programme is and why it asks
    readonly property string introText: qsTr("100% Digital Leeds helps people in Leeds use computers and the internet. If you share your progress, it helps them see what works. It never says who you are.")
    //: Consent page: heading of the list of what is shared
    readonly property string sharedHeading: qsTr("What is shared:")
    readonly property var sharedItems: [
        //: Consent page, what is shared: the lessons the learner finishes
        qsTr("Which lessons you finish"),
        //: Consent page, what is shared: the answers to the "What can you do already?" check
        qsTr("Your answers to the skills check"),
        //: Consent page, what is shared: the place (library or community hub) where they learn
        qsTr("Where you learn, like this library")
    ]
    //: Consent page: heading of the list of what is never shared
    readonly property string neverHeading: qsTr("What is never shared:")
    readonly property var neverItems: [
        //: Consent page, never shared: the learner's name
        qsTr("Your name"),
        //: Consent page, never shared: the learner's PIN
        qsTr("Your PIN"),
        //: Consent page, never shared: anything the learner types in lessons or practice
        qsTr("Anything you type")
    ]
    //: Consent page: both answers are fine; the choice can be changed later
    readonly property string eitherText: qsTr("Either answer is fine. You can change it at any time in Settings.")
    //: Consent page: answer that shares anonymous progress
    readonly property string yesText: qsTr("Yes, share")
    //: Consent page: answer that shares nothing
    readonly property string noText: qsTr("No, thank you")
    readonly property string readAloudText: page.title + "\n"
        + (page.again ? page.againText + "\n" : "") + page.introText + "\n"
        + page.sharedHeading + "\n" + page.sharedItems.join(".\n") + ".\n"
        + page.neverHeading + "\n" + page.neverItems.join(".\n") + ".\n"
        + page.eitherText + "\n" + page.yesText + "\n" + page.noText

    // true: yes (the optional questions come next); false: no (the profile is made now).
    signal answered(bool share)
    signal cancelled()

    // The profile could not be saved: say so here, where the learner is.
    function failed(text) {
        page.message = text
        messageBox.forceActiveFocus()
    }

    pageName: "consent"
    //: Heading of the page that asks a new learner whether to share their progress
    title: qsTr("Share your progress with 100% Digital Leeds?")

    // With "Read each step out loud by itself", this page is read as it shows too.
    StackView.onActivated: {
        if (Preferences.autoRead && ReadAloud.available)
            autoRead.start()
    }
    Timer {
        id: autoRead

        interval: 0
        onTriggered: ReadAloud.say(page.readAloudText)
    }

    ReadAloudButton {
        id: readAloudButton

        words: page.readAloudText
    }
    ErrorMessage {
        //: Shown when the computer has no voice installed for reading aloud
        text: readAloudButton.explained ? qsTr("Reading aloud does not work on this computer yet. Please ask a member of staff.") : ""
    }
    ErrorMessage {
        id: messageBox

        objectName: "consentMessage"
        text: page.message
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "consentAgain"
        visible: page.again
        text: page.againText
    }
    BodyText {
        Layout.fillWidth: true
        text: page.introText
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: page.sharedHeading
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "sharedList"
        text: page.sharedItems.map(item => "• " + item).join("\n")
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: page.neverHeading
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "neverSharedList"
        text: page.neverItems.map(item => "• " + item).join("\n")
    }
    BodyText {
        Layout.fillWidth: true
        text: page.eitherText
    }

    // Two equal answers, side by side when they fit, one above the other when not; neither is
    // the "primary" one and neither is chosen.
    GridLayout {
        id: answers

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        columns: yes.implicitWidth + no.implicitWidth + answers.columnSpacing <= page.availableContentWidth ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ActionButton {
            id: yes

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.minimumHeight: Theme.minTarget * 1.5
            objectName: "shareYes"
            text: page.yesText
            onClicked: page.answered(true)
        }
        ActionButton {
            id: no

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.minimumHeight: Theme.minTarget * 1.5
            objectName: "shareNo"
            text: page.noText
            onClicked: page.answered(false)
        }
    }

    ActionButton {
        Layout.topMargin: Theme.spacing
        objectName: "consentBack"
        visible: !page.again
        //: Consent page: goes back to choosing a PIN
        text: qsTr("Back")
        onClicked: page.cancelled()
    }
}
