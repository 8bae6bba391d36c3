// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "wifi" scene in its bundled lesson "Connecting to Wi-Fi safely": open the list with the
// Wi-Fi symbol, pick Leafield Library (it has a padlock), type the password from the card on
// the desk and connect. Wrong tries change nothing and bring a hint, then Show me.
Item {
    width: 900
    height: 1600

    Loader {
        id: loader

        width: 800
        active: false
        sourceComponent: SimulationActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "WifiScene"
        when: windowShown

        readonly property string lessonId: "4cae1f63-0253-44f7-a5df-e9acab474bde"
        readonly property int simulationStep: 4 // "join-the-library-wifi"

        function initTestCase() {
            verify(TestHooks.createLearner("Tester", "fish", "digits", "1234"))
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function cleanup() {
            loader.active = false
            Preferences.textScale = 1.0
            Preferences.reducedMotion = false
            loader.width = 800
        }

        // Opens the lesson at its simulation step, with a fresh scene.
        function openStep() {
            loader.active = false
            verify(Home.openLesson(lessonId))
            while (Home.lesson.stepIndex > simulationStep)
                Home.lesson.back()
            while (Home.lesson.stepIndex < simulationStep)
                verify(Home.lesson.next())
            compare(Home.lesson.simulation.scene, "wifi")
            loader.active = true
            waitForRendering(loader.item)
        }

        function item(name) {
            const found = findChild(loader.item, name)
            verify(found, name)
            return found
        }

        function target(id) {
            return item("sim-" + id)
        }

        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }

        function tabTo(wanted) {
            for (let i = 0; i < 40 && !wanted.activeFocus; ++i)
                keyClick(Qt.Key_Tab)
            verify(wanted.activeFocus, "Tab reaches " + wanted.objectName)
        }

        function test_everyTargetIsThereWithAName() {
            openStep()
            const ids = TestHooks.sceneTargets("wifi")
            compare(ids.length, 6)
            for (const id of ids) {
                const t = target(id)
                verify(t.Accessible.name.length > 0, id + " has a spoken name")
                verify(t.activeFocusOnTab, id + " can be reached with Tab")
            }
            // The card on the desk gives the network and the password, as the lesson says.
            const card = item("wifiCard")
            verify(card.visible)
            verify(card.Accessible.name.indexOf("Leafield Library") >= 0)
            verify(card.Accessible.name.indexOf("ReadingRoom24") >= 0)
            // The Wi-Fi symbol is at the bottom right of the screen.
            const scene = item("simScene").item
            const icon = target("wifi-icon")
            const where = icon.mapToItem(scene, 0, 0)
            verify(where.x > scene.width * 0.75, "at the right")
            verify(where.y > item("networkList").parent.height * 0.6, "at the bottom of the screen")
        }

        function test_joinTheLibraryWithTheMouse() {
            openStep()
            const session = Home.lesson.simulation
            const list = item("networkList")
            const panel = item("joinPanel")
            verify(!list.visible)
            // Read aloud says the step, that nothing is real, and the task on screen.
            verify(loader.item.readAloudText.indexOf("nothing here is real") > 0)
            verify(loader.item.readAloudText.indexOf(session.instruction) > 0)

            mouseClick(target("wifi-icon"))
            compare(session.taskNumber, 2)
            verify(list.visible)
            verify(target("network-leafield-library").visible)
            verify(target("network-free-fast-wifi").visible)
            verify(target("network-flat-12").visible)
            verify(!panel.visible)

            mouseClick(target("network-leafield-library"))
            compare(session.taskNumber, 3)
            verify(panel.visible)
            const password = item("wifiPassword")
            verify(password.visible)
            verify(target("connect").visible)
            verify(target("cancel").visible)

            // A wrong password is a wrong try: nothing changes. (The check ignores capitals.)
            mouseClick(password)
            verify(password.activeFocus)
            typeText("ReadingRoom")
            mouseClick(target("connect"))
            compare(session.lastResult, "wrong")
            compare(session.taskNumber, 3)
            verify(panel.visible)
            verify(target("wifi-icon").text.indexOf("not connected") >= 0)

            mouseClick(password)
            password.selectAll()
            typeText("ReadingRoom24")
            compare(password.text, "ReadingRoom24")
            mouseClick(target("connect"))
            compare(session.lastResult, "right")
            verify(Home.lesson.canContinue)
            verify(!panel.visible, "the password box goes once connected")
            compare(target("wifi-icon").text, "Wi-Fi: connected to Leafield Library")
            compare(password.text, "", "the password is not kept")
        }

        function test_joinByKeyboardOnly() {
            openStep()
            const session = Home.lesson.simulation
            target("wifi-icon").forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 2)
            verify(item("networkList").visible)

            tabTo(target("network-leafield-library"))
            keyClick(Qt.Key_Space)
            compare(session.taskNumber, 3)

            const password = item("wifiPassword")
            tabTo(password)
            typeText("ReadingRoom24")
            tabTo(target("connect"))
            keyClick(Qt.Key_Return)
            verify(Home.lesson.canContinue)
            compare(target("wifi-icon").text, "Wi-Fi: connected to Leafield Library")
        }

        function test_wrongTriesChangeNothingThenHintThenShowMe() {
            openStep()
            const session = Home.lesson.simulation
            const panel = item("joinPanel")
            const hint = item("simHint")
            const showMe = item("simShowMe")
            mouseClick(target("wifi-icon"))
            compare(session.taskNumber, 2)

            // FREE FAST WIFI has no padlock: picking it is a wrong try and changes nothing.
            mouseClick(target("network-free-fast-wifi"))
            compare(session.lastResult, "wrong")
            verify(!panel.visible)
            verify(item("simTryAgain").visible)
            verify(!hint.visible)

            mouseClick(target("network-flat-12"))
            verify(!panel.visible)
            verify(hint.visible)
            verify(hint.text.indexOf(session.hint) >= 0)
            verify(session.hint.indexOf("padlock") >= 0)
            verify(!showMe.visible)

            mouseClick(target("wifi-icon"))
            verify(item("networkList").visible, "a wrong click does not close the list")
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("network-leafield-library").activeFocus)
            // The ring pulses to draw the eye, and holds still with "Less movement".
            const marker = findChild(target("network-leafield-library"), "showMeMarker")
            verify(marker.visible)
            tryVerify(() => marker.opacity < 0.9, 2000, "the ring pulses")
            Preferences.reducedMotion = true
            compare(marker.opacity, 1)
            wait(300)
            compare(marker.opacity, 1)
            keyClick(Qt.Key_Space)
            compare(session.taskNumber, 3)
            verify(panel.visible)
        }

        function test_biggerTextStaysInsideTheScene() {
            Preferences.textScale = 2.0
            loader.width = 1200
            openStep()
            mouseClick(target("wifi-icon"))
            mouseClick(target("network-leafield-library"))
            waitForRendering(loader.item) // the layout settles on the next frame
            const scene = item("simScene").item
            for (const id of TestHooks.sceneTargets("wifi")) {
                const t = target(id)
                const box = t.mapToItem(scene, 0, 0, t.width, t.height)
                verify(box.x >= 0 && box.x + box.width <= scene.width + 0.5, id + " fits across")
                verify(box.y >= 0 && box.y + box.height <= scene.height + 0.5, id + " fits down")
            }
        }
    }
}
