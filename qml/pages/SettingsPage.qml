// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// How the app looks and sounds: text size, colours, font, buttons, movement, read aloud and
// language. Changes show at once and are remembered for the learner signed in (or for this
// PC before anyone signs in). Reached from the top bar of every page, and offered at first start.
ScrollPage {
    id: page

    // Offered at first start, before the profile: "Done" then goes on to it.
    property bool firstStart: false
    readonly property var textScales: [1.0, 1.25, 1.5, 1.75, 2.0]
    readonly property var voices: ReadAloud.voices
    //: Voice choice: the computer's usual voice
    readonly property var usualVoice: [{ value: "", label: qsTr("Usual voice") }]
    readonly property var languages: Preferences.languages

    // Only a signed-in learner has answers to change and data to delete (not a guest, nor a
    // newcomer before their profile is made).
    readonly property bool learnerSections: Session.hasLearner && !page.firstStart
    property string sharingError: ""

    signal closed()
    signal cancelled()
    signal deleteRequested()

    function saveSharing(saved: bool) {
        //: Settings: shown if a change to sharing could not be saved
        page.sharingError = saved ? "" : qsTr("That could not be saved on this computer. Please ask a helper.")
        if (!saved)
            sharingErrorBox.forceActiveFocus()
    }

    pageName: "settings"
    //: Heading of the settings page
    title: qsTr("Make it easier to see and hear")

    BodyText {
        Layout.fillWidth: true
        visible: page.firstStart
        //: First start: introduces the settings page
        text: qsTr("Choose what helps you. You can change these at any time with the Settings button at the top.")
    }

    SectionHeading {
        //: Settings section: how big the words are
        text: qsTr("Text size")
    }
    ChoiceGroup {
        namePrefix: "textScale"
        options: page.textScales.map(scale => ({
            value: Math.round(scale * 100),
            //: A text size choice; %1 is a percentage such as 150
            label: qsTr("%1%").arg(Math.round(scale * 100))
        }))
        current: Math.round(Preferences.textScale * 100)
        onChosen: value => Preferences.textScale = value / 100
    }

    SectionHeading {
        //: Settings section: colour scheme
        text: qsTr("Colours")
    }
    ChoiceGroup {
        namePrefix: "theme"
        options: [
            //: Colour scheme: dark text on white
            { value: "default", label: qsTr("Standard") },
            //: Colour scheme: light text on a dark background
            { value: "dark", label: qsTr("Dark") },
            //: Colour scheme: yellow text on black
            { value: "high-contrast", label: qsTr("High contrast (yellow on black)") }
        ]
        current: Preferences.theme
        onChosen: value => Preferences.theme = value
    }

    SectionHeading {
        //: Settings section: the font (shape of the letters)
        text: qsTr("Letters")
    }
    ChoiceGroup {
        namePrefix: "font"
        options: [
            //: Font choice: the usual font
            { value: "standard", label: qsTr("Standard"), fontFamily: "DejaVu Sans" },
            //: Font choice: Atkinson Hyperlegible, letters that are hard to mix up
            { value: "atkinson", label: qsTr("Clear letters"), fontFamily: "Atkinson Hyperlegible" },
            //: Font choice: OpenDyslexic, a font some people with dyslexia find easier
            { value: "opendyslexic", label: qsTr("OpenDyslexic, for dyslexia"), fontFamily: "OpenDyslexic" }
        ]
        current: Preferences.font
        onChosen: value => Preferences.font = value
    }

    SectionHeading {
        //: Settings section: size of buttons, and movement on screen
        text: qsTr("Buttons and movement")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "largerTargets"
            //: Setting that makes every button and box bigger, easier to hit with the mouse
            text: qsTr("Larger buttons")
            selected: Preferences.largerTargets
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            onClicked: Preferences.largerTargets = !Preferences.largerTargets
        }
        ActionButton {
            objectName: "reducedMotion"
            //: Setting that stops things moving on screen (pulsing, smooth scrolling)
            text: qsTr("Less movement")
            selected: Preferences.reducedMotion
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            onClicked: Preferences.reducedMotion = !Preferences.reducedMotion
        }
    }

    SectionHeading {
        //: Settings section: the computer reading words out loud
        text: qsTr("Read aloud")
    }
    ActionButton {
        objectName: "autoRead"
        //: Setting: every lesson step is read out loud as soon as it shows
        text: qsTr("Read each step out loud by itself")
        selected: Preferences.autoRead
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        onClicked: Preferences.autoRead = !Preferences.autoRead
    }
    BodyText {
        Layout.fillWidth: true
        //: Settings: label above the speech speed choices
        text: qsTr("How fast the voice speaks:")
    }
    ChoiceGroup {
        namePrefix: "speechRate"
        options: [
            //: Speech speed choice
            { value: -40, label: qsTr("Slower") },
            //: Speech speed choice
            { value: 0, label: qsTr("Normal") },
            //: Speech speed choice
            { value: 30, label: qsTr("Faster") }
        ]
        current: Math.round(Preferences.speechRate * 100)
        onChosen: value => Preferences.speechRate = value / 100
    }
    BodyText {
        Layout.fillWidth: true
        visible: ReadAloud.voices.length > 1
        //: Settings: label above the list of voices
        text: qsTr("Voice:")
    }
    ChoiceGroup {
        visible: ReadAloud.voices.length > 1
        namePrefix: "voice"
        options: page.usualVoice.concat(
                     // Voice files have short codes for names ("slt", "kal16"): numbered instead.
                     //: A voice choice; %1 is a number
                     page.voices.map((name, i) => ({ value: name, label: qsTr("Voice %1").arg(i + 1) })))
        current: Preferences.voice
        onChosen: value => {
            Preferences.voice = value
            //: Said in the voice just chosen, so the learner can hear it
            ReadAloud.say(qsTr("This is how I sound."))
        }
    }
    ReadAloudButton {
        objectName: "tryVoice"
        //: Button in settings that plays a sample of the chosen voice and speed
        text: qsTr("Hear the voice")
        words: qsTr("This is how I sound.")
    }

    SectionHeading {
        //: Settings section: language of the app
        text: qsTr("Language")
    }
    ChoiceGroup {
        namePrefix: "settingsLanguage"
        options: page.languages.map(language => ({ value: language.code, label: language.name }))
        current: Preferences.language
        onChosen: value => Preferences.setLanguage(value)
    }

    SectionHeading {
        visible: page.learnerSections
        //: Settings section: whether the learner shares anonymous progress with the programme
        text: qsTr("Sharing my progress")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "sharingNow"
        visible: page.learnerSections
        font.bold: true
        text: Profile.sharingChoice === "yes"
              //: Settings: the learner shares anonymous progress
              ? qsTr("You share your progress with 100% Digital Leeds, without your name.")
              : Profile.sharingChoice === "no"
              //: Settings: the learner does not share progress
              ? qsTr("You do not share your progress. Nothing about you leaves this computer.")
              //: Settings: the learner has never been asked whether to share progress
              : qsTr("You have not chosen yet. Nothing about you leaves this computer.")
    }
    BodyText {
        Layout.fillWidth: true
        visible: page.learnerSections
        //: Settings: what sharing progress means, in short
        text: qsTr("Shared: which lessons you finish, your skills check answers and where you learn. Never shared: your name, your PIN or anything you type.")
    }
    ErrorMessage {
        id: sharingErrorBox

        objectName: "sharingError"
        text: page.sharingError
    }
    ChoiceGroup {
        visible: page.learnerSections
        namePrefix: "sharing"
        //: Settings: name of the yes/no choice about sharing progress, for screen readers
        Accessible.name: qsTr("Share your progress with 100% Digital Leeds?")
        Accessible.role: Accessible.Grouping
        options: [
            //: Settings: answer that shares anonymous progress
            { value: "yes", label: qsTr("Yes, share") },
            //: Settings: answer that shares nothing
            { value: "no", label: qsTr("No, thank you") }
        ]
        current: Profile.sharingChoice
        onChosen: value => page.saveSharing(Profile.setSharing(value === "yes"))
    }
    // The optional answers, while the learner shares; each saved as it is chosen. Shown
    // afresh from what is saved each time they appear, and kept in step with it.
    SharingQuestions {
        id: questions

        // `fresh`: as they appear (nothing typed is kept); otherwise a postcode being typed
        // stays, and "I'd rather not say" stays ticked (nothing saved stands for it).
        function load(fresh: bool) {
            questions.ageBand = Profile.ageBand !== "" ? Profile.ageBand
                              : !fresh && questions.ageBand === "none" ? "none" : ""
            questions.language = Profile.preferredLanguage !== "" ? Profile.preferredLanguage
                               : !fresh && questions.language === "none" ? "none" : ""
            if (fresh || !questions.postcodeEdited) {
                questions.postcode = Profile.postcodeDistrict
                questions.postcodeEdited = false
            }
            if (fresh) {
                questions.postcodeError = ""
                questions.postcodeSaved = ""
            }
        }

        visible: page.learnerSections && Profile.sharingChoice === "yes"
        postcodeSaveButton: true
        Component.onCompleted: load(true)
        onVisibleChanged: {
            if (visible)
                load(true)
        }

        Connections {
            target: Profile
            function onSharingChanged() {
                questions.load(false)
            }
        }
        onAgeBandChosen: value => page.saveSharing(Profile.setAgeBand(value === "none" ? "" : value))
        onLanguageChosen: value => page.saveSharing(Profile.setPreferredLanguage(value === "none" ? "" : value))
        onPostcodeSaveRequested: {
            const district = questions.checkedPostcode()
            if (district === undefined) {
                questions.focusPostcodeError()
                return
            }
            questions.postcodeEdited = false
            const saved = Profile.setPostcodeDistrict(district)
            page.saveSharing(saved)
            if (saved) {
                questions.postcode = district
                questions.postcodeSaved = district === ""
                      //: Settings: the postcode box was emptied and saved
                      ? qsTr("Saved: no postcode.")
                      //: Settings: the first part of the postcode was saved; %1 is it, such as LS9
                      : qsTr("Saved: %1.").arg(district)
            }
        }
    }

    SectionHeading {
        visible: page.learnerSections
        //: Settings section: removing the learner's profile and everything about them
        text: qsTr("Delete my data")
    }
    BodyText {
        Layout.fillWidth: true
        visible: page.learnerSections
        //: Settings: what "Delete my data" does, before the learner confirms it
        text: qsTr("You can remove your profile and everything about you from this computer.")
    }
    ActionButton {
        objectName: "deleteMyData"
        visible: page.learnerSections
        //: Settings: opens the page that confirms deleting the learner's data
        text: qsTr("Delete my data")
        onClicked: page.deleteRequested()
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeSettings"
        primary: true
        text: page.firstStart
              //: First start: leaves the settings page for making a profile
              ? qsTr("Continue")
              //: Leaves the settings page
              : qsTr("Done")
        onClicked: page.closed()
    }
    ActionButton {
        objectName: "settingsBack"
        visible: page.firstStart
        //: First start: goes back from the settings to the language page
        text: qsTr("Back")
        onClicked: page.cancelled()
    }
}
