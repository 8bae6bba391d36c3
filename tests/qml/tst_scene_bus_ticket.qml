// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "bus-ticket" scene in its bundled lesson: plan a journey from Leafield Library to St James
// Hospital with CityBus, choose the 42, buy a day ticket and see the ticket.
Item {
    width: 900
    height: 2400

    Loader {
        id: loader

        width: parent.width
        active: false
        sourceComponent: SimulationActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "BusTicketScene"
        when: windowShown

        // "Planning a bus journey"; its step "practise-planning" uses the scene.
        readonly property string lessonId: "fd292288-1fdf-4bd6-b9bd-6a08aac37159"

        function initTestCase() {
            verify(TestHooks.createLearner("Tester", "fish", "digits", "1234"))
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
            verify(Home.openLesson(lessonId))
            while (Home.lesson.stepType !== "simulation") {
                if (Home.lesson.stepType === "choice") {
                    for (const answer of Home.lesson.answers) {
                        if (answer.correct)
                            Home.lesson.choose(answer.answerId)
                    }
                }
                verify(Home.lesson.next())
            }
            compare(Home.lesson.simulation.scene, "bus-ticket")
            loader.active = true
            waitForRendering(loader.item)
        }

        function cleanup() {
            loader.active = false
        }

        function item(name) {
            const found = findChild(loader.item, name)
            verify(found, name)
            return found
        }

        function target(id) {
            return item("sim-" + id)
        }

        function test_everyTargetIsThereWithAName() {
            const ids = TestHooks.sceneTargets("bus-ticket")
            verify(ids.length > 0)
            for (const id of ids)
                verify(target(id).Accessible.name.length > 0, id)
        }

        function test_lessonTasksWithTheMouse() {
            const session = Home.lesson.simulation
            verify(item("plannerPage").visible)
            verify(!item("routesPage").visible)

            mouseClick(target("from-leafield-library"))
            verify(target("from-leafield-library").Accessible.checked)
            mouseClick(target("to-st-james-hospital"))
            verify(target("to-st-james-hospital").Accessible.checked)

            mouseClick(target("plan-journey"))
            verify(!item("plannerPage").visible)
            verify(item("routesPage").visible)
            verify(target("route-1").visible)
            verify(target("route-2").visible)
            verify(target("route-1").y < target("route-2").y, "the 42 is at the top")
            verify(!target("buy-ticket").visible)

            mouseClick(target("route-1"))
            verify(target("route-1").Accessible.checked)
            verify(target("buy-ticket").visible, "Buy ticket appears next to the chosen route")
            waitForRendering(loader.item) // the columns lay out again
            const buy = target("buy-ticket").mapToItem(null, 0, 0)
            const card1 = target("route-1").mapToItem(null, 0, 0)
            const card2 = target("route-2").mapToItem(null, 0, 0)
            verify(buy.y > card1.y && buy.y < card2.y, "between route 1 and route 2")

            mouseClick(target("buy-ticket"))
            verify(!item("routesPage").visible)
            verify(item("ticketsPage").visible)
            verify(target("ticket-single").Accessible.name.indexOf("£") >= 0)
            verify(target("ticket-day").Accessible.name.indexOf("£") >= 0)

            mouseClick(target("ticket-day"))
            verify(target("ticket-day").Accessible.checked)
            verify(item("totalText").text.indexOf("£4.00") >= 0, item("totalText").text)
            verify(!Home.lesson.canContinue)

            mouseClick(target("pay"))
            verify(!item("ticketsPage").visible)
            verify(item("ticketPage").visible)
            verify(item("ticketCard").visible)
            compare(item("ticketKind").text, "CityBus Day ticket")
            verify(item("ticketCard").activeFocus)
            verify(Home.lesson.canContinue)
            compare(session.doneTargets.length, 7)
        }

        function test_planByKeyboard() {
            const session = Home.lesson.simulation
            // Tab goes to the first choice under From; Space and Return choose.
            keyClick(Qt.Key_Tab)
            verify(target("from-leafield-library").activeFocus)
            keyClick(Qt.Key_Space)
            verify(target("from-leafield-library").Accessible.checked)
            keyClick(Qt.Key_Tab) // Market Square
            keyClick(Qt.Key_Tab)
            verify(target("to-st-james-hospital").activeFocus)
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Tab) // City Station
            keyClick(Qt.Key_Tab)
            verify(target("plan-journey").activeFocus)
            keyClick(Qt.Key_Return)
            verify(item("routesPage").visible)

            // The routes page takes focus at its heading; Buy ticket follows the chosen route.
            keyClick(Qt.Key_Tab)
            verify(target("route-1").activeFocus)
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_Tab)
            verify(target("buy-ticket").activeFocus)
            keyClick(Qt.Key_Return)
            verify(item("ticketsPage").visible)
            compare(session.taskNumber, 6)
        }

        function test_wrongTriesChangeNothingThenHelp() {
            const session = Home.lesson.simulation
            const hint = item("simHint")
            const showMe = item("simShowMe")

            mouseClick(target("from-market-square"))
            compare(session.lastResult, "wrong")
            verify(item("simTryAgain").visible)
            verify(!target("from-market-square").Accessible.checked, "a wrong try changes nothing")
            verify(!hint.visible)

            mouseClick(target("to-st-james-hospital"))
            verify(!target("to-st-james-hospital").Accessible.checked)
            verify(hint.visible)
            verify(hint.text.indexOf("under the word From") >= 0, hint.text)
            verify(!showMe.visible)

            mouseClick(target("plan-journey"))
            verify(item("plannerPage").visible, "no routes before From and To")
            verify(!item("routesPage").visible)
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("from-leafield-library").activeFocus)
            keyClick(Qt.Key_Return)
            verify(target("from-leafield-library").Accessible.checked)
            compare(session.taskNumber, 2)
            verify(!showMe.visible)
        }
    }
}
