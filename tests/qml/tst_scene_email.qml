// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The "email" scene in its bundled lesson "Using email": open Sam's email, reply, attach the
// garden photo from the small photo window, type an answer and send it; then open the scam
// that pretends to be the bank and report it. Wrong tries change nothing and bring a hint,
// then Show me.
Item {
    width: 900
    height: 2000

    Loader {
        id: loader

        width: 800
        active: false
        sourceComponent: SimulationActivity {
            runner: Home.lesson
        }
    }

    TestCase {
        name: "EmailScene"
        when: windowShown

        readonly property string lessonId: "fce8e277-be5f-4e5f-bb3c-4f7cf0d5a1f9"
        readonly property int replyStep: 5 // "practise-replying"
        readonly property int scamStep: 7 // "practise-reporting-a-scam"

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

        // Opens the lesson at simulation step `index`, with a fresh scene; earlier steps are
        // passed the quick way.
        function openStep(index) {
            loader.active = false
            verify(Home.openLesson(lessonId))
            while (Home.lesson.stepIndex > index)
                Home.lesson.back()
            while (Home.lesson.stepIndex < index) {
                if (Home.lesson.stepType === "choice") {
                    for (const answer of Home.lesson.answers) {
                        if (answer.correct)
                            Home.lesson.choose(answer.answerId)
                    }
                } else if (Home.lesson.stepType === "simulation") {
                    for (const t of ["email-from-sam", "reply", "attach", "photo-garden"])
                        verify(Home.lesson.simulation.act(t))
                    verify(Home.lesson.simulation.act("send", "Hello"))
                }
                verify(Home.lesson.next())
            }
            compare(Home.lesson.stepIndex, index)
            compare(Home.lesson.simulation.scene, "email")
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
            openStep(replyStep)
            const ids = TestHooks.sceneTargets("email")
            compare(ids.length, 11)
            for (const id of ids) {
                const t = target(id)
                verify(t.Accessible.name.length > 0, id + " has a spoken name")
                verify(t.activeFocusOnTab, id + " can be reached with Tab")
            }
            verify(target("email-from-sam").visible)
            verify(target("email-from-bank").visible)
            verify(target("email-from-surgery").visible)
            verify(target("inbox").visible)
            verify(!item("openEmail").visible, "no email is open at first")
        }

        function test_replyWithAPhoto() {
            openStep(replyStep)
            const session = Home.lesson.simulation

            mouseClick(target("email-from-sam"))
            compare(session.taskNumber, 2)
            verify(item("openEmail").visible)
            compare(item("openSubject").text, "Are you free on Saturday?")
            verify(item("openBody").text.indexOf("garden") >= 0)
            verify(!item("replyArea").visible)

            mouseClick(target("reply"))
            compare(session.taskNumber, 3)
            verify(item("replyArea").visible)
            verify(target("send").visible)
            verify(target("attach").visible)
            verify(!item("photoPicker").visible)

            mouseClick(target("attach"))
            compare(session.taskNumber, 4)
            verify(item("photoPicker").visible)
            verify(target("photo-garden").visible)
            verify(target("photo-cat").visible)

            mouseClick(target("photo-garden"))
            compare(session.taskNumber, 5)
            verify(!item("photoPicker").visible, "the photo window closes")
            verify(item("attachment").visible, "the photo is attached")

            // Send with nothing typed is a wrong try: the answer box stays.
            mouseClick(target("send"))
            compare(session.lastResult, "wrong")
            verify(item("replyArea").visible)

            const box = item("replyBox")
            mouseClick(box)
            verify(box.activeFocus)
            typeText("Yes, see you on Saturday.")
            compare(box.text, "Yes, see you on Saturday.")
            keyClick(Qt.Key_Tab)
            verify(target("send").activeFocus, "Tab leaves the answer box for Send")
            compare(box.text, "Yes, see you on Saturday.")
            mouseClick(target("send"))
            compare(session.lastResult, "right")
            verify(Home.lesson.canContinue)
            verify(!item("replyArea").visible)
            const notice = item("emailNotice")
            verify(notice.visible)
            verify(notice.text.indexOf("Sam Green") >= 0)
            verify(notice.text.indexOf("photo") >= 0)
        }

        function test_reportTheScamByKeyboard() {
            openStep(scamStep)
            const session = Home.lesson.simulation
            const bankEmail = target("email-from-bank")

            bankEmail.forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(session.taskNumber, 2)
            verify(item("openSubject").text.indexOf("URGENT") === 0)

            tabTo(target("report-scam"))
            keyClick(Qt.Key_Return)
            verify(Home.lesson.canContinue)
            verify(!bankEmail.visible, "the scam leaves the inbox")
            verify(!item("openEmail").visible)
            verify(item("emailNotice").text.indexOf("scam") >= 0)
            verify(target("email-from-sam").visible)
            verify(target("email-from-surgery").visible)
        }

        function test_wrongTriesChangeNothingThenHintThenShowMe() {
            openStep(replyStep)
            const session = Home.lesson.simulation
            const hint = item("simHint")
            const showMe = item("simShowMe")

            mouseClick(target("email-from-bank"))
            compare(session.lastResult, "wrong")
            verify(!item("openEmail").visible, "a wrong email does not open")
            verify(item("simTryAgain").visible)
            verify(!hint.visible)

            mouseClick(target("email-from-surgery"))
            verify(!item("openEmail").visible)
            verify(hint.visible)
            verify(hint.text.indexOf(session.hint) >= 0)
            verify(session.hint.indexOf("Sam") >= 0)
            verify(!showMe.visible)

            mouseClick(target("inbox"))
            verify(showMe.visible)
            mouseClick(showMe)
            verify(target("email-from-sam").activeFocus)
            keyClick(Qt.Key_Return)
            compare(session.taskNumber, 2)
            verify(item("openEmail").visible)
        }

        function test_biggerTextStaysInsideTheScene() {
            Preferences.textScale = 2.0
            loader.width = 1200
            openStep(replyStep)
            mouseClick(target("email-from-sam"))
            mouseClick(target("reply"))
            mouseClick(target("attach"))
            waitForRendering(loader.item) // the layout settles on the next frame
            const scene = item("simScene").item
            verify(item("openEmail").y > item("replyArea").y)
            for (const id of TestHooks.sceneTargets("email")) {
                const t = target(id)
                verify(t.visible, id)
                const box = t.mapToItem(scene, 0, 0, t.width, t.height)
                verify(box.x >= 0 && box.x + box.width <= scene.width + 0.5, id + " fits across")
                verify(box.y >= 0 && box.y + box.height <= scene.height + 0.5, id + " fits down")
            }
        }
    }
}
