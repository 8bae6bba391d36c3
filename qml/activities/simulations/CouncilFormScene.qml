// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "council-form" scene, until the real scene lands.
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
            targetId: "start-form"
            text: "start-form"
        }
        SimButton {
            session: scene.session
            targetId: "repair-heating"
            text: "repair-heating"
        }
        SimButton {
            session: scene.session
            targetId: "repair-leak"
            text: "repair-leak"
        }
        SimButton {
            session: scene.session
            targetId: "repair-window"
            text: "repair-window"
        }
        SimButton {
            session: scene.session
            targetId: "repair-door"
            text: "repair-door"
        }
        SimButton {
            session: scene.session
            targetId: "submit"
            text: "submit"
        }
    }
}
