// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// One answer to a question. The chosen answer is marked by a filled circle and a thick frame;
// with `multiple` (choose all that apply) by a ticked square.
Tappable {
    id: option

    required property string answerId
    property bool chosen: false
    property bool multiple: false

    Accessible.role: option.multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: option.chosen

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: Theme.unit * 3.5
            Layout.preferredHeight: Theme.unit * 3.5
            Layout.alignment: Qt.AlignVCenter
            radius: option.multiple ? Theme.radius / 2 : width / 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.border

            Rectangle {
                anchors.centerIn: parent
                width: parent.width / 2
                height: width
                radius: width / 2
                color: Theme.text
                visible: option.chosen && !option.multiple
            }
            Text {
                anchors.centerIn: parent
                text: "✓"
                font.pixelSize: parent.height * 0.8
                font.bold: true
                color: Theme.text
                visible: option.chosen && option.multiple
                Accessible.ignored: true
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
