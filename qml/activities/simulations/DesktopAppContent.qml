// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What a practice desktop app shows inside its window: a letter being written, a few photos,
// or a calculator (only to look at).
Item {
    id: content

    required property string app

    // Letters: a letter being written.
    Rectangle {
        visible: content.app === "letters"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        color: Theme.background
        border.width: Theme.borderWidth / 2
        border.color: Theme.border

        BodyText {
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            //: Practice Letters app: the start of a letter being written
            text: qsTr("Dear Sam,\n\nThank you for the lovely flowers. They look beautiful on the kitchen table.")
        }
    }

    // Photos: a few pictures.
    Flow {
        visible: content.app === "photos"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap

        Repeater {
            model: 6

            Rectangle {
                required property int index

                width: Theme.unit * 14
                height: Theme.unit * 10
                color: Theme.themeColoursOnly ? Theme.background
                       : ["#9cc5e8", "#f3d27a", "#a8d5a2", "#e7b3c4", "#c9b8e8", "#f0b27a"][index]
                border.width: Theme.borderWidth
                border.color: Theme.border
                clip: true

                Rectangle {
                    // a hill
                    width: parent.width
                    height: parent.width
                    radius: width / 2
                    x: (parent.index % 2 ? -0.3 : 0.3) * parent.width
                    y: parent.height * 0.55
                    color: Theme.themeColoursOnly ? Theme.text : "#4f8a3c"
                }
                Rectangle {
                    // the sun
                    width: parent.height * 0.28
                    height: width
                    radius: width / 2
                    x: parent.width * 0.7
                    y: parent.height * 0.15
                    color: Theme.themeColoursOnly ? Theme.text : "#ffffff"
                }
            }
        }
    }

    // Calculator: a display and keys (only to look at).
    Column {
        visible: content.app === "calculator"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap

        Rectangle {
            width: Math.min(parent.width, Theme.unit * 40)
            height: display.implicitHeight + Theme.gap
            color: Theme.surface
            border.width: Theme.borderWidth / 2
            border.color: Theme.border

            Text {
                id: display

                anchors.right: parent.right
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: "0"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                color: Theme.text
            }
        }
        Grid {
            columns: 4
            spacing: Theme.gap / 2

            Repeater {
                model: ["7", "8", "9", "÷", "4", "5", "6", "×", "1", "2", "3", "−", "0", ".", "=", "+"]

                Rectangle {
                    required property string modelData

                    width: Theme.unit * 9.5
                    height: Theme.unit * 5
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.width: Theme.borderWidth / 2
                    border.color: Theme.border

                    Text {
                        anchors.centerIn: parent
                        text: parent.modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                }
            }
        }
    }
}
