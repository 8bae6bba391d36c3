// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenSteps

// Every page's frame: a heading, then the page's content in one centred column of comfortable
// width that scrolls when the text is large. Keyboard focus is always scrolled into view.
FocusScope {
    id: page

    // Reported to Session.pageShown() so tests and the start-up probe know what is on screen.
    property string pageName
    property alias title: heading.text
    default property alias content: column.data
    // Height the page would need to show everything without scrolling (screenshots use it).
    readonly property real fullHeight: flick.contentHeight
    // Width of the content column, for items that size themselves to it.
    readonly property real availableContentWidth: column.width
    // Where the focus goes when the page opens: the heading, unless the page names a control
    // (a page that asks to confirm something that cannot be undone names its safe answer).
    property Item openingFocus: null

    // Glides to `y` so the eye can follow, or jumps there with "Less movement".
    function scrollTo(y: real) {
        glide.stop()
        if (Theme.reducedMotion) {
            flick.contentY = y
        } else {
            glide.to = y
            glide.start()
        }
    }
    NumberAnimation {
        id: glide

        target: flick
        property: "contentY"
        duration: Theme.motionDuration
        easing.type: Easing.OutCubic
    }

    function focusHeading() {
        heading.forceActiveFocus()
        glide.stop()
        flick.contentY = 0
    }

    StackView.onActivated: {
        page.focusHeading()
        page.openingFocus?.forceActiveFocus()
        Session.pageShown(page.pageName)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 4 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // Wide enough to grab; the page also scrolls by wheel, drag and keyboard focus.
        ScrollBar.vertical: ScrollBar {
            width: Theme.unit * 3
            Accessible.name: qsTr("Scroll the page")
        }

        ColumnLayout {
            id: column

            width: Math.min(flick.width - 4 * Theme.spacing, Theme.contentWidth)
            x: (flick.width - width) / 2
            y: 2 * Theme.spacing
            spacing: Theme.spacing

            PageHeading {
                id: heading

                Layout.fillWidth: true
                focus: true
            }
        }
    }

    // Scroll so that whatever has keyboard focus can be seen, ring included.
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem
            if (!item || !column.contains(column.mapFromItem(item, 0, 0)))
                return
            const margin = Theme.focusWidth * 3
            const top = item.mapToItem(column, 0, 0).y + column.y - margin
            const bottom = top + item.height + 2 * margin
            if (top < flick.contentY)
                page.scrollTo(Math.max(0, top))
            else if (bottom > flick.contentY + flick.height)
                page.scrollTo(Math.min(flick.contentHeight - flick.height, bottom - flick.height))
        }
    }
}
