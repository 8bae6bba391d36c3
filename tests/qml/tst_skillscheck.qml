// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import OpenSteps
import OpenStepsTest

// The skills check page: an introduction with "Not now", then one statement at a time with a
// picture, answered by mouse or keyboard; Next waits for an answer; the end says it is saved.
Item {
    width: 1000
    height: 900

    Loader {
        id: loader

        anchors.fill: parent
        active: false
        sourceComponent: SkillsCheckPage {}
    }

    TestCase {
        name: "SkillsCheck"
        when: windowShown

        function initTestCase() {
            verify(TestHooks.createLearner("Checker", "boat", "digits", "1234"))
            verify(Home.skillsCheckDue, "due at first sign-in")
            loader.active = true
            waitForRendering(loader.item)
        }

        function init() {
            failOnWarning(/.+/) // a layout or binding warning is a bug
        }

        function test_answerEveryStatement() {
            const page = loader.item
            verify(findChild(page, "skillsIntro").visible)
            verify(findChild(page, "skillsNotNow").visible)
            mouseClick(findChild(page, "skillsStart"))
            waitForRendering(page) // the statement takes the introduction's place
            const check = Home.skillsCheck
            verify(check.count >= 18)
            const statement = findChild(page, "statement")
            verify(statement.visible)
            verify(statement.text.indexOf("I can") === 0, statement.text)
            tryCompare(findChild(page, "statementPicture"), "status", Image.Ready)

            // Next before an answer asks for one.
            const nextButton = findChild(page, "skillsNext")
            mouseClick(nextButton)
            compare(check.index, 0)
            verify(findChild(page, "skillsHint").visible)

            // Read aloud says the statement and the answers.
            mouseClick(findChild(page, "readAloud"))
            verify(ReadAloud.lastText.indexOf(statement.text) > 0, ReadAloud.lastText)
            verify(ReadAloud.lastText.indexOf("Not yet") > 0)

            for (let i = 0; i < check.count; ++i) {
                const seen = statement.text
                const answer = findChild(page, i % 3 === 0 ? "skill-not-yet" : "skill-yes")
                answer.forceActiveFocus()
                keyClick(Qt.Key_Space)
                verify(answer.Accessible.checked)
                const next = findChild(page, "skillsNext")
                next.forceActiveFocus()
                keyClick(Qt.Key_Return)
                if (i < check.count - 1)
                    verify(statement.text !== seen, "a new statement each time")
            }
            verify(check.finished)
            verify(findChild(page, "skillsThanks").visible)
            verify(!Home.skillsCheckDue, "not due again until 5 more lessons")
            compare(Home.skillsChecksDone, 1)
        }
    }
}
