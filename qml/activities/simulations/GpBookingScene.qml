// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "gp-booking": Green Lane Surgery's online booking. A start page with "Book an appointment",
// then one page of choices (phone call or in person, a day, a time) with Confirm below them,
// then a confirmation with the booked day and time, and a button to cancel it.
// This file is the surgery's header and the screen the learner is on.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: page.implicitHeight

    GpBookingState {
        id: bookingState

        session: scene.session
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

            GpBookingStartScreen {
                width: parent.width
                visible: !bookingState.started
                booking: bookingState
                onBookingStarted: choicesScreen.takeFocus()
            }
            GpBookingChoicesScreen {
                id: choicesScreen

                width: parent.width
                visible: bookingState.started && !bookingState.booked
                booking: bookingState
                onConfirmed: bookedScreen.takeFocus()
            }
            GpBookingBookedScreen {
                id: bookedScreen

                width: parent.width
                visible: bookingState.booked
                booking: bookingState
            }
        }
    }
}
