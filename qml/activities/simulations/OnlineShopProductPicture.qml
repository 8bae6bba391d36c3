// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// The picture of one of the online shop's products (`kind`: kettle or toaster) in a frame,
// drawn with simple shapes.
Rectangle {
    id: picture

    property string kind

    width: Theme.unit * 16
    height: width
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.border

    component KettlePicture: Item {
        id: kettle

        width: Theme.unit * 12
        height: Theme.unit * 12

        Rectangle { // handle
            x: kettle.width * 0.55
            y: kettle.height * 0.2
            width: kettle.width * 0.35
            height: kettle.height * 0.55
            radius: width / 3
            color: "transparent"
            border.width: Math.max(3, Theme.unit * 0.8)
            border.color: Theme.text
        }
        Rectangle { // spout
            x: kettle.width * 0.05
            y: kettle.height * 0.38
            width: kettle.width * 0.3
            height: kettle.height * 0.12
            rotation: -35
            color: Theme.text
        }
        Rectangle { // body
            x: kettle.width * 0.18
            y: kettle.height * 0.25
            width: kettle.width * 0.5
            height: kettle.height * 0.6
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.text
        }
        Rectangle { // lid
            x: kettle.width * 0.28
            y: kettle.height * 0.18
            width: kettle.width * 0.3
            height: kettle.height * 0.08
            radius: height / 2
            color: Theme.text
        }
        Rectangle { // base
            x: kettle.width * 0.1
            y: kettle.height * 0.85
            width: kettle.width * 0.66
            height: kettle.height * 0.08
            radius: height / 2
            color: Theme.text
        }
    }

    component ToasterPicture: Item {
        id: toaster

        width: Theme.unit * 12
        height: Theme.unit * 12

        Rectangle { // body
            x: toaster.width * 0.08
            y: toaster.height * 0.3
            width: toaster.width * 0.8
            height: toaster.height * 0.55
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.text
        }
        Rectangle { // slot
            x: toaster.width * 0.2
            y: toaster.height * 0.36
            width: toaster.width * 0.22
            height: toaster.height * 0.06
            radius: height / 2
            color: Theme.text
        }
        Rectangle { // slot
            x: toaster.width * 0.52
            y: toaster.height * 0.36
            width: toaster.width * 0.22
            height: toaster.height * 0.06
            radius: height / 2
            color: Theme.text
        }
        Rectangle { // lever
            x: toaster.width * 0.86
            y: toaster.height * 0.48
            width: toaster.width * 0.1
            height: toaster.height * 0.08
            color: Theme.text
        }
        Rectangle { // feet
            x: toaster.width * 0.15
            y: toaster.height * 0.85
            width: toaster.width * 0.66
            height: toaster.height * 0.05
            color: Theme.text
        }
    }

    KettlePicture {
        anchors.centerIn: parent
        visible: picture.kind === "kettle"
        scale: picture.width / (Theme.unit * 16)
    }
    ToasterPicture {
        anchors.centerIn: parent
        visible: picture.kind === "toaster"
        scale: picture.width / (Theme.unit * 16)
    }
}
