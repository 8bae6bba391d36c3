// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A heading inside a page, below the page's own heading.
Text {
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing
    font.family: Theme.fontFamily
    font.pixelSize: Theme.titleSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    Accessible.role: Accessible.Heading
    Accessible.name: text
    Accessible.ignored: !visible
}
