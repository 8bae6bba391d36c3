// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "gp-booking" scene, until the real scene lands.
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
            targetId: "book-appointment"
            text: "book-appointment"
        }
        SimButton {
            session: scene.session
            targetId: "type-phone-call"
            text: "type-phone-call"
        }
        SimButton {
            session: scene.session
            targetId: "type-in-person"
            text: "type-in-person"
        }
        SimButton {
            session: scene.session
            targetId: "day-monday"
            text: "day-monday"
        }
        SimButton {
            session: scene.session
            targetId: "day-tuesday"
            text: "day-tuesday"
        }
        SimButton {
            session: scene.session
            targetId: "day-wednesday"
            text: "day-wednesday"
        }
        SimButton {
            session: scene.session
            targetId: "slot-0900"
            text: "slot-0900"
        }
        SimButton {
            session: scene.session
            targetId: "slot-1030"
            text: "slot-1030"
        }
        SimButton {
            session: scene.session
            targetId: "slot-1415"
            text: "slot-1415"
        }
        SimButton {
            session: scene.session
            targetId: "confirm"
            text: "confirm"
        }
        SimButton {
            session: scene.session
            targetId: "cancel-booking"
            text: "cancel-booking"
        }
    }
}
