// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The end of a lesson: brief praise and the way back to the lessons.
ScrollPage {
    id: page

    signal backHome()

    pageName: "done"
    //: Heading after finishing a lesson
    title: qsTr("Well done!")

    BodyText {
        Layout.fillWidth: true
        objectName: "doneMessage"
        //: %1 is the title of the lesson just finished
        text: qsTr("You finished the lesson “%1”. It is saved on this computer.")
              .arg(App.lesson.title)
    }

    ActionButton {
        Layout.fillWidth: true
        objectName: "backHome"
        primary: true
        //: Button after finishing a lesson
        text: qsTr("Back to my lessons")
        onClicked: page.backHome()
    }
}
