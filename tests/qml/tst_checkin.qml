// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps
import OpenStepsTest

// "What has changed for you?": offered on Home only when a milestone is due (never to a guest),
// answered with picture buttons by mouse or keyboard and saved once; "Not now" saves nothing
// and keeps it offered. And a volunteer saying "I am helping" on the helper page.
Item {
    id: root

    width: 900
    height: 1400

    Component {
        id: homePage

        HomePage {}
    }
    Component {
        id: checkinPage

        CheckinPage {}
    }
    Component {
        id: helperPage

        HelperPage {}
    }
    StackView {
        id: stack

        anchors.fill: parent
    }
    SignalSpy {
        id: closedSpy

        signalName: "closed"
    }

    PageTestCase {
        name: "Checkin"
        when: windowShown
        pageStack: stack

        // A learner whose profile was made five weeks ago: the four-week check-in is due.
        function dueLearner(name, pin) {
            verify(TestHooks.createLearner(name, "cat", "digits", pin))
            const id = learnerNamed(name).id
            verify(TestDatabase.exec("UPDATE learner SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ',"
                                     + " 'now', '-35 days') WHERE id = " + id))
            Session.signOut()
            compare(Session.signInWithPin(id, pin).result, "signed-in")
            return id
        }
        function checkinRows(id) {
            return TestDatabase.value("SELECT COUNT(*) FROM checkin WHERE learner_id = " + id)
        }

        function init() {
            failOnWarning(/.+/)
        }
        function cleanup() {
            stack.clear()
            Staff.stopHelping()
            Session.helperSignOut()
            Session.signOut()
            closedSpy.clear()
        }

        function test_offeredOnlyWhenDue() {
            verify(TestHooks.createLearner("Just made", "sun", "digits", "1357"))
            compare(Home.checkinDue, "")
            let home = show(homePage)
            verify(!findChild(home, "checkinOffer").visible)

            Session.startGuest()
            compare(Home.checkinDue, "")
            home = show(homePage)
            verify(!findChild(home, "checkinOffer").visible)

            dueLearner("Five weeks", "2468")
            compare(Home.checkinDue, "four-weeks")
            home = show(homePage)
            const offer = findChild(home, "checkinOffer")
            verify(offer.visible)
            compare(offer.Accessible.name, "Tell us what has changed for you (optional)")
            verify(!offer.primary) // a calm offer, not the page's main action
            verify(offer.height >= Theme.minTarget)
        }

        function test_pictureButtons() {
            dueLearner("Pictures", "1122")
            const page = show(checkinPage)
            const ids = ["saved-money", "keeping-in-touch", "work", "health", "council-housing",
                         "getting-around"]
            compare(page.outcomes.length, ids.length)
            for (const id of ids) {
                const button = findChild(page, "checkin-" + id)
                verify(button && button.visible, id)
                // Picture and words: the words are the name, the button a check box.
                verify(button.text.length > 5, id)
                compare(button.Accessible.name, button.text)
                compare(button.Accessible.role, Accessible.CheckBox)
                verify(!button.Accessible.checked, id)
                verify(button.width >= Theme.minTarget && button.height >= Theme.minTarget, id)
            }
            compare(findChild(page, "checkin-health").text,
                    "I used health services online (like the GP or NHS App)")
        }

        function test_readAloud() {
            dueLearner("Listener", "3344")
            const page = show(checkinPage)
            mouseClick(findChild(page, "readAloud"))
            const said = ReadAloud.lastText
            verify(said.indexOf("What has changed for you?") === 0, said)
            for (const words of ["I saved money online", "I got around more easily",
                                 "press Save without choosing", "Not now"])
                verify(said.indexOf(words) > 0, words)
        }

        function test_twoAnswersByMouseAndKeyboardSavedOnce() {
            const id = dueLearner("Chooser", "5566")
            const page = show(checkinPage)
            closedSpy.target = page
            const money = findChild(page, "checkin-saved-money")
            const health = findChild(page, "checkin-health")
            const work = findChild(page, "checkin-work")
            mouseClick(money)
            verify(money.Accessible.checked)
            health.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            verify(health.Accessible.checked)
            // Chosen, then unchosen, with Return.
            work.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Return)
            verify(work.Accessible.checked)
            keyClick(Qt.Key_Return)
            verify(!work.Accessible.checked)

            findChild(page, "checkinSave").forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            verify(page.saved)
            compare(page.title, "Thank you")
            verify(findChild(page, "checkinThanks").visible)
            compare(checkinRows(id), "1")
            compare(TestDatabase.value("SELECT answers FROM checkin WHERE learner_id = " + id
                                       + " AND milestone = 'four-weeks'"), "saved-money,health")
            // Answered: no longer offered, and it cannot be saved twice.
            compare(Home.checkinDue, "")
            verify(!Profile.saveCheckin(["work"]))
            compare(checkinRows(id), "1")
            mouseClick(findChild(page, "checkinDone"))
            compare(closedSpy.count, 1)
            verify(!findChild(show(homePage), "checkinOffer").visible)
        }

        function test_nothingChosenMeansNoneYet() {
            const id = dueLearner("None yet", "7788")
            const page = show(checkinPage)
            mouseClick(findChild(page, "checkinSave"))
            verify(page.saved)
            compare(TestDatabase.value("SELECT answers FROM checkin WHERE learner_id = " + id), "")
            compare(checkinRows(id), "1")
        }

        function test_notNowSavesNothing() {
            const id = dueLearner("Later", "9900")
            const page = show(checkinPage)
            closedSpy.target = page
            mouseClick(findChild(page, "checkin-work"))
            findChild(page, "checkinNotNow").forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Return)
            compare(closedSpy.count, 1)
            compare(checkinRows(id), "0")
            compare(Home.checkinDue, "four-weeks")
            // Still offered next time.
            Session.signOut()
            compare(Session.signInWithPin(id, "9900").result, "signed-in")
            verify(findChild(show(homePage), "checkinOffer").visible)
        }

        function test_volunteerHelpsALearner() {
            verify(TestHooks.createLearner("Helped", "fish", "digits", "1470"))
            const learner = learnerNamed("Helped")
            Session.signOut()
            verify(TestDatabase.addHelper("Vol", "volunteer", "volunteer passphrase"))
            compare(Session.helperSignIn("Vol", "volunteer passphrase").result, "signed-in")
            const page = show(helperPage)
            verify(findChild(page, "helpingHeading").visible)
            const start = findChild(page, "startHelping-" + learner.id)
            compare(start.text, "I am helping Helped")
            mouseClick(start)
            verify(Staff.helping)
            compare(Staff.helpingLearnerName, "Helped")
            compare(findChild(page, "helpingNow").text, "You are helping Helped.")
            compare(TestDatabase.value("SELECT COUNT(*) FROM help_session WHERE ended_at IS NULL"
                                       + " AND learner_id = " + learner.id), "1")
            const stop = findChild(page, "stopHelping")
            verify(stop.visible)
            stop.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            verify(!Staff.helping)
            compare(TestDatabase.value("SELECT COUNT(*) FROM help_session WHERE ended_at IS NULL"),
                    "0")
            compare(TestDatabase.value("SELECT COUNT(*) FROM help_session WHERE learner_id = "
                                       + learner.id), "1")

            // The session outlasts the helper page and ends when the learner signs out.
            // Stopping rebuilt the "I am helping" buttons: until the page is laid out again
            // they all sit at the column's top, and a click there lands on another learner's.
            waitForRendering(page)
            mouseClick(findChild(page, "startHelping-" + learner.id))
            compare(Staff.helpingLearnerName, "Helped")
            stack.clear() // leaving the page signs the helper out
            compare(Session.helperName, "")
            verify(Staff.helping)
            compare(Session.signInWithPin(learner.id, "1470").result, "signed-in")
            Session.signOut()
            verify(!Staff.helping)
            compare(TestDatabase.value("SELECT COUNT(*) FROM help_session WHERE ended_at IS NULL"),
                    "0")
        }

        function test_helpingNeedsAHelper() {
            verify(TestHooks.createLearner("Alone", "tree", "digits", "2580"))
            const id = learnerNamed("Alone").id
            Session.signOut()
            verify(!Staff.startHelping(id))
            verify(!Staff.helping)
        }
    }
}
