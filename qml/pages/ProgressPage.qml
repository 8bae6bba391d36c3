// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// My progress: each area of the framework with the lessons finished and the skills check
// before and now (in words and as two bars), a certificate for each finished topic, a
// one-page progress sheet, and the code that takes the progress to another computer.
ScrollPage {
    id: page

    property string message: ""
    property bool messageOk: true

    signal closed()

    pageName: "progress"
    //: Heading of the learner's progress page
    title: qsTr("My progress")

    function show(result) {
        page.messageOk = result.ok
        page.message = result.message
        if (result.ok)
            doneBox.forceActiveFocus()
        else
            errorBox.forceActiveFocus()
    }
    function areaTitles() {
        const titles = {}
        for (const area of MyProgress.areas)
            titles[area.topic] = Labels.topics[area.topic] ?? area.topic
        return titles
    }
    function skillsOf(area) {
        return area.statementIds.map(id => Labels.skillStatements[id] ?? id)
    }

    Component.onCompleted: MyProgress.refresh()

    ErrorMessage {
        id: errorBox

        objectName: "progressError"
        text: page.messageOk ? "" : page.message
    }
    BodyText {
        id: doneBox

        Layout.fillWidth: true
        objectName: "progressDone"
        visible: page.messageOk && page.message !== ""
        font.bold: true
        color: Theme.success
        text: "✓ " + page.message
        Accessible.role: Accessible.AlertMessage
        Accessible.name: page.message
        FocusRing {
            target: doneBox
        }
    }

    BodyText {
        Layout.fillWidth: true
        visible: MyProgress.checksDone < 2
        color: Theme.secondaryText
        text: MyProgress.checksDone === 0
              //: Progress page before any skills check
              ? qsTr("Do the skills check to see what you can do. Do it again later to see how far you have come.")
              //: Progress page after one skills check
              : qsTr("After 5 more lessons, check your skills again to see how far you have come.")
    }

    Repeater {
        model: MyProgress.areas

        // One area: its name, lessons finished, "I can" before and now, and its certificate.
        Rectangle {
            id: areaBox

            required property var modelData
            readonly property var area: modelData
            readonly property string topicTitle: Labels.topics[area.topic] ?? area.topic

            Layout.fillWidth: true
            implicitHeight: areaColumn.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: areaColumn

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.gap

                SectionHeading {
                    Layout.topMargin: 0
                    objectName: "area-" + areaBox.area.topic
                    text: areaBox.topicTitle
                }
                BodyText {
                    Layout.fillWidth: true
                    text: areaBox.area.finished
                          //: Progress page: every lesson of a topic finished; %1 is a number
                          ? qsTr("✓ Every lesson finished (%1 of %1)").arg(areaBox.area.lessonsTotal)
                          //: Progress page: lessons finished; %1 and %2 are numbers
                          : qsTr("%1 of %2 lessons finished").arg(areaBox.area.lessonsDone).arg(areaBox.area.lessonsTotal)
                }
                // Before and now, in words and as two bars of the same scale.
                BodyText {
                    Layout.fillWidth: true
                    objectName: "change-" + areaBox.area.topic
                    visible: areaBox.area.canNow >= 0 && areaBox.area.statements > 0
                    text: MyProgress.checksDone > 1
                          //: Progress page: skills-check change; %1, %2 and %3 are numbers
                          ? qsTr("In the skills check you said \"I can\" to %1 of %3 before, and %2 of %3 now.")
                              .arg(areaBox.area.canBefore).arg(areaBox.area.canNow).arg(areaBox.area.statements)
                          //: Progress page after the first skills check; %1 and %2 are numbers
                          : qsTr("In the skills check you said \"I can\" to %1 of %2.")
                              .arg(areaBox.area.canNow).arg(areaBox.area.statements)
                }
                Repeater {
                    model: areaBox.area.canNow >= 0 && areaBox.area.statements > 0
                           ? (MyProgress.checksDone > 1
                              //: Label of the "before" bar on the progress page
                              ? [{ label: qsTr("Before"), value: areaBox.area.canBefore },
                                 //: Label of the "now" bar on the progress page
                                 { label: qsTr("Now"), value: areaBox.area.canNow }]
                              : [{ label: qsTr("Now"), value: areaBox.area.canNow }])
                           : []

                    RowLayout {
                        id: bar

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: Theme.gap
                        // The words above say it all; the bars are a picture of them.
                        Accessible.ignored: true

                        Text {
                            Layout.preferredWidth: Theme.unit * 10
                            text: bar.modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.unit * 3
                            color: Theme.background
                            border.width: Math.max(1, Theme.borderWidth / 2)
                            border.color: Theme.border

                            Rectangle {
                                // Anchored, so it fills from the right in right-to-left languages.
                                anchors.left: parent.left
                                anchors.top: parent.top
                                anchors.margins: parent.border.width
                                height: parent.height - 2 * parent.border.width
                                width: (parent.width - 2 * parent.border.width)
                                       * bar.modelData.value / Math.max(1, areaBox.area.statements)
                                color: Theme.selected
                            }
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: areaBox.area.finished

                    ActionButton {
                        objectName: "saveCertificate-" + areaBox.area.topic
                        primary: true
                        //: Progress page: saves a certificate for a finished topic as a PDF file
                        text: qsTr("Save my certificate")
                        //: Screen reader name of the save-certificate button; %1 is a topic
                        Accessible.name: qsTr("Save my certificate for %1").arg(areaBox.topicTitle)
                        onClicked: page.show(MyProgress.saveCertificate(areaBox.area.topic,
                                                 areaBox.topicTitle, page.skillsOf(areaBox.area)))
                    }
                    ActionButton {
                        objectName: "printCertificate-" + areaBox.area.topic
                        //: Progress page: prints a certificate for a finished topic
                        text: qsTr("Print my certificate")
                        //: Screen reader name of the print-certificate button; %1 is a topic
                        Accessible.name: qsTr("Print my certificate for %1").arg(areaBox.topicTitle)
                        onClicked: page.show(MyProgress.printCertificate(areaBox.area.topic,
                                                 areaBox.topicTitle, page.skillsOf(areaBox.area)))
                    }
                }
            }
        }
    }

    SectionHeading {
        //: Progress page: section with the one-page summary
        text: qsTr("Print my progress")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "saveProgressSheet"
            //: Saves a one-page summary of the learner's progress as a PDF file
            text: qsTr("Save as a file")
            onClicked: page.show(MyProgress.saveProgressSheet(page.areaTitles()))
        }
        ActionButton {
            objectName: "printProgressSheet"
            //: Prints a one-page summary of the learner's progress
            text: qsTr("Print")
            onClicked: page.show(MyProgress.printProgressSheet(page.areaTitles()))
        }
    }

    SectionHeading {
        //: Progress page: section with the progress code
        text: qsTr("Take your progress to another computer")
    }
    BodyText {
        Layout.fillWidth: true
        //: Explains the progress code
        text: qsTr("Write down this code. On another computer with OpenSteps, make a profile and choose \"I have a progress code\". The code has no name or personal details in it.")
    }
    Text {
        id: codeText

        Layout.fillWidth: true
        objectName: "progressCode"
        text: MyProgress.code
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.StaticText
        // Said character by character, so it can be written down.
        //: Screen reader name of the progress code; %1 is the code spelled out
        Accessible.name: qsTr("Your progress code: %1").arg(MyProgress.code.split("").join(" "))
    }
    ReadAloudButton {
        objectName: "readCode"
        //: Reads the progress code out loud, letter by letter
        text: qsTr("Read the code aloud")
        words: MyProgress.code.split("").map(c => c === "-" ? "," : c).join(" ")
    }

    ActionButton {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        objectName: "closeProgress"
        primary: true
        //: Leaves the progress page
        text: qsTr("Back to my lessons")
        onClicked: page.closed()
    }
}
