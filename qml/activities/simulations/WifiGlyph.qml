// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The Wi-Fi symbol: a dot with curved lines above it, wider towards the top. `bars` lines are
// strong; the rest are faint (a weaker signal, or not connected).
Canvas {
    id: glyph

    property color colour: Theme.text
    property int bars: 3

    implicitWidth: Theme.bodySize * 1.4
    implicitHeight: Theme.bodySize * 1.1
    Accessible.ignored: true
    onColourChanged: requestPaint()
    onBarsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const cx = width / 2
        const cy = height * 0.92
        const r = Math.min(width / 2, height * 0.92)
        ctx.lineCap = "round"
        ctx.lineWidth = Math.max(2, r * 0.15)
        ctx.fillStyle = glyph.colour
        ctx.beginPath()
        ctx.arc(cx, cy - r * 0.08, r * 0.12, 0, 2 * Math.PI)
        ctx.fill()
        for (let i = 1; i <= 3; ++i) {
            ctx.strokeStyle = i <= glyph.bars ? glyph.colour
                                              : Qt.rgba(glyph.colour.r, glyph.colour.g, glyph.colour.b, 0.3)
            ctx.beginPath()
            ctx.arc(cx, cy, r * (0.05 + i * 0.3), -Math.PI * 3 / 4, -Math.PI / 4)
            ctx.stroke()
        }
    }
}
