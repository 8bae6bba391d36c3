// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The bus journey planner's routes: 2 routes one under the other, with Buy ticket under the
// one chosen.
Column {
    id: routesPage

    required property BusTicketState planner

    signal buyingStarted()

    objectName: "routesPage"
    spacing: Theme.spacing

    function takeFocus() {
        routesTitle.forceActiveFocus()
    }

    // A bus number, as on the front of the bus.
    component BusNumber: Rectangle {
        id: busNumber

        property string number

        width: numberText.implicitWidth + Theme.gap * 2
        height: numberText.implicitHeight + Theme.gap
        radius: Theme.radius / 2
        color: Theme.text

        Text {
            id: numberText

            anchors.centerIn: parent
            text: busNumber.number
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.background
        }
    }

    // What a route shows: its bus numbers, its name (with a tick when chosen) and 2 lines more.
    component RouteContent: Item {
        id: routeContent

        required property ActionButton control
        required property var numbers
        required property string times
        required property string detail

        implicitHeight: Math.max(busNumbers.height, routeWords.implicitHeight)

        Column {
            id: busNumbers

            spacing: Theme.gap / 2

            Repeater {
                model: routeContent.numbers

                BusNumber {
                    required property string modelData

                    number: modelData
                }
            }
        }
        Column {
            id: routeWords

            x: busNumbers.width + Theme.spacing
            width: parent.width - x
            spacing: Theme.gap / 2

            Text {
                width: parent.width
                text: (routeContent.control.selected ? "✓ " : "") + routeContent.control.text
                font: routeContent.control.font
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: routeContent.times
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: routeContent.detail
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }

    // One route of the results: the whole card is the button.
    component RouteCard: SimButton {
        id: card

        property var numbers: []
        property string times
        property string detail

        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.description: times + ". " + detail
        padding: Theme.spacing

        contentItem: RouteContent {
            control: card
            numbers: card.numbers
            times: card.times
            detail: card.detail
        }

        background: CardLook {
            button: card
        }
    }

    // Buy ticket goes next to (under) the route that was chosen.
    SimButton {
        id: buyButton

        parent: routesPage.planner.route === 2 ? route2Slot : route1Slot
        session: routesPage.planner.session
        targetId: "buy-ticket"
        visible: routesPage.planner.route !== 0
        primary: true
        //: Bus planner: the button next to the chosen route
        text: qsTr("Buy ticket")
        onAccepted: {
            routesPage.planner.buying = true
            routesPage.buyingStarted()
        }
    }

    PageTitle {
        id: routesTitle

        width: parent.width
        //: Bus planner: heading of the list of routes
        text: qsTr("2 routes found")
    }
    BodyText {
        width: parent.width
        //: Bus planner: under the heading of routes; %1 is "place to place"
        text: qsTr("%1, today").arg(routesPage.planner.journey)
    }
    Column {
        width: parent.width
        spacing: Theme.gap

        RouteCard {
            width: parent.width
            session: routesPage.planner.session
            targetId: "route-1"
            selected: routesPage.planner.route === 1
            numbers: ["42"]
            //: Bus planner: the first route (1 bus, the number 42)
            text: qsTr("Route 1: the 42 bus")
            //: Bus planner: times of the first route
            times: qsTr("Leaves 10:05, arrives 10:30. Takes 25 minutes.")
            //: Bus planner: about the first route
            detail: qsTr("1 bus all the way. No change.")
            onAccepted: routesPage.planner.route = 1
        }
        Column {
            id: route1Slot

            x: Theme.spacing * 2
            width: parent.width - x
        }
        RouteCard {
            width: parent.width
            session: routesPage.planner.session
            targetId: "route-2"
            selected: routesPage.planner.route === 2
            numbers: ["7", "15"]
            //: Bus planner: the second route (2 buses, the 7 then the 15)
            text: qsTr("Route 2: the 7 bus, then the 15 bus")
            //: Bus planner: times of the second route
            times: qsTr("Leaves 10:10, arrives 10:50. Takes 40 minutes.")
            //: Bus planner: about the second route
            detail: qsTr("2 buses. Change at Market Street and wait about 10 minutes.")
            onAccepted: routesPage.planner.route = 2
        }
        Column {
            id: route2Slot

            x: Theme.spacing * 2
            width: parent.width - x
        }
    }
}
