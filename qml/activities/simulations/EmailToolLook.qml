// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The look of a button in the practice email app's toolbar (Reply, Report scam, Delete, Attach).
Rectangle {
    required property SimButton button

    radius: Theme.radius / 2
    color: button.down ? Theme.surface : Theme.background
    border.width: button.hovered || button.down ? Theme.borderWidth * 1.5 : Theme.borderWidth
    border.color: Theme.border
}
