// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The optional questions that go with sharing progress: age band, the first part of the
// postcode and the language the learner likes to use. Each can be left out, and nothing is
// chosen at first. Used when a profile is made (the answers wait for the profile) and in
// Settings (each answer saved at once; the postcode with its own Save button).
ColumnLayout {
    id: questions

    // "" while nothing is chosen; "none" for "I'd rather not say"; else a band or a code.
    property string ageBand: ""
    property string language: ""
    property alias postcode: postcodeField.text
    // Why the postcode cannot be used, said next to the box; "" when it can.
    property string postcodeError: ""
    // Settings: a Save button under the postcode box, and what saving it said.
    property bool postcodeSaveButton: false
    property string postcodeSaved: ""
    // Typed into since it was last filled in or saved.
    property bool postcodeEdited: false
    readonly property var bands: Profile.ageBands
    readonly property var languages: Profile.preferredLanguages
    //: An answer to an optional question about the learner: they do not want to answer it
    readonly property string ratherNotSay: qsTr("I'd rather not say")
    //: Optional question about the learner's age
    readonly property string ageQuestion: qsTr("How old are you?")
    //: Optional question: the first part of the learner's postcode (the district, such as LS9)
    readonly property string postcodeQuestion: qsTr("What is the first part of your postcode?")
    //: Explains the postcode question: only the district, never the whole postcode
    readonly property string postcodeHint: qsTr("Just the first part, like LS9. Not the whole postcode. You can leave it empty.")
    //: Optional question: the language the learner likes to use most
    readonly property string languageQuestion: qsTr("Which language do you like to use most?")
    // Everything the questions say, for "Read aloud".
    readonly property string readAloudText: ageQuestion + "\n"
        + bands.map(band => Labels.ageBands[band] ?? band).join(", ") + ", " + ratherNotSay + "\n"
        + postcodeQuestion + "\n" + postcodeHint + "\n"
        + languageQuestion + "\n" + languages.map(l => l.name).join(", ") + ", " + ratherNotSay

    signal ageBandChosen(string value)
    signal languageChosen(string value)
    signal postcodeSaveRequested()

    // The district typed, tidied ("ls9" is LS9), or "" when the box is empty; undefined when
    // it cannot be used, and then postcodeError says why and how to put it right.
    function checkedPostcode() {
        const problem = Profile.postcodeProblem(postcodeField.text)
        questions.postcodeError = problem === "full"
                //: Shown when a whole postcode was typed: only the first part is kept
                ? qsTr("Please type only the first part of your postcode, like LS9. We do not keep the whole postcode.")
                : problem === "invalid"
                //: Shown when what was typed is not the first part of a postcode
                ? qsTr("This does not look like the first part of a postcode. It is letters and then numbers, like LS9 or LS12. You can also leave it empty.")
                : ""
        return problem === "" ? postcodeField.text.trim().toUpperCase() : undefined
    }
    function focusPostcodeError() {
        postcodeErrorBox.forceActiveFocus()
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: questions.ageQuestion
    }
    ChoiceGroup {
        namePrefix: "ageBand"
        Accessible.role: Accessible.Grouping
        Accessible.name: questions.ageQuestion
        options: questions.bands.map(band => ({ value: band, label: Labels.ageBands[band] ?? band }))
                 .concat([{ value: "none", label: questions.ratherNotSay }])
        current: questions.ageBand
        onChosen: value => {
            questions.ageBand = value
            questions.ageBandChosen(value)
        }
    }

    BodyText {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.bold: true
        text: questions.postcodeQuestion
    }
    BodyText {
        Layout.fillWidth: true
        color: Theme.secondaryText
        text: questions.postcodeHint
    }
    ErrorMessage {
        id: postcodeErrorBox

        objectName: "postcodeError"
        text: questions.postcodeError
    }
    TextEntry {
        id: postcodeField

        objectName: "postcodeField"
        Layout.preferredWidth: Theme.unit * 24
        Layout.maximumWidth: questions.width
        label: questions.postcodeQuestion
        font.capitalization: Font.AllUppercase
        // Room for a whole postcode, so one typed in full is explained rather than cut off.
        maximumLength: 10
        inputMethodHints: Qt.ImhNoPredictiveText
        onTextEdited: {
            questions.postcodeSaved = ""
            questions.postcodeEdited = true
        }
        onAccepted: {
            if (questions.postcodeSaveButton)
                questions.postcodeSaveRequested()
        }
    }
    ActionButton {
        objectName: "savePostcode"
        visible: questions.postcodeSaveButton
        //: Settings: saves the first part of the postcode typed in the box above
        text: qsTr("Save postcode")
        onClicked: questions.postcodeSaveRequested()
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "postcodeSaved"
        visible: questions.postcodeSaved !== ""
        font.bold: true
        color: Theme.success
        text: "✓ " + questions.postcodeSaved
        Accessible.name: questions.postcodeSaved
    }

    BodyText {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.bold: true
        text: questions.languageQuestion
    }
    ChoiceGroup {
        namePrefix: "preferredLanguage"
        Accessible.role: Accessible.Grouping
        Accessible.name: questions.languageQuestion
        options: questions.languages.map(l => ({ value: l.code, label: l.name }))
                 .concat([{ value: "none", label: questions.ratherNotSay }])
        current: questions.language
        onChosen: value => {
            questions.language = value
            questions.languageChosen(value)
        }
    }
}
