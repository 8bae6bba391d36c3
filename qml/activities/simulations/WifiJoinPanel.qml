// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// Under the Wi-Fi network picked: its password box (or a warning for an open network), Connect
// and Cancel.
Column {
    id: joinPanel

    required property WifiState wifi

    objectName: "joinPanel"
    topPadding: Theme.gap
    bottomPadding: Theme.gap
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    spacing: Theme.gap

    Connections {
        target: joinPanel.wifi

        function onPicked() {
            passwordBox.text = ""
        }
    }

    Text {
        width: parent.width - 2 * Theme.gap
        visible: joinPanel.wifi.isSecured(joinPanel.wifi.chosen)
        //: Practice Wi-Fi list: label above the password box of a secured network
        text: qsTr("Type the network password")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Row {
        visible: joinPanel.wifi.isSecured(joinPanel.wifi.chosen)
        spacing: Theme.gap

        TextEntry {
            id: passwordBox

            objectName: "wifiPassword"
            //: Practice Wi-Fi list: the password box's name for screen readers
            label: qsTr("Network password")
            width: joinPanel.width - 2 * Theme.gap - showButton.width - Theme.gap
            echoMode: joinPanel.wifi.showPassword ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        }
        ActionButton {
            id: showButton

            objectName: "wifiShowPassword"
            text: joinPanel.wifi.showPassword
                  //: Practice Wi-Fi list: hides the typed password again
                  ? qsTr("Hide")
                  //: Practice Wi-Fi list: shows the typed password instead of dots
                  : qsTr("Show")
            padding: Theme.gap
            onClicked: joinPanel.wifi.showPassword = !joinPanel.wifi.showPassword
        }
    }
    Text {
        width: parent.width - 2 * Theme.gap
        visible: !joinPanel.wifi.isSecured(joinPanel.wifi.chosen)
        //: Practice Wi-Fi list: warning under an open network before joining it
        text: qsTr("⚠ This network is open. Other people may be able to see what you send.")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width - 2 * Theme.gap
        spacing: Theme.gap

        SimButton {
            session: joinPanel.wifi.session
            targetId: "connect"
            value: joinPanel.wifi.isSecured(joinPanel.wifi.chosen) ? passwordBox.text : ""
            //: Practice Wi-Fi list: joins the picked network
            text: qsTr("Connect")
            primary: true
            padding: Theme.gap * 1.5
            onAccepted: {
                joinPanel.wifi.connected = joinPanel.wifi.chosen
                passwordBox.text = ""
            }
        }
        SimButton {
            session: joinPanel.wifi.session
            targetId: "cancel"
            //: Practice Wi-Fi list: closes the password box without joining
            text: qsTr("Cancel")
            padding: Theme.gap * 1.5
            onAccepted: joinPanel.wifi.choose("")
        }
    }
}
