// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import OpenSteps

// The design system's numbers. Every size derives from `unit`, which grows with the learner's
// text size (100% to 200%), so the whole layout scales with the words.
QtObject {
    readonly property real textScale: Preferences.textScale
    readonly property real unit: 8 * textScale

    readonly property int bodySize: Math.round(unit * 2.5)      // 20 px at 100%
    readonly property int smallSize: Math.round(unit * 2.125)   // 17 px
    readonly property int titleSize: Math.round(unit * 3)       // 24 px
    readonly property int headingSize: Math.round(unit * 4)     // 32 px
    readonly property real spacing: unit * 2
    readonly property real gap: unit
    readonly property real radius: unit
    // Smallest clickable thing: 48 px at 100%, never under the 44 px WCAG minimum.
    // The smallest thing to click: 48 px at 100% text, half as big again with "Larger buttons".
    readonly property real minTarget: Math.max(44, unit * 6) * (Preferences.largerTargets ? 1.5 : 1)
    readonly property real contentWidth: unit * 100             // comfortable line length
    readonly property real borderWidth: Math.max(2, Math.round(unit / 4))
    readonly property real focusWidth: Math.max(4, Math.round(unit / 2))
    readonly property string fontFamily: "DejaVu Sans"

    readonly property bool highContrast: Preferences.theme === "high-contrast"

    // Default palette after the GOV.UK colours; high contrast is yellow on black (>= 7:1).
    readonly property color background: highContrast ? "#000000" : "#ffffff"
    readonly property color surface: highContrast ? "#000000" : "#f3f2f1"
    readonly property color text: highContrast ? "#ffff00" : "#0b0c0c"
    readonly property color secondaryText: highContrast ? "#ffff00" : "#484949"
    readonly property color border: highContrast ? "#ffff00" : "#0b0c0c"
    readonly property color primary: highContrast ? "#ffff00" : "#00703c"
    readonly property color primaryLabel: highContrast ? "#000000" : "#ffffff"
    readonly property color secondary: highContrast ? "#000000" : "#f3f2f1"
    readonly property color secondaryLabel: highContrast ? "#ffff00" : "#0b0c0c"
    readonly property color selected: highContrast ? "#ffff00" : "#1d70b8"
    readonly property color selectedLabel: highContrast ? "#000000" : "#ffffff"
    readonly property color success: highContrast ? "#ffff00" : "#00703c"
    // A little darker than GOV.UK red so it reads on the grey surface too (4.96:1; 5.5:1 on white).
    readonly property color error: highContrast ? "#ffff00" : "#c62d17"
    readonly property color progressTrack: highContrast ? "#000000" : "#b1b4b6"
    // Focus you cannot miss: yellow with a thick black edge, visible on any background.
    readonly property color focus: "#ffdd00"
    readonly property color focusEdge: "#0b0c0c"
}
