// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The practice email app's small window for choosing a photo to add to an answer: a garden or
// a cat, drawn with simple shapes.
Rectangle {
    id: picker

    required property EmailState mail

    objectName: "photoPicker"
    height: pickerColumn.implicitHeight + Theme.borderWidth * 2
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.border

    Accessible.role: Accessible.Dialog
    //: Practice email: title of the small window for choosing a photo
    Accessible.name: qsTr("Choose a photo")
    Accessible.ignored: !visible

    // A photo of a garden: sky, sun, grass and flowers.
    component GardenPhoto: Rectangle {
        id: garden

        color: Theme.themeColoursOnly ? Theme.background : "#bfe0f5"
        border.width: Theme.borderWidth
        border.color: Theme.border
        clip: true
        Accessible.ignored: true

        Rectangle {
            width: garden.height * 0.25
            height: width
            radius: width / 2
            x: garden.width * 0.7
            y: garden.height * 0.1
            color: Theme.themeColoursOnly ? Theme.text : "#f6c445"
        }
        Rectangle {
            y: garden.height * 0.6
            width: garden.width
            height: garden.height * 0.4
            color: Theme.themeColoursOnly ? Theme.background : "#5d9b45"
            border.width: Theme.themeColoursOnly ? Theme.borderWidth : 0
            border.color: Theme.text
        }
        Text {
            x: garden.width * 0.08
            y: garden.height * 0.38
            text: "✿ ❀ ✿"
            font.family: Theme.fontFamily
            font.pixelSize: garden.height * 0.28
            color: Theme.themeColoursOnly ? Theme.text : "#d6336c"
        }
    }

    // A photo of a cat: a round face with ears, eyes and whiskers.
    component CatPhoto: Rectangle {
        id: cat

        readonly property color fur: Theme.themeColoursOnly ? Theme.text : "#e39b3c"
        readonly property color ink: Theme.themeColoursOnly ? Theme.background : "#3b2a1a"

        color: Theme.themeColoursOnly ? Theme.background : "#efe6da"
        border.width: Theme.borderWidth
        border.color: Theme.border
        clip: true
        Accessible.ignored: true

        Canvas {
            anchors.fill: parent
            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()
            Component.onCompleted: {
                cat.furChanged.connect(requestPaint)
                cat.inkChanged.connect(requestPaint)
            }
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const cx = width / 2
                const h = height
                ctx.fillStyle = cat.fur
                // the ears, then the face over their feet
                ctx.beginPath()
                ctx.moveTo(cx - h * 0.3, h * 0.45)
                ctx.lineTo(cx - h * 0.26, h * 0.12)
                ctx.lineTo(cx - h * 0.05, h * 0.32)
                ctx.closePath()
                ctx.moveTo(cx + h * 0.3, h * 0.45)
                ctx.lineTo(cx + h * 0.26, h * 0.12)
                ctx.lineTo(cx + h * 0.05, h * 0.32)
                ctx.closePath()
                ctx.fill()
                ctx.beginPath()
                ctx.ellipse(cx - h * 0.31, h * 0.28, h * 0.62, h * 0.56)
                ctx.fill()
                // eyes, nose and whiskers
                ctx.fillStyle = cat.ink
                ctx.beginPath()
                ctx.ellipse(cx - h * 0.14, h * 0.46, h * 0.07, h * 0.1)
                ctx.ellipse(cx + h * 0.07, h * 0.46, h * 0.07, h * 0.1)
                ctx.fill()
                ctx.beginPath()
                ctx.moveTo(cx - h * 0.04, h * 0.6)
                ctx.lineTo(cx + h * 0.04, h * 0.6)
                ctx.lineTo(cx, h * 0.65)
                ctx.closePath()
                ctx.fill()
                ctx.strokeStyle = cat.ink
                ctx.lineWidth = Math.max(1, h * 0.015)
                ctx.beginPath()
                for (const side of [-1, 1]) {
                    ctx.moveTo(cx + side * h * 0.08, h * 0.64)
                    ctx.lineTo(cx + side * h * 0.4, h * 0.6)
                    ctx.moveTo(cx + side * h * 0.08, h * 0.67)
                    ctx.lineTo(cx + side * h * 0.4, h * 0.7)
                }
                ctx.stroke()
            }
        }
    }

    // A photo to choose: the photo and its name under it.
    component PhotoChoice: SimButton {
        id: choice

        required property Component photo

        width: Theme.unit * 20
        padding: Theme.gap / 2
        contentItem: Column {
            spacing: Theme.gap / 2

            Loader {
                width: parent.width
                height: parent.width * 0.7
                sourceComponent: choice.photo
            }
            Text {
                width: parent.width
                text: choice.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        background: HoverFrame {
            button: choice
            radius: 0
        }
    }

    Column {
        id: pickerColumn

        x: Theme.borderWidth
        y: Theme.borderWidth
        width: parent.width - 2 * Theme.borderWidth

        Rectangle {
            width: parent.width
            height: pickerTitle.implicitHeight + Theme.gap * 1.5
            color: Theme.themeColoursOnly ? Theme.background : "#dee1e6"
            border.width: Theme.themeColoursOnly ? Theme.borderWidth / 2 : 0
            border.color: Theme.border

            Text {
                id: pickerTitle

                x: Theme.gap
                width: parent.width - 2 * Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                text: picker.Accessible.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        Flow {
            width: parent.width
            padding: Theme.spacing
            spacing: Theme.spacing

            PhotoChoice {
                session: picker.mail.session
                targetId: "photo-garden"
                //: Practice email: a photo to choose, showing a garden
                text: qsTr("Garden")
                photo: GardenPhoto {}
                //: Practice email: spoken name of the garden photo in the photo picker
                Accessible.name: qsTr("Photo of a garden")
                onAccepted: {
                    picker.mail.attached = "garden"
                    picker.mail.pickerOpen = false
                }
            }
            PhotoChoice {
                session: picker.mail.session
                targetId: "photo-cat"
                //: Practice email: a photo to choose, showing a cat
                text: qsTr("Cat")
                photo: CatPhoto {}
                //: Practice email: spoken name of the cat photo in the photo picker
                Accessible.name: qsTr("Photo of a cat")
                onAccepted: {
                    picker.mail.attached = "cat"
                    picker.mail.pickerOpen = false
                }
            }
        }
    }
}
