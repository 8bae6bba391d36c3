// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// A lesson, one step at a time. The heading is the step's heading; the activity below it
// depends on the step type. Every step is saved when "Next" is pressed.
ScrollPage {
    id: page

    readonly property LessonRunner runner: Home.lesson

    property bool hintShown: false
    property bool saveFailed: false

    signal finished()
    signal leaveRequested()

    pageName: "lesson"
    title: runner.heading

    Connections {
        target: page.runner
        function onStepChanged() {
            activity.load()
            page.hintShown = false
            page.saveFailed = false
            // A new step is a new "page": read its heading first. Not when the step only
            // changed language under the settings page, which keeps the focus.
            if (page.StackView.status === StackView.Active) {
                page.focusHeading()
                page.readStepIfAsked()
            }
        }
        function onSaveFailed() {
            page.saveFailed = true
            saveError.forceActiveFocus()
        }
        function onFinishedChanged() {
            if (page.runner.finished)
                page.finished()
        }
    }

    // With "Read each step out loud by itself", each step is read as it shows (after its
    // activity has loaded, so the words are the step's own).
    function readStepIfAsked() {
        if (Preferences.autoRead && ReadAloud.available)
            autoRead.start()
    }
    Timer {
        id: autoRead

        interval: 0
        onTriggered: ReadAloud.say(page.readAloudText)
    }
    StackView.onActivated: readStepIfAsked()

    // What "Read aloud" says: the heading, then exactly the words of the step's activity.
    readonly property var shownActivity: activity.item
    readonly property string readAloudText: runner.heading + "\n"
                                            + (shownActivity ? shownActivity.readAloudText : "")

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: -Theme.gap
        spacing: Theme.spacing

        BodyText {
            Layout.fillWidth: true
            objectName: "stepCounter"
            color: Theme.secondaryText
            //: Where the learner is in a lesson; %1 is the lesson title, %2 and %3 numbers
            text: qsTr("%1 — step %2 of %3").arg(page.runner.title).arg(page.runner.stepIndex + 1)
                  .arg(page.runner.stepCount)
        }
        ReadAloudButton {
            id: readAloudButton

            words: page.readAloudText
        }
    }

    ErrorMessage {
        objectName: "readAloudUnavailable"
        //: Shown when the computer has no voice installed for reading aloud
        text: readAloudButton.explained ? qsTr("Reading aloud does not work on this computer yet. Please ask a member of staff.") : ""
    }

    // The step's picture, described for screen readers by its alt text.
    Image {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(page.availableContentWidth, Theme.unit * 60)
        Layout.preferredHeight: Layout.preferredWidth * 9 / 16
        objectName: "stepPicture"
        visible: page.runner.imageUrl !== ""
        source: page.runner.imageUrl
        sourceSize.width: 960
        fillMode: Image.PreserveAspectFit
        Accessible.role: Accessible.Graphic
        Accessible.name: page.runner.imageAlt
        Accessible.ignored: !visible
    }

    // The current step's activity, made only for the step type on screen (and kept while the
    // next step is of the same type, which follows the runner by itself).
    Loader {
        id: activity

        property string type: ""

        Layout.fillWidth: true
        Layout.preferredHeight: item ? (item as Item).implicitHeight : 0
        objectName: "activity"

        // Which activity shows a step type is the runner's (StepSessions, app/ui/lesson).
        function load() {
            const type = page.runner.stepType
            if (type === activity.type || page.runner.activity === "")
                return
            activity.type = type
            activity.setSource(Qt.resolvedUrl("../activities/" + page.runner.activity + ".qml"),
                               { runner: page.runner })
        }

        Component.onCompleted: load()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        ActionButton {
            objectName: "backButton"
            visible: page.runner.stepIndex > 0
            //: Goes to the previous step of a lesson
            text: qsTr("Back")
            onClicked: page.runner.back()
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "nextButton"
            primary: true
            text: page.runner.stepIndex + 1 === page.runner.stepCount
                  //: Button on the last step of a lesson
                  ? qsTr("Finish")
                  //: Button that goes to the next step of a lesson
                  : qsTr("Next")
            onClicked: page.hintShown = !page.runner.next()
        }
    }

    ErrorMessage {
        id: saveError

        objectName: "saveError"
        //: Shown if a finished step could not be written to the computer's storage
        text: page.saveFailed ? qsTr("This step could not be saved on this computer. Please ask a member of staff for help. You can press Next to try again.") : ""
    }

    // Next is never greyed out: pressing it early says what to do instead.
    BodyText {
        Layout.fillWidth: true
        objectName: "nextHint"
        visible: page.hintShown && !page.runner.canContinue
        font.bold: true
        text: page.runner.stepType === "reflect"
              //: Shown when the learner presses Next before answering "I can..."
              ? qsTr("Choose Yes, A bit or Not yet first. Any answer is fine.")
              : page.runner.stepType === "keyboard-practice"
              //: Shown when the learner presses Next before typing everything asked
              ? qsTr("Type each line and press Enter first. You can take as long as you like.")
              : page.runner.stepType === "simulation"
              //: Shown when the learner presses Next before doing every task of a practice screen
              ? qsTr("Do each task on the practice screen first. You can take as long as you like.")
              : page.runner.stepType === "scam-sort"
              //: Shown when the learner presses Next before sorting every message right
              ? qsTr("Sort every message first. You can change your answers as often as you like.")
              : page.runner.stepType === "password-builder"
              //: Shown when the learner presses Next before making a strong password
              ? qsTr("Make a password the meter calls Strong first. Try 3 random words.")
              : page.runner.stepType === "choice" && page.runner.multipleAnswers
              //: Shown when the learner presses Next before ticking all the right answers
              ? qsTr("Tick all the right answers and press Check my answers first.")
              : page.runner.stepType === "mouse-practice"
              //: Shown when the learner presses Next before the mouse practice is done
              ? qsTr("Practise a little more first. You can take as long as you like.")
              //: Shown when the learner presses Next before choosing the right answer
              : qsTr("Choose the right answer first. You can try as many times as you like.")
        Accessible.role: Accessible.AlertMessage
    }

    ActionButton {
        Layout.topMargin: Theme.spacing * 2
        objectName: "leaveLesson"
        //: Leaves a lesson part-way; progress so far is kept
        text: qsTr("Stop for now — your progress is saved")
        onClicked: page.leaveRequested()
    }
}
