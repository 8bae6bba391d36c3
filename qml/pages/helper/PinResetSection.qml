// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// For any helper signed in: reset a learner's forgotten PIN.
ColumnLayout {
    id: section

    // A reset worked: the page says so in `text` and moves the focus there.
    signal confirmed(string text)

    spacing: Theme.spacing

    SectionHeading {
        //: Helper page: section to reset learners' PINs
        text: qsTr("Reset a learner's PIN")
    }
    BodyText {
        Layout.fillWidth: true
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
                // The buttons are made again; the focus goes to the confirmation.
                if (Staff.resetPin(modelData.id))
                    //: Confirmation after a helper reset a PIN; %1 is the learner's name
                    section.confirmed(qsTr("The PIN of %1 is reset.").arg(modelData.name))
            }
        }
    }
}
