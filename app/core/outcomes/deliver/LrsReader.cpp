// SPDX-License-Identifier: GPL-3.0-or-later
#include "LrsReader.h"

#include "Uploader.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace OpenSteps {

LrsReader::LrsReader(LrsConfig config, Options options)
    : m_config(std::move(config))
    , m_options(options) {}

LrsReader::Result LrsReader::readAll(const std::function<bool(const QJsonObject &)> &each) {
    Result result;
    result.error = m_config.problem();
    if (!result.error.isEmpty())
        return result;
    QNetworkAccessManager network;
    QUrl url = m_config.statementsUrl();
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    url.setQuery(query);

    int tries = 0;
    while (url.isValid() && !url.isEmpty()) {
        QNetworkRequest request = m_config.request(url);
        request.setTransferTimeout(m_options.timeoutMs);
        QNetworkReply *reply = network.get(request);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        ++tries;

        if (status == 401 || status == 403) {
            result.credentialsRejected = true;
            result.error =
                QStringLiteral("The LRS rejected the key and secret (HTTP %1).").arg(status);
            return result;
        }
        const bool passing = status == 429 || status >= 500 ||
                             (status == 0 && reply->error() != QNetworkReply::NoError);
        if (passing) {
            if (tries >= m_options.triesPerPage) {
                result.error =
                    QStringLiteral("The LRS did not answer after %1 tries: %2")
                        .arg(tries)
                        .arg(status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
                return result;
            }
            const qint64 retryAfter = Uploader::retryAfterMs(reply->rawHeader("Retry-After"),
                                                             QDateTime::currentDateTimeUtc());
            QEventLoop pause;
            QTimer::singleShot(Uploader::backoffMs(tries, retryAfter,
                                                   QRandomGenerator::global()->generateDouble()),
                               &pause, &QEventLoop::quit);
            pause.exec();
            continue;
        }
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        if (status != 200 || !page.value(QLatin1String("statements")).isArray()) {
            result.error = QStringLiteral("The LRS answered HTTP %1 without statements to %2")
                               .arg(status)
                               .arg(url.toString(QUrl::RemoveUserInfo));
            return result;
        }
        tries = 0;
        ++result.pages;
        for (const QJsonValue &statement : page.value(QLatin1String("statements")).toArray()) {
            ++result.statements;
            if (!each(statement.toObject())) {
                result.error =
                    QStringLiteral("Reading stopped at statement %1.").arg(result.statements);
                return result;
            }
        }
        // `more` is relative to the LRS's address (often an absolute path); empty at the end.
        const QString more = page.value(QLatin1String("more")).toString();
        url = more.isEmpty() ? QUrl() : m_config.endpoint.resolved(QUrl(more));
    }
    result.ok = true;
    result.error.clear();
    return result;
}

} // namespace OpenSteps
