// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps

// Every text colour against every background it is drawn on, in every theme, by the WCAG 2
// contrast ratio: at least 4.5:1 for text (7:1 in high contrast) and 3:1 for the edges and
// bars that show where controls are.
TestCase {
    name: "Contrast"

    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    readonly property var textPairs: [
        ["text", "background"], ["text", "surface"], ["secondaryText", "background"],
        ["secondaryText", "surface"], ["primaryLabel", "primary"], ["secondaryLabel", "secondary"],
        ["selectedLabel", "selected"], ["success", "background"], ["error", "background"],
        ["success", "surface"], ["error", "surface"]
    ]
    readonly property var edgePairs: [
        ["border", "background"], ["border", "surface"], ["primary", "background"],
        ["selected", "background"], ["focusEdge", "focus"]
    ]

    function test_everyThemeIsReadable_data() {
        return [{ tag: "default", theme: "default", textMinimum: 4.5 },
                { tag: "dark", theme: "dark", textMinimum: 4.5 },
                { tag: "high-contrast", theme: "high-contrast", textMinimum: 7 }]
    }
    function test_everyThemeIsReadable(data) {
        Preferences.theme = data.theme
        compare(Preferences.theme, data.theme)
        for (const [fore, back] of textPairs) {
            const r = ratio(Theme[fore], Theme[back])
            verify(r >= data.textMinimum, "%1 on %2: %3:1".arg(fore).arg(back).arg(r.toFixed(2)))
        }
        for (const [fore, back] of edgePairs) {
            const r = ratio(Theme[fore], Theme[back])
            verify(r >= 3, "%1 against %2: %3:1".arg(fore).arg(back).arg(r.toFixed(2)))
        }
        Preferences.theme = "default"
    }

    function test_ratioMatchesKnownValues() {
        fuzzyCompare(ratio(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.01)
        fuzzyCompare(ratio(Qt.color("#ffff00"), Qt.color("#000000")), 19.56, 0.01)
        fuzzyCompare(ratio(Qt.color("#777777"), Qt.color("#ffffff")), 4.48, 0.01)
    }
}
