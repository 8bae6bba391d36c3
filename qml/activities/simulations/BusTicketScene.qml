// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "bus-ticket": the CityBus journey planner. From and To, Plan journey; 2 routes one under the
// other (the 42, and 2 buses with a change), Buy ticket next to the chosen one; a Single or a
// Day ticket with prices, Pay; then the ticket on screen, to show the driver.
// This file is the company's header and the screen the learner is on.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: page.implicitHeight

    BusTicketState {
        id: plannerState

        session: scene.session
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Column {
        id: page

        width: parent.width

        BusTicketHeader {
            width: parent.width
        }

        Column {
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing * 2
            spacing: Theme.spacing

            BusTicketPlannerScreen {
                width: parent.width
                visible: !plannerState.planned
                planner: plannerState
                onPlanned: routesScreen.takeFocus()
            }
            BusTicketRoutesScreen {
                id: routesScreen

                width: parent.width
                visible: plannerState.planned && !plannerState.buying
                planner: plannerState
                onBuyingStarted: ticketsScreen.takeFocus()
            }
            BusTicketTicketsScreen {
                id: ticketsScreen

                width: parent.width
                visible: plannerState.buying && !plannerState.paid
                planner: plannerState
                onPaid: ticketScreen.takeFocus()
            }
            BusTicketTicketScreen {
                id: ticketScreen

                width: parent.width
                visible: plannerState.paid
                planner: plannerState
            }
        }
    }
}
