// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Staff: this computer as IT set it up: values IT got wrong (left out), whether learners'
// progress outlasts a reset of the PC and what would be lost now, and closing a kiosk.
ColumnLayout {
    id: section

    spacing: Theme.spacing

    SectionHeading {
        //: Staff section: how this computer is set up (by the library's or council's IT team)
        text: qsTr("This computer")
    }
    ErrorMessage {
        Layout.fillWidth: true
        objectName: "presetProblems"
        visible: Deployment.problems !== ""
        //: Staff: IT's settings for this PC (a file or the registry) have values OpenSteps cannot use; each problem follows on its own line
        text: qsTr("Some settings your IT team made for this computer are wrong, so OpenSteps is not using them. Please pass this on to IT:")
              + "\n" + Deployment.problems
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "survivalWarning"
        visible: Deployment.survivalWarning !== ""
        font.bold: true
        textFormat: Text.PlainText
        text: Deployment.survivalWarning
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "unsentOutcomes"
        textFormat: Text.PlainText
        text: Sync.pending === 0
              //: Staff: no anonymised outcome waits to be sent from this PC
              ? qsTr("Every outcome has been sent, so a reset of this computer would lose none.")
              : Deployment.dataSurvivesReset
                //: Staff: %n outcomes wait to be sent, in a folder IT set (%1) that keeps files through a restart
                ? qsTr("%n outcome(s) wait to be sent. They are kept in %1, which your IT team set up to keep files when the computer restarts.", "", Sync.pending).arg(Deployment.dataDir)
                //: Staff: %n outcomes have not reached the programme yet and would be lost if the PC reset now
                : qsTr("%n outcome(s) have not been sent yet. If this computer were reset now, they would be lost.", "", Sync.pending)
    }
    BodyText {
        Layout.fillWidth: true
        visible: Deployment.kiosk
        //: Staff: the PC runs OpenSteps in kiosk mode
        text: qsTr("OpenSteps fills the screen on this computer, and only staff can close it.")
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "closeApp"
        visible: Deployment.kiosk
        //: Staff, in kiosk mode: closes OpenSteps (learners cannot)
        text: qsTr("Close OpenSteps")
        onClicked: Deployment.quit()
    }
}
