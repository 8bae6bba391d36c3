// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A "scam-sort" step: messages (emails, texts, phone calls written out) to sort into "Looks
// safe" and "Looks like a scam". Each sorted message shows its tell-tale signs; a wrong sort
// can be changed at no cost. Done when every message is sorted right.
ColumnLayout {
    id: activity

    required property LessonRunner runner
    readonly property ScamSortSession session: runner.scamSort
    readonly property string readAloudText: {
        let words = [runner.body]
        for (const message of (session ? session.messages : []))
            words.push(kindName(message.kind) + ". " + message.from + ". "
                       + (message.subject ? message.subject + ". " : "") + message.body)
        words.push(progress.text)
        return words.join("\n")
    }

    function kindName(kind) {
        //: Scam sort: the kind of message
        return kind === "email" ? qsTr("Email")
               //: Scam sort: the kind of message
               : kind === "text" ? qsTr("Text message")
               //: Scam sort: the kind of message (a call written out word for word)
               : qsTr("Phone call")
    }

    spacing: Theme.spacing

    BodyText {
        Layout.fillWidth: true
        text: activity.runner.body
    }

    BodyText {
        id: progress

        Layout.fillWidth: true
        objectName: "scamProgress"
        font.bold: true
        text: !activity.session ? ""
              : activity.session.done
              //: Scam sort: every message is sorted right
              ? "✓ " + qsTr("Well done. You sorted every message. You can press Next.")
              //: Scam sort progress: %1 sorted right so far, %2 messages in all
              : qsTr("%1 of %2 messages sorted right.").arg(activity.session.rightCount)
                .arg(activity.session.messageCount)
    }

    // The model is the number of messages, which never changes during a step, so sorting one
    // updates its card in place: the cards (and keyboard focus) stay where they are.
    Repeater {
        model: activity.session ? activity.session.messageCount : 0

        Rectangle {
            id: card

            required property int index
            readonly property var modelData: activity.session ? activity.session.messages[index] : ({})

            Layout.fillWidth: true
            Layout.preferredHeight: cardColumn.implicitHeight + 2 * Theme.spacing
            objectName: "message-" + modelData.messageId
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.Grouping
            Accessible.name: activity.kindName(modelData.kind) + ": " + modelData.from

            ColumnLayout {
                id: cardColumn

                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.gap

                BodyText {
                    Layout.fillWidth: true
                    font.bold: true
                    text: (card.modelData.kind === "email" ? "✉ " : card.modelData.kind === "call"
                           ? "☎ " : "") + activity.kindName(card.modelData.kind)
                          //: Scam sort: who a message is from; %1 is the sender or caller
                          + " — " + qsTr("from %1").arg(card.modelData.from)
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: card.modelData.subject !== ""
                    //: Scam sort: an email's subject line; %1 is the subject
                    text: qsTr("Subject: %1").arg(card.modelData.subject)
                }
                // The message itself, set apart like a quotation.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: messageText.implicitHeight + 2 * Theme.gap
                    color: Theme.background
                    border.width: Theme.borderWidth
                    border.color: Theme.border

                    BodyText {
                        id: messageText

                        x: Theme.spacing
                        y: Theme.gap
                        width: parent.width - 2 * Theme.spacing
                        objectName: "messageBody"
                        text: card.modelData.body
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap

                    ActionButton {
                        objectName: "safe-" + card.modelData.messageId
                        selected: card.modelData.sortedAs === "safe"
                        //: Scam sort: put this message in the "safe" pile
                        text: qsTr("Looks safe")
                        onClicked: activity.session.sort(card.modelData.messageId, "safe")
                    }
                    ActionButton {
                        objectName: "scam-" + card.modelData.messageId
                        selected: card.modelData.sortedAs === "scam"
                        //: Scam sort: put this message in the "scam" pile
                        text: qsTr("Looks like a scam")
                        onClicked: activity.session.sort(card.modelData.messageId, "scam")
                    }
                }
                // Why: shown once sorted, with a symbol and words as well as colour.
                BodyText {
                    Layout.fillWidth: true
                    objectName: "signs-" + card.modelData.messageId
                    visible: card.modelData.sortedAs !== ""
                    text: (card.modelData.right
                           //: Scam sort: this message was sorted right
                           ? "✓ " + qsTr("Right.")
                           //: Scam sort: this message was sorted wrong; kind, no penalty
                           : "✗ " + qsTr("Not quite. Have another look.")) + " " + card.modelData.signs
                    Accessible.role: Accessible.AlertMessage
                }
            }
        }
    }
}
