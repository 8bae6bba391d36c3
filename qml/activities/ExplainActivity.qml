// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import OpenSteps

// An "explain" step: a few short sentences to read (or hear). Done as soon as it is read.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property string readAloudText: runner.body

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }
}
