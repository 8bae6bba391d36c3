// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// A practice email app: the inbox with 3 emails (a friend's question, a scam that pretends to be
// the bank, a real reminder from the surgery) and a reading pane with Reply, Report scam and
// Delete. Replying opens a box to type in, with Send and a paper clip button that opens a small
// photo picker. Wide screens show the list and the email side by side, narrow ones one above
// the other. Nothing here sends a real email.
// This file is the app's window: its title bar, the inbox and the reading pane.
Item {
    id: scene

    required property SimulationSession session

    readonly property bool sideBySide: width >= Theme.unit * 90

    implicitHeight: appWindow.height

    EmailState {
        id: mailState

        session: scene.session
    }

    Rectangle {
        id: appWindow

        width: parent.width
        height: appColumn.implicitHeight + 2 * Theme.borderWidth
        color: Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.border

        Column {
            id: appColumn

            x: Theme.borderWidth
            y: Theme.borderWidth
            width: parent.width - 2 * Theme.borderWidth

            // ---- The app's title bar ----------------------------------------------------------
            Rectangle {
                width: parent.width
                height: appTitle.implicitHeight + Theme.spacing
                color: Theme.themeColoursOnly ? Theme.background : Theme.selected
                border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
                border.color: Theme.border

                Text {
                    id: appTitle

                    x: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    //: Practice email app: its title bar, with the learner's made-up email address
                    text: qsTr("✉ Mail — you@example.com")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.themeColoursOnly ? Theme.text : Theme.selectedLabel
                    wrapMode: Text.Wrap
                }
            }

            Item {
                width: parent.width
                height: scene.sideBySide ? Math.max(listPane.height, readingPane.height)
                                         : listPane.height + readingPane.height

                // ---- The inbox: folders and the list of emails ------------------------------
                EmailInbox {
                    id: listPane

                    width: scene.sideBySide ? Math.round(parent.width * 0.38) : parent.width
                    height: Math.max(implicitHeight, scene.sideBySide ? readingPane.implicitHeight : 0)
                    mail: mailState
                }

                // ---- The reading pane ---------------------------------------------------------
                EmailReadingPane {
                    id: readingPane

                    x: scene.sideBySide ? listPane.width : 0
                    y: scene.sideBySide ? 0 : listPane.height
                    width: parent.width - x
                    height: Math.max(implicitHeight, scene.sideBySide ? listPane.height : 0)
                    mail: mailState
                }
            }
        }
    }
}
