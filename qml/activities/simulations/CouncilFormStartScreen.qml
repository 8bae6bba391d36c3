// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The council's repair page, before the form: what to have ready, and Start now.
Column {
    id: startPage

    required property CouncilFormState form

    signal formStarted()

    objectName: "startPage"
    spacing: Theme.spacing

    PageTitle {
        width: parent.width
        //: Council website: the heading of the repair page and form
        text: qsTr("Report a housing repair")
    }
    BodyText {
        width: parent.width
        //: Council website: first paragraph of the repair page
        text: qsTr("If you rent your home from Leafield Council, use this form to tell us about a repair.")
    }
    BodyText {
        width: parent.width
        //: Council website: what to have ready before starting the form
        text: qsTr("You will need to tell us:\n•  what needs fixing and which room it is in\n•  what is wrong, in your own words\n•  your phone number")
    }
    SimButton {
        session: startPage.form.session
        targetId: "start-form"
        primary: true
        //: Council website: the button that starts the repair form
        text: qsTr("Start now")
        onAccepted: {
            startPage.form.started = true
            startPage.formStarted()
        }
    }
    BodyText {
        width: parent.width
        //: Council website: emergency advice below the Start button; the number is made up
        text: qsTr("For an emergency, such as a flood or no heating in winter, do not use this form. Phone us on 0113 496 0999, day or night.")
    }
}
