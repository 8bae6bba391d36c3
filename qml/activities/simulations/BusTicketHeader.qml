// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The bus company's header: a bus, its name, and a blue rule.
Rectangle {
    height: headerRow.implicitHeight + 2 * Theme.spacing + rule.height
    color: Theme.background

    Row {
        id: headerRow

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing

        // A bus from the side: body, windows, wheels.
        Item {
            id: busIcon

            anchors.verticalCenter: parent.verticalCenter
            width: Theme.unit * 6
            height: Theme.unit * 4

            Rectangle {
                width: parent.width
                height: parent.height * 0.8
                radius: Theme.radius / 2
                color: Theme.selected

                Row {
                    x: parent.width * 0.1
                    y: parent.height * 0.15
                    spacing: parent.width * 0.06

                    Rectangle {
                        width: busIcon.width * 0.22
                        height: busIcon.height * 0.3
                        color: Theme.background
                    }
                    Rectangle {
                        width: busIcon.width * 0.22
                        height: busIcon.height * 0.3
                        color: Theme.background
                    }
                    Rectangle {
                        width: busIcon.width * 0.22
                        height: busIcon.height * 0.3
                        color: Theme.background
                    }
                }
            }
            Rectangle {
                x: parent.width * 0.15
                anchors.bottom: parent.bottom
                width: parent.height * 0.35
                height: width
                radius: width / 2
                color: Theme.text
            }
            Rectangle {
                x: parent.width * 0.7
                anchors.bottom: parent.bottom
                width: parent.height * 0.35
                height: width
                radius: width / 2
                color: Theme.text
            }
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - busIcon.width - Theme.spacing

            Text {
                width: parent.width
                //: Bus planner: the made-up bus company's name in its website header
                text: qsTr("CityBus")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                //: Bus planner: under the company's name in its website header
                text: qsTr("Journey planner")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }
    Rectangle {
        id: rule

        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.unit
        color: Theme.selected
    }
}
