// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// Running text: large, left-aligned (right-aligned in right-to-left languages), wrapping.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.text
    wrapMode: Text.Wrap
    lineHeight: 1.25
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Accessible.ignored: !visible
}
