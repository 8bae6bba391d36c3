// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "browser" scene, until the real scene lands.
Item {
    id: scene

    required property SimulationSession session

    implicitHeight: flow.implicitHeight + 2 * Theme.spacing

    Flow {
        id: flow

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.gap

        SimButton {
            session: scene.session
            targetId: "address-bar"
            text: "address-bar"
        }
        SimButton {
            session: scene.session
            targetId: "search-box"
            text: "search-box"
        }
        SimButton {
            session: scene.session
            targetId: "result-1"
            text: "result-1"
        }
        SimButton {
            session: scene.session
            targetId: "result-2"
            text: "result-2"
        }
        SimButton {
            session: scene.session
            targetId: "result-3"
            text: "result-3"
        }
        SimButton {
            session: scene.session
            targetId: "link-opening-times"
            text: "link-opening-times"
        }
        SimButton {
            session: scene.session
            targetId: "link-join"
            text: "link-join"
        }
        SimButton {
            session: scene.session
            targetId: "link-events"
            text: "link-events"
        }
        SimButton {
            session: scene.session
            targetId: "back"
            text: "back"
        }
        SimButton {
            session: scene.session
            targetId: "forward"
            text: "forward"
        }
        SimButton {
            session: scene.session
            targetId: "home"
            text: "home"
        }
    }
}
