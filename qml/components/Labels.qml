// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Translated names for the ids the data uses: profile pictures and lesson topics.
// Each name is bound directly to qsTr so a language change updates it at once.
QtObject {
    readonly property var avatarIds: ["sun", "tree", "flower", "cat", "fish", "bird", "house", "boat"]

    readonly property var avatars: ({
        //: Name of a profile picture, read by screen readers
        "sun": qsTr("A yellow sun"),
        //: Name of a profile picture, read by screen readers
        "tree": qsTr("A green tree"),
        //: Name of a profile picture, read by screen readers
        "flower": qsTr("A pink flower"),
        //: Name of a profile picture, read by screen readers
        "cat": qsTr("A grey cat"),
        //: Name of a profile picture, read by screen readers
        "fish": qsTr("An orange fish"),
        //: Name of a profile picture, read by screen readers
        "bird": qsTr("A blue bird"),
        //: Name of a profile picture, read by screen readers
        "house": qsTr("A red house"),
        //: Name of a profile picture, read by screen readers
        "boat": qsTr("A red sailing boat")
    })

    readonly property var topics: ({
        //: Lesson topic: the basic skills of the Essential Digital Skills framework
        "foundation": qsTr("First steps"),
        //: Lesson topic (Essential Digital Skills area)
        "communicating": qsTr("Keeping in touch"),
        //: Lesson topic (Essential Digital Skills area)
        "handling-information": qsTr("Finding and saving things"),
        //: Lesson topic (Essential Digital Skills area): buying, booking and forms online
        "transacting": qsTr("Buying, booking and forms"),
        //: Lesson topic (Essential Digital Skills area)
        "problem-solving": qsTr("Solving problems"),
        //: Lesson topic (Essential Digital Skills area)
        "being-safe": qsTr("Staying safe online")
    })

    function avatarSource(id: string): url {
        return Qt.resolvedUrl("../images/avatars/" + id + ".svg")
    }
}
