// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The GP booking's page of choices: phone call or in person, a day, a time, a summary of the
// choices, and Confirm.
Column {
    id: choices

    required property GpBookingState booking

    signal confirmed()

    objectName: "bookingPage"
    spacing: Theme.spacing

    function takeFocus() {
        bookingTitle.forceActiveFocus()
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

        background: CardLook {
            button: tile
            color: tile.selected ? Theme.selected : Theme.background
            border.color: Theme.border
        }
    }

    // A day to choose: a button that shows a tick when chosen.
    component DayChoice: SimButton {
        width: Math.min(implicitWidth, parent.width)
        Accessible.role: Accessible.RadioButton
    }

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
            session: choices.booking.session
            targetId: "type-phone-call"
            selected: choices.booking.kind === "phone"
            symbol: "☎"
            //: GP booking: a kind of appointment
            text: qsTr("Phone call")
            //: GP booking: under "Phone call"
            detail: qsTr("A doctor or nurse phones you.")
            onAccepted: choices.booking.kind = "phone"
        }
        Tile {
            width: kinds.tileWidth
            session: choices.booking.session
            targetId: "type-in-person"
            selected: choices.booking.kind === "person"
            symbol: "⚕"
            //: GP booking: a kind of appointment
            text: qsTr("In person")
            //: GP booking: under "In person"
            detail: qsTr("You go to the surgery.")
            onAccepted: choices.booking.kind = "person"
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

        DayChoice {
            session: choices.booking.session
            targetId: "day-monday"
            selected: choices.booking.day === "monday"
            text: choices.booking.dayNames["monday"]
            onAccepted: choices.booking.day = "monday"
        }
        DayChoice {
            session: choices.booking.session
            targetId: "day-tuesday"
            selected: choices.booking.day === "tuesday"
            text: choices.booking.dayNames["tuesday"]
            onAccepted: choices.booking.day = "tuesday"
        }
        DayChoice {
            session: choices.booking.session
            targetId: "day-wednesday"
            selected: choices.booking.day === "wednesday"
            text: choices.booking.dayNames["wednesday"]
            onAccepted: choices.booking.day = "wednesday"
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
            session: choices.booking.session
            targetId: "slot-0900"
            selected: choices.booking.slot === "0900"
            text: choices.booking.slotNames["0900"]
            onAccepted: choices.booking.slot = "0900"
        }
        RadioChoice {
            width: parent.width
            session: choices.booking.session
            targetId: "slot-1030"
            selected: choices.booking.slot === "1030"
            text: choices.booking.slotNames["1030"]
            onAccepted: choices.booking.slot = "1030"
        }
        RadioChoice {
            width: parent.width
            session: choices.booking.session
            targetId: "slot-1415"
            selected: choices.booking.slot === "1415"
            text: choices.booking.slotNames["1415"]
            onAccepted: choices.booking.slot = "1415"
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
                  .arg(choices.booking.kindNames[choices.booking.kind] || choices.booking.notChosen)
                  .arg(choices.booking.dayNames[choices.booking.day] || choices.booking.notChosen)
                  .arg(choices.booking.slotNames[choices.booking.slot] || choices.booking.notChosen)
        }
    }

    SimButton {
        session: choices.booking.session
        targetId: "confirm"
        primary: true
        //: GP booking: the button that books the chosen appointment
        text: qsTr("Confirm")
        onAccepted: {
            choices.booking.booked = true
            choices.confirmed()
        }
    }
}
