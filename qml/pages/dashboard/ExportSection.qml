// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The dashboard's period saved as files in Documents (the same rows, OutcomeExport).
ColumnLayout {
    id: section

    // What the last "Save as" did (the files' names, or why nothing was saved).
    property string exportMessage: ""
    readonly property var exportFormats: [
        //: Dashboard button: save the figures as a spreadsheet file for publishing as open data
        { format: "csv", label: qsTr("Save as a spreadsheet (open data, with a data dictionary)") },
        //: Dashboard button: save a one-page PDF report of these figures
        { format: "pdf", label: qsTr("Save as a one-page PDF report") },
        //: Dashboard button: save one anonymous line per outcome; not to be published
        { format: "records-csv", label: qsTr("Save the anonymous records (not for publication)") },
        //: Dashboard button: save the outcome statements for loading into a Learning Record Store
        { format: "xapi", label: qsTr("Save the outcome statements (xAPI)") }
    ]

    spacing: Theme.spacing

    SectionHeading {
        objectName: "exportHeading"
        //: Dashboard section: saving the figures to files
        text: qsTr("Saving these figures")
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "exportNote"
        //: Dashboard: about the saved figures (the exports); they go to the Documents folder
        text: qsTr("Files saved from OpenSteps hold these same figures, with the same numbers hidden. They go in the Documents folder.")
    }
    Repeater {
        model: section.exportFormats

        ActionButton {
            required property var modelData
            Layout.fillWidth: true
            objectName: "export-" + modelData.format
            text: modelData.label
            onClicked: section.exportMessage = Dashboard.saveFiles(modelData.format)
        }
    }
    BodyText {
        Layout.fillWidth: true
        objectName: "exportMessage"
        visible: section.exportMessage !== ""
        text: section.exportMessage
        Accessible.role: Accessible.AlertMessage
    }
}
