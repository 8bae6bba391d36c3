// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "keyboard-practice" step: type what is shown, then press Enter. The next key is marked on
// a picture of the keyboard and said in words. Mistakes are fixed with Backspace; no timer.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property string readAloudText: runner.body + "\n" + prompt.text + "\n" + nextKey.text
    readonly property KeyboardPracticeSession typing: runner.typing

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        id: prompt

        Layout.fillWidth: true
        objectName: "typingPrompt"
        visible: activity.typing !== null && !activity.typing.finished
        font.pixelSize: Theme.titleSize
        font.bold: true
        //: Keyboard practice: %1 is the text to type, %2 and %3 which one of how many
        text: activity.typing ? qsTr("Type this: %1   (%2 of %3)").arg(activity.typing.prompt)
                                .arg(activity.typing.promptNumber).arg(activity.typing.promptCount)
                              : ""
    }

    TextEntry {
        id: field

        Layout.fillWidth: true
        objectName: "typingField"
        visible: activity.typing !== null && !activity.typing.finished
        //: Accessible name of the box the learner types into during keyboard practice
        label: qsTr("Type here")
        onTextEdited: activity.typing?.textEdited(text)
        // Arrow keys would move the text cursor; in practice each press is written as an arrow
        // (← → ↑ ↓), so arrow prompts are typed and checked like any other text.
        Keys.onPressed: event => {
            const arrows = { [Qt.Key_Left]: "←", [Qt.Key_Right]: "→", [Qt.Key_Up]: "↑",
                             [Qt.Key_Down]: "↓" }
            const arrow = arrows[event.key]
            if (!arrow || !activity.typing)
                return
            field.insert(field.cursorPosition, arrow)
            activity.typing.textEdited(field.text)
            event.accepted = true
        }
        onAccepted: {
            if (activity.typing?.submit(text))
                text = ""
        }
    }

    // The next key in words, so it reaches everyone, not only those who see the picture.
    BodyText {
        id: nextKey

        Layout.fillWidth: true
        objectName: "typingNextKey"
        readonly property string key: activity.typing ? activity.typing.nextKey : ""
        readonly property string keyName: key === " " ? qsTr("the space bar")
                                          : key === "Backspace" ? qsTr("Backspace")
                                          : key === "Enter" ? qsTr("Enter")
                                          //: Keyboard practice: names of the arrow keys
                                          : key === "←" ? qsTr("the left arrow key")
                                          : key === "→" ? qsTr("the right arrow key")
                                          : key === "↑" ? qsTr("the up arrow key")
                                          : key === "↓" ? qsTr("the down arrow key")
                                          : key.toUpperCase()
        font.bold: true
        text: !activity.typing ? ""
              : activity.typing.finished
                //: Keyboard practice is done
                ? "✓ " + qsTr("Well done. You typed them all. You can press Next.")
                : key === "Backspace"
                  //: Keyboard practice: the text has a mistake to rub out
                  ? "✗ " + qsTr("Not quite. Press Backspace to rub out the last letter.")
                  : activity.typing.nextShift
                    //: Keyboard practice: %1 names the key to press while holding Shift
                    ? qsTr("Next: hold Shift and press %1.").arg(keyName)
                    //: Keyboard practice: %1 names the next key to press
                    : qsTr("Next: press %1.").arg(keyName)
        Accessible.role: Accessible.AlertMessage
    }

    KeyboardPicture {
        Layout.alignment: Qt.AlignLeft
        maxWidth: activity.width
        highlightKey: activity.typing ? activity.typing.nextKey : ""
        highlightShift: activity.typing ? activity.typing.nextShift : false
    }
}
