// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uploader.h"

#include "Clock.h"
#include "SettingsStore.h"
#include "XapiStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "opensteps.sync")

namespace OpenSteps {

namespace {

QStringList idsOf(const QList<OutboxStore::Entry> &entries) {
    QStringList ids;
    for (const OutboxStore::Entry &entry : entries)
        ids << entry.id;
    return ids;
}

// The LRS's own words for a refusal, kept short for the staff page.
QString messageOf(const QByteArray &body) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message = object.value(QStringLiteral("message")).toString();
    const QJsonArray warnings = object.value(QStringLiteral("warnings")).toArray();
    for (const QJsonValue &warning : warnings)
        message += (message.isEmpty() ? QString() : QStringLiteral("; ")) + warning.toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).simplified();
    return message.left(500);
}

} // namespace

Uploader::Uploader(OutboxStore &outbox, SettingsStore &settings, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this)) {
    qRegisterMetaType<OpenSteps::Uploader::Report>();
}

qint64 Uploader::backoffMs(int attempts, qint64 retryAfterMs, double random01) {
    constexpr qint64 kBaseMs = 1000;
    constexpr qint64 kCapMs = 10 * 60 * 1000;
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 ceiling = std::min(kCapMs, kBaseMs << doublings);
    // Jitter spreads the hub's retries so PCs that failed together do not retry together.
    const qint64 jittered = ceiling / 2 + qint64(double(ceiling / 2) * random01);
    return std::max(jittered, retryAfterMs);
}

qint64 Uploader::retryAfterMs(const QByteArray &header, const QDateTime &now) {
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds * 1000 : -1;
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT" (always GMT, English names).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

void Uploader::run(const LrsConfig &config, const Options &options) {
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_config = config;
    m_options = options;
    m_report = {};
    m_oneByOne.clear();
    m_clock.start();
    // Always answer from the event loop, never from inside run(): callers connect first.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_report.error = m_config.problem();
        if (!m_report.error.isEmpty())
            finish(Outcome::Misconfigured);
        else
            sendNext();
    });
}

void Uploader::stop() {
    if (!m_running)
        return;
    ++m_generation;
    if (m_reply)
        m_reply->abort(); // what it carried stays pending and is sent again with the same ids
    finish(Outcome::Stopped);
}

void Uploader::sendNext() {
    if (!m_oneByOne.isEmpty()) {
        post({m_oneByOne.takeFirst()});
        return;
    }
    const QList<OutboxStore::Entry> batch =
        m_outbox.pending(m_options.batchSize,
                         m_options.ignoreSchedule ? QDateTime() : QDateTime::currentDateTimeUtc());
    if (batch.isEmpty()) {
        m_report.retryAt = m_outbox.nextAttemptAt();
        finish(m_outbox.pendingCount() == 0 ? Outcome::Empty : Outcome::Waiting);
        return;
    }
    post(batch);
}

void Uploader::post(const QList<OutboxStore::Entry> &entries) {
    if (!m_outbox.markAttempted(idsOf(entries))) {
        noteError(QStringLiteral("The outbox could not be updated on this computer."));
        finish(Outcome::Waiting);
        return;
    }
    QJsonArray statements;
    for (const OutboxStore::Entry &entry : entries)
        statements.append(entry.statement);
    QNetworkRequest request(m_config.statementsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Experience-API-Version", Xapi::kVersion);
    request.setRawHeader(
        "Authorization",
        "Basic " + (m_config.key + QLatin1Char(':') + m_config.secret).toUtf8().toBase64());
    request.setTransferTimeout(m_options.timeoutMs); // a stalled LRS counts as a failed try
    m_reply = m_network->post(request, QJsonDocument(statements).toJson(QJsonDocument::Compact));
    const int generation = m_generation;
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data(), entries, generation] {
                reply->deleteLater();
                if (generation == m_generation)
                    handleReply(reply, entries);
            });
}

void Uploader::handleReply(QNetworkReply *reply, const QList<OutboxStore::Entry> &entries) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QStringList ids = idsOf(entries);
    const bool single = entries.size() == 1;

    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        if (!m_outbox.markDelivered(ids)) {
            noteError(QStringLiteral("The outbox could not be updated on this computer."));
            finish(Outcome::Waiting);
            return;
        }
        m_report.delivered += int(ids.size());
        noteSuccess();
        Q_EMIT delivered(m_report.delivered);
        sendNext();
    } else if ((status == 409 || status == 400) && !single) {
        m_oneByOne = entries; // find the statement the LRS objects to
        sendNext();
    } else if (status == 409) {
        // The LRS has a statement with this id: ours, from a try whose answer was lost.
        qCInfo(lcSync) << "LRS already has" << ids.first() << "- counted as delivered";
        m_outbox.markDelivered(ids);
        ++m_report.delivered;
        ++m_report.alreadyThere;
        Q_EMIT delivered(m_report.delivered);
        sendNext();
    } else if (status == 400) {
        const QString message = messageOf(body);
        m_outbox.setAside(ids.first(), message);
        ++m_report.setAside;
        noteError(QStringLiteral("The LRS refused a statement: %1").arg(message));
        sendNext();
    } else if (status == 401 || status == 403) {
        m_settings.setValue(QLatin1String(kCredentialsRejectedKey), QStringLiteral("1"));
        noteError(QStringLiteral("Sync credentials rejected (the LRS answered %1). Check the key "
                                 "and secret.")
                      .arg(status));
        finish(Outcome::CredentialsRejected);
    } else if (status == 429 || status >= 500 || status == 0 || (status >= 200 && status < 300)) {
        // Busy, broken, unreachable, stalled or cut off: worth another try, same ids.
        const QString why =
            status == 0 ? QStringLiteral("Cannot reach the LRS: %1").arg(reply->errorString())
                        : QStringLiteral("The LRS answered %1; trying again later.").arg(status);
        waitAndRetry(entries,
                     retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()),
                     why);
    } else {
        noteError(QStringLiteral("The LRS answered %1 (%2). Check its address.")
                      .arg(status)
                      .arg(messageOf(body)));
        finish(Outcome::Misconfigured);
    }
}

void Uploader::waitAndRetry(const QList<OutboxStore::Entry> &entries, qint64 retryAfter,
                            const QString &error) {
    int attempts = 0;
    for (const OutboxStore::Entry &entry : entries)
        attempts = std::max(attempts, entry.attempts + 1);
    const qint64 delay =
        backoffMs(attempts, retryAfter, QRandomGenerator::global()->generateDouble());
    const QDateTime retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_outbox.deferUntil(idsOf(entries), retryAt, error);
    m_oneByOne.clear(); // the rest of a refused batch is still pending and comes round again
    noteError(error);
    if (m_options.retryForMs > 0 && m_clock.elapsed() + delay <= m_options.retryForMs) {
        const int generation = m_generation;
        QTimer::singleShot(delay, this, [this, generation] {
            if (generation == m_generation)
                sendNext();
        });
        return;
    }
    m_report.retryAt = retryAt;
    finish(Outcome::Waiting);
}

void Uploader::finish(Outcome outcome) {
    m_running = false;
    m_report.outcome = outcome;
    m_report.pending = m_outbox.pendingCount();
    Q_EMIT finished(m_report);
}

void Uploader::noteError(const QString &error) {
    m_report.error = error;
    qCWarning(lcSync).noquote() << error;
    m_settings.setValue(QLatin1String(kLastErrorKey), error);
    m_settings.setValue(QLatin1String(kLastErrorAtKey), nowUtcIso());
}

void Uploader::noteSuccess() {
    m_settings.setValue(QLatin1String(kLastSuccessKey), nowUtcIso());
    // Not a null QString: the setting's value may not be NULL.
    m_settings.setValue(QLatin1String(kCredentialsRejectedKey), QStringLiteral(""));
}

} // namespace OpenSteps
