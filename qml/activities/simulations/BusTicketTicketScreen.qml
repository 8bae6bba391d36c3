// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The bus ticket on screen after paying, to show the driver.
Column {
    id: ticketPage

    required property BusTicketState planner

    objectName: "ticketPage"
    spacing: Theme.spacing

    function takeFocus() {
        ticketCard.forceActiveFocus()
    }

    SubHeading {
        width: parent.width
        //: Bus planner: heading above the ticket after paying
        text: qsTr("✓ Paid. Here is your ticket.")
    }

    Rectangle {
        id: ticketCard

        objectName: "ticketCard"
        width: Math.min(parent.width, Theme.unit * 70)
        height: ticketColumn.implicitHeight
        radius: Theme.radius
        color: Theme.background
        border.width: Theme.borderWidth * 2
        border.color: Theme.border
        Accessible.role: Accessible.StaticText
        Accessible.name: ticketKind.text + ". " + ticketValid.text + ". " + ticketNumber.text
        Accessible.ignored: !visible

        Column {
            id: ticketColumn

            width: parent.width
            bottomPadding: Theme.spacing
            spacing: Theme.gap

            Rectangle {
                width: parent.width
                height: ticketKind.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.selected

                Text {
                    id: ticketKind

                    objectName: "ticketKind"
                    x: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - 2 * Theme.spacing
                    text: ticketPage.planner.ticket === "day"
                          //: Bus planner: the kind of ticket, on the ticket
                          ? qsTr("CityBus Day ticket")
                          //: Bus planner: the kind of ticket, on the ticket
                          : qsTr("CityBus Single ticket")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.selectedLabel
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
            }
            BodyText {
                id: ticketValid

                x: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                text: ticketPage.planner.ticket === "day"
                      //: Bus planner: on a day ticket
                      ? qsTr("Valid today until midnight, on every CityBus bus.")
                      //: Bus planner: on a single ticket; %1 is "place to place"
                      : qsTr("Valid today for 1 trip: %1.").arg(ticketPage.planner.journey)
                Accessible.ignored: true
            }
            BodyText {
                x: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                //: Bus planner: the price paid, on the ticket; %1 is the price
                text: qsTr("Price paid: %1").arg(ticketPage.planner.price || ticketPage.planner.singlePrice)
            }
            BodyText {
                id: ticketNumber

                x: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                //: Bus planner: the made-up ticket number, on the ticket
                text: qsTr("Ticket number: CB-7305-2218")
                Accessible.ignored: true
            }
            // A code for the driver's reader: bars of different widths.
            Row {
                x: Theme.spacing
                height: Theme.unit * 6
                spacing: Theme.borderWidth

                Repeater {
                    model: [2, 1, 3, 1, 1, 2, 1, 3, 2, 1, 1, 3, 1, 2, 2, 1, 3, 1, 1, 2,
                            1, 1, 3, 2, 1, 2, 1, 3, 1, 1]

                    Rectangle {
                        required property int modelData

                        width: Theme.borderWidth * modelData
                        height: parent.height
                        color: Theme.text
                    }
                }
            }
        }

        FocusRing {
            target: ticketCard
        }
    }
    BodyText {
        width: parent.width
        //: Bus planner: under the ticket
        text: qsTr("Show this ticket to the driver when you get on the bus.")
    }
}
