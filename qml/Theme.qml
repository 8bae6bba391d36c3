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
    // The bundled fonts (qml/fonts, with their licences) or DejaVu Sans, which every PC has.
    readonly property string fontFamily: Preferences.font === "atkinson" ? "Atkinson Hyperlegible"
                                         : Preferences.font === "opendyslexic" ? "OpenDyslexic"
                                         : "DejaVu Sans"
    // Motion is only ever a gentle help (a pulsing "Here" ring, smooth scrolling); with reduced
    // motion everything still shows, just without moving.
    readonly property bool reducedMotion: Preferences.reducedMotion
    readonly property int motionDuration: reducedMotion ? 0 : 250

    readonly property bool highContrast: Preferences.theme === "high-contrast"
    readonly property bool dark: Preferences.theme === "dark"
    // Practice screens copy real websites' colours, except in dark and high contrast, where
    // the learner's colours win.
    readonly property bool themeColoursOnly: highContrast || dark

    // Default palette after the GOV.UK colours; dark is light grey on near black; high contrast
    // is yellow on black (>= 7:1). tst_contrast checks every pair in every palette.
    readonly property color background: pick("#ffffff", "#1b1b1b", "#000000")
    readonly property color surface: pick("#f3f2f1", "#2b2b2b", "#000000")
    readonly property color text: pick("#0b0c0c", "#f3f2f1", "#ffff00")
    readonly property color secondaryText: pick("#484949", "#c9c9c9", "#ffff00")
    readonly property color border: pick("#0b0c0c", "#b1b4b6", "#ffff00")
    readonly property color primary: pick("#00703c", "#85d4a4", "#ffff00")
    readonly property color primaryLabel: pick("#ffffff", "#0b0c0c", "#000000")
    readonly property color secondary: pick("#f3f2f1", "#2b2b2b", "#000000")
    readonly property color secondaryLabel: pick("#0b0c0c", "#f3f2f1", "#ffff00")
    readonly property color selected: pick("#1d70b8", "#9ccaf5", "#ffff00")
    readonly property color selectedLabel: pick("#ffffff", "#0b0c0c", "#000000")
    readonly property color success: pick("#00703c", "#85d4a4", "#ffff00")
    // A little darker than GOV.UK red so it reads on the grey surface too (4.96:1; 5.5:1 on white).
    readonly property color error: pick("#c62d17", "#ff9a8a", "#ffff00")
    readonly property color progressTrack: pick("#b1b4b6", "#6f777b", "#000000")

    function pick(standard: color, darkColour: color, highContrastColour: color): color {
        return highContrast ? highContrastColour : dark ? darkColour : standard
    }
    // Focus you cannot miss: yellow with a thick black edge, visible on any background.
    readonly property color focus: "#ffdd00"
    readonly property color focusEdge: "#0b0c0c"
}
