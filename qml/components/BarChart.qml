// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A bar chart of plain Qt Quick items: a group per category (its name above), a bar per value,
// its length from the value, and the value in words after it. A hidden value draws no length:
// an empty hatched box with the words ("fewer than 5", "hidden") instead. Every bar says its
// series in words as well as by colour. A screen reader meets one chart object naming the
// table that follows it with the same figures (FigureTable); the drawing itself is silent.
ColumnLayout {
    id: chart

    // What the chart shows, for its accessible name.
    required property string title
    // [{key, label, bars: [{series, value, hidden, text}]}]: `series` is 0 or 1 (the first
    // or second colour), `value` the length (unused when hidden), `text` what the bar says.
    required property var groups
    // The value of a full bar: 100 for percentages; by default the largest value shown.
    property real maxValue: chart.groups.reduce(
        (most, group) => group.bars.reduce((m, bar) => Math.max(m, bar.hidden ? 0 : bar.value), most), 1)
    // Bars are named namePrefix + "-" + group key + "-" + bar index (tests read their text).
    property string namePrefix
    // Wide enough, each group's name stands beside its bars (a third of the width), else
    // above them.
    readonly property bool sideBySide: width >= Theme.unit * 70
    readonly property real labelWidth: sideBySide ? Math.round(width / 3) : width
    readonly property real barsWidth: sideBySide ? width - labelWidth - Theme.spacing : width
    // Room kept after the longest bar for its words.
    readonly property real textRoom: Math.min(barsWidth / 2, Theme.unit * 30)

    Layout.fillWidth: true
    spacing: Theme.gap
    Accessible.role: Accessible.Chart
    //: Screen reader name of a bar chart on the staff dashboard; %1 is what it shows
    Accessible.name: qsTr("Bar chart: %1. The table after it has the same figures.").arg(chart.title)
    Accessible.ignored: !chart.visible

    Repeater {
        model: chart.groups

        // Sized by hand, not by a layout: the widths follow the chart's, and a layout here
        // would pass them back up as implicit widths (a polish loop).
        Item {
            id: group

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: chart.sideBySide ? Math.max(label.implicitHeight, bars.implicitHeight)
                                             : label.implicitHeight + Theme.gap / 2 + bars.implicitHeight

            Text {
                id: label

                anchors.left: parent.left
                width: chart.labelWidth
                text: group.modelData.label
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                // Mirrored with the layout in right-to-left languages.
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
            Column {
                id: bars

                anchors.right: parent.right
                y: chart.sideBySide ? 0 : label.implicitHeight + Theme.gap / 2
                width: chart.barsWidth
                spacing: Theme.gap / 2

                Repeater {
                    model: group.modelData.bars

                    Item {
                        id: barRow

                        required property var modelData
                        required property int index
                        readonly property string text: modelData.text

                        objectName: chart.namePrefix + "-" + group.modelData.key + "-" + index
                        width: bars.width
                        implicitHeight: Math.max(bar.height, words.implicitHeight)

                        Rectangle {
                            id: bar

                            readonly property real room: barRow.width - chart.textRoom - Theme.gap

                            anchors.left: parent.left
                            anchors.verticalCenter: parent.verticalCenter
                            visible: !barRow.modelData.hidden
                            width: barRow.modelData.value > 0
                                   ? Math.max(Theme.borderWidth, room * barRow.modelData.value / chart.maxValue)
                                   : 0
                            height: Theme.unit * 3
                            // The first series is hollow in high contrast, where both are yellow.
                            color: barRow.modelData.series === 1 ? Theme.selected
                                   : Theme.highContrast ? "transparent" : Theme.secondaryText
                            border.width: barRow.modelData.series !== 1 && Theme.highContrast ? Theme.borderWidth : 0
                            border.color: Theme.border
                        }
                        // A hidden value: an outline with diagonal lines, and no length to read.
                        Rectangle {
                            id: hatch

                            anchors.left: parent.left
                            anchors.verticalCenter: parent.verticalCenter
                            visible: barRow.modelData.hidden
                            width: Theme.unit * 6
                            height: bar.height
                            color: "transparent"
                            border.width: Theme.borderWidth
                            border.color: Theme.border
                            clip: true

                            Repeater {
                                model: 6

                                Rectangle {
                                    required property int index

                                    x: index * hatch.width / 4 - hatch.height / 2
                                    y: -hatch.height / 4
                                    width: Theme.borderWidth
                                    height: hatch.height * 1.5
                                    rotation: 45
                                    color: Theme.border
                                }
                            }
                        }
                        Text {
                            id: words

                            anchors.left: barRow.modelData.hidden ? hatch.right : bar.right
                            anchors.leftMargin: Theme.gap
                            width: chart.textRoom
                            anchors.verticalCenter: parent.verticalCenter
                            text: barRow.modelData.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.italic: barRow.modelData.hidden
                            color: Theme.text
                            wrapMode: Text.Wrap
                            // Next to the bar's end in right-to-left languages too.
                            horizontalAlignment: Text.AlignLeft
                            Accessible.ignored: true
                        }
                    }
                }
            }
        }
    }
}
