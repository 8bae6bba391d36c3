// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice browser's toolbar: back, forward and home, and the address bar (with a padlock
// before a private address) that goes to a typed address or searches for typed words.
Rectangle {
    id: toolbarArea

    required property BrowserState browser

    height: toolbar.implicitHeight + Theme.gap * 2
    color: Theme.background

    Connections {
        target: toolbarArea.browser

        function onMoved() {
            addressBar.text = toolbarArea.browser.addressOf(toolbarArea.browser.page)
        }
    }

    // A toolbar button of the browser: a symbol, with its name for screen readers; faint when
    // there is nowhere to go.
    component NavButton: SimButton {
        id: tool

        property string symbol
        property bool usable: true

        implicitWidth: Theme.minTarget
        padding: 0
        contentItem: Text {
            text: tool.symbol
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            opacity: tool.usable ? 1 : 0.45
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: width / 2
            color: tool.hovered || tool.down ? Theme.surface : "transparent"
            border.width: tool.down ? Theme.borderWidth : 0
            border.color: Theme.border
        }
    }

    Row {
        id: toolbar

        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap / 2

        NavButton {
            session: toolbarArea.browser.session
            targetId: "back"
            //: Practice browser: the back button (an arrow pointing left)
            text: qsTr("Back")
            anchors.verticalCenter: parent.verticalCenter
            symbol: "←"
            usable: toolbarArea.browser.position > 0
            onAccepted: toolbarArea.browser.moveTo(toolbarArea.browser.position - 1)
        }
        NavButton {
            session: toolbarArea.browser.session
            targetId: "forward"
            //: Practice browser: the forward button (an arrow pointing right)
            text: qsTr("Forward")
            anchors.verticalCenter: parent.verticalCenter
            symbol: "→"
            usable: toolbarArea.browser.position < toolbarArea.browser.history.length - 1
            onAccepted: toolbarArea.browser.moveTo(toolbarArea.browser.position + 1)
        }
        NavButton {
            session: toolbarArea.browser.session
            targetId: "home"
            //: Practice browser: the home button (a little house) that opens the start page
            text: qsTr("Home")
            anchors.verticalCenter: parent.verticalCenter
            symbol: "⌂"
            onAccepted: toolbarArea.browser.go("start")
        }
        SimField {
            id: addressBar

            session: toolbarArea.browser.session
            targetId: "address-bar"
            //: Practice browser: the address bar's name for screen readers
            label: qsTr("Address bar")
            //: Practice browser: grey words in the empty address bar
            placeholderText: qsTr("Type a web address")
            width: toolbar.width - 3 * Theme.minTarget - 3 * toolbar.spacing
            anchors.verticalCenter: parent.verticalCenter
            leftPadding: addressLock.visible ? addressLock.width + Theme.gap * 2.5 : Theme.gap * 1.5
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            background: Rectangle {
                radius: height / 2
                color: Theme.themeColoursOnly ? Theme.background : "#f1f3f4"
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
            onAccepted: {
                const typed = addressBar.text
                const p = toolbarArea.browser.pageAt(typed)
                if (p === "")
                    toolbarArea.browser.query = typed
                toolbarArea.browser.go(p === "" ? "results" : p)
            }

            Padlock {
                id: addressLock

                implicitWidth: Theme.bodySize * 0.7
                implicitHeight: Theme.bodySize * 0.95
                visible: toolbarArea.browser.page !== "start" && toolbarArea.browser.page !== "results"
                x: Theme.gap * 1.5
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
