// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// "council-form": Leafield Council's "Report a housing repair" page. A start page, then a form
// (what needs fixing, which room, what is wrong, a phone number; every question must be
// answered), then a page with a reference number. A form sent too soon shows what is missing:
// a summary at the top and a message next to each empty question, in words and with ✗.
// This file is the council's header and the screen the learner is on.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: page.implicitHeight

    CouncilFormState {
        id: formState

        session: scene.session
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Column {
        id: page

        width: parent.width

        // The council's header, as on its website.
        Rectangle {
            width: parent.width
            height: headerRow.implicitHeight + 2 * Theme.spacing
            // Blue, as council sites are; in high contrast, a ruled band apart from the banner.
            color: Theme.themeColoursOnly ? Theme.background : Theme.selected
            border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
            border.color: Theme.border

            Row {
                id: headerRow

                readonly property color ink: Theme.themeColoursOnly ? Theme.text : Theme.selectedLabel

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacing

                Rectangle {
                    id: crest

                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.unit * 5
                    height: width
                    radius: Theme.radius / 2
                    color: "transparent"
                    border.width: Theme.borderWidth
                    border.color: headerRow.ink

                    Text {
                        anchors.centerIn: parent
                        //: Council website: the letters in the made-up council's logo
                        text: qsTr("LC")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                        color: headerRow.ink
                        Accessible.ignored: true
                    }
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - crest.width - Theme.spacing
                    //: Council website: the made-up council's name in its header
                    text: qsTr("Leafield Council")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: headerRow.ink
                    wrapMode: Text.Wrap
                }
            }
        }

        Column {
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing * 2
            spacing: Theme.spacing

            BodyText {
                width: parent.width
                //: Council website: where the page is on the site ("breadcrumbs")
                text: qsTr("Home  ›  Housing  ›  Repairs")
                color: Theme.secondaryText
                font.pixelSize: Theme.smallSize
            }

            CouncilFormStartScreen {
                width: parent.width
                visible: !formState.started
                form: formState
                onFormStarted: formScreen.takeFocus()
            }
            CouncilFormFormScreen {
                id: formScreen

                width: parent.width
                visible: formState.started && !formState.sent
                form: formState
                onFormSent: sentScreen.takeFocus()
            }
            CouncilFormSentScreen {
                id: sentScreen

                width: parent.width
                visible: formState.sent
                form: formState
                room: formScreen.room
                problem: formScreen.problem
                phone: formScreen.phone
            }
        }
    }
}
