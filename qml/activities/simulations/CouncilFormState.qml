// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What has happened in the "council-form" scene, shared by its screens; changed only when the
// session accepted a task.
QtObject {
    id: form

    required property SimulationSession session

    property bool started: false
    property string repair: ""
    property bool errorsShown: false
    property bool repairMissing: false
    property bool roomMissing: false
    property bool problemMissing: false
    property bool phoneMissing: false
    property bool sent: false

    // Made up, and the same in every language.
    readonly property string referenceNumber: "LC-482913"
    readonly property var repairNames: ({
        //: Council form: the thing to fix, in the summary after sending (heating)
        "heating": qsTr("Heating or hot water"),
        //: Council form: the thing to fix, in the summary after sending (leak)
        "leak": qsTr("Leak"),
        //: Council form: the thing to fix, in the summary after sending (window)
        "window": qsTr("Window"),
        //: Council form: the thing to fix, in the summary after sending (door)
        "door": qsTr("Door")
    })

    // The error texts: the summary and the questions say the same.
    //: Council form: error when no repair was chosen
    readonly property string repairError: qsTr("Choose what needs fixing")
    //: Council form: error when the room box is empty
    readonly property string roomError: qsTr("Enter the room the repair is in")
    //: Council form: error when the "what is wrong" box is empty
    readonly property string problemError: qsTr("Tell us what is wrong")
    //: Council form: error when the phone number box is empty
    readonly property string phoneError: qsTr("Enter your phone number")
    readonly property string errorList: {
        const lines = []
        if (form.repairMissing)
            lines.push("✗ " + form.repairError)
        if (form.roomMissing)
            lines.push("✗ " + form.roomError)
        if (form.problemMissing)
            lines.push("✗ " + form.problemError)
        if (form.phoneMissing)
            lines.push("✗ " + form.phoneError)
        return lines.join("\n")
    }

    function chooseRepair(kind) {
        form.repair = kind
    }
}
