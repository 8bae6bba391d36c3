// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// For volunteers and staff: sign in with a name and passphrase, then reset a learner's PIN
// (the learner chooses a new one when they next sign in) or say "I am helping". Staff also
// set how long the PC waits before asking "Are you still there?", add volunteer and staff
// accounts, and set the hub and where outcomes go (the sections in pages/helper/, shown to
// staff by one rule below). While no staff account exists, the page offers the hub set-up.
ScrollPage {
    id: page

    // The last thing a helper did, confirmed in words; the focus moves there.
    property string done: ""

    Component.onCompleted: Sync.refresh()

    signal closed()
    signal setupRequested()
    signal dashboardRequested()

    pageName: "helper"
    //: Heading of the page for volunteers and staff
    title: qsTr("Helpers and staff")

    function confirm(text: string) {
        page.done = text
        doneText.forceActiveFocus()
    }

    StackView.onRemoved: Session.helperSignOut()

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

    HelperSignIn {
        Layout.fillWidth: true
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
    // Any helper signed in.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: Session.helperName !== ""

        PinResetSection {
            Layout.fillWidth: true
            onConfirmed: text => page.confirm(text)
        }
        HelpingSection {
            Layout.fillWidth: true
            onConfirmed: text => page.confirm(text)
        }
    }
    // Staff only (Staff refuses the same actions to anybody else).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: Session.helperRole === "staff"

        ComputerSection {
            Layout.fillWidth: true
        }
        IdleTimeSection {
            Layout.fillWidth: true
        }
        AccountsSection {
            Layout.fillWidth: true
            onConfirmed: text => page.confirm(text)
        }
        HubSection {
            Layout.fillWidth: true
            onConfirmed: text => page.confirm(text)
        }
        SyncSection {
            Layout.fillWidth: true
            onConfirmed: text => page.confirm(text)
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
