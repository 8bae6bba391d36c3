// SPDX-License-Identifier: GPL-3.0-or-later
#include "Framework.h"

namespace OpenSteps::Framework {

const QStringList &topics() {
    static const QStringList ids = {
        QStringLiteral("foundation"),           QStringLiteral("communicating"),
        QStringLiteral("handling-information"), QStringLiteral("transacting"),
        QStringLiteral("problem-solving"),      QStringLiteral("being-safe"),
    };
    return ids;
}

const QStringList &skills() {
    static const QStringList ids = {
        QStringLiteral("eds.foundation.turn-on"),
        QStringLiteral("eds.foundation.controls"),
        QStringLiteral("eds.foundation.settings"),
        QStringLiteral("eds.foundation.apps"),
        QStringLiteral("eds.foundation.wifi"),
        QStringLiteral("eds.foundation.browser"),
        QStringLiteral("eds.foundation.passwords"),
        QStringLiteral("eds.foundation.change-password"),
        QStringLiteral("eds.communicating"),
        QStringLiteral("eds.handling-information"),
        QStringLiteral("eds.transacting"),
        QStringLiteral("eds.problem-solving"),
        QStringLiteral("eds.being-safe"),
    };
    return ids;
}

} // namespace OpenSteps::Framework
