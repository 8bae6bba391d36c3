// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps
import OpenStepsTest

// The staff outcome dashboard, as staff meet it. Today is 26 November 2026 here (tst_qml.cpp),
// and the events below are known: in November 13 learners (6 aged 25-49, 5 aged 50-64, 2 aged
// 65-74), in October 7 more, in March 10 more; so 13 active this month, 20 this quarter, 30
// this year. Small groups read "fewer than 5", the group that would give one away "hidden".
Item {
    id: root

    width: 1000
    height: 3000

    Component {
        id: helperPage

        // As Main.qml does.
        HelperPage {
            onDashboardRequested: stack.push(dashboardPage)
        }
    }
    Component {
        id: dashboardPage

        DashboardPage {}
    }
    StackView {
        id: stack

        anchors.fill: parent
    }

    TestCase {
        name: "Dashboard"
        when: windowShown

        // Each learner's optional answers, the same on every event of theirs (the latest win).
        function answers(i) {
            if (i <= 13)
                return { ageBand: i <= 6 ? "25-49" : i <= 11 ? "50-64" : "65-74",
                         district: i <= 8 ? "LS9" : "LS11", language: i <= 10 ? "pl" : "" }
            return i <= 20 ? { ageBand: "25-49", district: "LS9" } : { ageBand: "75+" }
        }
        function event(kind, i, date, extra) {
            const spec = Object.assign({ kind: kind, person: i > 0 ? "p" + i : "", date: date },
                                       i > 0 ? answers(i) : {}, extra ?? {})
            verify(TestDatabase.addEvent(spec), JSON.stringify(spec))
        }
        function initTestCase() {
            for (let i = 1; i <= 13; ++i)
                event("lesson-completed", i, "2026-11-0" + (1 + i % 9))
            for (let i = 14; i <= 20; ++i)
                event("lesson-completed", i, "2026-10-10")
            for (let i = 21; i <= 30; ++i)
                event("lesson-completed", i, "2026-03-10")
            // Foundation: 3 in November (too few to show), 5 more in March.
            for (const i of [1, 2, 3, 21, 22, 23, 24, 25])
                event("foundation-reached", i, i < 21 ? "2026-11-12" : "2026-03-12")
            // Skills: 5 learners said "not yet" to Communicating in March and "yes" in November.
            for (let i = 1; i <= 5; ++i) {
                event("skills-check-answer", i, "2026-03-01",
                      { tags: "eds.communicating", value: "not-yet", check: 1 })
                event("skills-check-answer", i, "2026-11-20",
                      { tags: "eds.communicating", value: "yes", check: 2 })
            }
            // Check-ins in November: 6 saved money, 2 of them also found work.
            for (let i = 1; i <= 6; ++i)
                event("check-in", i, "2026-11-21", { value: i <= 2 ? "saved-money,work" : "saved-money" })
            // Six half-hour volunteer sessions in November.
            for (let i = 0; i < 6; ++i)
                event("volunteer-session", 0, "2026-11-1" + i, { minutes: 30 })
        }

        property int helpers: 0
        function signIn(name, role) {
            stack.clear() // the page before signs its helper out as it goes
            verify(TestDatabase.addHelper(name, role, "a long passphrase"))
            compare(Session.helperSignIn(name, "a long passphrase").result, "signed-in")
        }
        function openDashboard() {
            signIn("Stella " + (++helpers), "staff")
            const helper = stack.push(helperPage)
            waitForRendering(helper)
            const button = findChild(helper, "openDashboard")
            verify(button.visible)
            // By keyboard, as staff without a mouse would.
            button.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const page = stack.currentItem
            compare(page.pageName, "dashboard")
            waitForRendering(page)
            Dashboard.choose("month")
            return page
        }
        function text(page, name) {
            const item = findChild(page, name)
            verify(item, "no item " + name)
            return item.text
        }
        function cleanup() {
            TestDatabase.exec("DELETE FROM setting WHERE key IN ('suppression_threshold', 'demo_data')")
            Session.helperSignOut()
            stack.clear()
        }

        function test_volunteersCannotOpenIt() {
            signIn("Vera", "volunteer")
            const helper = stack.push(helperPage)
            waitForRendering(helper)
            verify(!findChild(helper, "openDashboard").visible)
            // Even opened some other way, it shows nothing but a sentence.
            const page = stack.push(dashboardPage)
            waitForRendering(page)
            verify(findChild(page, "dashboardStaffOnly").visible)
            verify(!findChild(page, "headline-learners_active").visible)
            compare(Dashboard.allowed, false)
            compare(Dashboard.headlines.length, 0)
            compare(Dashboard.breakdowns.length, 0)
        }

        function test_signingOutEmptiesIt() {
            openDashboard()
            compare(Dashboard.headlines.length, 9)
            Session.helperSignOut()
            compare(Dashboard.headlines.length, 0)
        }

        function test_periodButtonsChangeTheNumbers() {
            const page = openDashboard()
            compare(text(page, "headline-learners_active"), "13")
            compare(text(page, "periodShown"), "Showing 1 November 2026 to 30 November 2026.")
            // Tab from "This month" to "This quarter", Space to choose it; Return for the year.
            findChild(page, "period-month").forceActiveFocus()
            keyClick(Qt.Key_Tab)
            verify(findChild(page, "period-quarter").activeFocus)
            keyClick(Qt.Key_Space)
            compare(Dashboard.period, "quarter")
            compare(text(page, "headline-learners_active"), "20")
            verify(findChild(page, "period-quarter").selected)
            compare(text(page, "periodShown"), "Showing 1 October 2026 to 31 December 2026.")
            keyClick(Qt.Key_Tab)
            verify(findChild(page, "period-year").activeFocus)
            keyClick(Qt.Key_Return)
            compare(text(page, "headline-learners_active"), "30")
            compare(text(page, "headline-lessons_completed"), "30")
            compare(text(page, "cell-age_band-75+-0"), "10")
        }

        function test_smallNumbersReadFewerThanFive() {
            const page = openDashboard()
            // 2 learners aged 65-74: the words, never the number, in the chart and the table.
            compare(text(page, "cell-age_band-65-74-0"), "fewer than 5")
            compare(text(page, "bar-age_band-65-74-0"), "fewer than 5")
            const row = Dashboard.breakdowns[0].rows.find(r => r.category === "65-74")
            compare(row.cells[0].hidden, "small")
            compare(row.cells[0].value, 0)
            compare(row.cells[0].number, "")
            // 3 reached Foundation: hidden, and so is their share of the 13.
            compare(text(page, "headline-foundation_reached"), "fewer than 5")
            compare(text(page, "headline-foundation_share"), "fewer than 5")
            compare(text(page, "cell-checkins-work-0"), "fewer than 5")
            compare(text(page, "cell-checkins-saved-money-0"), "6")
            // No figure of the page says 2 or 3 in any form a person could read.
            for (const name of ["cell-age_band-65-74-0", "bar-age_band-65-74-0",
                                "headline-foundation_reached", "cell-checkins-work-0"])
                verify(!/[0-46-9]/.test(text(page, name)), name + ": " + text(page, name))
        }

        function test_aHiddenCellThatWouldGiveOneAway() {
            const page = openDashboard()
            // 13 in all, 6 aged 25-49 and 2 aged 65-74 hidden: showing the 5 aged 50-64 would
            // give the 2 away, so they are hidden too, and a note says why.
            compare(text(page, "headline-learners_active"), "13")
            compare(text(page, "cell-age_band-25-49-0"), "6")
            compare(text(page, "cell-age_band-50-64-0"), "hidden")
            compare(text(page, "bar-age_band-50-64-0"), "hidden")
            const table = findChild(page, "table-age_band")
            verify(table.rows.some(r => r.key === "50-64"))
            verify(text(page, "countedNote").indexOf("“hidden”") >= 0)
        }

        function test_eachChartHasATableWithTheSameWords() {
            const page = openDashboard()
            Dashboard.choose("year")
            // One hub: its figures are the headlines, so no chart of it.
            compare(findChild(page, "chart-hub"), null)
            for (const breakdown of Dashboard.breakdowns) {
                const dimension = breakdown.dimension
                if (dimension === "hub")
                    continue
                const chart = findChild(page, "chart-" + dimension)
                const table = findChild(page, "table-" + dimension)
                verify(chart && table, dimension)
                compare(chart.groups.length, breakdown.rows.length)
                for (const row of breakdown.rows)
                    compare(text(page, "bar-" + dimension + "-" + row.category + "-0"),
                            text(page, "cell-" + dimension + "-" + row.category + "-0"))
            }
            for (const area of Dashboard.skills) {
                compare(text(page, "bar-skills-" + area.area + "-0"),
                        "Before: " + text(page, "cell-skills-" + area.area + "-0"))
                compare(text(page, "bar-skills-" + area.area + "-1"),
                        "After: " + text(page, "cell-skills-" + area.area + "-1"))
            }
            for (const cell of Dashboard.checkins)
                compare(text(page, "bar-checkins-" + cell.category + "-0"),
                        text(page, "cell-checkins-" + cell.category + "-0"))
            // Screen readers: the chart names its table; each table row says its whole row.
            compare(findChild(page, "chart-age_band").Accessible.role, Accessible.Chart)
            compare(findChild(page, "table-age_band").Accessible.role, Accessible.List)
        }

        function test_knownNumbers() {
            const page = openDashboard()
            compare(text(page, "headline-volunteer_sessions"), "6")
            compare(text(page, "headline-volunteer_hours"), "3")
            compare(text(page, "headline-checkin_learners"), "6")
            compare(text(page, "headline-skills_learners"), "5")
            compare(text(page, "cell-skills-communicating-0"), "0%")
            compare(text(page, "cell-skills-communicating-1"), "100%")
            compare(text(page, "bar-skills-communicating-1"), "After: 100%")
            // 5 of the 13 had been active in March: 8 new this month.
            compare(text(page, "headline-learners_new"), "8")
            compare(text(page, "cell-postcode_district-LS9-0"), "8")
            compare(text(page, "cell-postcode_district-LS11-0"), "5")
            // 10 chose Polish and 3 gave no language: with only two groups, both are hidden.
            compare(text(page, "cell-preferred_language-not-given-0"), "fewer than 5")
            compare(text(page, "cell-preferred_language-pl-0"), "hidden")
            Dashboard.choose("year")
            compare(text(page, "headline-foundation_reached"), "8")
            compare(text(page, "headline-foundation_share"), "26.7%")
        }

        // Each button saves the period shown into the Documents folder and says so with the
        // files' names; the spreadsheet holds the numbers on the page.
        function test_savingTheFigures() {
            const page = openDashboard()
            const documents = TestDatabase.documentsFolder()
            let spreadsheet = ""
            for (const format of ["csv", "pdf", "records-csv", "xapi"]) {
                const button = findChild(page, "export-" + format)
                verify(button && button.visible, format)
                button.forceActiveFocus()
                keyClick(Qt.Key_Return)
                const message = text(page, "exportMessage")
                verify(message.startsWith("Saved: "), message)
                for (const file of message.slice("Saved: ".length).split(", ")) {
                    verify(file.startsWith(documents), file)
                    verify(file.includes("2026-11-01_2026-11-30"), file)
                    verify(TestDatabase.fileExists(file), file)
                    // No statements were made here (the events were written straight in).
                    if (format !== "xapi")
                        verify(TestDatabase.fileText(file).length > 0, file)
                    if (format === "csv" && !file.includes("dictionary"))
                        spreadsheet = TestDatabase.fileText(file)
                }
            }
            const active = /,learners_active,,,(\d+),/.exec(spreadsheet)
            verify(active, spreadsheet.slice(0, 300))
            compare(active[1], text(page, "headline-learners_active"))
            compare(active[1], "13")
        }

        function test_chosenDates() {
            const page = openDashboard()
            findChild(page, "period-custom").forceActiveFocus()
            keyClick(Qt.Key_Space)
            const from = findChild(page, "dateFrom")
            const to = findChild(page, "dateTo")
            verify(from.visible && to.visible)
            verify(from.activeFocus)
            // A date that is not a date: said in words, and nothing changes.
            from.text = "2026-13-01"
            to.text = "2026-10-31"
            findChild(page, "showDates").forceActiveFocus()
            keyClick(Qt.Key_Return)
            const problem = findChild(page, "datesProblem")
            verify(problem.visible)
            verify(problem.text.indexOf("2026-13-01") >= 0, problem.text)
            verify(problem.activeFocus)
            compare(text(page, "headline-learners_active"), "13")
            // The first day after the last.
            from.text = "2026-11-01"
            page.showDates()
            verify(problem.text.indexOf("after the last day") >= 0, problem.text)
            // October only: the 7 who came then.
            from.text = "2026-10-01"
            page.showDates()
            verify(!problem.visible)
            compare(Dashboard.period, "custom")
            compare(text(page, "headline-learners_active"), "7")
            compare(text(page, "periodShown"), "Showing 1 October 2026 to 31 October 2026.")
            verify(findChild(page, "period-custom").selected)
        }

        function test_thresholdFromTheSetting() {
            verify(TestDatabase.exec("INSERT INTO setting (key, value) VALUES ('suppression_threshold', '10')"))
            const page = openDashboard()
            compare(Dashboard.threshold, 10)
            compare(text(page, "cell-age_band-25-49-0"), "fewer than 10")
            compare(text(page, "headline-learners_active"), "13")
            // A setting cannot hide less than the default.
            verify(TestDatabase.exec("UPDATE setting SET value = '2' WHERE key = 'suppression_threshold'"))
            Dashboard.refresh()
            compare(Dashboard.threshold, 5)
            compare(text(page, "cell-age_band-65-74-0"), "fewer than 5")
        }

        function test_demoDataIsSaidAtTheTop() {
            let page = openDashboard()
            verify(!findChild(page, "demoBanner").visible)
            verify(TestDatabase.exec("INSERT INTO setting (key, value) VALUES ('demo_data', '1')"))
            Dashboard.refresh()
            const banner = findChild(page, "demoBanner")
            verify(banner.visible)
            compare(banner.Accessible.name, "⚠ Demo data: not real learners")
        }
    }
}
