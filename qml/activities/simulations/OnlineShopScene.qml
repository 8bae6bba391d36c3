// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "online-shop" scene, until the real scene lands.
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
            targetId: "padlock"
            text: "padlock"
        }
        SimButton {
            session: scene.session
            targetId: "product-kettle"
            text: "product-kettle"
        }
        SimButton {
            session: scene.session
            targetId: "product-toaster"
            text: "product-toaster"
        }
        SimButton {
            session: scene.session
            targetId: "add-to-basket"
            text: "add-to-basket"
        }
        SimButton {
            session: scene.session
            targetId: "basket"
            text: "basket"
        }
        SimButton {
            session: scene.session
            targetId: "checkout"
            text: "checkout"
        }
        SimButton {
            session: scene.session
            targetId: "refuse-request"
            text: "refuse-request"
        }
        SimButton {
            session: scene.session
            targetId: "share-pin"
            text: "share-pin"
        }
        SimButton {
            session: scene.session
            targetId: "pay"
            text: "pay"
        }
    }
}
