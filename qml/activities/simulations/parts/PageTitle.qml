// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The big heading of a page in a practice scene (a made-up website's page title).
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.headingSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
    Accessible.ignored: !visible
}
