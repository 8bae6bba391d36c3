// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// One choice among a few, as a row of buttons that wraps: each a radio button to a screen
// reader, the current one ticked. `options` holds {value, label} and may add `fontFamily` so
// a font choice shows in its own font.
Flow {
    id: group

    required property var options
    required property var current
    // Object names are prefix + "-" + value, for tests.
    property string namePrefix
    signal chosen(var value)

    Layout.fillWidth: true
    spacing: Theme.spacing

    Repeater {
        model: group.options

        ActionButton {
            required property var modelData

            objectName: group.namePrefix + "-" + modelData.value
            text: modelData.label
            font.family: modelData.fontFamily ?? Theme.fontFamily
            selected: group.current === modelData.value
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            onClicked: group.chosen(modelData.value)
        }
    }
}
