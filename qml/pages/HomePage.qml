// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Home: "Continue where you left off" first, then "My path" (the next lessons the skills check
// chose), then every lesson by topic with its progress.
ScrollPage {
    id: page

    signal lessonOpened()
    signal skillsCheckRequested()
    signal progressRequested()
    signal restoreRequested()
    signal checkinRequested()

    pageName: "home"
    title: Session.guest
           //: Heading of Home in guest mode ("Just looking")
           ? qsTr("Welcome")
           //: Greeting at the top of Home; %1 is the learner's name
           : qsTr("Hello, %1").arg(Session.learnerName)

    ActionButton {
        id: resumeButton

        Layout.fillWidth: true
        objectName: "continueButton"
        visible: Home.resumeLessonId !== ""
        primary: true
        //: Big button on Home that opens the lesson the learner was doing (or the next one)
        text: qsTr("Continue where you left off") + "\n"
              //: Second line of the Continue button: %1 is a lesson title, %2 of %3 the step
              + qsTr("%1 — step %2 of %3").arg(Home.resumeLessonTitle).arg(Home.resumeStepNumber)
                .arg(Home.resumeStepCount)
        Accessible.name: text.replace("\n", ". ")
        onClicked: {
            if (Home.openLesson(Home.resumeLessonId))
                page.lessonOpened()
        }
    }

    // The skills check: offered when due (first visit, then every 5 lessons), always on request.
    BodyText {
        Layout.fillWidth: true
        objectName: "skillsCheckOffer"
        visible: Home.skillsCheckDue
        text: Home.skillsChecksDone === 0
              //: Home: invites a learner who has not done the skills check yet
              ? qsTr("Tell us what you can do already, and your lessons will start with what you need most.")
              //: Home: invites a learner to do the skills check again after 5 more lessons
              : qsTr("You have finished 5 more lessons. Check your skills again to see how far you have come.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: Session.hasLearner

        ActionButton {
            objectName: "skillsCheckButton"
            primary: Home.skillsCheckDue && Home.resumeLessonId === ""
            //: Home: opens the skills check
            text: qsTr("Check my skills")
            onClicked: {
                Home.startSkillsCheck()
                page.skillsCheckRequested()
            }
        }
        ActionButton {
            objectName: "restoreCodeButton"
            // For a learner who has just made their profile here, coming from another PC.
            visible: Home.resumeLessonId === ""
            //: Home: for learners who used OpenSteps on another computer
            text: qsTr("I have a progress code")
            onClicked: page.restoreRequested()
        }
        ActionButton {
            objectName: "progressButton"
            //: Home: opens the page with the learner's progress, certificates and progress code
            text: qsTr("My progress and certificates")
            onClicked: page.progressRequested()
        }
    }

    // The optional "What has changed for you?" check-in, offered while a milestone is due.
    ActionButton {
        Layout.fillWidth: true
        objectName: "checkinOffer"
        visible: !Session.guest && Home.checkinDue !== ""
        //: Home: opens the optional "What has changed for you?" questions
        text: qsTr("Tell us what has changed for you (optional)")
        onClicked: page.checkinRequested()
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "guestNote"
        visible: Session.guest
        //: Home in guest mode
        text: qsTr("You are just looking. Try any lesson: nothing is saved. To keep your progress, make a profile with \"Stop looking\" and then \"I am new here\".")
    }

    // My path: the next lessons for what the learner said they cannot do yet.
    SectionHeading {
        objectName: "myPathHeading"
        visible: Home.pathLessons.length > 0
        //: Home: heading above the next lessons chosen from the skills check
        text: qsTr("My path")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Home.pathLessons.length > 0
        color: Theme.secondaryText
        //: Home: explains "My path"
        text: qsTr("Lessons for what you said you cannot do yet come first.")
    }
    Repeater {
        model: Home.pathLessons

        LessonCard {
            required property var modelData
            required property int index

            Layout.fillWidth: true
            objectName: "path-" + index
            title: modelData.title
            summary: modelData.summary
            stepCount: modelData.stepCount
            stepsDone: modelData.stepsDone
            completed: false
            onClicked: {
                if (Home.openLesson(modelData.id))
                    page.lessonOpened()
            }
        }
    }

    SectionHeading {
        //: Heading above the list of all lessons on Home, grouped by topic
        text: qsTr("All lessons")
    }

    BodyText {
        Layout.fillWidth: true
        visible: Home.lessons.count === 0
        text: qsTr("There are no lessons on this computer yet. Please ask a member of staff.")
    }

    Repeater {
        id: lessonCards

        model: Home.lessons

        // Each topic starts with its name and how many of its lessons are finished.
        ColumnLayout {
            id: row

            required property string lessonId
            required property int index
            required property string topic
            required property bool firstInTopic
            required property int topicDone
            required property int topicTotal
            required property string title
            required property string summary
            required property int stepCount
            required property int stepsDone
            required property bool completed
            property alias card: card

            Layout.fillWidth: true
            spacing: Theme.gap

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: row.firstInTopic
                objectName: "topic-" + row.topic
                //: Home: a topic heading; %1 is the topic, %2 and %3 numbers of lessons
                text: qsTr("%1 — %2 of %3 finished").arg(Labels.topics[row.topic] ?? row.topic)
                      .arg(row.topicDone).arg(row.topicTotal)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
                Accessible.ignored: !visible
            }
            LessonCard {
                id: card

                Layout.fillWidth: true
                objectName: "lesson-" + row.index
                title: row.title
                summary: row.summary
                stepCount: row.stepCount
                stepsDone: row.stepsDone
                completed: row.completed
                onClicked: {
                    if (Home.openLesson(row.lessonId))
                        page.lessonOpened()
                }
            }
        }
    }

    ActionButton {
        objectName: "moreLessons"
        visible: Home.lessons.count < Home.lessons.total
        //: Home: shows the next lessons when a hub has very many; %1 is how many are not shown
        text: qsTr("Show more lessons (%1 more)").arg(Home.lessons.total - Home.lessons.count)
        onClicked: {
            const first = Home.lessons.count
            Home.lessons.showMore()
            // Keyboard users land on the first new lesson.
            lessonCards.itemAt(first)?.card.forceActiveFocus()
        }
    }
}
