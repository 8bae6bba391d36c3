// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "bus-ticket": the CityBus journey planner. From and To, Plan journey; 2 routes one under the
// other (the 42, and 2 buses with a change), Buy ticket next to the chosen one; a Single or a
// Day ticket with prices, Pay; then the ticket on screen, to show the driver.
Item {
    id: scene

    required property SimulationSession session

    // What has happened; changed only when the session accepted a task.
    property string from: ""
    property string to: ""
    property bool planned: false
    property int route: 0
    property bool buying: false
    property string ticket: ""
    property bool paid: false

    readonly property var placeNames: ({
        //: Bus planner: a made-up place to start from or go to
        "library": qsTr("Leafield Library"),
        //: Bus planner: a made-up place to start from or go to
        "market": qsTr("Market Square"),
        //: Bus planner: a made-up place to start from or go to
        "hospital": qsTr("St James Hospital"),
        //: Bus planner: a made-up place to start from or go to
        "station": qsTr("City Station")
    })
    //: Bus planner: price of a single ticket
    readonly property string singlePrice: qsTr("£2.50")
    //: Bus planner: price of a day ticket
    readonly property string dayPrice: qsTr("£4.00")
    readonly property string price: scene.ticket === "day" ? scene.dayPrice
                                  : scene.ticket === "single" ? scene.singlePrice : ""
    //: Bus planner: where the journey goes; %1 is where it starts, %2 where it ends
    readonly property string journey: qsTr("%1 to %2")
        .arg(scene.placeNames[scene.from] || scene.placeNames["library"])
        .arg(scene.placeNames[scene.to] || scene.placeNames["hospital"])

    implicitHeight: page.implicitHeight

    // What a round choice shows: a circle that is filled when chosen, its words, a line more.
    component RadioContent: Item {
        id: radioContent

        required property ActionButton control
        required property string detail

        implicitHeight: Math.max(mark.height, words.implicitHeight)

        Rectangle {
            id: mark

            anchors.verticalCenter: parent.verticalCenter
            width: Theme.unit * 4
            height: width
            radius: width / 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.text

            Rectangle {
                anchors.centerIn: parent
                width: parent.width / 2
                height: width
                radius: width / 2
                visible: radioContent.control.selected
                color: Theme.text
            }
        }
        Column {
            id: words

            anchors.verticalCenter: parent.verticalCenter
            x: mark.width + Theme.spacing
            width: parent.width - x

            Text {
                width: parent.width
                text: radioContent.control.text
                font: radioContent.control.font
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                visible: radioContent.detail !== ""
                text: radioContent.detail
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }
        }
    }

    // A round choice (a radio button) with a frame around the circle and the words.
    component RadioChoice: SimButton {
        id: choice

        property string detail

        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.description: detail
        implicitWidth: Math.max(Theme.minTarget, Theme.unit * 4 + Theme.spacing
                                + metrics.advanceWidth + leftPadding + rightPadding)
        padding: Theme.gap * 1.5

        TextMetrics {
            id: metrics

            font: choice.font
            text: choice.text
        }

        contentItem: RadioContent {
            control: choice
            detail: choice.detail
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: choice.selected || choice.hovered || choice.down ? Theme.borderWidth * 2
                                                                          : Theme.borderWidth
            border.color: choice.selected ? Theme.selected : Theme.border
        }
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

        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: card.selected || card.hovered || card.down ? Theme.borderWidth * 2
                                                                    : Theme.borderWidth
            border.color: card.selected ? Theme.selected : Theme.border
        }
    }

    component SubHeading: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !visible
    }

    component PageTitle: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.ignored: !visible
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Buy ticket goes next to (under) the route that was chosen.
    SimButton {
        id: buyButton

        parent: scene.route === 2 ? route2Slot : route1Slot
        session: scene.session
        targetId: "buy-ticket"
        visible: scene.route !== 0
        primary: true
        //: Bus planner: the button next to the chosen route
        text: qsTr("Buy ticket")
        onAccepted: {
            scene.buying = true
            ticketsTitle.forceActiveFocus()
        }
    }

    Column {
        id: page

        width: parent.width

        // The company's header: a bus, its name, and a blue rule.
        Rectangle {
            width: parent.width
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

        Column {
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing * 2
            spacing: Theme.spacing

            // 1. From and To.
            Column {
                objectName: "plannerPage"
                width: parent.width
                visible: !scene.planned
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
                        session: scene.session
                        targetId: "from-leafield-library"
                        selected: scene.from === "library"
                        text: scene.placeNames["library"]
                        onAccepted: scene.from = "library"
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "from-market-square"
                        selected: scene.from === "market"
                        text: scene.placeNames["market"]
                        onAccepted: scene.from = "market"
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
                        session: scene.session
                        targetId: "to-st-james-hospital"
                        selected: scene.to === "hospital"
                        text: scene.placeNames["hospital"]
                        onAccepted: scene.to = "hospital"
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "to-city-station"
                        selected: scene.to === "station"
                        text: scene.placeNames["station"]
                        onAccepted: scene.to = "station"
                    }
                }
                BodyText {
                    width: parent.width
                    //: Bus planner: when the journey is, above the Plan journey button
                    text: qsTr("When: today, leaving now")
                }
                SimButton {
                    session: scene.session
                    targetId: "plan-journey"
                    primary: true
                    //: Bus planner: the button that finds routes
                    text: qsTr("Plan journey")
                    onAccepted: {
                        scene.planned = true
                        routesTitle.forceActiveFocus()
                    }
                }
            }

            // 2. The routes.
            Column {
                objectName: "routesPage"
                width: parent.width
                visible: scene.planned && !scene.buying
                spacing: Theme.spacing

                PageTitle {
                    id: routesTitle

                    width: parent.width
                    //: Bus planner: heading of the list of routes
                    text: qsTr("2 routes found")
                }
                BodyText {
                    width: parent.width
                    //: Bus planner: under the heading of routes; %1 is "place to place"
                    text: qsTr("%1, today").arg(scene.journey)
                }
                Column {
                    width: parent.width
                    spacing: Theme.gap

                    RouteCard {
                        width: parent.width
                        session: scene.session
                        targetId: "route-1"
                        selected: scene.route === 1
                        numbers: ["42"]
                        //: Bus planner: the first route (1 bus, the number 42)
                        text: qsTr("Route 1: the 42 bus")
                        //: Bus planner: times of the first route
                        times: qsTr("Leaves 10:05, arrives 10:30. Takes 25 minutes.")
                        //: Bus planner: about the first route
                        detail: qsTr("1 bus all the way. No change.")
                        onAccepted: scene.route = 1
                    }
                    Column {
                        id: route1Slot

                        x: Theme.spacing * 2
                        width: parent.width - x
                    }
                    RouteCard {
                        width: parent.width
                        session: scene.session
                        targetId: "route-2"
                        selected: scene.route === 2
                        numbers: ["7", "15"]
                        //: Bus planner: the second route (2 buses, the 7 then the 15)
                        text: qsTr("Route 2: the 7 bus, then the 15 bus")
                        //: Bus planner: times of the second route
                        times: qsTr("Leaves 10:10, arrives 10:50. Takes 40 minutes.")
                        //: Bus planner: about the second route
                        detail: qsTr("2 buses. Change at Market Street and wait about 10 minutes.")
                        onAccepted: scene.route = 2
                    }
                    Column {
                        id: route2Slot

                        x: Theme.spacing * 2
                        width: parent.width - x
                    }
                }
            }

            // 3. The tickets.
            Column {
                objectName: "ticketsPage"
                width: parent.width
                visible: scene.buying && !scene.paid
                spacing: Theme.spacing

                PageTitle {
                    id: ticketsTitle

                    width: parent.width
                    //: Bus planner: heading of the page of tickets
                    text: qsTr("Buy a ticket")
                }
                BodyText {
                    width: parent.width
                    //: Bus planner: the chosen route above the tickets; %1 is "place to place"
                    text: scene.route === 2 ? qsTr("Route 2: the 7 bus, then the 15 bus. %1.").arg(scene.journey)
                                            //: Bus planner: the chosen route above the tickets; %1 is "place to place"
                                            : qsTr("Route 1: the 42 bus. %1.").arg(scene.journey)
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
                        session: scene.session
                        targetId: "ticket-single"
                        selected: scene.ticket === "single"
                        //: Bus planner: a kind of ticket; %1 is its price
                        text: qsTr("Single: %1").arg(scene.singlePrice)
                        //: Bus planner: under the single ticket
                        detail: qsTr("For 1 trip.")
                        onAccepted: scene.ticket = "single"
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "ticket-day"
                        selected: scene.ticket === "day"
                        //: Bus planner: a kind of ticket; %1 is its price
                        text: qsTr("Day ticket: %1").arg(scene.dayPrice)
                        //: Bus planner: under the day ticket
                        detail: qsTr("Ride as often as you like today, on every CityBus bus.")
                        onAccepted: scene.ticket = "day"
                    }
                }
                BodyText {
                    objectName: "totalText"
                    width: parent.width
                    font.bold: true
                    text: scene.price !== ""
                          //: Bus planner: above Pay; %1 is the price of the chosen ticket
                          ? qsTr("To pay: %1").arg(scene.price)
                          //: Bus planner: above Pay, before a ticket is chosen
                          : qsTr("To pay: choose a ticket first")
                }
                BodyText {
                    width: parent.width
                    //: Bus planner: how the ticket is paid for (made up)
                    text: qsTr("You pay with the card saved in your CityBus account.")
                }
                SimButton {
                    session: scene.session
                    targetId: "pay"
                    primary: true
                    //: Bus planner: the button at the bottom that pays for the ticket
                    text: qsTr("Pay")
                    onAccepted: {
                        scene.paid = true
                        ticketCard.forceActiveFocus()
                    }
                }
            }

            // 4. The ticket.
            Column {
                objectName: "ticketPage"
                width: parent.width
                visible: scene.paid
                spacing: Theme.spacing

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
                                text: scene.ticket === "day"
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
                            text: scene.ticket === "day"
                                  //: Bus planner: on a day ticket
                                  ? qsTr("Valid today until midnight, on every CityBus bus.")
                                  //: Bus planner: on a single ticket; %1 is "place to place"
                                  : qsTr("Valid today for 1 trip: %1.").arg(scene.journey)
                            Accessible.ignored: true
                        }
                        BodyText {
                            x: Theme.spacing
                            width: parent.width - 2 * Theme.spacing
                            //: Bus planner: the price paid, on the ticket; %1 is the price
                            text: qsTr("Price paid: %1").arg(scene.price || scene.singlePrice)
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
        }
    }
}
