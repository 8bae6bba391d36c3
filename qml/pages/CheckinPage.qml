// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// "What has changed for you?": the optional check-in offered at a milestone (Home.checkinDue).
// Six picture buttons, each with its words under it; any number may be chosen. "Save" keeps
// the answer once for the milestone (with nothing chosen it means "none of these yet");
// "Not now" keeps nothing, and the check-in stays offered on Home. Nothing is timed.
ScrollPage {
    id: page

    // The outcome ids chosen so far (CheckinStore::outcomes()).
    property var chosen: []
    property bool saved: false
    property string message: ""
    // The outcome ids in order (a plain JavaScript array, so its methods can be used).
    readonly property var outcomes: Profile.checkinOutcomes

    signal closed()

    //: Check-in page: the one sentence under the heading
    readonly property string introText: qsTr("Since you started, have you done any of these? Choose all that are true for you.")
    //: Check-in page: how to answer when none of the pictures is true yet
    readonly property string noneText: qsTr("If nothing has changed yet, press Save without choosing.")
    //: Check-in page: saves the learner's answer
    readonly property string saveText: qsTr("Save")
    //: Check-in page: leaves without saving; the check-in is offered again later
    readonly property string notNowText: qsTr("Not now")
    //: Check-in page, after saving
    readonly property string thanksText: qsTr("Your answer is saved. Thank you for telling us.")
    readonly property string readAloudText: page.saved
        ? page.title + "\n" + page.thanksText
        : page.title + "\n" + page.introText + "\n"
          + page.outcomes.map(id => Labels.checkinOutcomes[id] ?? id).join(".\n") + ".\n"
          + page.noneText + "\n" + page.saveText + "\n" + page.notNowText

    function toggle(id: string) {
        const list = page.chosen.slice()
        const at = list.indexOf(id)
        if (at >= 0)
            list.splice(at, 1)
        else
            list.push(id)
        page.chosen = list
    }

    function save() {
        if (Profile.saveCheckin(page.chosen)) {
            page.message = ""
            page.saved = true
            page.focusHeading()
        } else {
            //: Check-in page: the answer could not be saved
            page.message = qsTr("Your answer could not be saved on this computer. Please ask a helper.")
            messageBox.forceActiveFocus()
        }
    }

    pageName: "checkin"
    title: page.saved
           //: Heading after the check-in is saved
           ? qsTr("Thank you")
           //: Heading of the optional check-in at a milestone
           : qsTr("What has changed for you?")

    // With "Read each step out loud by itself", this page is read as it shows too.
    StackView.onActivated: {
        if (Preferences.autoRead && ReadAloud.available)
            autoRead.start()
    }
    Timer {
        id: autoRead

        interval: 0
        onTriggered: ReadAloud.say(page.readAloudText)
    }

    ReadAloudButton {
        id: readAloudButton

        words: page.readAloudText
    }
    ErrorMessage {
        //: Shown when the computer has no voice installed for reading aloud
        text: readAloudButton.explained ? qsTr("Reading aloud does not work on this computer yet. Please ask a member of staff.") : ""
    }
    ErrorMessage {
        id: messageBox

        objectName: "checkinMessage"
        text: page.message
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "checkinIntro"
        visible: !page.saved
        text: page.introText
    }

    // The six answers: pictures with their words, as many to a row as fit.
    GridLayout {
        id: answers

        Layout.fillWidth: true
        visible: !page.saved
        columns: Math.max(1, Math.floor((page.availableContentWidth + columnSpacing)
                                        / (Theme.unit * 26 + columnSpacing)))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: page.outcomes

            Tappable {
                id: answer

                required property string modelData
                readonly property bool chosen: page.chosen.indexOf(modelData) >= 0

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                objectName: "checkin-" + modelData
                text: Labels.checkinOutcomes[modelData] ?? modelData
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: answer.chosen
                onClicked: page.toggle(modelData)

                contentItem: ColumnLayout {
                    spacing: Theme.gap

                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Theme.unit * 12
                        Layout.preferredHeight: Theme.unit * 12
                        radius: Theme.radius
                        color: "#ffffff" // the pictures are dark on light in every theme
                        border.width: Theme.borderWidth
                        border.color: Theme.border

                        Image {
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            source: "../images/checkin/" + answer.modelData + ".svg"
                            sourceSize.width: 192
                            fillMode: Image.PreserveAspectFit
                            Accessible.ignored: true // the words under it say it all
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        // A tick as well as colour and frame shows what is chosen.
                        text: (answer.chosen ? "✓ " : "") + answer.text
                        font: answer.font
                        color: answer.chosen ? Theme.selectedLabel : Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        Accessible.ignored: true
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }

                background: Rectangle {
                    radius: Theme.radius
                    color: answer.chosen ? Theme.selected : Theme.surface
                    border.width: answer.chosen || answer.hovered ? Theme.borderWidth * 2 : Theme.borderWidth
                    border.color: Theme.border
                }
            }
        }
    }

    BodyText {
        Layout.fillWidth: true
        visible: !page.saved
        color: Theme.secondaryText
        text: page.noneText
    }
    Flow {
        Layout.fillWidth: true
        visible: !page.saved
        spacing: Theme.spacing

        ActionButton {
            objectName: "checkinSave"
            primary: true
            text: page.saveText
            onClicked: page.save()
        }
        ActionButton {
            objectName: "checkinNotNow"
            text: page.notNowText
            onClicked: page.closed()
        }
    }

    // After saving.
    BodyText {
        Layout.fillWidth: true
        objectName: "checkinThanks"
        visible: page.saved
        text: page.thanksText
    }
    ActionButton {
        objectName: "checkinDone"
        visible: page.saved
        primary: true
        //: Check-in page, after saving: back to Home
        text: qsTr("Go to my lessons")
        onClicked: page.closed()
    }
}
