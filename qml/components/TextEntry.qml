// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import OpenSteps

// A large single-line text box with a visible label and focus ring.
TextField {
    id: field

    required property string label

    implicitHeight: Math.max(Theme.minTarget, contentHeight + topPadding + bottomPadding)
    padding: Theme.gap * 1.5
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.text
    placeholderTextColor: Theme.secondaryText
    selectByMouse: true
    activeFocusOnTab: true
    Accessible.role: Accessible.EditableText
    Accessible.name: field.label
    // Hidden means ignored, as for every Tappable: a hidden box is not read out.
    Accessible.ignored: !field.visible

    background: Rectangle {
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    FocusRing {
        target: field
    }
}
