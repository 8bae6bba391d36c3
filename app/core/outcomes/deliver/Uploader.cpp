// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uploader.h"

#include "Clock.h"
#include "DemoFlag.h"
#include "Logging.h"
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
    m_inFlight.clear();
    m_replies.clear();
    m_halt.reset();
    m_retryDelayMs = -1;
    m_clock.start();
    // Always answer from the event loop, never from inside run(): callers connect first.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        // Demo data's made-up learners never reach the programme's LRS.
        m_report.error = DemoFlag::sendingProblem(m_settings);
        if (m_report.error.isEmpty())
            m_report.error = m_config.problem();
        if (!m_report.error.isEmpty())
            finish(Outcome::Misconfigured);
        else
            pump();
    });
}

void Uploader::stop() {
    if (!m_running)
        return;
    ++m_generation;
    // What they carried stays pending and is sent again with the same ids.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    finish(Outcome::Stopped);
}

void Uploader::pump() {
    while (!m_halt && m_replies.size() < m_options.parallel) {
        QList<OutboxStore::Entry> next;
        if (!m_oneByOne.isEmpty())
            next = {m_oneByOne.takeFirst()};
        else
            next = nextBatch();
        if (next.isEmpty())
            break;
        post(next);
    }
    if (m_replies.isEmpty())
        conclude();
}

QList<OutboxStore::Entry> Uploader::nextBatch() const {
    // The oldest pending statements not already on their way or queued one by one.
    QSet<QString> taken = m_inFlight;
    for (const OutboxStore::Entry &entry : m_oneByOne)
        taken.insert(entry.id);
    const QList<OutboxStore::Entry> candidates =
        m_outbox.pending(m_options.batchSize + int(taken.size()),
                         m_options.ignoreSchedule ? QDateTime() : QDateTime::currentDateTimeUtc());
    QList<OutboxStore::Entry> batch;
    for (const OutboxStore::Entry &entry : candidates) {
        if (!taken.contains(entry.id) && batch.size() < m_options.batchSize)
            batch.append(entry);
    }
    return batch;
}

void Uploader::conclude() {
    if (m_halt == Outcome::Waiting && m_retryDelayMs >= 0 && m_options.retryForMs > 0 &&
        m_clock.elapsed() + m_retryDelayMs <= m_options.retryForMs) {
        // Wait out the backoff, then carry on with whatever is pending.
        const qint64 delay = m_retryDelayMs;
        m_halt.reset();
        m_retryDelayMs = -1;
        m_oneByOne.clear(); // still pending; they come round again
        const int generation = m_generation;
        QTimer::singleShot(delay, this, [this, generation] {
            if (generation == m_generation)
                pump();
        });
        return;
    }
    if (m_halt) {
        if (*m_halt == Outcome::Waiting && m_retryDelayMs >= 0)
            m_report.retryAt = QDateTime::currentDateTimeUtc().addMSecs(m_retryDelayMs);
        finish(*m_halt);
        return;
    }
    m_report.retryAt = m_outbox.nextAttemptAt();
    finish(m_outbox.pendingCount() == 0 ? Outcome::Empty : Outcome::Waiting);
}

void Uploader::halt(Outcome outcome) {
    // The gravest reason wins: rejected credentials, then a wrong address, then waiting.
    const auto gravity = [](Outcome o) {
        return o == Outcome::CredentialsRejected ? 3 : o == Outcome::Misconfigured ? 2 : 1;
    };
    if (!m_halt || gravity(outcome) > gravity(*m_halt))
        m_halt = outcome;
}

void Uploader::post(const QList<OutboxStore::Entry> &entries) {
    // Counted before sending: a statement whose answer is lost (or whose run is killed) may be
    // in the LRS, so "Delete my data" voids it rather than dropping it.
    if (!m_outbox.markAttempted(idsOf(entries))) {
        noteError(QStringLiteral("The outbox could not be updated on this computer."));
        halt(Outcome::Waiting);
        return;
    }
    QJsonArray statements;
    for (const OutboxStore::Entry &entry : entries) {
        statements.append(entry.statement);
        m_inFlight.insert(entry.id);
    }
    QNetworkRequest request = m_config.request(m_config.statementsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.timeoutMs); // a stalled LRS counts as a failed try
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(statements).toJson(QJsonDocument::Compact));
    m_replies.append(reply);
    const int generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, entries, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_replies.removeAll(reply);
        for (const OutboxStore::Entry &entry : entries)
            m_inFlight.remove(entry.id);
        handleReply(reply, entries);
        pump();
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
            halt(Outcome::Waiting);
            return;
        }
        m_report.delivered += int(ids.size());
        noteSuccess();
        Q_EMIT delivered(m_report.delivered);
    } else if ((status == 409 || status == 400) && !single) {
        m_oneByOne.append(entries); // find the statement the LRS objects to
    } else if (status == 409) {
        // The LRS has a statement with this id: ours, from a try whose answer was lost.
        qCInfo(lcSync) << "LRS already has" << ids.first() << "- counted as delivered";
        m_outbox.markDelivered(ids);
        ++m_report.delivered;
        ++m_report.alreadyThere;
        Q_EMIT delivered(m_report.delivered);
    } else if (status == 400) {
        const QString message = messageOf(body);
        m_outbox.setAside(ids.first(), message);
        ++m_report.setAside;
        noteError(QStringLiteral("The LRS refused a statement: %1").arg(message));
    } else if (status == 401 || status == 403) {
        m_settings.setValue(QLatin1String(kCredentialsRejectedKey), QStringLiteral("1"));
        noteError(QStringLiteral("Sync credentials rejected (the LRS answered %1). Check the key "
                                 "and secret.")
                      .arg(status));
        halt(Outcome::CredentialsRejected);
    } else if (status == 429 || status >= 500 || status == 0 || (status >= 200 && status < 300)) {
        // Busy, broken, unreachable, stalled or cut off: worth another try, same ids.
        const QString why =
            status == 0 ? QStringLiteral("Cannot reach the LRS: %1").arg(reply->errorString())
                        : QStringLiteral("The LRS answered %1; trying again later.").arg(status);
        deferAll(entries,
                 retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()),
                 why);
    } else {
        noteError(QStringLiteral("The LRS answered %1 (%2). Check its address.")
                      .arg(status)
                      .arg(messageOf(body)));
        halt(Outcome::Misconfigured);
    }
}

void Uploader::deferAll(const QList<OutboxStore::Entry> &entries, qint64 retryAfter,
                        const QString &error) {
    int attempts = 0;
    for (const OutboxStore::Entry &entry : entries)
        attempts = std::max(attempts, entry.attempts + 1);
    const qint64 delay =
        backoffMs(attempts, retryAfter, QRandomGenerator::global()->generateDouble());
    m_outbox.deferUntil(idsOf(entries), QDateTime::currentDateTimeUtc().addMSecs(delay), error);
    noteError(error);
    m_retryDelayMs = std::max(m_retryDelayMs, delay);
    halt(Outcome::Waiting);
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
