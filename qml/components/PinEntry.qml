// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Entering a PIN without typing: big number keys for a 4-number PIN, or nine pictures for a
// picture PIN (three in order). Number keys on the keyboard work too. What was entered is
// never shown or read out: only how many of the places are filled. Its page forwards key
// presses to handleKey(), so typing the numbers works wherever the focus is on the page.
ColumnLayout {
    id: entry

    // "digits" or "pictures".
    required property string kind
    property var entered: []
    readonly property int length: kind === "digits" ? 4 : 3
    readonly property string pin: entered.join(kind === "digits" ? "" : ",")
    readonly property var pictures: Session.pinPictures

    // The PIN is complete (4 numbers or 3 pictures).
    signal completed(string pin)

    function clear() {
        entered = []
    }
    function add(value) {
        if (!entry.enabled || entered.length >= length)
            return
        entered = entered.concat([value])
        if (entered.length === length)
            entry.completed(pin)
    }
    function removeLast() {
        entered = entered.slice(0, -1)
    }
    // Number keys and Backspace typed anywhere on the page (the page forwards them).
    function handleKey(event) {
        if (!entry.visible || !entry.enabled)
            return
        if (entry.kind === "digits" && event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            entry.add(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            entry.removeLast()
            event.accepted = true
        }
    }
    function focusFirstKey() {
        keys.itemAt(0).forceActiveFocus()
    }

    spacing: Theme.spacing

    // The places to fill: a dot (or a star for pictures) for each one filled.
    Row {
        objectName: "pinPlaces"
        LayoutMirroring.enabled: false
        spacing: Theme.spacing
        Accessible.role: Accessible.StaticText
        Accessible.name: entry.kind === "digits"
                         //: How much of a number PIN is entered; %1 and %2 are numbers
                         ? qsTr("%1 of %2 numbers entered").arg(entry.entered.length).arg(entry.length)
                         //: How much of a picture PIN is entered; %1 and %2 are numbers
                         : qsTr("%1 of %2 pictures chosen").arg(entry.entered.length).arg(entry.length)

        Repeater {
            model: entry.length

            Rectangle {
                required property int index

                width: Theme.minTarget
                height: Theme.minTarget
                radius: entry.kind === "digits" ? width / 2 : Theme.radius
                color: index < entry.entered.length ? Theme.text : Theme.background
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
        }
    }

    // Number keys in phone order (0 under 8, after an empty place), or the nine pictures.
    // A keypad reads left to right in every language, as on a phone.
    Grid {
        LayoutMirroring.enabled: false
        LayoutMirroring.childrenInherit: true
        columns: 3
        spacing: Theme.spacing

        Repeater {
            id: keys

            model: entry.kind === "digits" ? ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0"]
                                           : Session.pinPictures

            Tappable {
                id: key

                required property string modelData
                // The empty place keeps the 0 under the 8; it is not there for anyone.
                readonly property bool gap: modelData === ""

                objectName: "pinKey-" + modelData
                width: entry.kind === "digits" ? Theme.minTarget * 1.6 : Theme.unit * 14
                height: width
                opacity: gap ? 0 : 1
                enabled: !gap
                activeFocusOnTab: !gap
                Accessible.ignored: gap
                text: entry.kind === "digits" ? modelData : (Labels.avatars[modelData] ?? modelData)
                onClicked: entry.add(key.modelData)

                contentItem: Item {
                    Text {
                        anchors.centerIn: parent
                        visible: entry.kind === "digits"
                        text: key.modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.secondaryLabel
                    }
                    Image {
                        anchors.fill: parent
                        visible: entry.kind === "pictures"
                        // Only real pictures: while the keys change kind, a digit may pass by.
                        source: entry.pictures.includes(key.modelData) ? Labels.avatarSource(key.modelData) : ""
                        sourceSize.width: Theme.unit * 12
                        fillMode: Image.PreserveAspectFit
                        Accessible.ignored: true
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.secondary
                    opacity: key.enabled ? 1 : 0.5
                    border.width: key.down || key.hovered ? Theme.borderWidth * 2 : Theme.borderWidth
                    border.color: Theme.border
                }
            }
        }
    }

    RowLayout {
        spacing: Theme.spacing

        ActionButton {
            objectName: "pinDelete"
            enabled: entry.enabled && entry.entered.length > 0
            //: Button that removes the last number or picture entered in a PIN
            text: qsTr("Delete")
            onClicked: entry.removeLast()
        }
    }
}
