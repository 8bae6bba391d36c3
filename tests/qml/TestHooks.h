// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For Qt Quick tests only (import OpenStepsTest): ways in that the app itself never offers.
#include "Profile.h"
#include "SimulationScenes.h"

#include <QObject>
#include <QQmlEngine>

namespace OpenSteps {

class TestHooks : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static TestHooks *create(QQmlEngine *, QJSEngine *) { return new TestHooks; }
    // The test's Profile (tst_qml.cpp sets it before any test runs).
    static Profile *&profile() {
        static Profile *instance = nullptr;
        return instance;
    }

    // A profile made and signed in, without the "Share your progress?" question.
    Q_INVOKABLE bool createLearner(const QString &name, const QString &avatar,
                                   const QString &pinKind, const QString &pin) const {
        return profile()->createProfile(name, avatar, pinKind, pin, {});
    }
    // What lessons may ask for in a simulation scene; scenes are tested on it.
    Q_INVOKABLE static QStringList sceneTargets(const QString &scene) {
        return SimulationScenes::targets(scene);
    }
};

} // namespace OpenSteps
