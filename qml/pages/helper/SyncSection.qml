// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Staff: sharing anonymised outcomes with the programme's Learning Record Store: how it is
// going, its address, key and secret, "Send now", and a file for hubs without internet.
ColumnLayout {
    id: section

    // Saved or exported: the page says so in `text` and moves the focus there.
    signal confirmed(string text)

    spacing: Theme.spacing

    SectionHeading {
        //: Staff section: sending anonymised outcomes to the programme
        text: qsTr("Sharing outcomes with the programme")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncStatus"
        text: {
            //: Staff: how many anonymised outcome statements wait to be sent; %1 is a number
            let words = qsTr("Outcome statements waiting to be sent: %1.").arg(Sync.pending)
            words += " " + (Sync.lastSuccess !== ""
                            //: Staff: when outcomes last reached the programme; %1 is a date and time
                            ? qsTr("Last sent: %1.").arg(Sync.lastSuccess)
                            //: Staff: outcomes have never reached the programme from this PC
                            : qsTr("Nothing has been sent from this computer yet."))
            return words
        }
    }
    ErrorMessage {
        Layout.fillWidth: true
        objectName: "syncCredentialsRejected"
        visible: Sync.credentialsRejected
        //: Staff: the Learning Record Store refused the key and secret; sending has stopped
        text: qsTr("Sync credentials rejected: the Learning Record Store did not accept the key and secret. Sending has stopped until they are changed below.")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncLastError"
        visible: Sync.lastError !== "" && !Sync.credentialsRejected
        //: Staff: the last problem sending outcomes; %1 is a date and time, %2 the problem
        text: qsTr("Last problem (%1): %2").arg(Sync.lastErrorAt).arg(Sync.lastError)
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncSetAside"
        visible: Sync.setAside > 0
        //: Staff: statements the LRS refused as invalid; %1 is a number, %2 the LRS's reasons
        text: qsTr("Statements the Learning Record Store refused and that are set aside: %1. It said: %2").arg(Sync.setAside).arg(Sync.setAsideReasons.join(" / "))
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: endpointField.label
    }
    TextEntry {
        id: endpointField

        Layout.fillWidth: true
        objectName: "syncEndpoint"
        //: Staff: the web address of the programme's Learning Record Store
        label: qsTr("Learning Record Store address (https://…)")
        readOnly: Deployment.isPreset("lrsEndpoint")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.endpoint
    }
    SetByIt {
        Layout.fillWidth: true
        presetKey: "lrsEndpoint"
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: keyField.label
    }
    TextEntry {
        id: keyField

        Layout.fillWidth: true
        objectName: "syncKey"
        //: Staff: the Learning Record Store's key (like a user name)
        label: qsTr("Key")
        readOnly: Deployment.isPreset("lrsKey")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.key
    }
    SetByIt {
        Layout.fillWidth: true
        presetKey: "lrsKey"
    }
    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: secretField.label
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncSecretPreset"
        visible: Sync.secretPreset
        //: Staff: the LRS secret is read from a file the IT team protects on this PC
        text: qsTr("Your IT team keeps the secret in a file on this computer, so it cannot be changed here.")
    }
    TextEntry {
        id: secretField

        visible: !Sync.secretPreset
        Layout.fillWidth: true
        objectName: "syncSecret"
        //: Staff: the Learning Record Store's secret (like a password)
        label: qsTr("Secret")
        echoMode: TextInput.Password
    }
    BodyText {
        Layout.fillWidth: true
        visible: Sync.hasSecret && !Sync.secretPreset
        //: Staff: under the LRS secret box when a secret is saved already
        text: qsTr("A secret is saved. Leave the box empty to keep it.")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncSecretWarning"
        visible: Sync.secretWarning !== ""
        text: Sync.secretWarning
    }
    ErrorMessage {
        id: syncProblem

        Layout.fillWidth: true
        objectName: "syncProblem"
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "syncSave"
        visible: !(Deployment.isPreset("lrsEndpoint") && Deployment.isPreset("lrsKey") && Sync.secretPreset)
        //: Staff: saves the Learning Record Store settings
        text: qsTr("Save these settings")
        onClicked: {
            syncProblem.text = Sync.save(endpointField.text, keyField.text, secretField.text)
            if (syncProblem.text === "") {
                secretField.text = ""
                //: Staff: confirmation after saving the LRS settings
                section.confirmed(qsTr("The Learning Record Store settings are saved."))
            }
        }
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "syncNow"
        visible: Sync.endpoint !== ""
        enabled: !Sync.running
        //: Staff: sends the waiting outcome statements now
        text: qsTr("Send now")
        onClicked: Sync.sendNow()
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "syncExport"
        //: Staff: for hubs without internet: saves waiting outcomes to a file to carry elsewhere
        text: qsTr("No internet here: save outcomes to a file")
        onClicked: section.confirmed(Sync.exportBundle())
    }
}
