// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// Signing in on a shared PC: tiles, a 4-number or picture PIN, the pause after 5 wrong tries,
// choosing a PIN twice, and each learner's own settings coming back with them.
Item {
    id: root

    width: 900
    height: 1400

    Component {
        id: signInPage

        SignInPage {
            anchors.fill: parent
        }
    }
    Component {
        id: pinPage

        PinPage {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: chosenSpy

        signalName: "pinChosen"
    }
    SignalSpy {
        id: signedInSpy

        signalName: "signedIn"
    }

    PageTestCase {
        name: "SignIn"
        when: windowShown

        function press(page, keys) {
            for (const key of keys) {
                const button = findChild(page, "pinKey-" + key)
                verify(button && button.visible, "key " + key)
                mouseClick(button)
            }
        }

        function init() {
            failOnWarning(/.+/)
        }
        function cleanup() {
            Session.signOut()
            chosenSpy.clear()
            signedInSpy.clear()
        }

        function test_tilesShowEveryLearner() {
            verify(TestHooks.createLearner("Tile One", "cat", "digits", "1111"))
            Session.signOut()
            const page = createTemporaryObject(signInPage, root)
            waitForRendering(page)
            const tile = findChild(page, "learner-" + learnerNamed("Tile One").id)
            verify(tile && tile.visible)
            compare(tile.Accessible.name, "Tile One")
            verify(findChild(page, "justLooking").visible)
        }

        function test_wrongPinsThenAPause() {
            verify(TestHooks.createLearner("Pinner", "cat", "digits", "4321"))
            Session.signOut()
            const learner = learnerNamed("Pinner")
            const page = createTemporaryObject(pinPage, root, { learner: learner, mode: "enter" })
            signedInSpy.target = page
            waitForRendering(page)
            for (let tries = 1; tries <= 4; ++tries) {
                press(page, "1111")
                verify(findChild(page, "pinMessage").text.indexOf("That is not right") === 0)
            }
            verify(findChild(page, "pinMessage").text.indexOf("1 more time") > 0)
            press(page, "1111")
            verify(findChild(page, "pinMessage").text.indexOf("wait one minute") > 0,
                   findChild(page, "pinMessage").text)
            // The keys rest, and even the right PIN waits for the minute to pass.
            verify(!findChild(page, "pinKey-4").enabled)
            verify(Session.secondsLocked(learner.id) > 50)
            compare(Session.signInWithPin(learner.id, "4321").result, "locked")
            compare(signedInSpy.count, 0)
            verify(!Session.hasLearner)
        }

        function test_rightPinSignsIn() {
            verify(TestHooks.createLearner("Right", "sun", "digits", "9753"))
            Session.signOut()
            const page = createTemporaryObject(pinPage, root,
                                               { learner: learnerNamed("Right"), mode: "enter" })
            signedInSpy.target = page
            waitForRendering(page)
            // Typed on the keyboard as well as clicked.
            page.forceActiveFocus()
            keyClick(Qt.Key_9)
            keyClick(Qt.Key_7)
            compare(findChild(page, "pinPlaces").Accessible.name, "2 of 4 numbers entered")
            keyClick(Qt.Key_5)
            keyClick(Qt.Key_3)
            compare(signedInSpy.count, 1)
            verify(Session.hasLearner)
            compare(Session.learnerName, "Right")
        }

        function test_picturePinSignsIn() {
            verify(TestHooks.createLearner("Pictures", "bird", "pictures", "cat,apple,cat"))
            Session.signOut()
            const learner = learnerNamed("Pictures")
            compare(learner.pinKind, "pictures")
            const page = createTemporaryObject(pinPage, root, { learner: learner, mode: "enter" })
            signedInSpy.target = page
            waitForRendering(page)
            const cat = findChild(page, "pinKey-cat")
            compare(cat.Accessible.name, "A grey cat")
            press(page, ["cat", "cat", "apple"])
            verify(findChild(page, "pinMessage").text.indexOf("That is not right") === 0)
            compare(signedInSpy.count, 0)
            press(page, ["cat", "apple", "cat"])
            compare(signedInSpy.count, 1)
            compare(Session.learnerName, "Pictures")
        }

        function test_choosePicturePinTwice() {
            const page = createTemporaryObject(pinPage, root,
                                               { learner: { name: "New", avatar: "fish" }, mode: "choose" })
            chosenSpy.target = page
            waitForRendering(page)
            mouseClick(findChild(page, "pinKind-pictures"))
            waitForRendering(page)
            press(page, ["cat", "tree", "sun"])
            verify(page.firstPin !== "")
            // A different second try starts again; the same one twice is the PIN.
            press(page, ["cat", "tree", "boat"])
            verify(findChild(page, "pinMessage").text.indexOf("not the same") > 0)
            compare(chosenSpy.count, 0)
            press(page, ["cat", "tree", "sun"])
            press(page, ["cat", "tree", "sun"])
            compare(chosenSpy.count, 1)
            compare(chosenSpy.signalArguments[0][0], "pictures")
            compare(chosenSpy.signalArguments[0][1], "cat,tree,sun")
        }

        function test_eachLearnerKeepsTheirSettings() {
            verify(TestHooks.createLearner("Big text", "bird", "digits", "1212"))
            Preferences.textScale = 2.0
            Preferences.theme = "dark"
            Preferences.font = "opendyslexic"
            Session.signOut()
            compare(Preferences.textScale, 1.0)
            compare(Preferences.theme, "default")
            verify(TestHooks.createLearner("Plain", "tree", "digits", "3434"))
            compare(Preferences.textScale, 1.0)
            compare(Theme.fontFamily, "DejaVu Sans")
            Session.signOut()
            compare(Session.signInWithPin(learnerNamed("Big text").id, "1212").result, "signed-in")
            compare(Preferences.textScale, 2.0)
            compare(Preferences.theme, "dark")
            compare(Theme.fontFamily, "OpenDyslexic")
            Session.signOut()
        }

        function test_aLearnersLanguageLeavesWithThem() {
            verify(TestHooks.createLearner("Right to left", "sun", "digits", "5656"))
            Preferences.setLanguage("ar")
            verify(Preferences.rightToLeft)
            Session.signOut()
            compare(Preferences.language, "en")
            verify(!Preferences.rightToLeft)
        }

        function test_newcomerWhoLeavesChangesNothing() {
            Session.beginNewProfile()
            Preferences.textScale = 2.0
            Preferences.setLanguage("ar")
            Session.signOut()
            compare(Preferences.textScale, 1.0)
            compare(Preferences.language, "en")
            // One who makes a profile keeps what they chose.
            Session.beginNewProfile()
            Preferences.theme = "dark"
            verify(TestHooks.createLearner("Newcomer", "tree", "digits", "7878"))
            compare(Preferences.theme, "dark")
            Session.signOut()
            compare(Preferences.theme, "default")
            compare(Session.signInWithPin(learnerNamed("Newcomer").id, "7878").result, "signed-in")
            compare(Preferences.theme, "dark")
        }

        function test_guestSavesNothing() {
            Session.startGuest()
            verify(Session.guest)
            verify(!Session.hasLearner)
            Preferences.textScale = 1.5
            Session.signOut()
            verify(!Session.guest)
            compare(Preferences.textScale, 1.0)
        }
    }
}
