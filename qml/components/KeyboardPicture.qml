// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import OpenSteps

// A picture of a UK keyboard with the next key to press (and Shift, when needed) marked in
// the focus colour and with a thick frame. A picture only: the words beside it say the same.
Column {
    id: keyboard

    property string highlightKey
    property bool highlightShift: false
    // The widest row is about 16.5 keys: keys shrink to fit, so 200% text never pushes the
    // keyboard off the page.
    property real maxWidth: Theme.unit * 100

    readonly property real keySize: Math.min(Theme.unit * 5.5, maxWidth / 16.5)
    readonly property var rows: [
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "Backspace"],
        ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
        ["a", "s", "d", "f", "g", "h", "j", "k", "l", ";", "@", "Enter"],
        ["Shift", "z", "x", "c", "v", "b", "n", "m", ",", ".", "?", "Shift"],
        [" ", "←", "↑", "↓", "→"]
    ]

    spacing: Theme.unit / 2
    Accessible.ignored: true
    // A keyboard looks the same in every language direction.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    Repeater {
        model: keyboard.rows

        Row {
            id: row

            required property var modelData
            required property int index

            x: row.index * keyboard.keySize / 3
            spacing: keyboard.spacing

            Repeater {
                model: row.modelData

                Rectangle {
                    id: key

                    required property string modelData
                    readonly property bool marked: modelData === keyboard.highlightKey
                        || (modelData === "Shift" && keyboard.highlightShift)

                    objectName: "key-" + (modelData === " " ? "Space" : modelData)
                    width: modelData === " " ? keyboard.keySize * 6
                           : modelData.length > 1 ? keyboard.keySize * 2 : keyboard.keySize
                    height: keyboard.keySize
                    radius: Theme.radius / 2
                    color: marked ? Theme.focus : Theme.background
                    border.width: marked ? Theme.borderWidth * 2 : Theme.borderWidth / 2
                    border.color: Theme.highContrast && !marked ? Theme.border : Theme.focusEdge

                    Text {
                        anchors.centerIn: parent
                        text: key.modelData === " " ? qsTr("Space") : key.modelData.length === 1
                              ? key.modelData.toUpperCase() : key.modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: key.modelData.length > 1 ? Theme.smallSize * 0.8 : Theme.smallSize
                        font.bold: key.marked
                        color: key.marked ? Theme.focusEdge : Theme.text
                    }
                }
            }
        }
    }
}
