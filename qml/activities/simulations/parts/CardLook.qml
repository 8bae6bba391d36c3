// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The frame of a choice or a card that is a button: thicker when pointed at, pressed or chosen,
// and in the selection colour once chosen (a change of thickness too, never colour alone).
Rectangle {
    required property ActionButton button

    radius: Theme.radius
    color: Theme.background
    border.width: button.selected || button.hovered || button.down ? Theme.borderWidth * 2
                                                                  : Theme.borderWidth
    border.color: button.selected ? Theme.selected : Theme.border
}
