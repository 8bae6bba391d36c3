// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The end of a lesson: brief praise and the way back to the lessons.
ScrollPage {
    id: page

    signal backHome()
    signal progressRequested()
    signal checkinRequested()

    readonly property var areas: MyProgress.areas
    // Set when this lesson was the last of its topic: then a certificate is on offer.
    readonly property var finishedArea: Session.guest ? undefined
        : page.areas.find(area => area.topic === Home.lesson.topic && area.finished)

    pageName: "done"
    //: Heading after finishing a lesson
    title: qsTr("Well done!")

    BodyText {
        Layout.fillWidth: true
        objectName: "doneMessage"
        //: %1 is the title of the lesson just finished
        text: Session.guest
              //: Guest mode: %1 is the title of the lesson just finished
              ? qsTr("You finished the lesson “%1”.").arg(Home.lesson.title)
              //: %1 is the title of the lesson just finished
              : qsTr("You finished the lesson “%1”. It is saved on this computer.").arg(Home.lesson.title)
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "topicFinished"
        visible: page.finishedArea !== undefined
        font.bold: true
        //: After the last lesson of a topic; %1 is the topic's name
        text: qsTr("You have finished every lesson in “%1”. You can get a certificate.")
              .arg(Labels.topics[Home.lesson.topic] ?? Home.lesson.topic)
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "getCertificate"
        visible: page.finishedArea !== undefined
        primary: true
        //: Opens the progress page, where certificates are saved and printed
        text: qsTr("Get my certificate")
        onClicked: page.progressRequested()
    }

    // The lesson that reached the Foundation level: the optional check-in is offered.
    BodyText {
        Layout.fillWidth: true
        objectName: "foundationReached"
        visible: !Session.guest && Home.checkinDue === "foundation"
        //: After the lesson that completes all the Foundation (first steps) lessons
        text: qsTr("You have now done all the first steps. If you like, tell us what has changed for you.")
    }
    ActionButton {
        Layout.fillWidth: true
        objectName: "checkinOffer"
        visible: !Session.guest && Home.checkinDue === "foundation"
        //: Opens the optional "What has changed for you?" questions
        text: qsTr("Tell us what has changed for you (optional)")
        onClicked: page.checkinRequested()
    }

    ActionButton {
        Layout.fillWidth: true
        objectName: "backHome"
        primary: page.finishedArea === undefined
        //: Button after finishing a lesson
        text: qsTr("Back to my lessons")
        onClicked: page.backHome()
    }
}
