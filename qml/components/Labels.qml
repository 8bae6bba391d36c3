// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Translated words for the ids the data uses: profile pictures, lesson topics, the skills
// check statements, age bands, the check-in's outcomes and the framework's areas.
// Each name is bound directly to qsTr so a language change updates it at once.
QtObject {
    readonly property var avatarIds: ["sun", "tree", "flower", "cat", "fish", "bird", "house", "boat", "apple"]

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
        "boat": qsTr("A red sailing boat"),
        //: Name of a profile picture, read by screen readers
        "apple": qsTr("A red apple")
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

    // The Essential Digital Skills framework's own names for its areas (the staff dashboard;
    // learners see the topics above).
    readonly property var frameworkAreas: ({
        //: Essential Digital Skills framework area (staff dashboard): the basic skills
        "foundation": qsTr("Foundation skills"),
        //: Essential Digital Skills framework area (staff dashboard)
        "communicating": qsTr("Communicating"),
        //: Essential Digital Skills framework area (staff dashboard)
        "handling-information": qsTr("Handling information and content"),
        //: Essential Digital Skills framework area (staff dashboard)
        "transacting": qsTr("Transacting"),
        //: Essential Digital Skills framework area (staff dashboard)
        "problem-solving": qsTr("Problem solving"),
        //: Essential Digital Skills framework area (staff dashboard)
        "being-safe": qsTr("Being safe and legal online")
    })

    // The preferred languages' names for staff (learners choose theirs by its own name,
    // SharingStore::preferredLanguages()).
    readonly property var languageNames: ({
        //: A learner's preferred language, as staff read it on the dashboard
        "en": qsTr("English"),
        //: A learner's preferred language, as staff read it on the dashboard
        "ur": qsTr("Urdu"),
        //: A learner's preferred language, as staff read it on the dashboard
        "pl": qsTr("Polish"),
        //: A learner's preferred language, as staff read it on the dashboard
        "ar": qsTr("Arabic"),
        //: A learner's preferred language, as staff read it on the dashboard
        "pa": qsTr("Punjabi"),
        //: A learner's preferred language, as staff read it on the dashboard
        "bn": qsTr("Bengali"),
        //: A learner's preferred language, as staff read it on the dashboard
        "ro": qsTr("Romanian"),
        //: A learner's preferred language, as staff read it on the dashboard
        "ku": qsTr("Kurdish"),
        //: A learner's preferred language, as staff read it on the dashboard
        "fa": qsTr("Persian"),
        //: A learner's preferred language, as staff read it on the dashboard
        "so": qsTr("Somali"),
        //: A learner's preferred language, as staff read it on the dashboard
        "zh": qsTr("Chinese"),
        //: A learner's preferred language, as staff read it on the dashboard
        "ti": qsTr("Tigrinya")
    })

    // The optional age bands (SharingStore::ageBands()).
    readonly property var ageBands: ({
        //: Age band choice (an age from 16 to 24)
        "16-24": qsTr("16 to 24"),
        //: Age band choice (an age from 25 to 49)
        "25-49": qsTr("25 to 49"),
        //: Age band choice (an age from 50 to 64)
        "50-64": qsTr("50 to 64"),
        //: Age band choice (an age from 65 to 74)
        "65-74": qsTr("65 to 74"),
        //: Age band choice (75 and older)
        "75+": qsTr("75 or older")
    })

    // "What has changed for you?": the words for each outcome id (CheckinStore::outcomes()).
    readonly property var checkinOutcomes: ({
        //: Check-in answer (picture button): the learner saved money by doing things online
        "saved-money": qsTr("I saved money online"),
        //: Check-in answer (picture button): keeping in touch with family and friends online
        "keeping-in-touch": qsTr("I keep in touch with people / I feel less alone"),
        //: Check-in answer (picture button): looking for jobs or applying for them online
        "work": qsTr("I looked or applied for work online"),
        //: Check-in answer (picture button): GP = the family doctor; NHS App = the health service app
        "health": qsTr("I used health services online (like the GP or NHS App)"),
        //: Check-in answer (picture button): council services, such as housing repairs or bins
        "council-housing": qsTr("I used council or housing services online"),
        //: Check-in answer (picture button): planning journeys and buying bus or train tickets
        "getting-around": qsTr("I got around more easily (journeys, tickets)")
    })

    function avatarSource(id: string): url {
        return Qt.resolvedUrl("../images/avatars/" + id + ".svg")
    }

    // The skills check's "I can..." statements, by the ids in app/core/progress/SkillsCheck.cpp.
    readonly property var skillStatements: ({
        //: Skills check statement, said as the learner would say it
        "turn-on": qsTr("I can turn on a computer and sign in."),
        //: Skills check statement, said as the learner would say it
        "mouse": qsTr("I can use a mouse to click, scroll and drag."),
        //: Skills check statement, said as the learner would say it
        "keyboard": qsTr("I can type words on a keyboard."),
        //: Skills check statement, said as the learner would say it
        "bigger-text": qsTr("I can make the words on the screen bigger."),
        //: Skills check statement, said as the learner would say it
        "open-app": qsTr("I can find and open an app."),
        //: Skills check statement, said as the learner would say it
        "wifi": qsTr("I can connect to Wi-Fi safely."),
        //: Skills check statement, said as the learner would say it
        "website": qsTr("I can go to a website by typing its address."),
        //: Skills check statement, said as the learner would say it
        "strong-password": qsTr("I can make a strong password and keep it safe."),
        //: Skills check statement, said as the learner would say it
        "change-password": qsTr("I can change a password when I am asked to."),
        //: Skills check statement, said as the learner would say it
        "email": qsTr("I can send an email."),
        //: Skills check statement, said as the learner would say it
        "video-call": qsTr("I can make a video call to family or friends."),
        //: Skills check statement, said as the learner would say it
        "search-judge": qsTr("I can search for something and tell if I can trust what I find."),
        //: Skills check statement, said as the learner would say it
        "save-file": qsTr("I can save a photo or a file and find it again."),
        //: Skills check statement, said as the learner would say it
        "online-form": qsTr("I can fill in a form online, like reporting a repair."),
        //: Skills check statement, said as the learner would say it
        "gp-appointment": qsTr("I can book a doctor's appointment online."),
        //: Skills check statement, said as the learner would say it
        "bus-journey": qsTr("I can plan a bus journey and buy a ticket online."),
        //: Skills check statement, said as the learner would say it
        "pay-safely": qsTr("I can pay for something online safely."),
        //: Skills check statement, said as the learner would say it
        "find-help": qsTr("I can find help online when I am stuck."),
        //: Skills check statement, said as the learner would say it
        "fix-problem": qsTr("I can fix a simple problem, like a lost Wi-Fi connection."),
        //: Skills check statement, said as the learner would say it
        "spot-scam": qsTr("I can spot a scam email, text or phone call."),
        //: Skills check statement, said as the learner would say it
        "updates-privacy": qsTr("I can keep my computer up to date and my information private.")
    })
}
