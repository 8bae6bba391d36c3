// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps
import OpenStepsTest

// A progress code from a learner who shared on another computer: restoring it says so and goes
// on ("Continue") to the sharing question, asked again on the consent page (no Back, read
// aloud, keyboard operable); the answer is saved for the learner signed in, who keeps the
// pseudonym that came with the code. A code without one restores as before.
Item {
    id: root

    width: 900
    height: 1400

    Component {
        id: restorePage

        RestoreCodePage {}
    }
    Component {
        id: consentPage

        ConsentPage {}
    }
    StackView {
        id: stack

        anchors.fill: parent
    }
    SignalSpy {
        id: askedSpy

        signalName: "sharingAsked"
    }
    SignalSpy {
        id: answeredSpy

        signalName: "answered"
    }

    PageTestCase {
        name: "Restore"
        when: windowShown
        pageStack: stack

        readonly property string pseudonym: "K7QM3XHD9T"

        function column(name, col) {
            return TestDatabase.value("SELECT " + col + " FROM learner WHERE name = '" + name + "'")
        }
        function type(text) {
            for (const c of text)
                keyClick(c)
        }

        function init() {
            failOnWarning(/^(?![\s\S]*OpenType support missing for )[\s\S]+/)
        }
        function cleanup() {
            stack.clear()
            Session.signOut()
            TestDatabase.exec("DELETE FROM learner")
            askedSpy.clear()
            answeredSpy.clear()
        }

        function restoreCode(code) {
            verify(TestHooks.createLearner("Traveller", "fish", "digits", "1357"))
            const page = show(restorePage)
            askedSpy.target = page
            const field = findChild(page, "codeField")
            field.forceActiveFocus(Qt.TabFocusReason)
            type(code)
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(page, "restoreDone").visible)
            return page
        }

        function test_aSharingLearnersCodeAsksAgain() {
            verify(TestHooks.createLearner("Away", "boat", "digits", "2580"))
            verify(TestDatabase.exec("UPDATE learner SET share_consent = 1, pseudonym = '"
                                     + pseudonym + "' WHERE name = 'Away'"))
            const code = MyProgress.code
            compare(code.replace(/-/g, "").length, 26, code)
            verify(code.replace(/-/g, "").indexOf(pseudonym) > 0, code)
            Session.signOut()
            verify(TestDatabase.exec("DELETE FROM learner WHERE name = 'Away'"))

            const page = restoreCode(code)
            const next = findChild(page, "restoreContinue")
            verify(next.visible)
            verify(next.primary)
            compare(next.Accessible.name, "Continue")
            verify(!findChild(page, "closeRestore").visible) // the question is not skipped
            // The pseudonym came with the code; the answer is asked for again.
            compare(column("Traveller", "pseudonym"), pseudonym)
            compare(column("Traveller", "share_consent"), "")
            press(next)
            compare(askedSpy.count, 1)

            const consent = show(consentPage, { again: true })
            answeredSpy.target = consent
            verify(findChild(consent, "consentAgain").visible)
            verify(!findChild(consent, "consentBack").visible)
            mouseClick(findChild(consent, "readAloud"))
            verify(ReadAloud.lastText.indexOf("This computer asks you again") > 0,
                   ReadAloud.lastText)
            press(findChild(consent, "shareNo"))
            compare(answeredSpy.count, 1)
            compare(answeredSpy.signalArguments[0][0], false)
            verify(Profile.answerSharing({ share: false }))
            compare(column("Traveller", "share_consent"), "0")
            compare(column("Traveller", "pseudonym"), pseudonym) // kept: counted once if yes later
            verify(Profile.answerSharing({ share: true, ageBand: "50-64", postcodeDistrict: "LS9",
                                           preferredLanguage: "" }))
            compare(column("Traveller", "share_consent"), "1")
            compare(column("Traveller", "age_band"), "50-64")
            compare(column("Traveller", "pseudonym"), pseudonym)
        }

        function test_aCodeWithoutPseudonymRestoresAsBefore() {
            verify(TestHooks.createLearner("Away", "boat", "digits", "2580"))
            const code = MyProgress.code
            compare(code.replace(/-/g, "").length, 15, code)
            Session.signOut()
            verify(TestDatabase.exec("DELETE FROM learner WHERE name = 'Away'"))
            const page = restoreCode(code)
            verify(!findChild(page, "restoreContinue").visible)
            verify(findChild(page, "closeRestore").visible)
            compare(column("Traveller", "share_consent"), "")
            compare(column("Traveller", "pseudonym"), "")
        }

        // A code whose pseudonym is another profile's here changes nothing and says why.
        function test_aCodeOfAnotherProfileHereIsRefused() {
            verify(TestHooks.createLearner("Away", "boat", "digits", "2580"))
            verify(TestDatabase.exec("UPDATE learner SET share_consent = 1, pseudonym = '"
                                     + pseudonym + "' WHERE name = 'Away'"))
            const code = MyProgress.code
            Session.signOut()
            verify(TestHooks.createLearner("Traveller", "fish", "digits", "1357"))
            const page = show(restorePage)
            findChild(page, "codeField").forceActiveFocus(Qt.TabFocusReason)
            type(code)
            keyClick(Qt.Key_Return)
            const error = findChild(page, "restoreError")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("already on this computer") >= 0, error.text)
            compare(column("Traveller", "pseudonym"), "")
        }
    }
}
