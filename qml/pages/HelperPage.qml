// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// For volunteers and staff: sign in with a name and passphrase, then reset a learner's PIN
// (the learner chooses a new one when they next sign in). Staff also set how long the PC
// waits before asking "Are you still there?", add volunteer and staff accounts, and set the
// hub and where outcomes go. While no staff account exists, the page offers the hub set-up.
ScrollPage {
    id: page

    property string message: ""
    property string done: ""
    // The role chosen for a new account.
    property string newRole: "volunteer"

    Component.onCompleted: Sync.refresh()
    readonly property var idleChoices: [5, 10, 15, 20, 30]

    signal closed()
    signal setupRequested()
    signal dashboardRequested()

    pageName: "helper"
    //: Heading of the page for volunteers and staff
    title: qsTr("Helpers and staff")

    function signIn() {
        const attempt = Session.helperSignIn(nameField.text, passField.text)
        passField.text = ""
        if (attempt.result === "signed-in") {
            page.message = ""
            return
        }
        page.message = attempt.result === "locked"
                //: Helper sign-in after 5 wrong passphrases
                ? qsTr("Too many tries. Please wait one minute, then try again.")
                //: Helper sign-in with a wrong name or passphrase
                : qsTr("That name and passphrase do not match. Please try again.")
        messageBox.forceActiveFocus()
    }

    StackView.onRemoved: Session.helperSignOut()

    function addAccount() {
        const name = newHelperName.text.trim()
        newHelperProblem.text = Staff.addHelper(name, page.newRole, newHelperPass.text,
                                              newHelperPassAgain.text)
        if (newHelperProblem.text !== "") {
            newHelperProblem.forceActiveFocus()
            return
        }
        newHelperName.text = ""
        newHelperPass.text = ""
        newHelperPassAgain.text = ""
        page.done = page.newRole === "staff"
                //: Staff: after adding a staff account; %1 is the person's name
                ? qsTr("%1 can now sign in here as staff.").arg(name)
                //: Staff: after adding a volunteer account; %1 is the person's name
                : qsTr("%1 can now sign in here as a volunteer.").arg(name)
        page.newRole = "volunteer"
        doneText.forceActiveFocus()
    }

    BodyText {
        Layout.fillWidth: true
        visible: !Staff.hasHelpers
        //: Shown when no volunteer or staff account exists on this PC yet
        text: qsTr("There are no helper accounts on this computer yet. Staff make the first one by setting up this hub.")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Staff.hasHelpers && Staff.hubSetupPossible && Session.helperName === ""
        //: Shown when volunteers have accounts on this PC but no staff member has one yet
        text: qsTr("There is no staff account on this computer yet. Staff make the first one by setting up this hub.")
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "helperSetUpHub"
        visible: Staff.hubSetupPossible && Session.helperName === ""
        primary: !Staff.hasHelpers
        //: Helper page: opens the hub set-up (its name, where outcomes go, the first staff account)
        text: qsTr("Set up this hub")
        onClicked: page.setupRequested()
    }

    ErrorMessage {
        id: messageBox

        objectName: "helperMessage"
        text: page.message
    }

    // Signing in.
    BodyText {
        Layout.fillWidth: true
        visible: Staff.hasHelpers && Session.helperName === ""
        font.bold: true
        //: Label of the helper's name box
        text: qsTr("Your name")
    }
    TextEntry {
        id: nameField

        Layout.fillWidth: true
        objectName: "helperName"
        visible: Staff.hasHelpers && Session.helperName === ""
        label: qsTr("Your name")
        onAccepted: passField.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        visible: nameField.visible
        font.bold: true
        //: Label of the helper's passphrase box
        text: qsTr("Your passphrase")
    }
    TextEntry {
        id: passField

        Layout.fillWidth: true
        objectName: "helperPassphrase"
        visible: nameField.visible
        label: qsTr("Your passphrase")
        echoMode: TextInput.Password
        onAccepted: page.signIn()
    }
    ActionButton {
        objectName: "helperSignInButton"
        visible: nameField.visible
        primary: true
        //: Signs a volunteer or staff member in
        text: qsTr("Sign in")
        onClicked: page.signIn()
    }

    // Signed in: what helpers may do.
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperName !== ""
        //: %1 is the helper's name
        text: qsTr("Signed in as %1.").arg(Session.helperName)
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "openDashboard"
        visible: Session.helperRole === "staff"
        //: Staff: opens the page of outcome figures (learners, lessons, skills) for a period
        text: qsTr("Outcomes dashboard")
        onClicked: page.dashboardRequested()
    }
    BodyText {
        id: doneText

        Layout.fillWidth: true
        objectName: "helperDone"
        visible: page.done !== ""
        font.bold: true
        text: "✓ " + page.done
        color: Theme.success
        Accessible.role: Accessible.AlertMessage
        Accessible.name: page.done
        FocusRing {
            target: doneText
        }
    }
    SectionHeading {
        visible: Session.helperName !== ""
        //: Helper page: section to reset learners' PINs
        text: qsTr("Reset a learner's PIN")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperName !== ""
        //: Helper page: what resetting a PIN does
        text: qsTr("The learner chooses a new PIN the next time they sign in. Their lessons stay as they are.")
    }
    Repeater {
        model: Session.helperName !== "" ? Session.learners : []

        ActionButton {
            required property var modelData

            Layout.fillWidth: true
            objectName: "resetPin-" + modelData.id
            //: Helper page: resets one learner's PIN; %1 is the learner's name
            text: qsTr("Reset the PIN of %1").arg(modelData.name)
            onClicked: {
                if (Staff.resetPin(modelData.id)) {
                    //: Confirmation after a helper reset a PIN; %1 is the learner's name
                    page.done = qsTr("The PIN of %1 is reset.").arg(modelData.name)
                    // The buttons are made again; the focus goes to the confirmation.
                    doneText.forceActiveFocus()
                }
            }
        }
    }
    // Helping a learner now: what the learner does meanwhile is marked as done with help.
    SectionHeading {
        objectName: "helpingHeading"
        visible: Session.helperName !== ""
        //: Helper page: section where a volunteer says they are sitting with a learner
        text: qsTr("Helping a learner now")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperName !== "" && !Staff.helping
        //: Helper page: why a helper says who they are helping
        text: qsTr("Say who you are sitting with. What they do while you help is counted as done with help. It ends when they sign out.")
    }
    Repeater {
        model: Session.helperName !== "" && !Staff.helping ? Session.learners : []

        ActionButton {
            required property var modelData

            Layout.fillWidth: true
            objectName: "startHelping-" + modelData.id
            //: Helper page: the helper starts helping one learner; %1 is the learner's name
            text: qsTr("I am helping %1").arg(modelData.name)
            onClicked: {
                if (Staff.startHelping(modelData.id))
                    helpingText.forceActiveFocus()
            }
        }
    }
    BodyText {
        id: helpingText

        Layout.fillWidth: true
        objectName: "helpingNow"
        visible: Session.helperName !== "" && Staff.helping
        font.bold: true
        text: Staff.helpingHelperName === Session.helperName
              //: Helper page: while a help session is open; %1 is the learner's name
              ? qsTr("You are helping %1.").arg(Staff.helpingLearnerName)
              //: Helper page: another helper's session is open; %1 the helper, %2 the learner
              : qsTr("%1 is helping %2.").arg(Staff.helpingHelperName).arg(Staff.helpingLearnerName)
        FocusRing {
            target: helpingText
        }
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "stopHelping"
        visible: Session.helperName !== "" && Staff.helping
        //: Helper page: ends the help session
        text: qsTr("I have finished helping")
        onClicked: {
            Staff.stopHelping()
            //: Confirmation after a helper ends a help session
            page.done = qsTr("Thank you. The help session has ended.")
            doneText.forceActiveFocus()
        }
    }
    SectionHeading {
        visible: Session.helperRole === "staff"
        //: Staff setting: how long the PC waits without use before asking "Are you still there?"
        text: qsTr("Sign learners out when nobody uses the computer for")
    }
    ChoiceGroup {
        visible: Session.helperRole === "staff"
        namePrefix: "idleMinutes"
        options: page.idleChoices.map(minutes => ({
            value: minutes,
            //: A number of minutes; %1 is a number such as 10
            label: qsTr("%1 minutes").arg(minutes)
        }))
        current: Staff.idleMinutes
        onChosen: value => Staff.setIdleMinutes(value)
    }

    // Staff: volunteer and staff accounts.
    SectionHeading {
        visible: Session.helperRole === "staff"
        //: Staff section: the volunteer and staff accounts on this PC, and adding one
        text: qsTr("Volunteers and staff")
    }
    Repeater {
        model: Staff.helperAccounts

        BodyText {
            required property var modelData

            Layout.fillWidth: true
            objectName: "account-" + modelData.name
            text: modelData.role === "staff"
                  //: Staff: one account in the list; %1 is the person's name
                  ? qsTr("%1: staff").arg(modelData.name)
                  //: Staff: one account in the list; %1 is the person's name
                  : qsTr("%1: volunteer").arg(modelData.name)
        }
    }
    SectionHeading {
        visible: Session.helperRole === "staff"
        //: Staff: heading of the form that adds a volunteer or staff account
        text: qsTr("Add an account")
    }
    ErrorMessage {
        id: newHelperProblem

        objectName: "newHelperProblem"
        visible: text !== "" && Session.helperRole === "staff"
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: newHelperName.label
    }
    TextEntry {
        id: newHelperName

        Layout.fillWidth: true
        objectName: "newHelperName"
        visible: Session.helperRole === "staff"
        //: Staff: the new volunteer's or staff member's name, as they will type it to sign in
        label: qsTr("Their name")
        onAccepted: newHelperPass.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        //: Staff: label of the choice between a volunteer and a staff account
        text: qsTr("Their role")
    }
    ChoiceGroup {
        visible: Session.helperRole === "staff"
        namePrefix: "newHelperRole"
        options: [
            //: Staff: a volunteer account (can reset PINs and help learners)
            { value: "volunteer", label: qsTr("Volunteer") },
            //: Staff: a staff account (can also change settings and add accounts)
            { value: "staff", label: qsTr("Staff") }
        ]
        current: page.newRole
        onChosen: value => page.newRole = value
    }
    // Right before its box: screen readers get no name for a password box from Qt 6.4.
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: newHelperPass.label
    }
    TextEntry {
        id: newHelperPass

        Layout.fillWidth: true
        objectName: "newHelperPassphrase"
        visible: Session.helperRole === "staff"
        //: Staff: the new account's passphrase; %1 is the least number of characters, such as 8
        label: qsTr("Their passphrase (at least %1 characters)").arg(Staff.minPassphraseLength)
        echoMode: TextInput.Password
        onAccepted: newHelperPassAgain.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: newHelperPassAgain.label
    }
    TextEntry {
        id: newHelperPassAgain

        Layout.fillWidth: true
        objectName: "newHelperPassphraseAgain"
        visible: Session.helperRole === "staff"
        //: Staff: the new account's passphrase typed a second time, to be sure of it
        label: qsTr("The same passphrase again")
        echoMode: TextInput.Password
        onAccepted: page.addAccount()
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "addHelper"
        visible: Session.helperRole === "staff"
        //: Staff: adds the volunteer or staff account typed above
        text: qsTr("Add this account")
        onClicked: page.addAccount()
    }

    // Staff: which hub this PC belongs to.
    SectionHeading {
        visible: Session.helperRole === "staff"
        //: Staff section: the name and id of the hub (library or community centre) this PC is in
        text: qsTr("This hub")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: hubNameField.label
    }
    TextEntry {
        id: hubNameField

        Layout.fillWidth: true
        objectName: "hubName"
        visible: Session.helperRole === "staff"
        //: Staff: the hub's name as learners know it; it is printed on certificates
        label: qsTr("Hub name (on certificates)")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.hubName
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: hubIdField.label
    }
    TextEntry {
        id: hubIdField

        Layout.fillWidth: true
        objectName: "hubId"
        visible: Session.helperRole === "staff"
        //: Staff: a short id for the hub, sent with outcomes; small letters, digits and hyphens
        label: qsTr("Hub id (like leeds-central-library)")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.hubId
    }
    ErrorMessage {
        id: hubProblem

        Layout.fillWidth: true
        objectName: "hubProblem"
        visible: text !== ""
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "hubSave"
        visible: Session.helperRole === "staff"
        //: Staff: saves the hub's name and id
        text: qsTr("Save the hub's name and id")
        onClicked: {
            hubProblem.text = Sync.saveHub(hubNameField.text, hubIdField.text)
            if (hubProblem.text === "") {
                //: Staff: confirmation after saving the hub's name and id
                page.done = qsTr("The hub's name and id are saved.")
                doneText.forceActiveFocus()
            }
        }
    }

    // Staff: sharing anonymised outcomes with the programme's Learning Record Store.
    SectionHeading {
        visible: Session.helperRole === "staff"
        //: Staff section: sending anonymised outcomes to the programme
        text: qsTr("Sharing outcomes with the programme")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncStatus"
        visible: Session.helperRole === "staff"
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
        visible: Session.helperRole === "staff" && Sync.credentialsRejected
        //: Staff: the Learning Record Store refused the key and secret; sending has stopped
        text: qsTr("Sync credentials rejected: the Learning Record Store did not accept the key and secret. Sending has stopped until they are changed below.")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncLastError"
        visible: Session.helperRole === "staff" && Sync.lastError !== "" && !Sync.credentialsRejected
        //: Staff: the last problem sending outcomes; %1 is a date and time, %2 the problem
        text: qsTr("Last problem (%1): %2").arg(Sync.lastErrorAt).arg(Sync.lastError)
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncSetAside"
        visible: Session.helperRole === "staff" && Sync.setAside > 0
        //: Staff: statements the LRS refused as invalid; %1 is a number, %2 the LRS's reasons
        text: qsTr("Statements the Learning Record Store refused and that are set aside: %1. It said: %2").arg(Sync.setAside).arg(Sync.setAsideReasons.join(" / "))
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: endpointField.label
    }
    TextEntry {
        id: endpointField

        Layout.fillWidth: true
        objectName: "syncEndpoint"
        visible: Session.helperRole === "staff"
        //: Staff: the web address of the programme's Learning Record Store
        label: qsTr("Learning Record Store address (https://…)")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.endpoint
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: keyField.label
    }
    TextEntry {
        id: keyField

        Layout.fillWidth: true
        objectName: "syncKey"
        visible: Session.helperRole === "staff"
        //: Staff: the Learning Record Store's key (like a user name)
        label: qsTr("Key")
        // Filled once: a later refresh (a sync finishing) must not wipe what staff are typing.
        Component.onCompleted: text = Sync.key
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff"
        font.bold: true
        text: secretField.label
    }
    TextEntry {
        id: secretField

        Layout.fillWidth: true
        objectName: "syncSecret"
        visible: Session.helperRole === "staff"
        //: Staff: the Learning Record Store's secret (like a password)
        label: qsTr("Secret")
        echoMode: TextInput.Password
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.helperRole === "staff" && Sync.hasSecret
        //: Staff: under the LRS secret box when a secret is saved already
        text: qsTr("A secret is saved. Leave the box empty to keep it.")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "syncSecretWarning"
        visible: Session.helperRole === "staff" && Sync.secretWarning !== ""
        text: Sync.secretWarning
    }
    ErrorMessage {
        id: syncProblem

        Layout.fillWidth: true
        objectName: "syncProblem"
        visible: text !== ""
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "syncSave"
        visible: Session.helperRole === "staff"
        //: Staff: saves the Learning Record Store settings
        text: qsTr("Save these settings")
        onClicked: {
            syncProblem.text = Sync.save(endpointField.text, keyField.text, secretField.text)
            if (syncProblem.text === "") {
                secretField.text = ""
                //: Staff: confirmation after saving the LRS settings
                page.done = qsTr("The Learning Record Store settings are saved.")
                doneText.forceActiveFocus()
            }
        }
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "syncNow"
        visible: Session.helperRole === "staff" && Sync.endpoint !== ""
        enabled: !Sync.running
        //: Staff: sends the waiting outcome statements now
        text: qsTr("Send now")
        onClicked: Sync.sendNow()
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "syncExport"
        visible: Session.helperRole === "staff"
        //: Staff: for hubs without internet: saves waiting outcomes to a file to carry elsewhere
        text: qsTr("No internet here: save outcomes to a file")
        onClicked: {
            page.done = Sync.exportBundle()
            doneText.forceActiveFocus()
        }
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeHelper"
        primary: Session.helperName !== ""
        //: Leaves the helper page (and signs the helper out)
        text: qsTr("Done")
        onClicked: page.closed()
    }
}
