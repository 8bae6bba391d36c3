// SPDX-License-Identifier: GPL-3.0-or-later
#include "LrsConfig.h"

#include "SettingsStore.h"
#include "XapiStatement.h"

#include <QHostAddress>
#include <QNetworkRequest>

namespace OpenSteps {

namespace {
const QString kEndpointKey = QStringLiteral("lrs_endpoint");
const QString kKeyKey = QStringLiteral("lrs_key");
} // namespace

LrsConfig LrsConfig::fromSettings(const SettingsStore &settings) {
    return {QUrl(settings.value(kEndpointKey)), settings.value(kKeyKey), {}};
}

bool LrsConfig::saveTo(SettingsStore &settings) const {
    // A null key would be bound as SQL NULL, which `setting` refuses: an empty one is saved.
    return settings.setValue(kEndpointKey, endpoint.toString()) &&
           settings.setValue(kKeyKey, key.isNull() ? QStringLiteral("") : key);
}

QString LrsConfig::problem() const {
    if (const QString problem = addressProblem(); !problem.isEmpty())
        return problem;
    if (key.isEmpty() || secret.isEmpty())
        return QStringLiteral("The Learning Record Store key and secret are both needed.");
    return {};
}

QString LrsConfig::addressProblem() const {
    if (endpoint.isEmpty())
        return QStringLiteral("No Learning Record Store address is set.");
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return QStringLiteral("The Learning Record Store address \"%1\" is not a web address.")
            .arg(endpoint.toString());
    const QString scheme = endpoint.scheme().toLower();
    const QString host = endpoint.host().toLower();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && loopback))
        return QStringLiteral("The Learning Record Store address must start with https:// so "
                              "outcomes cannot be read on the way (plain http:// is only allowed "
                              "to this computer itself).");
    return {};
}

QUrl LrsConfig::statementsUrl() const {
    QUrl url = endpoint;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QLatin1String("statements"));
    return url;
}

QNetworkRequest LrsConfig::request(const QUrl &url) const {
    QNetworkRequest request(url);
    request.setRawHeader("X-Experience-API-Version", Xapi::kVersion);
    request.setRawHeader("Authorization",
                         "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64());
    if (url.scheme() == QLatin1String("http"))
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

} // namespace OpenSteps
