// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// For any helper signed in: "I am helping" a learner. What the learner does meanwhile is
// marked as done with help.
ColumnLayout {
    id: section

    // The session ended: the page says so in `text` and moves the focus there.
    signal confirmed(string text)

    spacing: Theme.spacing

    SectionHeading {
        objectName: "helpingHeading"
        //: Helper page: section where a volunteer says they are sitting with a learner
        text: qsTr("Helping a learner now")
    }
    BodyText {
        Layout.fillWidth: true
        visible: !Staff.helping
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
        visible: Staff.helping
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
        visible: Staff.helping
        //: Helper page: ends the help session
        text: qsTr("I have finished helping")
        onClicked: {
            Staff.stopHelping()
            //: Confirmation after a helper ends a help session
            section.confirmed(qsTr("Thank you. The help session has ended."))
        }
    }
}
