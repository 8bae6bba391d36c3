// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// Making a profile, after "Yes, share": three optional questions (age, the first part of the
// postcode, language), each of which can be left out. Continue makes the profile with the
// answers given; a whole postcode is refused with a message, never cut down.
ScrollPage {
    id: page

    // {name, avatar, pinKind, pin} of the profile being made, kept until it is saved.
    property var newcomer: ({})
    // After a progress code from another computer (ConsentPage.again): for the signed-in
    // learner, not a new profile.
    property bool again: false
    property string message: ""
    //: Optional questions page: why they are asked, and that they can be left out
    readonly property string introText: qsTr("These help 100% Digital Leeds know who they are helping. You do not have to answer. Leave out any question you like.")
    readonly property string readAloudText: page.title + "\n" + page.introText + "\n"
                                            + questions.readAloudText

    // {share: true, ageBand, postcodeDistrict, preferredLanguage}: "" for each not answered.
    signal answered(var sharing)
    signal cancelled()

    function failed(text) {
        page.message = text
        messageBox.forceActiveFocus()
    }
    function finish() {
        const district = questions.checkedPostcode()
        if (district === undefined) {
            questions.focusPostcodeError()
            return
        }
        page.message = ""
        page.answered({
            share: true,
            ageBand: questions.ageBand === "none" ? "" : questions.ageBand,
            postcodeDistrict: district,
            preferredLanguage: questions.language === "none" ? "" : questions.language
        })
    }

    pageName: "consent-details"
    //: Heading of the page of optional questions after agreeing to share progress
    title: qsTr("A few questions about you")

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

        objectName: "consentDetailsMessage"
        text: page.message
    }
    BodyText {
        Layout.fillWidth: true
        text: page.introText
    }

    SharingQuestions {
        id: questions

        Layout.topMargin: Theme.spacing
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "consentDetailsContinue"
        primary: true
        //: Optional questions page: makes the profile with the answers given (none is needed)
        text: qsTr("Continue")
        onClicked: page.finish()
    }
    ActionButton {
        objectName: "consentDetailsBack"
        //: Optional questions page: back to the question about sharing
        text: qsTr("Back")
        onClicked: page.cancelled()
    }
}
