// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What has happened in the "gp-booking" scene, shared by its screens; changed only when the
// session accepted a task.
QtObject {
    id: booking

    required property SimulationSession session

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
    readonly property string bookedWhen: booking.kind === "person"
        //: GP booking: the booked appointment; %1 is a day, %2 a time
        ? qsTr("In person at the surgery on %1 at %2").arg(booking.dayNames[booking.day] || "").arg(booking.slotNames[booking.slot] || "")
        //: GP booking: the booked appointment; %1 is a day, %2 a time
        : qsTr("Phone call on %1 at %2").arg(booking.dayNames[booking.day] || "").arg(booking.slotNames[booking.slot] || "")
}
