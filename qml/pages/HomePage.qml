// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Home: "Continue where you left off" first, then every lesson with its progress.
ScrollPage {
    id: page

    signal lessonOpened()
    signal skillsCheckRequested()

    pageName: "home"
    //: Greeting at the top of Home; %1 is the learner's name
    title: qsTr("Hello, %1").arg(App.learnerName)

    ActionButton {
        id: resumeButton

        Layout.fillWidth: true
        objectName: "continueButton"
        visible: App.resumeLessonId !== ""
        primary: true
        //: Big button on Home that opens the lesson the learner was doing (or the next one)
        text: qsTr("Continue where you left off") + "\n"
              //: Second line of the Continue button: %1 is a lesson title, %2 of %3 the step
              + qsTr("%1 — step %2 of %3").arg(App.resumeLessonTitle).arg(App.resumeStepNumber)
                .arg(App.resumeStepCount)
        Accessible.name: text.replace("\n", ". ")
        onClicked: {
            if (App.openLesson(App.resumeLessonId))
                page.lessonOpened()
        }
    }

    // The skills check: offered when due (first visit, then every 5 lessons), always on request.
    BodyText {
        Layout.fillWidth: true
        objectName: "skillsCheckOffer"
        visible: App.skillsCheckDue
        text: App.skillsChecksDone === 0
              //: Home: invites a learner who has not done the skills check yet
              ? qsTr("Tell us what you can do already, and your lessons will start with what you need most.")
              //: Home: invites a learner to do the skills check again after 5 more lessons
              : qsTr("You have finished 5 more lessons. Check your skills again to see how far you have come.")
    }
    ActionButton {
        objectName: "skillsCheckButton"
        primary: App.skillsCheckDue && App.resumeLessonId === ""
        //: Home: opens the skills check
        text: qsTr("Check my skills")
        onClicked: {
            App.startSkillsCheck()
            page.skillsCheckRequested()
        }
    }

    SectionHeading {
        //: Heading above the list of all lessons on Home
        text: qsTr("Your lessons")
    }

    BodyText {
        Layout.fillWidth: true
        visible: App.skillsChecksDone > 0
        color: Theme.secondaryText
        //: Home: explains the order of the lessons after a skills check
        text: qsTr("Lessons for what you said you cannot do yet come first.")
    }

    BodyText {
        Layout.fillWidth: true
        visible: App.lessons.count === 0
        text: qsTr("There are no lessons on this computer yet. Please ask a member of staff.")
    }

    Repeater {
        id: lessonCards

        model: App.lessons

        LessonCard {
            required property string lessonId
            required property int index

            Layout.fillWidth: true
            objectName: "lesson-" + index
            onClicked: {
                if (App.openLesson(lessonId))
                    page.lessonOpened()
            }
        }
    }

    ActionButton {
        objectName: "moreLessons"
        visible: App.lessons.count < App.lessons.total
        //: Home: shows the next lessons when a hub has very many; %1 is how many are not shown
        text: qsTr("Show more lessons (%1 more)").arg(App.lessons.total - App.lessons.count)
        onClicked: {
            const first = App.lessons.count
            App.lessons.showMore()
            // Keyboard users land on the first new lesson.
            lessonCards.itemAt(first)?.forceActiveFocus()
        }
    }
}
