// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What has happened in the "bus-ticket" scene, shared by its screens; changed only when the
// session accepted a task.
QtObject {
    id: planner

    required property SimulationSession session

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
    readonly property string price: planner.ticket === "day" ? planner.dayPrice
                                  : planner.ticket === "single" ? planner.singlePrice : ""
    //: Bus planner: where the journey goes; %1 is where it starts, %2 where it ends
    readonly property string journey: qsTr("%1 to %2")
        .arg(planner.placeNames[planner.from] || planner.placeNames["library"])
        .arg(planner.placeNames[planner.to] || planner.placeNames["hospital"])
}
