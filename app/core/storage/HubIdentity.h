// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OpenSteps {

class SettingsStore;

// Which hub this PC belongs to, set by staff: the name people read (on certificates and
// progress sheets) and the id that travels with every outcome statement and in file names.
struct HubIdentity {
    QString name; // e.g. "Leeds Central Library"
    QString id;   // e.g. "leeds-central-library"

    static HubIdentity fromSettings(const SettingsStore &settings); // empty parts when unset
    bool saveTo(SettingsStore &settings) const;

    // Empty when usable, else what is wrong, in plain words. An id is 3 to 40 small letters,
    // digits and single hyphens, starting with a letter: it goes into IRIs and file names.
    static QString idProblem(const QString &id);
    static QString nameProblem(const QString &name);
    // An id made from a hub's name for staff to accept or change: small letters and digits
    // with hyphens between words, accents dropped ("Café Årsta 2" -> "cafe-arsta-2"), at most
    // 40 characters, "hub-" first when the name starts with a digit; "" when the name has no
    // letters or digits. Staff may still need to change it (a 2-letter name is too short).
    static QString suggestId(const QString &name);

    static constexpr auto kNameKey = "hub_name";
    static constexpr auto kIdKey = "hub_id";
    static constexpr int kMaxNameLength = 80;
    static constexpr int kMaxIdLength = 40;
};

} // namespace OpenSteps
