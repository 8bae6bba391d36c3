// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpenSteps

// A learner's PIN: entered to sign in ("enter"), or chosen for a new profile or after a helper
// reset it ("choose": 4 numbers or 3 pictures, entered twice). After 5 wrong tries the PIN pad
// rests for a minute, and says so in plain words.
ScrollPage {
    id: page

    // {id, name, avatar, pinKind} of the learner signing in (for "choose", name and avatar only).
    property var learner: ({})
    property string mode: "enter"
    property string chosenKind: ""
    property string firstPin: ""
    property string message: ""
    property bool locked: false
    readonly property string kind: mode === "enter" ? (learner.pinKind ?? "") : chosenKind

    signal signedIn()
    signal pinChosen(string kind, string pin)
    signal cancelled()

    pageName: "pin"
    title: mode === "enter"
           //: Heading when a learner signs in; %1 is their name
           ? qsTr("Hello, %1").arg(learner.name ?? "")
           //: Heading when a learner chooses a new PIN
           : qsTr("Choose your PIN")

    function tryPin(pin) {
        const attempt = Session.signInWithPin(page.learner.id, pin)
        pinEntry.clear()
        if (attempt.result === "signed-in") {
            page.signedIn()
        } else if (attempt.result === "wrong") {
            page.message = attempt.triesLeft === 1
                    //: Wrong PIN, one try left before a one-minute pause
                    ? qsTr("That is not right. You can try 1 more time, then there is a short pause.")
                    //: Wrong PIN; %1 is how many tries are left (2 to 4)
                    : qsTr("That is not right. You can try %1 more times.").arg(attempt.triesLeft)
        } else if (attempt.result === "locked") {
            page.lock()
        } else if (attempt.result === "no-pin") {
            // A helper reset the PIN meanwhile: choose a new one.
            page.mode = "choose"
            page.message = ""
        } else {
            //: The PIN could not be checked (for example the profile was removed)
            page.message = qsTr("Something went wrong. Please ask a helper.")
        }
        messageBox.forceActiveFocus()
    }
    // Saving the chosen PIN failed: say so, and let the learner choose again.
    function failed(text) {
        page.firstPin = ""
        page.chosenKind = ""
        page.message = text
        messageBox.forceActiveFocus()
    }
    // Back from the page after this one (making a profile): choose the PIN afresh.
    function startAgain() {
        page.firstPin = ""
        page.chosenKind = ""
        page.message = ""
        pinEntry.clear()
    }
    function lock() {
        page.locked = true
        //: After 5 wrong PINs
        page.message = qsTr("Too many tries. Please wait one minute, then try again. A helper can also reset your PIN.")
    }
    function choose(pin) {
        pinEntry.clear()
        if (page.firstPin === "") {
            page.firstPin = pin
            page.message = ""
            instructions.forceActiveFocus()
        } else if (pin === page.firstPin) {
            page.pinChosen(page.chosenKind, pin)
        } else {
            page.firstPin = ""
            //: The learner entered two different PINs when choosing one
            page.message = qsTr("The two were not the same. Please choose your PIN again.")
            messageBox.forceActiveFocus()
        }
    }

    Keys.onPressed: event => pinEntry.handleKey(event)

    Component.onCompleted: {
        if (mode === "enter" && Session.secondsLocked(learner.id ?? 0) > 0)
            lock()
    }

    // The pause after 5 wrong tries ends by itself; nothing else here is timed.
    Timer {
        running: page.locked
        interval: 1000
        repeat: true
        onTriggered: {
            if (Session.secondsLocked(page.learner.id) === 0) {
                page.locked = false
                page.message = ""
                pinEntry.focusFirstKey()
            }
        }
    }

    Image {
        Layout.preferredWidth: Theme.unit * 12
        Layout.preferredHeight: Theme.unit * 12
        visible: (page.learner.avatar ?? "") !== ""
        source: visible ? Labels.avatarSource(page.learner.avatar) : ""
        sourceSize.width: Theme.unit * 12
        Accessible.ignored: true
    }

    // Choosing: which kind of PIN first.
    BodyText {
        Layout.fillWidth: true
        visible: page.mode === "choose" && page.chosenKind === ""
        //: Choosing a PIN: the two kinds on offer
        text: qsTr("A PIN keeps your lessons yours. You can use 4 numbers, or 3 pictures in order. Do not use your bank card PIN.")
    }
    ChoiceGroup {
        visible: page.mode === "choose" && page.chosenKind === ""
        namePrefix: "pinKind"
        options: [
            //: Choice of PIN kind: four numbers
            { value: "digits", label: qsTr("4 numbers") },
            //: Choice of PIN kind: three pictures in order
            { value: "pictures", label: qsTr("3 pictures") }
        ]
        current: page.chosenKind
        onChosen: value => {
            page.chosenKind = value
            Qt.callLater(pinEntry.focusFirstKey)
        }
    }

    BodyText {
        id: instructions

        Layout.fillWidth: true
        visible: page.kind !== ""
        activeFocusOnTab: false
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        text: page.mode === "choose" && page.firstPin !== ""
              //: Choosing a PIN: second time, to check
              ? qsTr("Now enter the same again, to check.")
              : page.kind === "digits"
                //: Asks for a 4-number PIN
                ? qsTr("Enter your 4 numbers.")
                //: Asks for a 3-picture PIN
                : qsTr("Choose your 3 pictures in order.")
    }

    ErrorMessage {
        id: messageBox

        objectName: "pinMessage"
        text: page.message
    }

    PinEntry {
        id: pinEntry

        Layout.fillWidth: true
        visible: page.kind !== ""
        kind: page.kind === "" ? "digits" : page.kind
        enabled: !page.locked
        onCompleted: pin => page.mode === "enter" ? page.tryPin(pin) : page.choose(pin)
    }

    ActionButton {
        Layout.topMargin: Theme.spacing
        objectName: "pinBack"
        text: page.mode === "enter"
              //: PIN page: go back to the learners' pictures
              ? qsTr("This is not me")
              //: PIN page: leave without choosing a PIN
              : qsTr("Back")
        onClicked: page.cancelled()
    }
}
