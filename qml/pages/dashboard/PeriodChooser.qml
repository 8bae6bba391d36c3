// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The dashboard's period: this month, quarter or year, or two typed dates, and the days shown.
ColumnLayout {
    id: chooser

    // Showing the date boxes ("Choose dates"), before or after they are used.
    property bool choosingDates: Dashboard.period === "custom"
    property string datesProblem: ""

    spacing: Theme.spacing

    function showDates() {
        chooser.datesProblem = Dashboard.chooseDates(fromField.text, toField.text)
        if (chooser.datesProblem !== "")
            datesMessage.forceActiveFocus()
        else
            periodShown.forceActiveFocus()
    }
    function longDate(isoDate: string): string {
        const locale = Qt.locale(Preferences.language)
        return Date.fromLocaleString(locale, isoDate, "yyyy-MM-dd").toLocaleDateString(locale, "d MMMM yyyy")
    }

    SectionHeading {
        //: Dashboard section: which days the figures cover
        text: qsTr("Period")
    }
    ChoiceGroup {
        namePrefix: "period"
        Accessible.role: Accessible.Grouping
        //: Dashboard: screen reader name of the period buttons
        Accessible.name: qsTr("Period")
        options: [
            //: Dashboard period button
            { value: "month", label: qsTr("This month") },
            //: Dashboard period button (three months: January to March, April to June...)
            { value: "quarter", label: qsTr("This quarter") },
            //: Dashboard period button
            { value: "year", label: qsTr("This year") },
            //: Dashboard period button: shows boxes to type a first and last day
            { value: "custom", label: qsTr("Choose dates") }
        ]
        current: chooser.choosingDates ? "custom" : Dashboard.period
        onChosen: value => {
            chooser.datesProblem = ""
            if (value === "custom") {
                chooser.choosingDates = true
                fromField.text = Dashboard.from
                toField.text = Dashboard.to
                fromField.forceActiveFocus()
            } else {
                chooser.choosingDates = false
                Dashboard.choose(value)
            }
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: chooser.choosingDates
        font.bold: true
        text: fromField.label
    }
    TextEntry {
        id: fromField

        Layout.fillWidth: true
        objectName: "dateFrom"
        visible: chooser.choosingDates
        //: Dashboard: box for the first day of the period
        label: qsTr("First day (like 2026-11-01)")
        onAccepted: toField.forceActiveFocus()
    }
    BodyText {
        Layout.fillWidth: true
        visible: chooser.choosingDates
        font.bold: true
        text: toField.label
    }
    TextEntry {
        id: toField

        Layout.fillWidth: true
        objectName: "dateTo"
        visible: chooser.choosingDates
        //: Dashboard: box for the last day of the period
        label: qsTr("Last day (like 2026-11-30)")
        onAccepted: chooser.showDates()
    }
    ErrorMessage {
        id: datesMessage

        objectName: "datesProblem"
        text: chooser.datesProblem
    }
    ActionButton {
        objectName: "showDates"
        visible: chooser.choosingDates
        //: Dashboard: shows the figures for the typed first and last day
        text: qsTr("Show these dates")
        onClicked: chooser.showDates()
    }
    BodyText {
        id: periodShown

        Layout.fillWidth: true
        objectName: "periodShown"
        font.bold: true
        //: Dashboard: the days the figures cover; %1 and %2 are dates like 1 November 2026
        text: qsTr("Showing %1 to %2.").arg(chooser.longDate(Dashboard.from)).arg(chooser.longDate(Dashboard.to))
        FocusRing {
            target: periodShown
        }
    }
}
