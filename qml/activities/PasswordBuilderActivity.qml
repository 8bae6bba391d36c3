// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "password-builder" step: 3 random words to start from and a box to make a password in,
// with a strength meter in words and bars. Done once the meter says Strong. What is typed is
// only measured: it is never saved or logged, and the box is emptied when the step is left.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property PasswordBuilderSession session: runner.passwordBuilder
    readonly property int level: session ? session.level : 0
    readonly property string readAloudText: runner.body + "\n" + wordsLabel.text + "\n"
                                            + words.text + "\n" + privacy.text
                                            + (meterText.visible ? "\n" + meterText.text : "")

    spacing: Theme.spacing

    Connections {
        target: activity.runner
        function onStepChanged() {
            field.clear()
        }
    }

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        id: wordsLabel

        Layout.fillWidth: true
        //: Password builder: introduces 3 random words the app suggests
        text: qsTr("Here are 3 random words you could use:")
    }
    BodyText {
        id: words

        Layout.fillWidth: true
        objectName: "randomWords"
        font.pixelSize: Theme.titleSize
        font.bold: true
        text: activity.session ? activity.session.wordsText : ""
    }
    ActionButton {
        objectName: "newWords"
        //: Password builder: asks for 3 different random words
        text: qsTr("Give me 3 new words")
        onClicked: activity.session.newWords()
    }

    BodyText {
        id: privacy

        Layout.fillWidth: true
        objectName: "passwordPrivacy"
        //: Password builder: reassures that nothing typed is kept
        text: qsTr("This box is for practice. What you type is not saved anywhere. Do not type a password you really use.")
    }
    TextEntry {
        id: field

        Layout.fillWidth: true
        objectName: "passwordField"
        //: Password builder: label of the box to make a practice password in
        label: qsTr("Make a password here")
        placeholderText: label
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        onTextEdited: activity.session?.check(text)
    }

    // The meter: bars that fill up, and the level in words with a symbol.
    Row {
        spacing: Theme.gap / 2
        Accessible.ignored: true

        Repeater {
            model: 4

            Rectangle {
                required property int index

                width: Theme.unit * 8
                height: Theme.unit * 2
                color: index < activity.level ? (activity.level === 4 ? Theme.success : Theme.text)
                                              : Theme.progressTrack
                border.width: Theme.borderWidth / 2
                border.color: Theme.border
            }
        }
    }
    BodyText {
        id: meterText

        Layout.fillWidth: true
        objectName: "strength"
        visible: activity.level > 0 || (activity.session !== null && activity.session.done)
        font.bold: true
        readonly property var levels: [
            "",
            //: Password strength meter level
            "✗ " + qsTr("Strength: very weak"),
            //: Password strength meter level
            "✗ " + qsTr("Strength: weak"),
            //: Password strength meter level
            qsTr("Strength: fair"),
            //: Password strength meter level
            "✓ " + qsTr("Strength: strong")
        ]
        readonly property var reasonTexts: ({
            //: Password builder: why a password is not strong yet
            "short": qsTr("Make it longer: 3 words together are long enough."),
            //: Password builder: why a password is not strong yet
            "common": qsTr("It has a common password in it. Criminals try those first."),
            //: Password builder: why a password is not strong yet
            "repeats": qsTr("The same letter many times is easy to guess."),
            //: Password builder: why a password is not strong yet
            "one-kind": qsTr("Use different letters, like 3 different words.")
        })
        text: (levels[activity.level] || "")
              + (activity.session && activity.level < 4 && activity.session.reasons.length > 0
                 ? " " + reasonTexts[activity.session.reasons[0]] : "")
              + (activity.session && activity.session.done && activity.level < 4
                 //: Password builder: the learner already made a strong one before changing it
                 ? " " + qsTr("You made a strong password already. You can press Next.") : "")
        Accessible.role: Accessible.AlertMessage
    }
}
