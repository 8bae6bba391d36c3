// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The surgery's appointments page, with "Book an appointment".
Column {
    id: start

    required property GpBookingState booking

    signal bookingStarted()

    objectName: "startPage"
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
        session: start.booking.session
        targetId: "book-appointment"
        primary: true
        //: GP booking: the button that starts booking
        text: qsTr("Book an appointment")
        onAccepted: {
            start.booking.started = true
            start.bookingStarted()
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
