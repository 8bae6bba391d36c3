// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Who is learning? Each learner finds their own tile (picture and name) and then enters their
// PIN. Newcomers make a profile; anyone can look around without one ("Just looking").
ScrollPage {
    id: page

    // Set just after a learner deleted their data, to tell them it is done.
    property bool dataDeleted: false

    signal learnerChosen(var learner)
    signal newLearner()
    signal justLooking()
    signal helperRequested()

    pageName: "sign-in"
    //: Heading of the sign-in page, above the learners' pictures
    title: qsTr("Who is learning today?")

    BodyText {
        Layout.fillWidth: true
        objectName: "dataDeleted"
        visible: page.dataDeleted
        font.bold: true
        color: Theme.success
        //: Sign-in page, just after a learner deleted their data
        text: "✓ " + qsTr("Your data is deleted from this computer.")
        Accessible.role: Accessible.AlertMessage
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.learners.length > 0
        //: Sign-in page: how to sign in
        text: qsTr("Find your picture and name.")
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        //: Name of the group of learners' tiles on the sign-in page, for screen readers
        Accessible.name: qsTr("Learners on this computer")

        Repeater {
            model: Session.learners

            Tappable {
                id: tile

                required property var modelData

                objectName: "learner-" + modelData.id
                width: Theme.unit * 22
                text: modelData.name
                onClicked: page.learnerChosen(tile.modelData)

                contentItem: ColumnLayout {
                    spacing: Theme.gap

                    Image {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.unit * 12
                        Layout.preferredHeight: Theme.unit * 12
                        source: Labels.avatarSource(tile.modelData.avatar)
                        sourceSize.width: Theme.unit * 12
                        Accessible.ignored: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: tile.modelData.name
                        font: tile.font
                        color: Theme.secondaryLabel
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.secondary
                    border.width: tile.down || tile.hovered ? Theme.borderWidth * 2 : Theme.borderWidth
                    border.color: Theme.border
                }
            }
        }
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        objectName: "newLearner"
        primary: Session.learners.length === 0
        //: Sign-in page: starts making a new profile
        text: qsTr("I am new here")
        onClicked: page.newLearner()
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "justLooking"
        // Kiosk PCs offer it only where IT allows it (Deployment.guestAllowed).
        visible: Deployment.guestAllowed
        //: Sign-in page: look at the lessons without a profile; nothing is saved
        text: qsTr("Just looking (nothing is saved)")
        onClicked: page.justLooking()
    }
    ActionButton {
        objectName: "helperSignIn"
        Layout.topMargin: Theme.spacing * 2
        //: Sign-in page: for volunteers and staff (for example to reset a learner's PIN)
        text: qsTr("Helpers and staff")
        onClicked: page.helperRequested()
    }
}
