// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "simulation" step: a made-up copy of a real screen with a task to do in it, one task at a
// time. A wrong try changes nothing in the scene and costs nothing; after 2 a hint appears,
// after 3 a "Show me" button rings the thing to use. A banner says nothing here is real.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property SimulationSession session: runner.simulation
    readonly property string readAloudText: runner.body + "\n" + banner.text + "\n" + task.text
                                            + (hint.visible ? "\n" + hint.text : "")

    // Each scene is a file in simulations/, made afresh for each visit to the step.
    readonly property var sceneFiles: ({
        "desktop": "simulations/DesktopScene.qml",
        "wifi": "simulations/WifiScene.qml",
        "browser": "simulations/BrowserScene.qml",
        "email": "simulations/EmailScene.qml",
        "council-form": "simulations/CouncilFormScene.qml",
        "gp-booking": "simulations/GpBookingScene.qml",
        "bus-ticket": "simulations/BusTicketScene.qml",
        "online-shop": "simulations/OnlineShopScene.qml"
    })

    spacing: Theme.spacing

    onSessionChanged: loadScene()
    Component.onCompleted: loadScene()

    function loadScene() {
        if (!session) {
            sceneLoader.source = ""
            return
        }
        sceneLoader.setSource(Qt.resolvedUrl(sceneFiles[session.scene]), { session: session })
    }

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        id: task

        Layout.fillWidth: true
        objectName: "simInstruction"
        font.bold: true
        text: !activity.session ? ""
              : activity.session.done
              //: Simulation: every task is done
              ? qsTr("✓ Well done. You did every task. Press Next to go on.")
              //: Simulation: the task to do now; %1 and %2 are numbers, %3 the instruction
              : qsTr("Task %1 of %2: %3").arg(activity.session.taskNumber)
                .arg(activity.session.taskCount).arg(activity.session.instruction)
    }

    // Said as soon as it changes: what a wrong try means, then the hint.
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: tryColumn.implicitHeight + 2 * Theme.spacing
        visible: activity.session !== null && activity.session.lastResult === "wrong"
                 && !activity.session.done
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.borderWidth * 2
        border.color: Theme.error

        Accessible.role: Accessible.AlertMessage
        Accessible.name: tryAgain.text + (hint.visible ? " " + hint.text : "")
        Accessible.ignored: !visible

        Column {
            id: tryColumn

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            spacing: Theme.gap

            BodyText {
                id: tryAgain

                width: parent.width
                objectName: "simTryAgain"
                //: Simulation: after clicking something that was not the task; nothing changed
                text: qsTr("✗ Not quite. Nothing has changed. Have another look and try again.")
                Accessible.ignored: true
            }
            BodyText {
                id: hint

                width: parent.width
                objectName: "simHint"
                visible: activity.session !== null && activity.session.hint !== ""
                //: Simulation: a hint shown after 2 wrong tries; %1 is the hint
                text: qsTr("Hint: %1").arg(activity.session ? activity.session.hint : "")
                Accessible.ignored: true
            }
            ActionButton {
                objectName: "simShowMe"
                visible: activity.session !== null && activity.session.showMeAvailable
                //: Simulation: after 3 wrong tries, points at the thing to use
                text: qsTr("Show me")
                onClicked: activity.session.showMe()
            }
        }
    }

    // The made-up screen, framed, with a banner that nothing in it is real.
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: frameColumn.implicitHeight + 4 * Theme.borderWidth
        color: Theme.surface
        border.width: Theme.borderWidth * 2
        border.color: Theme.border
        radius: Theme.radius

        Column {
            id: frameColumn

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.borderWidth * 2 // inside the frame's whole border

            Rectangle {
                width: parent.width
                height: banner.implicitHeight + Theme.gap * 2
                color: Theme.text

                BodyText {
                    id: banner

                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    objectName: "simBanner"
                    color: Theme.background
                    font.bold: true
                    //: Banner above every practice screen (simulation)
                    text: qsTr("Practice only — nothing here is real. You cannot break anything.")
                }
            }

            Loader {
                id: sceneLoader

                objectName: "simScene"
                width: parent.width
                height: item ? (item as Item).implicitHeight : 0
            }
        }
    }
}
