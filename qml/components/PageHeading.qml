// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The one heading of a page. It takes focus when the page opens, so a screen reader announces
// where the learner is and Tab continues from the top of the page.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.headingSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    activeFocusOnTab: false
    Accessible.role: Accessible.Heading
    Accessible.name: text
    Accessible.ignored: !visible
}
