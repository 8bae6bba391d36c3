// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Setting up a hub, once, by staff: the hub's name and id, the programme's Learning Record
// Store address (optional) and the first staff account, saved together or not at all
// (Staff.setUpHub). Offered at the first start of a new PC and on the helper page while no
// staff account exists; at home, "Not now" skips it for good.
ScrollPage {
    id: page

    // What is wrong and which box it is about ("hubName", "hubId"... or "" for none).
    property string problem: ""
    property string problemField: ""
    property bool saved: false
    // The hub id follows the name until staff change it themselves.
    property bool idTyped: false

    // Set up or skipped: the first start goes on (or back to the helper page).
    signal finished()

    pageName: "setup"
    //: Heading of the page where staff set up a new computer for their hub
    title: qsTr("Set up this hub")

    function save() {
        const result = Staff.setUpHub({
            hubName: hubNameField.text,
            hubId: hubIdField.text,
            lrsAddress: lrsField.text,
            staffName: staffNameField.text,
            passphrase: passField.text,
            passphraseAgain: passAgainField.text
        })
        page.problem = result.problem
        page.problemField = result.field
        if (page.problem !== "") {
            // The summary first, as it says which box is at fault; what was typed is kept.
            problemSummary.forceActiveFocus()
            return
        }
        passField.text = ""
        passAgainField.text = ""
        Sync.refresh()
        page.saved = true
        savedText.forceActiveFocus()
    }

    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        //: Set-up page: what it is for and who does it
        text: qsTr("If this computer is in a library or community centre, staff set it up once: the hub's name, where learners' anonymised outcomes are sent, and a staff account. At home, you do not need to do this.")
    }
    ErrorMessage {
        id: problemSummary

        objectName: "setupProblem"
        text: page.problem
    }

    // The hub.
    SectionHeading {
        visible: !page.saved
        //: Set-up page: section about the hub (library or community centre)
        text: qsTr("The hub")
    }
    ErrorMessage {
        objectName: "problem-hubName"
        text: page.problemField === "hubName" ? page.problem : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        font.bold: true
        text: hubNameField.label
    }
    TextEntry {
        id: hubNameField

        Layout.fillWidth: true
        objectName: "setupHubName"
        visible: !page.saved
        //: Set-up page: the hub's name as learners know it; it is printed on certificates
        label: qsTr("Hub name (on certificates)")
        // What IT preset is shown, and cannot be changed here.
        readOnly: Deployment.isPreset("hubName")
        Component.onCompleted: if (readOnly) text = Sync.hubName
        onTextEdited: {
            if (!page.idTyped && !hubIdField.readOnly)
                hubIdField.text = Staff.suggestHubId(hubNameField.text)
        }
        onAccepted: hubIdField.forceActiveFocus()
    }
    SetByIt {
        Layout.fillWidth: true
        visible: !page.saved && Deployment.isPreset(presetKey)
        presetKey: "hubName"
    }
    ErrorMessage {
        objectName: "problem-hubId"
        text: page.problemField === "hubId" ? page.problem : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        font.bold: true
        text: hubIdField.label
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        color: Theme.secondaryText
        //: Set-up page: hint under the hub id's label
        text: qsTr("Made from the name; you can change it. Small letters, digits and hyphens. It is sent with every outcome, so keep it the same on all of the hub's computers.")
    }
    TextEntry {
        id: hubIdField

        Layout.fillWidth: true
        objectName: "setupHubId"
        visible: !page.saved
        //: Set-up page: a short id for the hub, sent with outcomes; small letters, digits and hyphens
        label: qsTr("Hub id (like leeds-central-library)")
        readOnly: Deployment.isPreset("hubId")
        Component.onCompleted: if (readOnly) text = Sync.hubId
        // Emptied by hand: the name's suggestion comes back.
        onTextEdited: page.idTyped = hubIdField.text !== ""
        onAccepted: lrsField.forceActiveFocus()
    }
    SetByIt {
        Layout.fillWidth: true
        visible: !page.saved && Deployment.isPreset(presetKey)
        presetKey: "hubId"
    }
    ErrorMessage {
        objectName: "problem-lrsAddress"
        text: page.problemField === "lrsAddress" ? page.problem : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        font.bold: true
        text: lrsField.label
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        color: Theme.secondaryText
        //: Set-up page: hint under the Learning Record Store address's label
        text: qsTr("The programme gives you this address. Leave it empty if you do not have one. Its key and secret are set on the helper page.")
    }
    TextEntry {
        id: lrsField

        Layout.fillWidth: true
        objectName: "setupLrsAddress"
        visible: !page.saved
        //: Set-up page: the programme's Learning Record Store web address; it may be left empty
        label: qsTr("Learning Record Store address (optional, https://…)")
        readOnly: Deployment.isPreset("lrsEndpoint")
        Component.onCompleted: if (readOnly) text = Sync.endpoint
        onAccepted: staffNameField.forceActiveFocus()
    }
    SetByIt {
        Layout.fillWidth: true
        visible: !page.saved && Deployment.isPreset(presetKey)
        presetKey: "lrsEndpoint"
    }

    // The first staff account.
    SectionHeading {
        visible: !page.saved
        //: Set-up page: section where the first staff member makes their account
        text: qsTr("Your staff account")
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        //: Set-up page: what the staff account is for
        text: qsTr("Staff sign in under \"Helpers and staff\" on the sign-in page to add volunteers and to change these settings. Five wrong passphrases in a row pause signing in for a minute.")
    }
    ErrorMessage {
        objectName: "problem-staffName"
        text: page.problemField === "staffName" ? page.problem : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        font.bold: true
        text: staffNameField.label
    }
    TextEntry {
        id: staffNameField

        Layout.fillWidth: true
        objectName: "setupStaffName"
        visible: !page.saved
        //: Set-up page: the first staff member's name, as they will type it to sign in
        label: qsTr("Your name")
        onAccepted: passField.forceActiveFocus()
    }
    ErrorMessage {
        objectName: "problem-passphrase"
        text: page.problemField === "passphrase" ? page.problem : ""
    }
    // Right before its box: screen readers get no name for a password box from Qt 6.4.
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        font.bold: true
        text: passField.label
    }
    TextEntry {
        id: passField

        Layout.fillWidth: true
        objectName: "setupPassphrase"
        visible: !page.saved
        //: Set-up page: the staff passphrase; %1 is the least number of characters, such as 8
        label: qsTr("Passphrase (at least %1 characters)").arg(Staff.minPassphraseLength)
        echoMode: TextInput.Password
        onAccepted: passAgainField.forceActiveFocus()
    }
    ErrorMessage {
        objectName: "problem-passphraseAgain"
        text: page.problemField === "passphraseAgain" ? page.problem : ""
    }
    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        font.bold: true
        text: passAgainField.label
    }
    TextEntry {
        id: passAgainField

        Layout.fillWidth: true
        objectName: "setupPassphraseAgain"
        visible: !page.saved
        //: Set-up page: the staff passphrase typed a second time, to be sure of it
        label: qsTr("The same passphrase again")
        echoMode: TextInput.Password
        onAccepted: page.save()
    }
    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        objectName: "setupSave"
        visible: !page.saved
        primary: true
        //: Set-up page: saves the hub and the staff account
        text: qsTr("Set up this hub")
        onClicked: page.save()
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "setupSkip"
        visible: !page.saved
        //: Set-up page: for home use; nothing is set up and the page is not shown again at start
        text: qsTr("Not now: use OpenSteps without setting up a hub")
        onClicked: {
            Staff.skipHubSetup()
            page.finished()
        }
    }

    // Done.
    BodyText {
        id: savedText

        Layout.fillWidth: true
        objectName: "setupDone"
        visible: page.saved
        font.bold: true
        color: Theme.success
        //: Set-up page: after saving; %1 is the hub's name
        text: "✓ " + qsTr("%1 is set up. Staff sign in under \"Helpers and staff\" on the sign-in page.").arg(Sync.hubName)
        Accessible.role: Accessible.AlertMessage
        FocusRing {
            target: savedText
        }
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "setupContinue"
        visible: page.saved
        primary: true
        //: Set-up page: after saving, goes on to the learners' pages
        text: qsTr("Continue")
        onClicked: page.finished()
    }
}
