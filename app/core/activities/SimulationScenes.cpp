// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulationScenes.h"

#include <QHash>

namespace OpenSteps::SimulationScenes {

namespace {
QStringList split(const char *ids) {
    return QString::fromLatin1(ids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QHash<QString, QStringList> &table() {
    static const QHash<QString, QStringList> scenes = {
        {QStringLiteral("desktop"),
         split("icon-letters icon-photos icon-calculator start-button menu-letters menu-photos "
               "menu-calculator window-minimise window-maximise window-close taskbar-letters "
               "taskbar-photos taskbar-calculator")},
        {QStringLiteral("wifi"),
         split("wifi-icon network-leafield-library network-free-fast-wifi network-flat-12 "
               "connect cancel")},
        {QStringLiteral("browser"),
         split("address-bar search-box result-1 result-2 result-3 link-opening-times link-join "
               "link-events back forward home")},
        {QStringLiteral("email"),
         split("email-from-sam email-from-bank email-from-surgery reply attach photo-garden "
               "photo-cat send report-scam delete inbox")},
        {QStringLiteral("council-form"),
         split("start-form repair-heating repair-leak repair-window repair-door submit")},
        {QStringLiteral("gp-booking"),
         split("book-appointment type-phone-call type-in-person day-monday day-tuesday "
               "day-wednesday slot-0900 slot-1030 slot-1415 confirm cancel-booking")},
        {QStringLiteral("bus-ticket"),
         split("from-leafield-library from-market-square to-st-james-hospital to-city-station "
               "plan-journey route-1 route-2 buy-ticket ticket-single ticket-day pay")},
        {QStringLiteral("online-shop"),
         split("padlock product-kettle product-toaster add-to-basket basket checkout "
               "refuse-request share-pin pay")},
    };
    return scenes;
}
} // namespace

const QStringList &names() {
    static const QStringList list = {
        QStringLiteral("desktop"),    QStringLiteral("wifi"),         QStringLiteral("browser"),
        QStringLiteral("email"),      QStringLiteral("council-form"), QStringLiteral("gp-booking"),
        QStringLiteral("bus-ticket"), QStringLiteral("online-shop"),
    };
    return list;
}

QStringList targets(const QString &scene) {
    return table().value(scene);
}

} // namespace OpenSteps::SimulationScenes
