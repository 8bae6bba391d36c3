// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A smaller heading inside a page of a practice scene, such as a question above its choices.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.titleSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
    Accessible.ignored: !visible
}
