// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "bus-ticket" scene, until the real scene lands.
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
            targetId: "from-leafield-library"
            text: "from-leafield-library"
        }
        SimButton {
            session: scene.session
            targetId: "from-market-square"
            text: "from-market-square"
        }
        SimButton {
            session: scene.session
            targetId: "to-st-james-hospital"
            text: "to-st-james-hospital"
        }
        SimButton {
            session: scene.session
            targetId: "to-city-station"
            text: "to-city-station"
        }
        SimButton {
            session: scene.session
            targetId: "plan-journey"
            text: "plan-journey"
        }
        SimButton {
            session: scene.session
            targetId: "route-1"
            text: "route-1"
        }
        SimButton {
            session: scene.session
            targetId: "route-2"
            text: "route-2"
        }
        SimButton {
            session: scene.session
            targetId: "buy-ticket"
            text: "buy-ticket"
        }
        SimButton {
            session: scene.session
            targetId: "ticket-single"
            text: "ticket-single"
        }
        SimButton {
            session: scene.session
            targetId: "ticket-day"
            text: "ticket-day"
        }
        SimButton {
            session: scene.session
            targetId: "pay"
            text: "pay"
        }
    }
}
