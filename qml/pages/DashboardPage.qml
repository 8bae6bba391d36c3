// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The staff outcome dashboard (opened from the helper page by staff): for this month, quarter,
// year or chosen dates, the headline numbers, then bar charts each followed by a table with
// the same figures: learners by age band, postcode district, language and hub; the skills
// check before and after per framework area; the "What has changed for you?" answers. Every
// number is a row of PublishedReport (Dashboard), the same the exports write; small ones
// read "fewer than 5" and those that would give one away "hidden", never the number.
ScrollPage {
    id: page

    signal closed()

    readonly property bool staff: Session.helperRole === "staff"
    // Plain JavaScript arrays, so their methods can be used.
    readonly property var skills: Dashboard.skills
    readonly property var checkins: Dashboard.checkins
    readonly property var breakdowns: Dashboard.breakdowns

    pageName: "dashboard"
    //: Heading of the staff page of outcome figures
    title: qsTr("Outcomes dashboard")

    Component.onCompleted: Dashboard.refresh()

    // The words for a figure: its number, or why it is not shown.
    function cellText(cell: var): string {
        if (!cell || cell.hidden === undefined)
            return ""
        if (cell.hidden === "small")
            //: Dashboard: a count too small to show; %1 is the threshold, such as 5
            return qsTr("fewer than %1").arg(Dashboard.threshold)
        if (cell.hidden === "secondary")
            //: Dashboard: a count hidden so that a smaller hidden one cannot be worked out
            return qsTr("hidden")
        return cell.number
    }
    function categoryLabel(dimension: string, id: string): string {
        if (id === "not-given")
            //: Dashboard: learners who did not give this answer (age band, postcode, language)
            return qsTr("Not given")
        if (dimension === "age_band")
            return Labels.ageBands[id] ?? id
        if (dimension === "preferred_language")
            return Labels.languageNames[id] ?? id
        return id
    }
    function hasSecondary(cells: var): bool {
        return cells.some(cell => cell.hidden === "secondary")
    }
    // Shows the figures for the dates typed in the period chooser.
    function showDates() {
        periodChooser.showDates()
    }
    readonly property var measureLabels: ({
        //: Dashboard figure: learners who did anything in OpenSteps in the period
        "learners_active": qsTr("Learners active"),
        //: Dashboard figure: learners whose first activity is in the period
        "learners_new": qsTr("New learners"),
        //: Dashboard figure: lessons learners finished in the period
        "lessons_completed": qsTr("Lessons finished"),
        //: Dashboard figure: learners who reached the Foundation level of the framework
        "foundation_reached": qsTr("Reached the Foundation level"),
        //: Dashboard figure: the share (percent) of active learners who reached the Foundation level
        "foundation_share": qsTr("Share of active learners reaching Foundation"),
        //: Dashboard figure: learners who did the skills check a second time or more
        "skills_learners": qsTr("Did the skills check again"),
        //: Dashboard figure: learners who answered the check-in question
        "checkin_learners": qsTr("Answered “What has changed for you?”"),
        //: Dashboard figure: sessions of volunteers sitting with a learner
        "volunteer_sessions": qsTr("Volunteer sessions"),
        //: Dashboard figure: hours volunteers spent sitting with learners
        "volunteer_hours": qsTr("Volunteer hours")
    })
    // The breakdown tables' column names, in Dashboard.breakdownMeasures order.
    readonly property var breakdownColumns: [
        page.measureLabels.learners_active,
        page.measureLabels.learners_new,
        page.measureLabels.lessons_completed,
        //: Dashboard table column: learners who reached the Foundation level
        qsTr("Reached Foundation")
    ]
    readonly property var breakdownTitles: ({
        //: Dashboard chart heading
        "age_band": qsTr("Learners by age band"),
        //: Dashboard chart heading (the first part of the postcode, like LS9)
        "postcode_district": qsTr("Learners by postcode district"),
        //: Dashboard chart heading
        "preferred_language": qsTr("Learners by preferred language"),
        //: Dashboard chart heading (a hub is a library or community centre)
        "hub": qsTr("Learners by hub")
    })
    //: Dashboard: explains "hidden" under a table that has such a figure
    readonly property string secondaryNote: qsTr("“hidden”: this number is not small, but with the total it would give away one that is, so it is not shown either.")

    // Only staff see figures; anyone else is told so (the page is only offered to staff).
    BodyText {
        Layout.fillWidth: true
        objectName: "dashboardStaffOnly"
        visible: !page.staff
        //: Dashboard opened without a staff member signed in
        text: qsTr("Only staff can see the outcomes dashboard. Sign in as staff on the Helpers and staff page.")
    }

    // Demo data: made-up learners, said at the top, where nobody can miss it.
    Rectangle {
        id: demoBanner

        Layout.fillWidth: true
        objectName: "demoBanner"
        visible: page.staff && Dashboard.demo
        implicitHeight: demoText.implicitHeight + Theme.spacing * 2
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.borderWidth * 2
        border.color: Theme.error
        Accessible.role: Accessible.AlertMessage
        Accessible.name: demoText.text
        Accessible.ignored: !visible

        BodyText {
            id: demoText

            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - Theme.spacing * 2
            font.bold: true
            //: Dashboard banner when the figures come from the demo-data generator
            text: "⚠ " + qsTr("Demo data: not real learners")
            Accessible.ignored: true
        }
    }

    BodyText {
        Layout.fillWidth: true
        objectName: "countedNote"
        visible: page.staff
        //: Dashboard: what is counted and how small numbers are hidden; %1 is the threshold, like 5
        text: qsTr("These figures count only learners who agreed to share their progress, on this computer. Numbers under %1 show as “fewer than %1”. Where a total would let someone work one out, another number shows as “hidden”.").arg(Dashboard.threshold)
    }

    // The period.
    PeriodChooser {
        id: periodChooser

        Layout.fillWidth: true
        visible: page.staff
    }

    // Headline figures, as tiles.
    SectionHeading {
        visible: page.staff
        //: Dashboard section: the main figures of the period
        text: qsTr("In this period")
    }
    GridLayout {
        Layout.fillWidth: true
        visible: page.staff
        columns: Math.max(1, Math.floor((page.availableContentWidth + columnSpacing)
                                        / (Theme.unit * 30 + columnSpacing)))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: Dashboard.headlineMeasures

            Rectangle {
                id: tile

                required property string modelData
                required property int index
                readonly property var cell: Dashboard.headlines[index]
                readonly property string text: page.cellText(cell)

                objectName: "headline-" + modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                implicitHeight: tileColumn.implicitHeight + Theme.spacing * 2
                color: Theme.surface
                radius: Theme.radius
                border.width: Theme.borderWidth
                border.color: Theme.border
                Accessible.role: Accessible.StaticText
                Accessible.name: tileLabel.text + ": " + tile.text
                Accessible.ignored: !visible

                ColumnLayout {
                    id: tileColumn

                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - Theme.spacing * 2
                    spacing: Theme.gap / 2

                    Text {
                        Layout.fillWidth: true
                        text: tile.text
                        font.family: Theme.fontFamily
                        font.pixelSize: tile.cell?.hidden ? Theme.titleSize : Theme.headingSize
                        font.bold: true
                        font.italic: !!tile.cell?.hidden
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft // mirrored right to left
                        Accessible.ignored: true
                    }
                    Text {
                        id: tileLabel

                        Layout.fillWidth: true
                        text: page.measureLabels[tile.modelData] ?? tile.modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft // mirrored right to left
                        Accessible.ignored: true
                    }
                }
            }
        }
    }

    // Breakdowns: learners active per category (chart), and all four figures (table). By hub
    // only when there is more than one (on one PC, the hub's figures are the headlines).
    Repeater {
        model: page.staff ? page.breakdowns.filter(b => b.dimension !== "hub" || b.rows.length > 1) : []

        ColumnLayout {
            id: breakdown

            required property var modelData
            readonly property string dimension: modelData.dimension
            readonly property string title: page.breakdownTitles[dimension] ?? dimension
            readonly property var rows: modelData.rows.map(row => ({
                key: row.category,
                label: page.categoryLabel(breakdown.dimension, row.category),
                cells: row.cells,
                texts: row.cells.map(cell => page.cellText(cell)),
                hidden: row.cells.map(cell => cell.hidden !== "")
            }))

            Layout.fillWidth: true
            spacing: Theme.spacing

            SectionHeading {
                objectName: "heading-" + breakdown.dimension
                text: breakdown.title
            }
            BodyText {
                Layout.fillWidth: true
                visible: breakdown.rows.length === 0
                //: Dashboard: a chart with nothing to show for the period
                text: qsTr("Nobody was active in this period.")
            }
            BarChart {
                objectName: "chart-" + breakdown.dimension
                visible: breakdown.rows.length > 0
                //: Dashboard: what a breakdown chart shows; %1 is its heading, like "Learners by age band"
                title: qsTr("%1, learners active").arg(breakdown.title)
                namePrefix: "bar-" + breakdown.dimension
                groups: breakdown.rows.map(row => ({
                    key: row.key,
                    label: row.label,
                    bars: [{ series: 1, value: row.cells[0].value, hidden: row.hidden[0], text: row.texts[0] }]
                }))
            }
            FigureTable {
                objectName: "table-" + breakdown.dimension
                visible: breakdown.rows.length > 0
                title: breakdown.title
                namePrefix: "cell-" + breakdown.dimension
                columns: page.breakdownColumns
                rows: breakdown.rows
            }
            BodyText {
                Layout.fillWidth: true
                visible: breakdown.rows.some(row => page.hasSecondary(row.cells))
                text: page.secondaryNote
            }
        }
    }

    // The skills check, before and after, per framework area.
    SectionHeading {
        visible: page.staff
        objectName: "heading-skills"
        //: Dashboard section: how learners' skills-check answers changed
        text: qsTr("Skills check: before and after")
    }
    BodyText {
        Layout.fillWidth: true
        visible: page.staff
        //: Dashboard: what the skills chart shows
        text: qsTr("For learners who did the skills check again in this period: how many of their answers were “Yes, I can” in their first check (before) and in their latest (after), in each area of the Essential Digital Skills framework.")
    }
    BarChart {
        id: skillsChart

        objectName: "chart-skills"
        visible: page.staff
        //: Dashboard: what the skills chart shows (its screen reader name)
        title: qsTr("“Yes, I can” answers before and after, per area")
        namePrefix: "bar-skills"
        maxValue: 100
        groups: page.skills.map(area => ({
            key: area.area,
            label: Labels.frameworkAreas[area.area] ?? area.area,
            bars: [
                //: Dashboard skills chart: a bar of the first skills check; %1 is a percentage
                { series: 0, value: area.before.value, hidden: area.before.hidden !== "", text: qsTr("Before: %1").arg(page.cellText(area.before)) },
                //: Dashboard skills chart: a bar of the latest skills check; %1 is a percentage
                { series: 1, value: area.after.value, hidden: area.after.hidden !== "", text: qsTr("After: %1").arg(page.cellText(area.after)) }
            ]
        }))
    }
    FigureTable {
        objectName: "table-skills"
        visible: page.staff
        //: Dashboard: the skills table's screen reader name
        title: qsTr("“Yes, I can” answers before and after, per area")
        namePrefix: "cell-skills"
        //: Dashboard skills table columns: the first and the latest skills check
        columns: [qsTr("Before"), qsTr("After")]
        rows: page.skills.map(area => ({
            key: area.area,
            label: Labels.frameworkAreas[area.area] ?? area.area,
            texts: [page.cellText(area.before), page.cellText(area.after)],
            hidden: [area.before.hidden !== "", area.after.hidden !== ""]
        }))
    }

    // "What has changed for you?"
    SectionHeading {
        visible: page.staff
        objectName: "heading-checkins"
        //: Dashboard section: the answers to the check-in question
        text: qsTr("What has changed for learners")
    }
    BodyText {
        Layout.fillWidth: true
        visible: page.staff
        //: Dashboard: what the check-in chart shows
        text: qsTr("Learners who chose each answer to “What has changed for you?” in this period. One learner may choose several.")
    }
    BarChart {
        objectName: "chart-checkins"
        visible: page.staff
        //: Dashboard: the check-in chart's screen reader name
        title: qsTr("Learners choosing each answer to “What has changed for you?”")
        namePrefix: "bar-checkins"
        groups: page.checkins.map(cell => ({
            key: cell.category,
            label: Labels.checkinOutcomes[cell.category] ?? cell.category,
            bars: [{ series: 1, value: cell.value, hidden: cell.hidden !== "", text: page.cellText(cell) }]
        }))
    }
    FigureTable {
        objectName: "table-checkins"
        visible: page.staff
        //: Dashboard: the check-in table's screen reader name
        title: qsTr("Learners choosing each answer to “What has changed for you?”")
        namePrefix: "cell-checkins"
        //: Dashboard check-in table column: how many learners chose the answer
        columns: [qsTr("Learners")]
        rows: page.checkins.map(cell => ({
            key: cell.category,
            label: Labels.checkinOutcomes[cell.category] ?? cell.category,
            texts: [page.cellText(cell)],
            hidden: [cell.hidden !== ""]
        }))
    }

    // Export: the same period as files in Documents (the same rows, OutcomeExport).
    ExportSection {
        Layout.fillWidth: true
        visible: page.staff
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeDashboard"
        primary: true
        //: Dashboard: back to the page for volunteers and staff
        text: qsTr("Back to Helpers and staff")
        onClicked: page.closed()
    }
}
