// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "Read aloud": says `words` (exactly what the page shows) with the computer's voice. When the
// computer has no voice, `explained` turns true so the page can say so instead of staying silent.
ActionButton {
    id: button

    required property string words
    property bool explained: false

    objectName: "readAloud"
    //: Button that reads the words on the screen out loud
    text: qsTr("Read aloud")
    implicitWidth: Math.max(Theme.minTarget, implicitContentWidth + leftPadding + rightPadding)

    // A speaker picture before the words; it turns yellow with the high-contrast theme.
    contentItem: Row {
        spacing: Theme.gap

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.bodySize * 1.2
            height: width
            radius: width / 2
            color: Theme.highContrast || Theme.dark ? Theme.text : "transparent"

            Image {
                anchors.fill: parent
                anchors.margins: Theme.highContrast || Theme.dark ? 2 : 0
                source: "../images/speaker.svg"
                sourceSize.width: 64
                fillMode: Image.PreserveAspectFit
                Accessible.ignored: true
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: button.text
            font: button.font
            color: Theme.secondaryLabel
        }
    }
    onClicked: {
        if (ReadAloud.available)
            ReadAloud.say(button.words)
        else
            button.explained = true
    }
}
