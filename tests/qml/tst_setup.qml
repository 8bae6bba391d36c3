// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps
import OpenStepsTest

// Setting up a hub (by keyboard and by mouse), skipping it, refusing what cannot be saved with
// nothing saved and what was typed kept; then staff add a volunteer, who can sign in.
Item {
    id: root

    width: 900
    height: 3200

    Component {
        id: setupPage

        SetupPage {}
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
        id: finished

        signalName: "finished"
    }

    TestCase {
        name: "Setup"
        when: windowShown

        readonly property string passphrase: "correct horse"

        function init() {
            Session.helperSignOut()
            stack.clear()
            // Every test starts on a PC never set up.
            verify(TestDatabase.exec("DELETE FROM helper"))
            verify(TestDatabase.exec("DELETE FROM setting WHERE key IN ('setup_done', 'setup_skipped',"
                                     + " 'hub_name', 'hub_id', 'lrs_endpoint', 'lrs_key')"))
            Sync.refresh()
            Session.helperSignOut()
            finished.clear()
        }
        function cleanup() {
            Session.helperSignOut()
        }

        function openSetup() {
            const page = stack.push(setupPage)
            finished.target = page
            waitForRendering(page)
            return page
        }
        function item(page, name) {
            const found = findChild(page, name)
            verify(found, name)
            return found
        }
        // Real keys, one at a time, into whatever has focus.
        function typeKeys(text) {
            for (const c of text)
                keyClick(c)
        }
        function clickOn(page, name) {
            const target = item(page, name)
            verify(target.visible, name)
            mouseClick(target)
        }
        function savedNothing() {
            compare(TestDatabase.value("SELECT count(*) FROM helper"), "0")
            compare(TestDatabase.value("SELECT count(*) FROM setting WHERE key IN"
                                       + " ('setup_done', 'hub_name', 'hub_id', 'lrs_endpoint')"), "0")
            verify(Staff.hubSetupPossible)
        }

        function test_setUpByKeyboard() {
            const page = openSetup()
            // From the heading, Tab goes through the boxes in order; Return in a box moves on.
            keyClick(Qt.Key_Tab)
            verify(item(page, "setupHubName").activeFocus)
            typeKeys("Leeds Central Library")
            compare(item(page, "setupHubId").text, "leeds-central-library") // suggested
            keyClick(Qt.Key_Return)
            verify(item(page, "setupHubId").activeFocus)
            keyClick(Qt.Key_Return)
            verify(item(page, "setupLrsAddress").activeFocus)
            typeKeys("https://lrs.example.org/xAPI/")
            keyClick(Qt.Key_Tab)
            verify(item(page, "setupStaffName").activeFocus)
            typeKeys("Pat Jones")
            keyClick(Qt.Key_Tab)
            verify(item(page, "setupPassphrase").activeFocus)
            typeKeys(passphrase)
            keyClick(Qt.Key_Tab)
            verify(item(page, "setupPassphraseAgain").activeFocus)
            typeKeys(passphrase)
            keyClick(Qt.Key_Tab)
            verify(item(page, "setupSave").activeFocus)
            keyClick(Qt.Key_Space)

            // Saved, said, and the focus on the confirmation.
            verify(!item(page, "setupProblem").visible, item(page, "setupProblem").text)
            const done = item(page, "setupDone")
            verify(done.visible)
            verify(done.activeFocus)
            verify(done.text.indexOf("Leeds Central Library is set up") >= 0, done.text)
            verify(!item(page, "setupHubName").visible)
            compare(Sync.hubName, "Leeds Central Library")
            compare(Sync.hubId, "leeds-central-library")
            compare(Sync.endpoint, "https://lrs.example.org/xAPI/")
            compare(TestDatabase.value("SELECT role FROM helper WHERE name = 'Pat Jones'"), "staff")
            verify(TestDatabase.value("SELECT value FROM setting WHERE key = 'setup_done'") !== "")
            verify(!Staff.hubSetupPossible)
            // Continue goes on to the first visit.
            keyClick(Qt.Key_Tab)
            verify(item(page, "setupContinue").activeFocus)
            keyClick(Qt.Key_Return)
            compare(finished.count, 1)
            // The staff member signs in like any helper.
            compare(Session.helperSignIn("pat jones", passphrase).result, "signed-in")
            compare(Session.helperRole, "staff")
        }

        function test_setUpByMouse() {
            const page = openSetup()
            clickOn(page, "setupHubName")
            typeKeys("Hunslet Hub")
            // Staff change the suggested id; the name no longer changes it.
            clickOn(page, "setupHubId")
            item(page, "setupHubId").selectAll()
            keyClick(Qt.Key_Delete)
            typeKeys("hunslet")
            clickOn(page, "setupHubName")
            typeKeys(" Library")
            compare(item(page, "setupHubId").text, "hunslet")
            clickOn(page, "setupStaffName")
            typeKeys("Sam")
            clickOn(page, "setupPassphrase")
            typeKeys(passphrase)
            clickOn(page, "setupPassphraseAgain")
            typeKeys(passphrase)
            clickOn(page, "setupSave")
            verify(item(page, "setupDone").visible, item(page, "setupProblem").text)
            compare(Sync.hubName, "Hunslet Hub Library")
            compare(Sync.hubId, "hunslet")
            compare(Sync.endpoint, "") // the address is optional
            clickOn(page, "setupContinue")
            compare(finished.count, 1)
        }

        function test_mismatchedPassphrasesSaveNothing() {
            const page = openSetup()
            clickOn(page, "setupHubName")
            typeKeys("Leeds Central Library")
            clickOn(page, "setupStaffName")
            typeKeys("Pat")
            clickOn(page, "setupPassphrase")
            typeKeys(passphrase)
            clickOn(page, "setupPassphraseAgain")
            typeKeys("correct hose")
            clickOn(page, "setupSave")
            // Said at the top (with the focus) and next to the box at fault, in words.
            const summary = item(page, "setupProblem")
            verify(summary.visible)
            verify(summary.activeFocus)
            verify(summary.text.indexOf("not the same") >= 0, summary.text)
            verify(item(page, "problem-passphraseAgain").visible)
            verify(!item(page, "problem-passphrase").visible)
            verify(!item(page, "problem-hubId").visible)
            savedNothing()
            verify(!item(page, "setupDone").visible)
            // What was typed is kept.
            compare(item(page, "setupHubName").text, "Leeds Central Library")
            compare(item(page, "setupStaffName").text, "Pat")
            compare(item(page, "setupPassphrase").text, passphrase)
            compare(finished.count, 0)
        }

        function test_badIdAndShortPassphrase_data() {
            return [
                { tag: "hub id", id: "Leeds Central!", pass: passphrase, field: "hubId",
                  words: "The hub id must be" },
                { tag: "short passphrase", id: "leeds", pass: "horse", field: "passphrase",
                  words: "at least 8 characters" },
                { tag: "plain http", id: "leeds", pass: passphrase, field: "lrsAddress",
                  address: "http://lrs.example.org/", words: "https://" }
            ]
        }
        function test_badIdAndShortPassphrase(data) {
            const page = openSetup()
            clickOn(page, "setupHubName")
            typeKeys("Leeds")
            clickOn(page, "setupHubId")
            item(page, "setupHubId").selectAll()
            keyClick(Qt.Key_Delete)
            typeKeys(data.id)
            if (data.address) {
                clickOn(page, "setupLrsAddress")
                typeKeys(data.address)
            }
            clickOn(page, "setupStaffName")
            typeKeys("Pat")
            clickOn(page, "setupPassphrase")
            typeKeys(data.pass)
            clickOn(page, "setupPassphraseAgain")
            typeKeys(data.pass)
            clickOn(page, "setupSave")
            verify(item(page, "problem-" + data.field).visible)
            verify(item(page, "setupProblem").text.indexOf(data.words) >= 0,
                   item(page, "setupProblem").text)
            savedNothing()
        }

        function test_notNow() {
            const page = openSetup()
            // The way out for home use says what it does.
            const skip = item(page, "setupSkip")
            compare(skip.Accessible.name, "Not now: use OpenSteps without setting up a hub")
            skip.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(finished.count, 1)
            verify(TestDatabase.value("SELECT value FROM setting WHERE key = 'setup_skipped'") !== "")
            compare(TestDatabase.value("SELECT count(*) FROM helper"), "0")
            // Staff can still set up later, from the helper page.
            verify(Staff.hubSetupPossible)
        }

        function test_helperPageOffersSetUpWhileNoStaff() {
            verify(TestDatabase.addHelper("Val", "volunteer", passphrase))
            let page = stack.push(helperPage)
            waitForRendering(page)
            const spy = createTemporaryObject(signalSpy, root, { target: page, signalName: "setupRequested" })
            const offer = item(page, "helperSetUpHub")
            verify(offer.visible)
            mouseClick(offer)
            compare(spy.count, 1)
            // Once there is a staff account, only staff change the hub (on this page).
            verify(TestDatabase.addHelper("Zoe", "staff", passphrase))
            stack.clear()
            page = stack.push(helperPage)
            waitForRendering(page)
            verify(!item(page, "helperSetUpHub").visible)
            compare(Staff.setUpHub({ hubName: "Mine", hubId: "mine", staffName: "Mallory",
                                   passphrase: passphrase, passphraseAgain: passphrase }).field, "")
            compare(TestDatabase.value("SELECT count(*) FROM helper WHERE name = 'Mallory'"), "0")
        }
        Component {
            id: signalSpy

            SignalSpy {}
        }

        function test_staffAddVolunteerWhoSignsIn() {
            compare(Staff.setUpHub({ hubName: "Leeds Central Library", hubId: "leeds-central-library",
                                   staffName: "Pat", passphrase: passphrase,
                                   passphraseAgain: passphrase }).problem, "")
            compare(Session.helperSignIn("Pat", passphrase).result, "signed-in")
            const page = stack.push(helperPage)
            waitForRendering(page)
            compare(Staff.helperAccounts.length, 1)
            verify(item(page, "account-Pat").visible)
            verify(item(page, "account-Pat").text.indexOf("staff") >= 0)
            // The idle time stays with staff.
            verify(item(page, "idleMinutes-15").visible)

            // Passphrases that differ: refused in words, nobody added.
            clickOn(page, "newHelperName")
            typeKeys("Vera")
            clickOn(page, "newHelperPassphrase")
            typeKeys("blue kettle")
            clickOn(page, "newHelperPassphraseAgain")
            typeKeys("blue kettel")
            clickOn(page, "addHelper")
            const problem = item(page, "newHelperProblem")
            verify(problem.visible)
            verify(problem.activeFocus)
            verify(problem.text.indexOf("not the same") >= 0, problem.text)
            compare(TestDatabase.value("SELECT count(*) FROM helper"), "1")

            // Fixed, by keyboard: Return in the last box adds the account.
            item(page, "newHelperPassphraseAgain").forceActiveFocus()
            item(page, "newHelperPassphraseAgain").selectAll()
            keyClick(Qt.Key_Delete)
            typeKeys("blue kettle")
            keyClick(Qt.Key_Return)
            verify(!problem.visible, problem.text)
            verify(item(page, "helperDone").text.indexOf("Vera can now sign in here as a volunteer") >= 0,
                   item(page, "helperDone").text)
            compare(TestDatabase.value("SELECT role FROM helper WHERE name = 'Vera'"), "volunteer")
            verify(item(page, "account-Vera").visible)
            compare(item(page, "newHelperPassphrase").text, "") // never shown again
            // Only a hash is kept.
            compare(TestDatabase.value("SELECT count(*) FROM helper WHERE pass_hash LIKE '%blue kettle%'"), "0")

            // A staff account, chosen by its role button.
            clickOn(page, "newHelperName")
            typeKeys("Sky")
            clickOn(page, "newHelperRole-staff")
            clickOn(page, "newHelperPassphrase")
            typeKeys("green teapot")
            clickOn(page, "newHelperPassphraseAgain")
            typeKeys("green teapot")
            clickOn(page, "addHelper")
            compare(TestDatabase.value("SELECT role FROM helper WHERE name = 'Sky'"), "staff")

            // Vera signs in; a volunteer sees neither the accounts nor the form.
            stack.clear()
            Session.helperSignOut()
            compare(Session.helperSignIn("Vera", "blue kettle").result, "signed-in")
            compare(Session.helperRole, "volunteer")
            compare(Staff.helperAccounts.length, 0)
            compare(Staff.addHelper("Eve", "staff", passphrase, passphrase), "Only staff can add accounts.")
            const volunteerPage = stack.push(helperPage)
            waitForRendering(volunteerPage)
            verify(!item(volunteerPage, "newHelperName").visible)
            verify(!item(volunteerPage, "addHelper").visible)
            verify(!item(volunteerPage, "idleMinutes-15").visible)
        }
    }
}
