// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A padlock: a shackle on top of a solid body. Before a web address it means the connection is
// private; next to a Wi-Fi network, that the network needs a password.
Item {
    id: lock

    property color colour: Theme.text
    property real lineWidth: Math.max(2, lock.width * 0.15)
    property real cornerRadius: Math.max(1, lock.width * 0.1)

    implicitWidth: Theme.bodySize * 0.75
    implicitHeight: Theme.bodySize
    Accessible.ignored: true

    Rectangle {
        x: lock.width * 0.18
        width: lock.width * 0.64
        height: lock.height * 0.7
        radius: width / 2
        color: "transparent"
        border.width: lock.lineWidth
        border.color: lock.colour
    }
    Rectangle {
        y: lock.height * 0.42
        width: lock.width
        height: lock.height * 0.58
        radius: lock.cornerRadius
        color: lock.colour
    }
}
