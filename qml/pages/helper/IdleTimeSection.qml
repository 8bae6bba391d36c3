// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Staff: how long the PC waits without use before asking "Are you still there?".
ColumnLayout {
    id: section

    readonly property var idleChoices: [5, 10, 15, 20, 30]

    spacing: Theme.spacing

    SectionHeading {
        //: Staff setting: how long the PC waits without use before asking "Are you still there?"
        text: qsTr("Sign learners out when nobody uses the computer for")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "idleMinutesPreset"
        visible: Deployment.isPreset("idleMinutes")
        //: Staff: the idle time IT fixed for this PC; %n is a number of minutes
        text: qsTr("%n minute(s). Set by your IT team, so it cannot be changed here.", "", Staff.idleMinutes)
    }
    ChoiceGroup {
        visible: !Deployment.isPreset("idleMinutes")
        namePrefix: "idleMinutes"
        options: section.idleChoices.map(minutes => ({
            value: minutes,
            //: A number of minutes; %1 is a number such as 10
            label: qsTr("%1 minutes").arg(minutes)
        }))
        current: Staff.idleMinutes
        onChosen: value => Staff.setIdleMinutes(value)
    }
}
