// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The bus journey planner's tickets: a Single or a Day ticket with prices, and Pay.
Column {
    id: tickets

    required property BusTicketState planner

    signal paid()

    objectName: "ticketsPage"
    spacing: Theme.spacing

    function takeFocus() {
        ticketsTitle.forceActiveFocus()
    }

    PageTitle {
        id: ticketsTitle

        width: parent.width
        //: Bus planner: heading of the page of tickets
        text: qsTr("Buy a ticket")
    }
    BodyText {
        width: parent.width
        //: Bus planner: the chosen route above the tickets; %1 is "place to place"
        text: tickets.planner.route === 2 ? qsTr("Route 2: the 7 bus, then the 15 bus. %1.").arg(tickets.planner.journey)
                                          //: Bus planner: the chosen route above the tickets; %1 is "place to place"
                                          : qsTr("Route 1: the 42 bus. %1.").arg(tickets.planner.journey)
    }
    SubHeading {
        width: parent.width
        //: Bus planner: the question above the 2 kinds of ticket
        text: qsTr("Which ticket?")
    }
    Column {
        width: Math.min(parent.width, Theme.unit * 70)
        spacing: Theme.gap

        RadioChoice {
            width: parent.width
            session: tickets.planner.session
            targetId: "ticket-single"
            selected: tickets.planner.ticket === "single"
            //: Bus planner: a kind of ticket; %1 is its price
            text: qsTr("Single: %1").arg(tickets.planner.singlePrice)
            //: Bus planner: under the single ticket
            detail: qsTr("For 1 trip.")
            onAccepted: tickets.planner.ticket = "single"
        }
        RadioChoice {
            width: parent.width
            session: tickets.planner.session
            targetId: "ticket-day"
            selected: tickets.planner.ticket === "day"
            //: Bus planner: a kind of ticket; %1 is its price
            text: qsTr("Day ticket: %1").arg(tickets.planner.dayPrice)
            //: Bus planner: under the day ticket
            detail: qsTr("Ride as often as you like today, on every CityBus bus.")
            onAccepted: tickets.planner.ticket = "day"
        }
    }
    BodyText {
        objectName: "totalText"
        width: parent.width
        font.bold: true
        text: tickets.planner.price !== ""
              //: Bus planner: above Pay; %1 is the price of the chosen ticket
              ? qsTr("To pay: %1").arg(tickets.planner.price)
              //: Bus planner: above Pay, before a ticket is chosen
              : qsTr("To pay: choose a ticket first")
    }
    BodyText {
        width: parent.width
        //: Bus planner: how the ticket is paid for (made up)
        text: qsTr("You pay with the card saved in your CityBus account.")
    }
    SimButton {
        session: tickets.planner.session
        targetId: "pay"
        primary: true
        //: Bus planner: the button at the bottom that pays for the ticket
        text: qsTr("Pay")
        onAccepted: {
            tickets.planner.paid = true
            tickets.paid()
        }
    }
}
