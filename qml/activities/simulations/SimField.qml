// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A text box inside a simulation scene that does something when Return or Enter is pressed
// (an address bar, a search box). Sends what was typed as the target's value.
TextEntry {
    id: field

    required property SimulationSession session
    required property string targetId
    readonly property bool pointedAt: session !== null && session.showMeTarget === targetId

    signal accepted()

    objectName: "sim-" + targetId
    Keys.onReturnPressed: submit()
    Keys.onEnterPressed: submit()
    onPointedAtChanged: {
        if (pointedAt)
            field.forceActiveFocus()
    }

    function submit() {
        if (field.session && field.session.act(field.targetId, field.text))
            field.accepted()
    }

    ShowMeMarker {
        target: field
        visible: field.pointedAt
    }
}
