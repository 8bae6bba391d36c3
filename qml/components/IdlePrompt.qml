// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// "Are you still there?", shown over the page when nobody has used the PC for the staff-set
// time (the Session's idle watch). The page underneath stays as it is, so nothing typed is
// lost; answering gives the focus back where it was. Without an answer, the learner is signed
// out with everything saved, so the next person cannot see or change their work.
Rectangle {
    id: prompt

    signal signedOut()

    property Item focusBefore: null
    //: The question after a long time without use
    readonly property string question: qsTr("Are you still there?")
    readonly property string explanation: Session.guest
        //: Under "Are you still there?" in guest mode; %1 is a number of seconds
        ? qsTr("If nobody answers, OpenSteps will go back to the start in %1 seconds.").arg(Session.idleSecondsLeft)
        //: Under "Are you still there?"; %1 is a number of seconds
        : qsTr("If nobody answers, OpenSteps will sign you out in %1 seconds. Your lessons are saved.").arg(Session.idleSecondsLeft)

    visible: Session.idlePromptShown

    Timer {
        id: refocus

        interval: 0
        onTriggered: prompt.focusBefore?.forceActiveFocus()
    }
    color: Qt.rgba(0, 0, 0, 0.6)
    z: 100

    // Clicks do not reach the page behind.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    // What had the focus before the question: remembered all along, because the page behind
    // loses the focus as the question disables it, perhaps before this prompt hears of it.
    Connections {
        target: prompt.Window.window
        function onActiveFocusItemChanged() {
            if (!Session.idlePromptShown && prompt.Window.activeFocusItem)
                prompt.focusBefore = prompt.Window.activeFocusItem
        }
    }

    Connections {
        target: Session
        function onIdlePromptShownChanged() {
            if (Session.idlePromptShown) {
                stillHere.forceActiveFocus()
                if (ReadAloud.available)
                    ReadAloud.say(prompt.question + "\n" + prompt.explanation)
            } else {
                // Once the page behind is enabled again (its binding may update after this).
                refocus.start()
            }
        }
        function onSignedOutForIdle() {
            prompt.signedOut()
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, Theme.unit * 80)
        height: box.implicitHeight + 4 * Theme.spacing
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.borderWidth * 2
        border.color: Theme.border
        Accessible.role: Accessible.Dialog
        Accessible.name: prompt.question

        ColumnLayout {
            id: box

            x: 2 * Theme.spacing
            y: 2 * Theme.spacing
            width: parent.width - 4 * Theme.spacing
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                objectName: "idleQuestion"
                text: prompt.question
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                Layout.fillWidth: true
                text: prompt.explanation
            }
            ActionButton {
                id: stillHere

                Layout.fillWidth: true
                objectName: "stillHere"
                primary: true
                //: Answer to "Are you still there?"
                text: qsTr("Yes, I am still here")
                onClicked: Session.stillHere()
            }
        }
    }
}
