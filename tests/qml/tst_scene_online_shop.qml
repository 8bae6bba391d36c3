// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "online-shop" scene in its bundled lesson: check the padlock, buy a kettle from Hillside
// Home Store, close the pop-up that asks for the PIN, pay with a made-up card.
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
        name: "OnlineShopScene"
        when: windowShown

        // "Paying safely online"; its step "practise-paying" uses the scene.
        readonly property string lessonId: "b7240502-d657-49bb-bfda-e859c6000d78"

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
            compare(Home.lesson.simulation.scene, "online-shop")
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

        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }

        function clickAndType(field, text) {
            mouseClick(field)
            verify(field.activeFocus)
            typeText(text)
            compare(field.text, text)
        }

        function fillCardForm() {
            clickAndType(item("field-card-number"), "1234 5678 9012 3456")
            clickAndType(item("field-expiry"), "04/29")
            clickAndType(item("field-card-name"), "A Learner")
        }

        // Does the tasks up to the pop-up.
        function goToCheckout() {
            mouseClick(target("padlock"))
            mouseClick(target("product-kettle"))
            mouseClick(target("add-to-basket"))
            mouseClick(target("basket"))
            mouseClick(target("checkout"))
            compare(Home.lesson.simulation.taskNumber, 6)
        }

        function test_everyTargetIsThereWithAName() {
            const ids = TestHooks.sceneTargets("online-shop")
            verify(ids.length > 0)
            for (const id of ids)
                verify(target(id).Accessible.name.length > 0, id)
        }

        function test_lessonTasksWithTheMouse() {
            const session = Home.lesson.simulation
            verify(item("homePage").visible)
            verify(!item("padlockInfo").visible)

            mouseClick(target("padlock"))
            verify(item("padlockInfo").visible)
            verify(item("padlockInfo").Accessible.name.startsWith("Connection is private"))

            mouseClick(target("product-kettle"))
            verify(!item("homePage").visible)
            verify(item("productPage").visible)
            verify(!item("padlockInfo").visible)

            compare(target("basket").text, "Basket (0)")
            mouseClick(target("add-to-basket"))
            verify(item("addedMessage").visible)
            compare(target("basket").text, "Basket (1)")

            mouseClick(target("basket"))
            verify(item("basketPage").visible)
            verify(item("basketLine").text.startsWith("Kettle"), item("basketLine").text)

            mouseClick(target("checkout"))
            verify(item("checkoutPage").visible)
            verify(item("pinPopup").visible)
            verify(target("refuse-request").visible)
            verify(target("share-pin").visible)

            // The page behind the pop-up cannot be used until it is closed.
            mouseClick(item("field-card-number"))
            verify(!item("field-card-number").activeFocus)

            mouseClick(target("refuse-request"))
            verify(!item("pinPopup").visible)
            verify(item("checkoutPage").visible)

            compare(target("pay").value, "incomplete")
            fillCardForm()
            compare(target("pay").value, "complete")
            verify(!Home.lesson.canContinue)
            mouseClick(target("pay"))
            verify(!item("checkoutPage").visible)
            verify(item("donePage").visible)
            verify(item("orderText").text.startsWith("Thank you for your order"))
            compare(target("basket").text, "Basket (0)")
            verify(Home.lesson.canContinue)
        }

        function test_padlockAndPopupByKeyboard() {
            const session = Home.lesson.simulation
            // The padlock is the first thing on the page.
            keyClick(Qt.Key_Tab)
            verify(target("padlock").activeFocus)
            keyClick(Qt.Key_Return)
            verify(item("padlockInfo").visible)
            compare(session.taskNumber, 2)

            mouseClick(target("product-kettle"))
            mouseClick(target("add-to-basket"))
            mouseClick(target("basket"))
            mouseClick(target("checkout"))
            verify(item("pinPopup").visible)

            // Keyboard focus is in the pop-up, and stays there: the page behind is off.
            keyClick(Qt.Key_Tab)
            verify(target("share-pin").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(target("refuse-request").activeFocus)
            keyClick(Qt.Key_Space)
            verify(!item("pinPopup").visible)
            compare(session.taskNumber, 7)
        }

        function test_wrongTriesChangeNothingThenHelp() {
            const session = Home.lesson.simulation
            goToCheckout()
            const hint = item("simHint")
            const showMe = item("simShowMe")

            // Under the pop-up, Pay cannot even be reached.
            mouseClick(target("pay"))
            compare(session.lastResult, "right")

            mouseClick(target("share-pin"))
            compare(session.lastResult, "wrong")
            verify(item("simTryAgain").visible)
            verify(item("pinPopup").visible, "a wrong try changes nothing")
            verify(!hint.visible)

            mouseClick(target("share-pin"))
            verify(item("pinPopup").visible)
            verify(hint.visible)
            verify(hint.text.indexOf("middle of the screen") >= 0, hint.text)
            verify(!showMe.visible)

            mouseClick(target("share-pin"))
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("refuse-request").activeFocus)
            keyClick(Qt.Key_Return)
            verify(!item("pinPopup").visible)
            compare(session.taskNumber, 7)

            // Pay with empty boxes is not the task: nothing happens.
            mouseClick(target("pay"))
            compare(session.lastResult, "wrong")
            verify(item("checkoutPage").visible)
            verify(!item("donePage").visible)
            fillCardForm()
            mouseClick(target("pay"))
            verify(item("donePage").visible)
        }
    }
}
