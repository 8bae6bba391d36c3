// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The bus journey planner's first screen: where from, where to, and Plan journey.
Column {
    id: plannerPage

    required property BusTicketState planner

    signal planned()

    objectName: "plannerPage"
    spacing: Theme.spacing

    SubHeading {
        width: parent.width
        //: Bus planner: the word above the places to start from
        text: qsTr("From")
    }
    Column {
        width: Math.min(parent.width, Theme.unit * 60)
        spacing: Theme.gap

        RadioChoice {
            width: parent.width
            session: plannerPage.planner.session
            targetId: "from-leafield-library"
            selected: plannerPage.planner.from === "library"
            text: plannerPage.planner.placeNames["library"]
            onAccepted: plannerPage.planner.from = "library"
        }
        RadioChoice {
            width: parent.width
            session: plannerPage.planner.session
            targetId: "from-market-square"
            selected: plannerPage.planner.from === "market"
            text: plannerPage.planner.placeNames["market"]
            onAccepted: plannerPage.planner.from = "market"
        }
    }
    SubHeading {
        width: parent.width
        //: Bus planner: the word above the places to go to
        text: qsTr("To")
    }
    Column {
        width: Math.min(parent.width, Theme.unit * 60)
        spacing: Theme.gap

        RadioChoice {
            width: parent.width
            session: plannerPage.planner.session
            targetId: "to-st-james-hospital"
            selected: plannerPage.planner.to === "hospital"
            text: plannerPage.planner.placeNames["hospital"]
            onAccepted: plannerPage.planner.to = "hospital"
        }
        RadioChoice {
            width: parent.width
            session: plannerPage.planner.session
            targetId: "to-city-station"
            selected: plannerPage.planner.to === "station"
            text: plannerPage.planner.placeNames["station"]
            onAccepted: plannerPage.planner.to = "station"
        }
    }
    BodyText {
        width: parent.width
        //: Bus planner: when the journey is, above the Plan journey button
        text: qsTr("When: today, leaving now")
    }
    SimButton {
        session: plannerPage.planner.session
        targetId: "plan-journey"
        primary: true
        //: Bus planner: the button that finds routes
        text: qsTr("Plan journey")
        onAccepted: {
            plannerPage.planner.planned = true
            plannerPage.planned()
        }
    }
}
