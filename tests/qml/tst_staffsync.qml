// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps
import OpenStepsTest

// Staff set where outcomes go: the address must be HTTPS (plain HTTP only to this PC), the
// secret is kept out of the database with a warning when there is no keychain, and the page
// shows how many statements wait. Volunteers do not see any of it.
Item {
    id: root

    width: 900
    height: 2400

    Component {
        id: helperPage

        HelperPage {}
    }
    StackView {
        id: stack

        anchors.fill: parent
    }

    TestCase {
        name: "StaffSync"
        when: windowShown

        function signIn(name, role) {
            stack.clear() // the page before signs its helper out as it goes
            verify(TestDatabase.addHelper(name, role, "a long passphrase"))
            compare(Session.helperSignIn(name, "a long passphrase").result, "signed-in")
            const page = stack.push(helperPage)
            waitForRendering(page)
            return page
        }
        function type(page, name, text) {
            const field = findChild(page, name)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                field.insert(field.cursorPosition, c)
        }
        // By keyboard, as staff without a mouse would (the buttons are below the fold).
        function press(page, name) {
            findChild(page, name).forceActiveFocus()
            keyClick(Qt.Key_Return)
        }
        function cleanup() {
            Session.helperSignOut()
        }

        function test_volunteersDoNotSeeIt() {
            const page = signIn("Vic", "volunteer")
            verify(!findChild(page, "syncEndpoint").visible)
            verify(!findChild(page, "syncSave").visible)
            verify(!findChild(page, "syncExport").visible)
        }

        function test_plainHttpElsewhereIsRefused() {
            const page = signIn("Sam Staff", "staff")
            type(page, "syncEndpoint", "http://lrs.example.org/xAPI/")
            type(page, "syncKey", "hub-key")
            type(page, "syncSecret", "hub-secret")
            press(page, "syncSave")
            const problem = findChild(page, "syncProblem")
            verify(problem.visible)
            verify(problem.text.indexOf("https://") >= 0, problem.text)
            compare(Sync.endpoint, "")
        }

        function test_savedSettingsAndWaitingCount() {
            const page = signIn("Sky Staff", "staff")
            type(page, "syncEndpoint", "https://lrs.example.org/xAPI/")
            type(page, "syncKey", "hub-key")
            type(page, "syncSecret", "hub-secret")
            press(page, "syncSave")
            verify(!findChild(page, "syncProblem").visible, findChild(page, "syncProblem").text)
            compare(Sync.endpoint, "https://lrs.example.org/xAPI/")
            compare(Sync.key, "hub-key")
            tryVerify(() => Sync.hasSecret)
            compare(findChild(page, "syncSecret").text, "") // never shown again
            compare(findChild(page, "syncSecret").Accessible.name, "Secret")
            // No keychain in tests: the secret is in an owner-only file, and staff are told.
            verify(findChild(page, "syncSecretWarning").visible)
            compare(TestDatabase.value("SELECT value FROM setting WHERE key = 'lrs_secret_kept_in'"), "file")
            compare(TestDatabase.value("SELECT count(*) FROM setting WHERE value = 'hub-secret'"), "0")
            verify(findChild(page, "syncNow").visible)
            // A statement waiting shows in the count.
            verify(TestDatabase.exec("INSERT INTO outbox (id, statement, created_at) VALUES"
                                     + " ('0b7c4c1e-0000-4000-8000-000000000001', '{}', '2026-11-26T10:00:00.000Z')"))
            Sync.refresh()
            verify(findChild(page, "syncStatus").text.indexOf("waiting to be sent: 1") >= 0,
                   findChild(page, "syncStatus").text)
            verify(TestDatabase.exec("DELETE FROM outbox"))
        }

        function test_hubNameAndId() {
            const page = signIn("Hal Staff", "staff")
            type(page, "hubName", "Leeds Central Library")
            type(page, "hubId", "Leeds Central!")
            press(page, "hubSave")
            verify(findChild(page, "hubProblem").visible)
            compare(Sync.hubId, "")
            type(page, "hubId", "leeds-central-library")
            press(page, "hubSave")
            verify(!findChild(page, "hubProblem").visible, findChild(page, "hubProblem").text)
            compare(Sync.hubName, "Leeds Central Library")
            compare(Sync.hubId, "leeds-central-library")
        }

        function test_rejectedCredentialsAreShownUntilChanged() {
            verify(TestDatabase.exec("INSERT INTO setting (key, value) VALUES ('sync_credentials_rejected', '1')"
                                     + " ON CONFLICT (key) DO UPDATE SET value = '1'"))
            const page = signIn("Sol Staff", "staff")
            Sync.refresh()
            verify(findChild(page, "syncCredentialsRejected").visible)
            type(page, "syncEndpoint", "https://lrs.example.org/xAPI/")
            type(page, "syncKey", "new-key")
            type(page, "syncSecret", "new-secret")
            press(page, "syncSave")
            verify(!findChild(page, "syncCredentialsRejected").visible)
        }
    }
}
