// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The coloured panel that says a task is done (an order placed, a form sent): a big heading
// and a line under it, read out as one. It takes keyboard focus, so a screen reader starts there.
Rectangle {
    id: panel

    property string title
    property string message
    property string messageName // the message's objectName, for tests
    property color ink: Theme.primaryLabel
    property bool struckOut: false

    height: panelColumn.implicitHeight + 2 * Theme.spacing
    color: Theme.primary
    Accessible.role: Accessible.StaticText
    Accessible.name: panel.title + ". " + panel.message
    Accessible.ignored: !visible

    Column {
        id: panelColumn

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.gap

        Text {
            width: parent.width
            text: panel.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: panel.ink
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Text {
            objectName: panel.messageName
            width: parent.width
            text: panel.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            font.strikeout: panel.struckOut
            color: panel.ink
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }

    FocusRing {
        target: panel
    }
}
