// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundSync.h"

#include "DemoFlag.h"
#include "OutboxStore.h"
#include "SecretStore.h"
#include "SettingsStore.h"

namespace OpenSteps {

BackgroundSync::BackgroundSync(OutboxStore &outbox, SettingsStore &settings, SecretStore &secrets,
                               QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_uploader(outbox, settings) {
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(false); });
    connect(&m_uploader, &Uploader::finished, this, [this](const Uploader::Report &report) {
        m_lastReport = report;
        Q_EMIT runFinished();
    });
}

void BackgroundSync::start(int firstTryMs, int everyMs) {
    QTimer::singleShot(firstTryMs, this, [this] { tick(false); });
    m_timer.start(everyMs);
}

void BackgroundSync::sendNow() {
    tick(true);
}

void BackgroundSync::tick(bool now) {
    if (m_uploader.isRunning() || m_readingSecret)
        return;
    LrsConfig config = LrsConfig::fromSettings(m_settings);
    if (config.endpoint.isEmpty())
        return; // no LRS set: outcomes stay here (or leave on bundles)
    // Demo data is never sent: no scheduled try; "Send now" gets the uploader's refusal.
    if (!now && DemoFlag::isSet(m_settings))
        return;
    const bool rejected =
        !m_settings.value(QLatin1String(Uploader::kCredentialsRejectedKey)).isEmpty();
    // Scheduled tries wait for a due statement and for staff to mend rejected credentials.
    if (!now && (rejected || m_outbox.pending(1, QDateTime::currentDateTimeUtc()).isEmpty()))
        return;
    m_readingSecret = true;
    m_secrets.read([this, config, now](std::optional<QString> secret) mutable {
        m_readingSecret = false;
        config.secret = secret.value_or(QString());
        Uploader::Options options;
        options.ignoreSchedule = now;
        m_uploader.run(config, options);
    });
}

} // namespace OpenSteps
