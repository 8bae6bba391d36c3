// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A round choice (a radio button) with a frame around the circle and the words: a circle that
// is filled when chosen, its words, and `detail`, a line more under them, when there is one.
SimButton {
    id: choice

    property string detail

    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.description: detail
    implicitWidth: Math.max(Theme.minTarget, Theme.unit * 4 + Theme.spacing
                            + metrics.advanceWidth + leftPadding + rightPadding)
    padding: Theme.gap * 1.5

    // What a round choice shows (a component of its own, so that contentItem stays deferred).
    component RadioContent: Item {
        id: radioContent

        required property ActionButton control
        required property string detail

        implicitHeight: Math.max(mark.height, words.implicitHeight)

        Rectangle {
            id: mark

            anchors.verticalCenter: parent.verticalCenter
            width: Theme.unit * 4
            height: width
            radius: width / 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.text

            Rectangle {
                anchors.centerIn: parent
                width: parent.width / 2
                height: width
                radius: width / 2
                visible: radioContent.control.selected
                color: Theme.text
            }
        }
        Column {
            id: words

            anchors.verticalCenter: parent.verticalCenter
            x: mark.width + Theme.spacing
            width: parent.width - x

            Text {
                width: parent.width
                text: radioContent.control.text
                font: radioContent.control.font
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                visible: radioContent.detail !== ""
                text: radioContent.detail
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }

    TextMetrics {
        id: metrics

        font: choice.font
        text: choice.text
    }

    contentItem: RadioContent {
        control: choice
        detail: choice.detail
    }

    background: CardLook {
        button: choice
    }
}
