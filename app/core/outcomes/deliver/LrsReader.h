// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LrsConfig.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace OpenSteps {

// Reads every statement the programme's LRS holds (GET statements, page by page following
// `more`), for the programme-wide report. Voided statements are left out by the LRS itself.
// A busy or unreachable LRS is tried again (backoff, at least Retry-After) a few times per page.
// Blocking: runs its own event loop (a command-line tool's way to wait).
class LrsReader {
public:
    struct Options {
        int pageSize = 500;
        int timeoutMs = 30000; // a request with no answer for this long counts as failed
        int triesPerPage = 5;
    };
    struct Result {
        bool ok = false;
        bool credentialsRejected = false;
        QString error; // plain words, when not ok
        qint64 statements = 0;
        int pages = 0;
    };

    LrsReader(LrsConfig config, Options options);
    explicit LrsReader(LrsConfig config)
        : LrsReader(std::move(config), Options{}) {}

    // Calls `each` with every statement, in the LRS's order; stops (not ok) if it returns false.
    Result readAll(const std::function<bool(const QJsonObject &)> &each);

private:
    LrsConfig m_config;
    Options m_options;
};

} // namespace OpenSteps
