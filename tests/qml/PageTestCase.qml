// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import OpenSteps

// A TestCase for tests that show pages: what several of them need, written once.
TestCase {
    id: testCase

    // Where show() puts the page; each test file has its own.
    property StackView pageStack

    // The learner's tile data ({id, name, avatar, pinKind}) by name.
    function learnerNamed(name: string): var {
        return Session.learners.find(learner => learner.name === name)
    }
    // Shows `component` as the only page (with `properties`, if any), once it has rendered.
    function show(component: Component, properties: var): Item {
        testCase.pageStack.clear()
        const page = testCase.pageStack.push(component, properties ?? {})
        testCase.waitForRendering(page)
        return page
    }
    // Activated from the keyboard, as a page may have scrolled it out of the test window.
    function press(item: Item) {
        testCase.verify(item && item.visible)
        item.forceActiveFocus(Qt.TabFocusReason)
        testCase.keyClick(Qt.Key_Space)
    }
}
