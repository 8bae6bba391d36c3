// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// Shown instead of everything else when the saved data cannot be used (for example it was
// saved by a newer OpenSteps). Nothing is changed; staff get the details.
ScrollPage {
    id: page

    pageName: "error"
    //: Heading when OpenSteps cannot open its saved data
    title: qsTr("OpenSteps cannot open right now")

    BodyText {
        Layout.fillWidth: true
        text: qsTr("Your progress is safe. Please ask a member of staff for help.")
    }
    BodyText {
        Layout.fillWidth: true
        visible: Session.problemDetails !== ""
        color: Theme.secondaryText
        font.pixelSize: Theme.smallSize
        //: Technical details for staff; %1 is a message in English
        text: qsTr("For staff: %1").arg(Session.problemDetails)
    }
}
