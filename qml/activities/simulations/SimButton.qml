// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// Anything the learner can use inside a simulation scene: a button, an icon, a link, a list
// row. It tells the session which target was used (and `value`, such as what was typed next
// to it); `accepted` fires only when that did the current task, so the scene changes only then.
// Looks are the scene's: set contentItem and background as the real screen would look.
// When the learner asks "Show me", the target is ringed, labelled and given keyboard focus.
ActionButton {
    id: control

    required property SimulationSession session
    required property string targetId
    property string value: ""
    readonly property bool pointedAt: session !== null && session.showMeTarget === targetId

    signal accepted()

    objectName: "sim-" + targetId
    // Many learners double-click everything: Qt would see a click and then a double-click, so
    // the double-click is handled here and counts as the one try it is meant to be.
    onDoubleClicked: {}
    onClicked: {
        if (control.session && control.session.act(control.targetId, control.value))
            control.accepted()
    }
    onPointedAtChanged: {
        if (pointedAt)
            control.forceActiveFocus()
    }

    ShowMeMarker {
        objectName: "showMeMarker"
        target: control
        visible: control.pointedAt
    }
}
