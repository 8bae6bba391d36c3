// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// One answer to a question. The chosen answer is marked by a filled circle and a thick frame.
Tappable {
    id: option

    required property string answerId
    property bool chosen: false

    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: option.chosen

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: Theme.unit * 3.5
            Layout.preferredHeight: Theme.unit * 3.5
            Layout.alignment: Qt.AlignVCenter
            radius: width / 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border

            Rectangle {
                anchors.centerIn: parent
                width: parent.width / 2
                height: width
                radius: width / 2
                color: Theme.text
                visible: option.chosen
            }
        }
        Text {
            Layout.fillWidth: true
            text: option.text
            font: option.font
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: option.chosen || option.hovered ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: Theme.border
    }
}
