// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// The figures of a chart as a table to read: a row per category, a column per measure, under
// a row of column names. "wide": each row's name in the first column; "stacked" (less room,
// large text): the name on a line of its own above the row's figures; "pairs" (a narrow
// window): "column  figure" pairs, two to a line where they fit. A screen reader meets a list
// whose items say the whole row: "16 to 24: Learners active 6, New learners fewer than 5".
// Qt 6.4 passes Qt Quick's table roles to AT-SPI without a table interface, so a list of
// labelled rows reads more reliably.
ColumnLayout {
    id: table

    // What the table shows, for its accessible name.
    required property string title
    // The words over the figures' columns (the first column holds each row's label).
    required property var columns
    // [{key, label, texts: [a figure's words per column]}]
    required property var rows
    // Cells are named namePrefix + "-" + row key + "-" + column index (tests read their text).
    property string namePrefix
    // Each figure's column wants about 15 units: a long word at the body size.
    readonly property real inner: width - Theme.gap * 2
    // Wide, the label takes a bit more than a figure (two shares with few columns, whose
    // labels are long sentences).
    readonly property real labelShares: columns.length >= 3 ? 1.2 : 2
    readonly property real wideShare: (inner - Theme.gap * columns.length) / (columns.length + labelShares)
    readonly property real stackedShare: (inner - Theme.gap * (columns.length - 1)) / columns.length
    readonly property string mode: wideShare >= Theme.unit * 15 ? "wide"
                                   : stackedShare >= Theme.unit * 15 ? "stacked" : "pairs"
    readonly property real share: mode === "wide" ? wideShare : stackedShare
    // Pairs go two to a line when there is room, else one.
    readonly property int pairsPerLine: inner >= Theme.unit * 60 ? 2 : 1
    readonly property real pairWidth: (inner - Theme.gap * (pairsPerLine * 2 - 1)) / (pairsPerLine * 2)
    readonly property int gridColumns: mode === "wide" ? columns.length + 1
                                       : mode === "stacked" ? columns.length : pairsPerLine * 2

    Layout.fillWidth: true
    spacing: 0
    Accessible.role: Accessible.List
    //: Screen reader name of a table of figures on the staff dashboard; %1 is what it shows
    Accessible.name: qsTr("Table: %1").arg(table.title)
    Accessible.ignored: !table.visible

    component Cell: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        // Mirrored with the layout in right-to-left languages.
        horizontalAlignment: Text.AlignLeft
        Layout.maximumWidth: Layout.preferredWidth
        Accessible.ignored: true
    }

    // Column names over the figures (not with pairs, which name their column).
    Rectangle {
        Layout.fillWidth: true
        visible: table.mode !== "pairs"
        implicitHeight: header.implicitHeight + Theme.gap * 2
        color: Theme.surface
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.border

        RowLayout {
            id: header

            x: Theme.gap
            y: Theme.gap
            width: table.inner
            spacing: Theme.gap

            Item {
                visible: table.mode === "wide"
                Layout.preferredWidth: table.share * table.labelShares
            }
            Repeater {
                model: table.columns

                Cell {
                    required property string modelData

                    Layout.preferredWidth: table.share
                    text: modelData
                    font.bold: true
                }
            }
        }
    }

    Repeater {
        model: table.rows

        Rectangle {
            id: row

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: cells.implicitHeight + Theme.gap * 2
            color: "transparent"
            Accessible.role: Accessible.ListItem
            Accessible.name: row.modelData.label + ": "
                             + table.columns.map((column, i) => column + " " + row.modelData.texts[i]).join(", ")
            Accessible.ignored: !table.visible

            // A line under each row.
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: Math.max(1, Theme.borderWidth / 2)
                color: Theme.border
            }

            GridLayout {
                id: cells

                x: Theme.gap
                y: Theme.gap
                width: table.inner
                columns: table.gridColumns
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap / 2

                Cell {
                    Layout.columnSpan: table.mode === "wide" ? 1 : table.gridColumns
                    Layout.preferredWidth: table.mode === "wide" ? table.share * table.labelShares : table.inner
                    text: row.modelData.label
                    font.bold: true
                }
                // Column name (pairs only) and figure, in turn.
                Repeater {
                    model: table.columns.length * 2

                    Cell {
                        required property int index
                        readonly property int column: Math.floor(index / 2)
                        readonly property bool isFigure: index % 2 === 1

                        objectName: isFigure ? table.namePrefix + "-" + row.modelData.key + "-" + column : ""
                        visible: isFigure || table.mode === "pairs"
                        Layout.preferredWidth: table.mode === "pairs" ? table.pairWidth : table.share
                        text: isFigure ? row.modelData.texts[column] : table.columns[column]
                        font.italic: isFigure && row.modelData.hidden?.[column] === true
                        color: isFigure ? Theme.text : Theme.secondaryText
                    }
                }
            }
        }
    }
}
