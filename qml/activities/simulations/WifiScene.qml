// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "wifi" scene, until the real scene lands.
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
            targetId: "wifi-icon"
            text: "wifi-icon"
        }
        SimButton {
            session: scene.session
            targetId: "network-leafield-library"
            text: "network-leafield-library"
        }
        SimButton {
            session: scene.session
            targetId: "network-free-fast-wifi"
            text: "network-free-fast-wifi"
        }
        SimButton {
            session: scene.session
            targetId: "network-flat-12"
            text: "network-flat-12"
        }
        SimButton {
            session: scene.session
            targetId: "connect"
            text: "connect"
        }
        SimButton {
            session: scene.session
            targetId: "cancel"
            text: "cancel"
        }
    }
}
