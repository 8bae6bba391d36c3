// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import OpenSteps

// PLACEHOLDER: one button per target of the "email" scene, until the real scene lands.
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
            targetId: "email-from-sam"
            text: "email-from-sam"
        }
        SimButton {
            session: scene.session
            targetId: "email-from-bank"
            text: "email-from-bank"
        }
        SimButton {
            session: scene.session
            targetId: "email-from-surgery"
            text: "email-from-surgery"
        }
        SimButton {
            session: scene.session
            targetId: "reply"
            text: "reply"
        }
        SimButton {
            session: scene.session
            targetId: "attach"
            text: "attach"
        }
        SimButton {
            session: scene.session
            targetId: "photo-garden"
            text: "photo-garden"
        }
        SimButton {
            session: scene.session
            targetId: "photo-cat"
            text: "photo-cat"
        }
        SimButton {
            session: scene.session
            targetId: "send"
            text: "send"
        }
        SimButton {
            session: scene.session
            targetId: "report-scam"
            text: "report-scam"
        }
        SimButton {
            session: scene.session
            targetId: "delete"
            text: "delete"
        }
        SimButton {
            session: scene.session
            targetId: "inbox"
            text: "inbox"
        }
    }
}
