// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Uploader.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace OpenSteps {

class OutboxStore;
class SecretStore;
class SettingsStore;

// Sends the outbox while the app runs: a minute after start and every minute after that, when
// staff have set an LRS, some statement is due and the LRS has not rejected the credentials.
// A PC without network simply fails a try and backs off; nothing waits on it, and the UI
// never does (the uploader is asynchronous).
class BackgroundSync : public QObject {
    Q_OBJECT
public:
    // The outbox it sends, the PC settings holding the LRS address, the secret's store.
    BackgroundSync(OutboxStore &outbox, SettingsStore &settings, SecretStore &secrets,
                   QObject *parent = nullptr);

    void start(int firstTryMs = 60 * 1000, int everyMs = 60 * 1000);
    // Staff pressed "Send now": every pending statement, backoff or not.
    void sendNow();
    bool isRunning() const { return m_uploader.isRunning(); }
    Uploader::Report lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void runFinished();

private:
    void tick(bool now);

    OutboxStore &m_outbox;
    SettingsStore &m_settings;
    SecretStore &m_secrets;
    Uploader m_uploader;
    QTimer m_timer;
    Uploader::Report m_lastReport;
    bool m_readingSecret = false;
};

} // namespace OpenSteps
