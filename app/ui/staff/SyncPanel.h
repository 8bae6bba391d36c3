// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <memory>

namespace OpenSteps {

class BackgroundSync;
class SecretStore;
class Workspace;

// What staff see and set about sharing outcomes with the programme (the "Sync" section of
// the helper page): the LRS address, key and secret; how many statements wait, are set aside
// and when the last one arrived; "Send now"; and a bundle file for a hub without internet.
class SyncPanel : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY changed)
    Q_PROPERTY(QString key READ key NOTIFY changed)
    Q_PROPERTY(bool hasSecret READ hasSecret NOTIFY changed)
    Q_PROPERTY(QString secretWarning READ secretWarning NOTIFY changed)
    // IT keeps the secret in a file of its own (preset lrsSecretFile): it cannot be typed here.
    Q_PROPERTY(bool secretPreset READ secretPreset CONSTANT)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int setAside READ setAside NOTIFY changed)
    // The LRS's reasons for what it refused, a few, most recent first.
    Q_PROPERTY(QVariant setAsideReasons READ setAsideReasons NOTIFY changed)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY changed) // local time, or ""
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString lastErrorAt READ lastErrorAt NOTIFY changed)
    Q_PROPERTY(bool credentialsRejected READ credentialsRejected NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    // This hub: its name (certificates) and id (with every statement and in file names).
    Q_PROPERTY(QString hubName READ hubName NOTIFY changed)
    Q_PROPERTY(QString hubId READ hubId NOTIFY changed)

public:
    // `workspace` may be null (no usable database): the panel then shows nothing to do.
    explicit SyncPanel(Workspace *workspace, QObject *parent = nullptr);
    ~SyncPanel() override;

    static SyncPanel *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(SyncPanel *instance);

    // Starts the background sync (the app does; tests and screenshots do not).
    void startBackground();

    QString endpoint() const;
    QString key() const;
    bool hasSecret() const { return m_hasSecret; }
    QString secretWarning() const;
    bool secretPreset() const;
    int pending() const;
    int setAside() const;
    QVariant setAsideReasons() const;
    QString lastSuccess() const;
    QString lastError() const;
    QString lastErrorAt() const;
    bool credentialsRejected() const;
    bool running() const;
    QString hubName() const;
    QString hubId() const;
    // Saves the hub's name and id; "" when saved, else what is wrong, in words.
    Q_INVOKABLE QString saveHub(const QString &name, const QString &id);

    // Saves the LRS settings; an empty secret keeps the one saved before. Returns "" when
    // saved, else what is wrong, in words.
    Q_INVOKABLE QString save(const QString &endpoint, const QString &key, const QString &secret);
    Q_INVOKABLE void sendNow();
    // Writes the waiting statements to a bundle file in the Documents folder; returns a
    // sentence for staff saying where, or what went wrong.
    Q_INVOKABLE QString exportBundle();
    Q_INVOKABLE void refresh() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    Workspace *m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<BackgroundSync> m_sync;
    bool m_hasSecret = false;
};

} // namespace OpenSteps
