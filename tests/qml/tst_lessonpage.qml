// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The lesson page around every activity: the step's picture with its alt text, and "Read
// aloud", which says exactly the words on screen (checked through the recording voice).
Item {
    width: 1000
    height: 900

    Loader {
        id: loader

        anchors.fill: parent
        active: false
        sourceComponent: LessonPage {}
    }

    TestCase {
        name: "LessonPage"
        when: windowShown

        readonly property string wifiLesson: "4cae1f63-0253-44f7-a5df-e9acab474bde"

        function initTestCase() {
            verify(TestHooks.createLearner("Reader", "sun", "digits", "1234"))
            verify(Home.openLesson(wifiLesson))
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function test_explainStepShowsItsPictureWithAltText() {
            verify(Home.lesson.goToStepId("the-wifi-symbol"))
            const picture = findChild(loader.item, "stepPicture")
            verify(picture.visible)
            tryCompare(picture, "status", Image.Ready)
            verify(picture.paintedWidth > 100)
            compare(picture.Accessible.role, Accessible.Graphic)
            verify(picture.Accessible.name.length > 20, picture.Accessible.name)
            compare(picture.Accessible.name, Home.lesson.imageAlt)
        }

        function test_stepWithoutPictureHidesIt() {
            Home.lesson.goToStep(0)
            if (Home.lesson.imageUrl === "") {
                verify(!findChild(loader.item, "stepPicture").visible)
                verify(findChild(loader.item, "stepPicture").Accessible.ignored)
            }
        }

        function test_readAloudSaysWhatIsShown() {
            verify(Home.lesson.goToStepId("the-wifi-symbol"))
            const button = findChild(loader.item, "readAloud")
            verify(button.visible)
            compare(button.Accessible.name, "Read aloud")
            mouseClick(button)
            compare(ReadAloud.lastText, Home.lesson.heading + "\n" + Home.lesson.body)

            // By keyboard too, and on a question it reads the answers as well.
            let found = false
            for (let i = 0; i < Home.lesson.stepCount && !found; ++i) {
                Home.lesson.goToStep(i)
                found = Home.lesson.stepType === "choice"
            }
            verify(found)
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            for (const answer of Home.lesson.answers)
                verify(ReadAloud.lastText.indexOf(answer.label) > 0, answer.label)
            verify(ReadAloud.lastText.indexOf(Home.lesson.body) > 0)
        }
    }
}
