// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The GP booking's confirmation: the booked day and time, and a button to cancel it (after
// which it says the appointment is cancelled).
Column {
    id: booked

    required property GpBookingState booking

    objectName: "bookedPage"
    spacing: Theme.spacing

    function takeFocus() {
        bookedPanel.forceActiveFocus()
    }

    DonePanel {
        id: bookedPanel

        objectName: "bookedPanel"
        width: parent.width
        color: booked.booking.cancelled ? Theme.background : Theme.primary
        border.width: Theme.borderWidth * 2
        border.color: booked.booking.cancelled ? Theme.border : Theme.primary
        ink: booked.booking.cancelled ? Theme.text : Theme.primaryLabel
        title: booked.booking.cancelled
               //: GP booking: heading after cancelling the appointment
               ? qsTr("Appointment cancelled")
               //: GP booking: heading after confirming the appointment
               : qsTr("✓ Appointment booked")
        message: booked.booking.bookedWhen
        messageName: "bookedText"
        struckOut: booked.booking.cancelled
    }
    BodyText {
        width: parent.width
        text: booked.booking.cancelled
              //: GP booking: after cancelling
              ? qsTr("Thank you for cancelling. Someone else can now have this appointment.")
              : booked.booking.kind === "person"
                //: GP booking: after booking an appointment in person
                ? qsTr("Please come to Green Lane Surgery 5 minutes early. Write the day and time down, or put them in your calendar.")
                //: GP booking: after booking a phone appointment
                : qsTr("A doctor or nurse will phone you at this time. Keep your phone near you. Write the day and time down, or put them in your calendar.")
    }
    BodyText {
        width: parent.width
        visible: !booked.booking.cancelled
        //: GP booking: above the cancel button
        text: qsTr("If you cannot come, please cancel, so someone else can have it.")
    }
    SimButton {
        session: booked.booking.session
        targetId: "cancel-booking"
        visible: !booked.booking.cancelled
        //: GP booking: the button that cancels the booked appointment
        text: qsTr("Cancel this appointment")
        onAccepted: {
            booked.booking.cancelled = true
            booked.takeFocus()
        }
    }
}
