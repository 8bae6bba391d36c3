// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "browser" scene in its 2 bundled lessons. "Searching and judging what you find": search
// FindIt for Leafield Library, skip the Sponsored result, open the library and its opening
// times. "Using a web browser": type the library's address, open the opening times, go back.
// Wrong tries change nothing and bring a hint, then Show me.
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
        name: "BrowserScene"
        when: windowShown

        readonly property string searchingLesson: "116a3e06-9260-4795-a11c-02811692213a"
        readonly property int searchingStep: 3 // "practise-searching"
        readonly property string browserLesson: "98b41b3e-9f04-4cff-aefb-e57d4fee9581"
        readonly property int browserStep: 7 // "visit-the-library-website"

        function initTestCase() {
            verify(TestHooks.createLearner("Tester", "fish", "digits", "1234"))
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function cleanup() {
            loader.active = false
            Preferences.textScale = 1.0
            loader.width = 800
        }

        // Opens `lesson` at simulation step `index`, with a fresh scene.
        function openStep(lesson, index) {
            loader.active = false
            verify(Home.openLesson(lesson))
            while (Home.lesson.stepIndex > index)
                Home.lesson.back()
            while (Home.lesson.stepIndex < index) {
                if (Home.lesson.stepType === "choice") {
                    for (const answer of Home.lesson.answers) {
                        if (answer.correct)
                            Home.lesson.choose(answer.answerId)
                    }
                }
                verify(Home.lesson.next())
            }
            compare(Home.lesson.simulation.scene, "browser")
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
            openStep(searchingLesson, searchingStep)
            const ids = TestHooks.sceneTargets("browser")
            compare(ids.length, 11)
            for (const id of ids) {
                const t = target(id)
                verify(t.Accessible.name.length > 0, id + " has a spoken name")
                verify(t.activeFocusOnTab, id + " can be reached with Tab")
            }
            verify(item("startPage").visible)
            verify(target("search-box").visible)
            verify(target("address-bar").visible)
            verify(target("back").visible)
        }

        function test_searchSkipTheAdvertOpenTheLibrary() {
            openStep(searchingLesson, searchingStep)
            const session = Home.lesson.simulation

            const searchBox = target("search-box")
            mouseClick(searchBox)
            verify(searchBox.activeFocus)
            typeText("Leafield Library")
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 2)
            verify(!item("startPage").visible)
            verify(item("resultsPage").visible)
            verify(item("tabTitle").text.indexOf("Leafield Library") >= 0)
            verify(target("address-bar").text.indexOf("q=Leafield+Library") >= 0)
            // The first result is the advert, marked Sponsored; the library's own site is second.
            verify(item("sponsoredLabel").visible)
            verify(target("result-1").Accessible.name.indexOf("Sponsored") === 0)
            verify(target("result-1").y < target("result-2").y)
            verify(target("result-2").y < target("result-3").y)

            mouseClick(target("result-2"))
            compare(session.taskNumber, 3)
            verify(!item("resultsPage").visible)
            verify(item("libraryHomePage").visible)
            compare(target("address-bar").text, "www.leafieldlibrary.org.uk")
            verify(target("link-opening-times").visible)
            verify(target("link-join").visible)
            verify(target("link-events").visible)

            mouseClick(target("link-opening-times"))
            verify(item("openingTimesPage").visible)
            verify(!item("libraryHomePage").visible)
            compare(target("address-bar").text, "www.leafieldlibrary.org.uk/opening-times")
            verify(Home.lesson.canContinue)
        }

        function test_addressLinkAndBackMostlyByKeyboard() {
            openStep(browserLesson, browserStep)
            const session = Home.lesson.simulation
            const addressBar = target("address-bar")

            // Keyboard only: focus the address bar, type, Return.
            addressBar.forceActiveFocus()
            typeText("www.leafieldlibrary.org.uk")
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 2)
            verify(item("libraryHomePage").visible)
            compare(item("tabTitle").text, "Leafield Library – Home")

            // Keyboard again: Tab to the link, Space.
            tabTo(target("link-opening-times"))
            keyClick(Qt.Key_Space)
            compare(session.taskNumber, 3)
            verify(item("openingTimesPage").visible)

            // The mouse: back returns to the page before.
            mouseClick(target("back"))
            verify(Home.lesson.canContinue)
            verify(item("libraryHomePage").visible)
            verify(!item("openingTimesPage").visible)
            compare(addressBar.text, "www.leafieldlibrary.org.uk")
        }

        function test_wrongTriesChangeNothingThenHintThenShowMe() {
            openStep(searchingLesson, searchingStep)
            const session = Home.lesson.simulation
            const hint = item("simHint")
            const showMe = item("simShowMe")

            // Words other than the lesson's are a wrong try: still the start page.
            const searchBox = target("search-box")
            mouseClick(searchBox)
            typeText("library")
            keyClick(Qt.Key_Return)
            compare(session.lastResult, "wrong")
            verify(item("startPage").visible)
            searchBox.selectAll()
            typeText("Leafield Library")
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 2)

            mouseClick(target("result-1"))
            compare(session.lastResult, "wrong")
            verify(item("resultsPage").visible, "the advert does not open")
            verify(!item("advertPage").visible)
            verify(!hint.visible)

            mouseClick(target("back"))
            verify(item("resultsPage").visible, "a wrong back does not go back")
            verify(hint.visible)
            verify(hint.text.indexOf(session.hint) >= 0)
            verify(session.hint.indexOf("Sponsored") >= 0)
            verify(!showMe.visible)

            mouseClick(target("result-3"))
            verify(item("resultsPage").visible)
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("result-2").activeFocus)
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 3)
            verify(item("libraryHomePage").visible)
        }

        function test_biggerTextStaysInsideTheScene() {
            Preferences.textScale = 2.0
            loader.width = 1200
            openStep(searchingLesson, searchingStep)
            const searchBox = target("search-box")
            mouseClick(searchBox)
            typeText("Leafield Library")
            keyClick(Qt.Key_Return)
            waitForRendering(loader.item) // the layout settles on the next frame
            const scene = item("simScene").item
            for (const id of TestHooks.sceneTargets("browser")) {
                const t = target(id)
                if (!t.visible)
                    continue
                const box = t.mapToItem(scene, 0, 0, t.width, t.height)
                verify(box.x >= 0 && box.x + box.width <= scene.width + 0.5, id + " fits across")
                verify(box.y >= 0 && box.y + box.height <= scene.height + 0.5, id + " fits down")
            }
        }
    }
}
