// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import OpenSteps

// The one base of everything a learner can click. It carries the accessibility contract:
// a role and a translated name for screen readers, Tab focus with a visible ring, activation
// by mouse, Return, Enter and Space, a 44 px minimum target, and hidden means ignored.
T.AbstractButton {
    id: control

    implicitWidth: Math.max(Theme.minTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.minTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    hoverEnabled: true
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.ignored: !control.visible
    Accessible.onPressAction: control.activate()

    // Space is handled by AbstractButton itself; Return and Enter are added here.
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    function activate() {
        if (!control.enabled)
            return
        if (control.checkable)
            control.toggle()
        control.clicked()
    }

    FocusRing {
        objectName: "focusRing"
        target: control
    }
}
