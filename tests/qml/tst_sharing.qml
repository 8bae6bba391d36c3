// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps
import OpenStepsTest

// Sharing progress with the programme: the question when a profile is made (nothing chosen,
// said in plain words and read aloud, saved with the profile or not at all), the optional
// questions (a whole postcode refused), changing it all in Settings, and "Delete my data".
Item {
    id: root

    width: 900
    height: 1400

    Component {
        id: consentPage

        ConsentPage {}
    }
    Component {
        id: detailsPage

        ConsentDetailsPage {}
    }
    Component {
        id: settingsPage

        SettingsPage {}
    }
    Component {
        id: signInPage

        SignInPage {}
    }
    Component {
        id: deletePage

        DeleteDataPage {}
    }
    StackView {
        id: stack

        anchors.fill: parent
    }
    SignalSpy {
        id: answeredSpy

        signalName: "answered"
    }
    SignalSpy {
        id: deletedSpy

        signalName: "deleted"
    }
    SignalSpy {
        id: keptSpy

        signalName: "kept"
    }

    PageTestCase {
        name: "Sharing"
        when: windowShown
        pageStack: stack

        readonly property var newcomer: ({ name: "Newcomer", avatar: "fish", pinKind: "digits", pin: "2580" })

        // What the learner's row holds, straight from the database.
        function column(name, col) {
            return TestDatabase.value("SELECT " + col + " FROM learner WHERE name = '" + name + "'")
        }
        function type(text) {
            for (const c of text)
                keyClick(c)
        }

        function retype(field, text) {
            field.forceActiveFocus(Qt.TabFocusReason)
            field.selectAll()
            type(text)
        }

        function init() {
            // Any warning is a bug, except Qt's note that DejaVu cannot shape Bengali or
            // Gurmukhi (the language names): it then draws them in a font that can.
            failOnWarning(/^(?![\s\S]*OpenType support missing for )[\s\S]+/)
        }
        function cleanup() {
            stack.clear()
            Session.signOut()
            Preferences.autoRead = false
            TestDatabase.exec("DROP TRIGGER IF EXISTS refuse")
            answeredSpy.clear()
            deletedSpy.clear()
            keptSpy.clear()
        }

        function test_consentQuestionHasNothingChosen() {
            const page = show(consentPage, { newcomer: newcomer })
            answeredSpy.target = page
            const yes = findChild(page, "shareYes")
            const no = findChild(page, "shareNo")
            verify(yes.visible && no.visible)
            // Two equal answers: neither chosen, neither pushed forward, the same size.
            verify(!yes.selected && !no.selected)
            verify(!yes.primary && !no.primary)
            verify(!yes.Accessible.checked && !no.Accessible.checked)
            compare(yes.width, no.width)
            compare(yes.height, no.height)
            verify(yes.height >= Theme.minTarget)
            compare(yes.Accessible.name, "Yes, share")
            compare(no.Accessible.name, "No, thank you")
            // What is shared and what never is, in plain words.
            const shared = findChild(page, "sharedList").text
            verify(shared.indexOf("Which lessons you finish") >= 0, shared)
            verify(shared.indexOf("skills check") >= 0, shared)
            verify(shared.indexOf("Where you learn") >= 0, shared)
            const never = findChild(page, "neverSharedList").text
            for (const item of ["Your name", "Your PIN", "Anything you type"])
                verify(never.indexOf(item) >= 0, item)
            // Nothing is saved just by looking.
            verify(!learnerNamed("Newcomer"))
            compare(answeredSpy.count, 0)
        }

        function test_consentIsReadAloud() {
            const page = show(consentPage, { newcomer: newcomer })
            mouseClick(findChild(page, "readAloud"))
            const said = ReadAloud.lastText
            verify(said.indexOf(page.title) === 0, said)
            for (const words of ["Which lessons you finish", "Your PIN", "Anything you type",
                                 "change it at any time in Settings", "Yes, share", "No, thank you"])
                verify(said.indexOf(words) > 0, words)
            // With "Read each step out loud by itself", it is read as it shows.
            ReadAloud.say("something else")
            Preferences.autoRead = true
            const again = show(consentPage, { newcomer: newcomer })
            tryVerify(() => ReadAloud.lastText.indexOf(again.title) === 0)
        }

        function test_answersByKeyboard() {
            const page = show(consentPage, { newcomer: newcomer })
            answeredSpy.target = page
            const no = findChild(page, "shareNo")
            no.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            compare(answeredSpy.count, 1)
            compare(answeredSpy.signalArguments[0][0], false)
            findChild(page, "shareYes").forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Return)
            compare(answeredSpy.signalArguments[1][0], true)
        }

        function test_noSharesNothing() {
            verify(Profile.createProfile("Says no", "cat", "digits", "1470", { share: false }))
            verify(Session.hasLearner)
            compare(Profile.sharingChoice, "no")
            compare(column("Says no", "share_consent"), "0")
            compare(column("Says no", "pseudonym"), "")
            compare(column("Says no", "age_band"), "")
            compare(column("Says no", "postcode_district"), "")
            compare(column("Says no", "preferred_language"), "")
        }

        function test_yesWithTheOptionalAnswers() {
            const page = show(detailsPage, { newcomer: newcomer })
            answeredSpy.target = page
            // Nothing chosen to start with.
            for (const name of ["ageBand-16-24", "ageBand-75+", "ageBand-none", "preferredLanguage-en",
                                "preferredLanguage-none"])
                verify(!findChild(page, name).selected, name)
            compare(findChild(page, "postcodeField").text, "")
            // Each language is named in itself.
            compare(findChild(page, "preferredLanguage-ur").text, "اردو")
            compare(findChild(page, "preferredLanguage-pl").text, "Polski")
            compare(findChild(page, "ageBand-75+").text, "75 or older")

            mouseClick(findChild(page, "ageBand-50-64"))
            verify(findChild(page, "ageBand-50-64").selected)
            mouseClick(findChild(page, "postcodeField"))
            type("ls9")
            mouseClick(findChild(page, "preferredLanguage-ur"))
            mouseClick(findChild(page, "consentDetailsContinue"))
            compare(answeredSpy.count, 1)
            const sharing = answeredSpy.signalArguments[0][0]
            compare(sharing.share, true)
            compare(sharing.ageBand, "50-64")
            compare(sharing.postcodeDistrict, "LS9")
            compare(sharing.preferredLanguage, "ur")

            // Saved with the profile, as Main does with the answer.
            verify(Profile.createProfile(newcomer.name, newcomer.avatar, newcomer.pinKind, newcomer.pin, sharing))
            compare(Session.learnerName, "Newcomer")
            compare(Profile.sharingChoice, "yes")
            compare(Profile.ageBand, "50-64")
            compare(Profile.postcodeDistrict, "LS9")
            compare(Profile.preferredLanguage, "ur")
            compare(column("Newcomer", "share_consent"), "1")
            compare(column("Newcomer", "pseudonym").length, 10)
            compare(column("Newcomer", "preferred_language"), "ur")
        }

        function test_everyOptionalQuestionCanBeLeftOut() {
            const page = show(detailsPage, { newcomer: newcomer })
            answeredSpy.target = page
            mouseClick(findChild(page, "ageBand-none")) // "I'd rather not say"
            verify(findChild(page, "ageBand-none").selected)
            mouseClick(findChild(page, "consentDetailsContinue"))
            compare(answeredSpy.count, 1)
            const sharing = answeredSpy.signalArguments[0][0]
            compare(sharing.ageBand, "")
            compare(sharing.postcodeDistrict, "")
            compare(sharing.preferredLanguage, "")
            verify(Profile.createProfile("Skips", "sun", "digits", "3690", sharing))
            compare(Profile.sharingChoice, "yes")
            compare(column("Skips", "pseudonym").length, 10)
            compare(column("Skips", "age_band"), "")
        }

        function test_wholePostcodeIsRefusedNotCut() {
            const page = show(detailsPage, { newcomer: newcomer })
            answeredSpy.target = page
            const field = findChild(page, "postcodeField")
            mouseClick(field)
            type("LS9 8AB")
            mouseClick(findChild(page, "consentDetailsContinue"))
            compare(answeredSpy.count, 0)
            const error = findChild(page, "postcodeError")
            verify(error.visible)
            verify(error.text.indexOf("only the first part of your postcode, like LS9") > 0, error.text)
            verify(error.activeFocus)
            compare(field.text, "LS9 8AB") // never cleared or cut down
            // Something that is not a postcode at all says so differently.
            retype(field, "Leeds")
            mouseClick(findChild(page, "consentDetailsContinue"))
            verify(error.text.indexOf("does not look like the first part of a postcode") >= 0, error.text)
            compare(answeredSpy.count, 0)
            // Put right, it goes through and the message goes.
            retype(field, "LS9")
            mouseClick(findChild(page, "consentDetailsContinue"))
            compare(answeredSpy.count, 1)
            verify(!error.visible)
            compare(answeredSpy.signalArguments[0][0].postcodeDistrict, "LS9")
        }

        function test_profileAndAnswerAreSavedTogetherOrNotAtAll() {
            // A database that refuses the answer: no profile is made either.
            verify(TestDatabase.exec("CREATE TRIGGER refuse BEFORE UPDATE OF share_consent ON learner"
                                     + " BEGIN SELECT RAISE(ABORT, 'refused'); END"))
            ignoreWarning(/statement failed: UPDATE learner SET share_consent .* refused/) // logged for IT, by design
            verify(!Profile.createProfile("Unlucky", "sun", "digits", "1111", { share: true }))
            verify(!Session.hasLearner)
            verify(!learnerNamed("Unlucky"))
            compare(TestDatabase.value("SELECT count(*) FROM learner WHERE name = 'Unlucky'"), "0")
            // A wrong optional answer (a whole postcode) is refused the same way.
            TestDatabase.exec("DROP TRIGGER refuse")
            verify(!Profile.createProfile("Unlucky", "sun", "digits", "1111",
                                      { share: true, postcodeDistrict: "LS9 8AB" }))
            verify(!learnerNamed("Unlucky"))
            // The page says so where the learner is.
            const page = show(consentPage, { newcomer: newcomer })
            page.failed("Your profile could not be saved on this computer. Please ask a helper.")
            const message = findChild(page, "consentMessage")
            verify(message.visible && message.activeFocus)
        }

        function test_settingsChangeSharing() {
            verify(Profile.createProfile("Changer", "bird", "digits", "8520", { share: false }))
            const page = show(settingsPage)
            verify(findChild(page, "sharingNow").visible)
            verify(findChild(page, "sharingNow").text.indexOf("You do not share") === 0)
            verify(findChild(page, "sharing-no").selected)
            verify(!findChild(page, "sharing-yes").selected)
            verify(!findChild(page, "ageBand-16-24").visible) // the optional questions: with a yes

            press(findChild(page, "sharing-yes"))
            compare(Profile.sharingChoice, "yes")
            verify(findChild(page, "sharing-yes").selected)
            compare(column("Changer", "pseudonym").length, 10)
            tryVerify(() => findChild(page, "ageBand-65-74").visible)
            press(findChild(page, "ageBand-65-74"))
            compare(Profile.ageBand, "65-74")
            press(findChild(page, "preferredLanguage-pl"))
            compare(Profile.preferredLanguage, "pl")
            // A whole postcode is refused; the first part is saved.
            const field = findChild(page, "postcodeField")
            retype(field, "ls12 3ab")
            press(findChild(page, "savePostcode"))
            verify(findChild(page, "postcodeError").visible)
            compare(Profile.postcodeDistrict, "")
            retype(field, "ls12")
            keyClick(Qt.Key_Return)
            compare(Profile.postcodeDistrict, "LS12")
            verify(!findChild(page, "postcodeError").visible)
            verify(findChild(page, "postcodeSaved").text.indexOf("LS12") > 0)
            // "I'd rather not say" clears the age, and stays ticked.
            press(findChild(page, "ageBand-none"))
            compare(Profile.ageBand, "")
            verify(findChild(page, "ageBand-none").selected)

            // Changed back to no: the optional answers are not kept.
            press(findChild(page, "sharing-no"))
            compare(Profile.sharingChoice, "no")
            compare(Profile.postcodeDistrict, "")
            compare(Profile.preferredLanguage, "")
            compare(column("Changer", "share_consent"), "0")
            verify(!findChild(page, "postcodeField").visible)
            // And yes again starts with nothing chosen.
            press(findChild(page, "sharing-yes"))
            verify(findChild(page, "postcodeField").visible)
            compare(findChild(page, "postcodeField").text, "")
            verify(!findChild(page, "preferredLanguage-pl").selected)

            // Signed in again, the choice is there.
            Session.signOut()
            compare(Profile.sharingChoice, "")
            compare(Session.signInWithPin(learnerNamed("Changer").id, "8520").result, "signed-in")
            compare(Profile.sharingChoice, "yes")
        }

        function test_settingsShowSharingOnlyToALearner() {
            Session.startGuest()
            let page = show(settingsPage)
            for (const name of ["sharingNow", "sharing-yes", "deleteMyData"])
                verify(!findChild(page, name).visible, name)
            Session.signOut()
            Session.beginNewProfile()
            page = show(settingsPage, { firstStart: true })
            for (const name of ["sharingNow", "sharing-yes", "deleteMyData"])
                verify(!findChild(page, name).visible, name)
            // A learner made before the question was asked: nothing chosen yet.
            verify(TestHooks.createLearner("Never asked", "house", "digits", "7531"))
            page = show(settingsPage)
            verify(findChild(page, "sharingNow").text.indexOf("You have not chosen yet") === 0)
            verify(!findChild(page, "sharing-yes").selected && !findChild(page, "sharing-no").selected)
            verify(findChild(page, "deleteMyData").visible)
        }

        function test_deleteStartsOnTheSafeChoiceAndKeeps() {
            verify(Profile.createProfile("Keeper", "apple", "digits", "9512", { share: false }))
            const page = show(deletePage)
            keptSpy.target = page
            deletedSpy.target = page
            const keep = findChild(page, "keepData")
            tryVerify(() => keep.activeFocus, 2000, "the safe choice has the focus")
            verify(keep.Accessible.description.indexOf("It cannot be undone.") > 0)
            keyClick(Qt.Key_Return) // the safe choice
            compare(keptSpy.count, 1)
            compare(deletedSpy.count, 0)
            verify(Session.hasLearner)
            verify(learnerNamed("Keeper"))
            mouseClick(findChild(page, "readAloud"))
            verify(ReadAloud.lastText.indexOf("This removes your name, your progress and your settings from this computer. It cannot be undone.") > 0)
        }

        function test_deleteRemovesTheLearner() {
            verify(TestHooks.createLearner("Stays", "tree", "digits", "1590"))
            Session.signOut()
            verify(Profile.createProfile("Leaves", "boat", "digits", "7530",
                                     { share: true, ageBand: "25-49", postcodeDistrict: "LS7",
                                       preferredLanguage: "so" }))
            const id = learnerNamed("Leaves").id
            const page = show(deletePage)
            deletedSpy.target = page
            mouseClick(findChild(page, "confirmDelete"))
            compare(deletedSpy.count, 1)
            verify(!Session.hasLearner)
            verify(!learnerNamed("Leaves"))
            verify(learnerNamed("Stays"))
            compare(TestDatabase.value("SELECT count(*) FROM learner WHERE id = " + id), "0")
            compare(TestDatabase.value("SELECT count(*) FROM learner_setting WHERE learner_id = " + id), "0")
            compare(TestDatabase.value("SELECT count(*) FROM learner WHERE postcode_district = 'LS7'"), "0")
            // The tiles no longer show them.
            const signIn = show(signInPage, { dataDeleted: true })
            verify(findChild(signIn, "dataDeleted").visible)
            verify(!findChild(signIn, "learner-" + id))
            verify(findChild(signIn, "learner-" + learnerNamed("Stays").id))
        }

        function test_deleteThatFailsKeepsEverything() {
            verify(Profile.createProfile("Stuck", "flower", "digits", "3579", { share: false }))
            verify(TestDatabase.exec("CREATE TRIGGER refuse BEFORE DELETE ON learner"
                                     + " BEGIN SELECT RAISE(ABORT, 'refused'); END"))
            ignoreWarning(/statement failed: DELETE FROM learner .* refused/) // logged for IT, by design
            const page = show(deletePage)
            deletedSpy.target = page
            mouseClick(findChild(page, "confirmDelete"))
            compare(deletedSpy.count, 0)
            const message = findChild(page, "deleteMessage")
            verify(message.visible && message.activeFocus)
            verify(message.text.indexOf("could not be deleted. Nothing was changed.") > 0, message.text)
            verify(Session.hasLearner)
            compare(Session.learnerName, "Stuck")
            verify(learnerNamed("Stuck"))
        }
    }
}
