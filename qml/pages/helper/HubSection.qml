// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Staff: which hub this PC belongs to (its name on certificates, its id in outcomes).
ColumnLayout {
    id: section

    // Saved: the page says so in `text` and moves the focus there.
    signal confirmed(string text)

    spacing: Theme.spacing

    SectionHeading {
        //: Staff section: the name and id of the hub (library or community centre) this PC is in
        text: qsTr("This hub")
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: hubNameField.label
    }
    TextEntry {
        id: hubNameField

        Layout.fillWidth: true
        objectName: "hubName"
        //: Staff: the hub's name as learners know it; it is printed on certificates
        label: qsTr("Hub name (on certificates)")
        readOnly: Deployment.isPreset("hubName")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.hubName
    }
    SetByIt {
        Layout.fillWidth: true
        presetKey: "hubName"
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: hubIdField.label
    }
    TextEntry {
        id: hubIdField

        Layout.fillWidth: true
        objectName: "hubId"
        //: Staff: a short id for the hub, sent with outcomes; small letters, digits and hyphens
        label: qsTr("Hub id (like leeds-central-library)")
        readOnly: Deployment.isPreset("hubId")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.hubId
    }
    SetByIt {
        Layout.fillWidth: true
        presetKey: "hubId"
    }
    ErrorMessage {
        id: hubProblem

        Layout.fillWidth: true
        objectName: "hubProblem"
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "hubSave"
        visible: !(Deployment.isPreset("hubName") && Deployment.isPreset("hubId"))
        //: Staff: saves the hub's name and id
        text: qsTr("Save the hub's name and id")
        onClicked: {
            hubProblem.text = Sync.saveHub(hubNameField.text, hubIdField.text)
            if (hubProblem.text === "")
                //: Staff: confirmation after saving the hub's name and id
                section.confirmed(qsTr("The hub's name and id are saved."))
        }
    }
}
