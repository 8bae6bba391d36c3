// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace OpenSteps {

class SettingsStore;

// Where the programme's Learning Record Store is and who we are to it. Staff set the endpoint
// and key in the app (kept in the PC's settings); the secret is kept apart (SecretStore).
struct LrsConfig {
    QUrl endpoint; // the LRS's xAPI base, e.g. https://lrs.example.org/data/xAPI/
    QString key;
    QString secret;

    static LrsConfig fromSettings(const SettingsStore &settings); // without the secret
    bool saveTo(SettingsStore &settings) const;                   // endpoint and key only

    // Empty when the endpoint may be used, else why not, in plain words: outcomes travel only
    // over HTTPS; plain HTTP is allowed to this PC itself (a local test LRS).
    QString problem() const;
    // The same for the address alone (key and secret may come later).
    QString addressProblem() const;
    // The statements resource under the endpoint.
    QUrl statementsUrl() const;
    // A request to `url` of this LRS: xAPI version, HTTP Basic credentials, and HTTP/1.1 for
    // plain http (Qt's HTTP/2 upgrade would put parallel requests on one connection).
    QNetworkRequest request(const QUrl &url) const;
};

} // namespace OpenSteps
