// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// Under a setting IT fixed for this PC (Deployment.isPreset): says why it cannot be changed.
BodyText {
    // The preset's name, e.g. "hubId" (see docs/deploying.md).
    required property string presetKey

    visible: Deployment.isPreset(presetKey)
    font.italic: true
    //: Staff: under a setting the library's or council's IT team fixed for this computer
    text: qsTr("Set by your IT team, so it cannot be changed here.")
}
