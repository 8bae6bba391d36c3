// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperStore.h"

#include <QString>
#include <optional>

namespace OpenSteps {

class Workspace;

// Setting up a hub on a new PC: its name and id (HubIdentity), the programme's Learning Record
// Store address (optional) and the first staff account. All of it is saved in one transaction
// or none of it is.
//
// The rule for offering it at start (offerAtStart): the PC has never been set up and never
// used: no staff account, neither `setup_done` nor `setup_skipped` in the settings, and no
// learner profile (a PC already in use, upgraded from before set-up existed, is not stopped at
// start; its staff find "Set up this hub" on the helper page while no staff account exists).
// "Not now" (home use) sets `setup_skipped`, so it is not offered at start again.
class HubSetup {
public:
    struct Form {
        QString hubName;
        QString hubId;
        QString lrsAddress; // optional: "" for none (key and secret are set on the helper page)
        QString staffName;
        QString passphrase;
        QString passphraseAgain;
    };
    // The box a problem is about, so the page can point at it; None for the whole set-up.
    enum class Field { None, HubName, HubId, LrsAddress, StaffName, Passphrase, PassphraseAgain };
    struct Result {
        Field field = Field::None;
        QString problem; // "" when saved (or, for check(), when it can be)
        std::optional<Helper> staff;
        bool ok() const { return problem.isEmpty(); }
    };

    static constexpr auto kDoneKey = "setup_done";       // when it was set up (UTC ISO)
    static constexpr auto kSkippedKey = "setup_skipped"; // when "Not now" was chosen

    explicit HubSetup(Workspace &workspace);

    // See the class comment.
    bool offerAtStart() const;
    // Set-up is possible only while no staff account exists: after that, only staff change
    // the hub (on the helper page), and nobody can make themselves staff.
    bool possible() const;
    // The first problem in the form, in the order of its boxes, without saving anything.
    Result check(const Form &form) const;
    // Checks, then saves the hub, the address, the staff account and `setup_done` together.
    Result save(const Form &form);
    // "Not now": remembered, so the set-up is not offered at start again.
    bool skip();

    static QString fieldName(Field field); // "hubName", "hubId"... ("" for None)

private:
    Workspace &m_workspace;
};

} // namespace OpenSteps
