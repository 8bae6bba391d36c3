// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// What is happening in the practice email app, shared by its panes, and its 3 made-up emails.
// It changes only when a task was done (typing the reply aside).
QtObject {
    id: mail

    required property SimulationSession session

    property string openEmail: "" // "sam", "bank" or "surgery"
    property var readEmails: []
    property var removedEmails: [] // deleted or reported
    property var repliedEmails: []
    property bool replying: false
    property bool pickerOpen: false
    property string attached: "" // "garden" or "cat"
    property string notice: "" // what the last action did, shown at the top of the reading pane

    readonly property int unreadCount: {
        let count = 0
        for (const email of ["sam", "bank", "surgery"]) {
            if (!mail.readEmails.includes(email) && !mail.removedEmails.includes(email))
                ++count
        }
        return count
    }

    function sender(email) {
        if (email === "sam")
            //: Practice email: the name of a friend who sent an email
            return qsTr("Sam Green")
        if (email === "bank")
            //: Practice email: the name a scam email pretends to come from
            return qsTr("Your Bank Security Team")
        //: Practice email: a made-up doctors' surgery that sent a reminder
        return qsTr("Green Lane Surgery")
    }
    function address(email) {
        if (email === "sam")
            return "sam.green@example.com"
        if (email === "bank")
            return "security@yourbank-account-check.example"
        return "appointments@greenlanesurgery.example"
    }
    function subject(email) {
        if (email === "sam")
            //: Practice email: subject of the friend's email
            return qsTr("Are you free on Saturday?")
        if (email === "bank")
            //: Practice email: subject of the scam email (urgent on purpose)
            return qsTr("URGENT: confirm your details today")
        //: Practice email: subject of the surgery's reminder
        return qsTr("Reminder: your appointment on Tuesday")
    }
    function received(email) {
        if (email === "sam")
            //: Practice email: when the email arrived (a time today)
            return qsTr("09:12")
        if (email === "bank")
            //: Practice email: when the email arrived (a time today)
            return qsTr("08:47")
        //: Practice email: when the email arrived
        return qsTr("Yesterday")
    }
    function open(email) {
        mail.openEmail = email
        if (!mail.readEmails.includes(email))
            mail.readEmails = mail.readEmails.concat([email])
        mail.replying = false
        mail.pickerOpen = false
        mail.attached = ""
        mail.notice = ""
    }
    function remove(email, message) {
        mail.removedEmails = mail.removedEmails.concat([email])
        mail.openEmail = ""
        mail.replying = false
        mail.pickerOpen = false
        mail.notice = message
    }
}
