// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Says what went wrong and how to fix it, in a red frame with a cross, so it is never told by
// colour alone. Hidden while `text` is empty. Pages move focus to it when it appears.
Rectangle {
    id: box

    property string text

    Layout.fillWidth: true
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    visible: text !== ""
    color: Theme.background
    radius: Theme.radius
    border.width: Theme.borderWidth * 2
    border.color: Theme.error
    Accessible.role: Accessible.AlertMessage
    Accessible.name: box.text
    Accessible.ignored: !box.visible

    BodyText {
        id: label

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        font.bold: true
        textFormat: Text.PlainText
        text: "✗ " + box.text
        Accessible.ignored: true
    }

    FocusRing {
        target: box
    }
}
