// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "desktop" scene, until the real scene lands.
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
            targetId: "icon-letters"
            text: "icon-letters"
        }
        SimButton {
            session: scene.session
            targetId: "icon-photos"
            text: "icon-photos"
        }
        SimButton {
            session: scene.session
            targetId: "icon-calculator"
            text: "icon-calculator"
        }
        SimButton {
            session: scene.session
            targetId: "start-button"
            text: "start-button"
        }
        SimButton {
            session: scene.session
            targetId: "menu-letters"
            text: "menu-letters"
        }
        SimButton {
            session: scene.session
            targetId: "menu-photos"
            text: "menu-photos"
        }
        SimButton {
            session: scene.session
            targetId: "menu-calculator"
            text: "menu-calculator"
        }
        SimButton {
            session: scene.session
            targetId: "window-minimise"
            text: "window-minimise"
        }
        SimButton {
            session: scene.session
            targetId: "window-maximise"
            text: "window-maximise"
        }
        SimButton {
            session: scene.session
            targetId: "window-close"
            text: "window-close"
        }
        SimButton {
            session: scene.session
            targetId: "taskbar-letters"
            text: "taskbar-letters"
        }
        SimButton {
            session: scene.session
            targetId: "taskbar-photos"
            text: "taskbar-photos"
        }
        SimButton {
            session: scene.session
            targetId: "taskbar-calculator"
            text: "taskbar-calculator"
        }
    }
}
