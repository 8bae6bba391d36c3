// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "gp-booking": Green Lane Surgery's online booking. A start page with "Book an appointment",
// then one page of choices (phone call or in person, a day, a time) with Confirm below them,
// then a confirmation with the booked day and time, and a button to cancel it.
Item {
    id: scene

    required property SimulationSession session

    // What has happened; changed only when the session accepted a task.
    property bool started: false
    property string kind: ""
    property string day: ""
    property string slot: ""
    property bool booked: false
    property bool cancelled: false

    readonly property var kindNames: ({
        //: GP booking: the kind of appointment, in the summary and confirmation
        "phone": qsTr("Phone call"),
        //: GP booking: the kind of appointment, in the summary and confirmation
        "person": qsTr("In person")
    })
    readonly property var dayNames: ({
        //: GP booking: a day to choose
        "monday": qsTr("Monday"),
        //: GP booking: a day to choose
        "tuesday": qsTr("Tuesday"),
        //: GP booking: a day to choose
        "wednesday": qsTr("Wednesday")
    })
    readonly property var slotNames: ({
        //: GP booking: a time to choose (9 in the morning)
        "0900": qsTr("9:00"),
        //: GP booking: a time to choose (half past 10 in the morning)
        "1030": qsTr("10:30"),
        //: GP booking: a time to choose (quarter past 2 in the afternoon)
        "1415": qsTr("14:15")
    })
    //: GP booking: shown in the summary for a choice not made yet
    readonly property string notChosen: qsTr("not chosen yet")
    readonly property string bookedWhen: scene.kind === "person"
        //: GP booking: the booked appointment; %1 is a day, %2 a time
        ? qsTr("In person at the surgery on %1 at %2").arg(scene.dayNames[scene.day] || "").arg(scene.slotNames[scene.slot] || "")
        //: GP booking: the booked appointment; %1 is a day, %2 a time
        : qsTr("Phone call on %1 at %2").arg(scene.dayNames[scene.day] || "").arg(scene.slotNames[scene.slot] || "")

    implicitHeight: page.implicitHeight

    // What a round choice shows: a circle that is filled when chosen, and its words.
    component RadioContent: Item {
        id: radioContent

        required property ActionButton control

        implicitHeight: Math.max(mark.height, label.implicitHeight)

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
        Text {
            id: label

            anchors.verticalCenter: parent.verticalCenter
            x: mark.width + Theme.spacing
            width: parent.width - x
            text: radioContent.control.text
            font: radioContent.control.font
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    // A round choice (a radio button) with a frame around the circle and the words.
    component RadioChoice: SimButton {
        id: choice

        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
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
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: choice.selected || choice.hovered || choice.down ? Theme.borderWidth * 2
                                                                          : Theme.borderWidth
            border.color: choice.selected ? Theme.selected : Theme.border
        }
    }

    // What a big choice tile shows: a symbol, its name (with a tick when chosen), a line more.
    component TileContent: Column {
        id: tileContent

        required property ActionButton control
        required property string symbol
        required property string detail
        readonly property color ink: control.selected ? Theme.selectedLabel : Theme.text

        spacing: Theme.gap / 2

        Text {
            text: tileContent.symbol
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            color: tileContent.ink
        }
        Text {
            width: parent.width
            text: (tileContent.control.selected ? "✓ " : "") + tileContent.control.text
            font: tileContent.control.font
            color: tileContent.ink
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: tileContent.detail
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            color: tileContent.ink
            wrapMode: Text.Wrap
        }
    }

    // A big choice, such as "Phone call": a tile that turns blue with a tick when chosen.
    component Tile: SimButton {
        id: tile

        property string symbol
        property string detail

        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.description: detail

        contentItem: TileContent {
            control: tile
            symbol: tile.symbol
            detail: tile.detail
        }

        background: Rectangle {
            radius: Theme.radius
            color: tile.selected ? Theme.selected : Theme.background
            border.width: tile.selected || tile.hovered || tile.down ? Theme.borderWidth * 2
                                                                    : Theme.borderWidth
            border.color: Theme.border
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

    Column {
        id: page

        width: parent.width

        // The surgery's header.
        Rectangle {
            width: parent.width
            height: headerColumn.implicitHeight + 2 * Theme.spacing
            // Green; in high contrast, a ruled band apart from the practice banner.
            color: Theme.themeColoursOnly ? Theme.background : Theme.primary
            border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
            border.color: Theme.border

            Column {
                id: headerColumn

                readonly property color ink: Theme.themeColoursOnly ? Theme.text : Theme.primaryLabel

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing

                Text {
                    width: parent.width
                    //: GP booking: the made-up surgery's name in its website header
                    text: qsTr("Green Lane Surgery")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: headerColumn.ink
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    //: GP booking: under the surgery's name in its website header
                    text: qsTr("Online services")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    color: headerColumn.ink
                    wrapMode: Text.Wrap
                }
            }
        }

        Column {
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing * 2
            spacing: Theme.spacing

            // 1. The surgery's page.
            Column {
                objectName: "startPage"
                width: parent.width
                visible: !scene.started
                spacing: Theme.spacing

                PageTitle {
                    width: parent.width
                    //: GP booking: heading of the surgery's online services page
                    text: qsTr("Appointments")
                }
                BodyText {
                    width: parent.width
                    //: GP booking: first paragraph of the surgery's page
                    text: qsTr("Book an appointment with a doctor or nurse at Green Lane Surgery. You can book at any time, day or night.")
                }
                SimButton {
                    session: scene.session
                    targetId: "book-appointment"
                    primary: true
                    //: GP booking: the button that starts booking
                    text: qsTr("Book an appointment")
                    onAccepted: {
                        scene.started = true
                        bookingTitle.forceActiveFocus()
                    }
                }
                BodyText {
                    width: parent.width
                    //: GP booking: opening hours on the surgery's page
                    text: qsTr("The surgery is open Monday to Friday, 8:00 to 18:30.")
                }
                BodyText {
                    width: parent.width
                    font.bold: true
                    //: GP booking: emergency advice on the surgery's page
                    text: qsTr("⚠ In an emergency, call 999. Do not book online.")
                }
            }

            // 2. The choices.
            Column {
                objectName: "bookingPage"
                width: parent.width
                visible: scene.started && !scene.booked
                spacing: Theme.spacing

                PageTitle {
                    id: bookingTitle

                    width: parent.width
                    //: GP booking: heading of the page of choices
                    text: qsTr("Book an appointment")
                }

                SubHeading {
                    width: parent.width
                    //: GP booking: the first question
                    text: qsTr("What kind of appointment?")
                }
                Flow {
                    id: kinds

                    // Side by side when they fit, one under the other when the text is large.
                    readonly property real tileWidth: width >= Theme.unit * 60
                                                      ? (width - spacing) / 2 : width

                    width: parent.width
                    spacing: Theme.spacing

                    Tile {
                        width: kinds.tileWidth
                        session: scene.session
                        targetId: "type-phone-call"
                        selected: scene.kind === "phone"
                        symbol: "☎"
                        //: GP booking: a kind of appointment
                        text: qsTr("Phone call")
                        //: GP booking: under "Phone call"
                        detail: qsTr("A doctor or nurse phones you.")
                        onAccepted: scene.kind = "phone"
                    }
                    Tile {
                        width: kinds.tileWidth
                        session: scene.session
                        targetId: "type-in-person"
                        selected: scene.kind === "person"
                        symbol: "⚕"
                        //: GP booking: a kind of appointment
                        text: qsTr("In person")
                        //: GP booking: under "In person"
                        detail: qsTr("You go to the surgery.")
                        onAccepted: scene.kind = "person"
                    }
                }

                SubHeading {
                    width: parent.width
                    //: GP booking: the second question
                    text: qsTr("Which day?")
                }
                Flow {
                    width: parent.width
                    spacing: Theme.gap

                    SimButton {
                        width: Math.min(implicitWidth, parent.width)
                        session: scene.session
                        targetId: "day-monday"
                        selected: scene.day === "monday"
                        Accessible.role: Accessible.RadioButton
                        text: scene.dayNames["monday"]
                        onAccepted: scene.day = "monday"
                    }
                    SimButton {
                        width: Math.min(implicitWidth, parent.width)
                        session: scene.session
                        targetId: "day-tuesday"
                        selected: scene.day === "tuesday"
                        Accessible.role: Accessible.RadioButton
                        text: scene.dayNames["tuesday"]
                        onAccepted: scene.day = "tuesday"
                    }
                    SimButton {
                        width: Math.min(implicitWidth, parent.width)
                        session: scene.session
                        targetId: "day-wednesday"
                        selected: scene.day === "wednesday"
                        Accessible.role: Accessible.RadioButton
                        text: scene.dayNames["wednesday"]
                        onAccepted: scene.day = "wednesday"
                    }
                }

                SubHeading {
                    width: parent.width
                    //: GP booking: the third question
                    text: qsTr("Which time?")
                }
                Column {
                    width: Math.min(parent.width, Theme.unit * 50)
                    spacing: Theme.gap

                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "slot-0900"
                        selected: scene.slot === "0900"
                        text: scene.slotNames["0900"]
                        onAccepted: scene.slot = "0900"
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "slot-1030"
                        selected: scene.slot === "1030"
                        text: scene.slotNames["1030"]
                        onAccepted: scene.slot = "1030"
                    }
                    RadioChoice {
                        width: parent.width
                        session: scene.session
                        targetId: "slot-1415"
                        selected: scene.slot === "1415"
                        text: scene.slotNames["1415"]
                        onAccepted: scene.slot = "1415"
                    }
                }

                Rectangle {
                    width: parent.width
                    height: choicesText.implicitHeight + 2 * Theme.spacing
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    radius: Theme.radius

                    BodyText {
                        id: choicesText

                        objectName: "choicesText"
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        //: GP booking: summary of the choices above Confirm; %1 kind, %2 day, %3 time
                        text: qsTr("Your choices:\nKind: %1\nDay: %2\nTime: %3")
                              .arg(scene.kindNames[scene.kind] || scene.notChosen)
                              .arg(scene.dayNames[scene.day] || scene.notChosen)
                              .arg(scene.slotNames[scene.slot] || scene.notChosen)
                    }
                }

                SimButton {
                    session: scene.session
                    targetId: "confirm"
                    primary: true
                    //: GP booking: the button that books the chosen appointment
                    text: qsTr("Confirm")
                    onAccepted: {
                        scene.booked = true
                        bookedPanel.forceActiveFocus()
                    }
                }
            }

            // 3. Booked (or cancelled).
            Column {
                objectName: "bookedPage"
                width: parent.width
                visible: scene.booked
                spacing: Theme.spacing

                Rectangle {
                    id: bookedPanel

                    objectName: "bookedPanel"
                    width: parent.width
                    height: bookedColumn.implicitHeight + 2 * Theme.spacing
                    color: scene.cancelled ? Theme.background : Theme.primary
                    border.width: Theme.borderWidth * 2
                    border.color: scene.cancelled ? Theme.border : Theme.primary
                    Accessible.role: Accessible.StaticText
                    Accessible.name: bookedTitle.text + ". " + bookedText.text
                    Accessible.ignored: !visible

                    Column {
                        id: bookedColumn

                        readonly property color ink: scene.cancelled ? Theme.text : Theme.primaryLabel

                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.gap

                        Text {
                            id: bookedTitle

                            width: parent.width
                            text: scene.cancelled
                                  //: GP booking: heading after cancelling the appointment
                                  ? qsTr("Appointment cancelled")
                                  //: GP booking: heading after confirming the appointment
                                  : qsTr("✓ Appointment booked")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: bookedColumn.ink
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                        Text {
                            id: bookedText

                            objectName: "bookedText"
                            width: parent.width
                            text: scene.bookedWhen
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            font.strikeout: scene.cancelled
                            color: bookedColumn.ink
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }

                    FocusRing {
                        target: bookedPanel
                    }
                }
                BodyText {
                    width: parent.width
                    text: scene.cancelled
                          //: GP booking: after cancelling
                          ? qsTr("Thank you for cancelling. Someone else can now have this appointment.")
                          : scene.kind === "person"
                            //: GP booking: after booking an appointment in person
                            ? qsTr("Please come to Green Lane Surgery 5 minutes early. Write the day and time down, or put them in your calendar.")
                            //: GP booking: after booking a phone appointment
                            : qsTr("A doctor or nurse will phone you at this time. Keep your phone near you. Write the day and time down, or put them in your calendar.")
                }
                BodyText {
                    width: parent.width
                    visible: !scene.cancelled
                    //: GP booking: above the cancel button
                    text: qsTr("If you cannot come, please cancel, so someone else can have it.")
                }
                SimButton {
                    session: scene.session
                    targetId: "cancel-booking"
                    visible: !scene.cancelled
                    //: GP booking: the button that cancels the booked appointment
                    text: qsTr("Cancel this appointment")
                    onAccepted: {
                        scene.cancelled = true
                        bookedPanel.forceActiveFocus()
                    }
                }
            }
        }
    }
}
