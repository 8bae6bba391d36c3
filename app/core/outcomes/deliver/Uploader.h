// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LrsConfig.h"
#include "OutboxStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace OpenSteps {

class SettingsStore;

// Delivers the outbox to the Learning Record Store, each statement exactly once: ids are the
// statements' own, so a resend after a lost answer is stored once by the LRS. Asynchronous
// (Qt's network access), so it never holds up the UI. What each answer means:
//   2xx                    delivered
//   409 for one statement  the LRS already has that id: delivered
//   400 for one statement  invalid: set aside with the LRS's message, shown to staff
//   409/400 for a batch    the batch is sent again one statement at a time to find which
//   401/403                credentials rejected: stop until staff change them
//   429, 5xx, network      wait (exponential backoff with jitter, at least Retry-After)
// The last success and error are kept in the PC's settings for the staff page.
class Uploader : public QObject {
    Q_OBJECT
public:
    struct Options {
        int batchSize = 50;
        int timeoutMs = 30000;
        // Send every pending statement now, even one still waiting out its backoff.
        bool ignoreSchedule = false;
        // Keep retrying failures that may pass while this much time is left (0: stop at the
        // first and leave the retry to the schedule).
        int retryForMs = 0;
        // Requests on their way at once: hides each request's network round trip (and the
        // 40 ms a small HTTP write can wait for an acknowledgement).
        int parallel = 4;
    };

    enum class Outcome {
        Empty,               // nothing pending
        Waiting,             // some wait for a later try (network, LRS busy)
        CredentialsRejected, // 401/403
        Misconfigured,       // no usable endpoint, or the LRS says the address is wrong
        Stopped,
    };

    struct Report {
        Outcome outcome = Outcome::Empty;
        int delivered = 0;    // including those the LRS already had
        int alreadyThere = 0; // 409s
        int setAside = 0;
        int pending = 0;   // left waiting
        QString error;     // the last problem, in words
        QDateTime retryAt; // when Waiting
    };

    Uploader(OutboxStore &outbox, SettingsStore &settings, QObject *parent = nullptr);

    // Starts a run; finished() reports it. Ignored while one is running.
    void run(const LrsConfig &config, const Options &options);
    void stop();
    bool isRunning() const { return m_running; }

    // Exponential with full jitter in its upper half: 1 s, 2 s, 4 s... up to 10 minutes, never
    // sooner than the LRS asked (Retry-After). `attempts` counts tries so far (1 = first).
    static qint64 backoffMs(int attempts, qint64 retryAfterMs, double random01);
    // Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &header, const QDateTime &now);

    // Settings keys of what staff see.
    static constexpr auto kLastSuccessKey = "sync_last_success";
    static constexpr auto kLastErrorKey = "sync_last_error";
    static constexpr auto kLastErrorAtKey = "sync_last_error_at";
    static constexpr auto kCredentialsRejectedKey = "sync_credentials_rejected";

Q_SIGNALS:
    void delivered(int total);
    void finished(const OpenSteps::Uploader::Report &report);

private:
    // Keeps up to `parallel` requests on their way; concludes when none is left.
    void pump();
    QList<OutboxStore::Entry> nextBatch() const;
    void post(const QList<OutboxStore::Entry> &entries);
    void handleReply(QNetworkReply *reply, const QList<OutboxStore::Entry> &entries);
    // A failure that may pass: each statement waits its backoff; the run pauses.
    void deferAll(const QList<OutboxStore::Entry> &entries, qint64 retryAfter,
                  const QString &error);
    void halt(Outcome outcome);
    void conclude();
    void finish(Outcome outcome);
    void noteError(const QString &error);
    void noteSuccess();

    OutboxStore &m_outbox;
    SettingsStore &m_settings;
    QNetworkAccessManager *m_network = nullptr;
    LrsConfig m_config;
    Options m_options;
    Report m_report;
    QList<OutboxStore::Entry> m_oneByOne; // a refused batch, being sent one at a time
    QSet<QString> m_inFlight;             // ids on their way
    QList<QPointer<QNetworkReply>> m_replies;
    std::optional<Outcome> m_halt; // set: launch nothing more, conclude when all are back
    qint64 m_retryDelayMs = -1;
    QElapsedTimer m_clock;
    bool m_running = false;
    int m_generation = 0; // a stopped run's late timers and replies are ignored
};

} // namespace OpenSteps

Q_DECLARE_METATYPE(OpenSteps::Uploader::Report)
