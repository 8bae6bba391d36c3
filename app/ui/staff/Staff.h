// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperStore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace OpenSteps {

class Session;
class Workspace;

// What helpers do on the helper page: set the hub up, manage volunteer and staff accounts,
// reset a learner's PIN, set the idle time, and say "I am helping" a learner. What needs a
// helper or staff is refused here, not only hidden in QML.
class Staff : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasHelpers READ hasHelpers NOTIFY accountsChanged)
    // No staff account yet: the hub can be set up (the set-up page makes the first one).
    Q_PROPERTY(bool hubSetupPossible READ hubSetupPossible NOTIFY accountsChanged)
    // For staff signed in: every volunteer and staff account, {name, role}, by name (empty for
    // anybody else).
    Q_PROPERTY(QVariantList helperAccounts READ helperAccounts NOTIFY accountsChanged)
    Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)
    // "Are you still there?" after idleMinutes without use (staff set it; default 10).
    Q_PROPERTY(int idleMinutes READ idleMinutes NOTIFY idleMinutesChanged)
    // A volunteer or staff member helping a learner on this PC (HelpSessionStore): whether
    // somebody is being helped, the learner's name and the helper's name. The session
    // outlasts the helper page; it ends with "I have finished helping", when that learner
    // signs out, or when the app closes.
    Q_PROPERTY(bool helping READ helping NOTIFY helpingChanged)
    Q_PROPERTY(QString helpingLearnerName READ helpingLearnerName NOTIFY helpingChanged)
    Q_PROPERTY(QString helpingHelperName READ helpingHelperName NOTIFY helpingChanged)

public:
    Staff(Workspace *workspace, Session &session, QObject *parent = nullptr);
    ~Staff() override;

    static Staff *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Staff *instance);

    bool hasHelpers() const;
    bool hubSetupPossible() const;
    QVariantList helperAccounts() const;
    static int minPassphraseLength() { return HelperStore::kMinPassphraseLength; }
    int idleMinutes() const;
    bool helping() const { return m_help.id != 0; }
    QString helpingLearnerName() const { return m_help.learnerName; }
    QString helpingHelperName() const { return m_help.helperName; }

    // Sets the hub up (HubSetup): `form` has hubName, hubId, lrsAddress (may be ""),
    // staffName, passphrase and passphraseAgain. Returns {problem, field}: problem "" when
    // all was saved, else what is wrong in words (and nothing was saved), with the form's key
    // of the box at fault ("" for none).
    Q_INVOKABLE QVariant setUpHub(const QVariantMap &form);
    // "Not now: use OpenSteps without setting up a hub": remembered.
    Q_INVOKABLE bool skipHubSetup();
    // The hub id suggested for a name ("Leeds Central Library" -> "leeds-central-library").
    Q_INVOKABLE static QString suggestHubId(const QString &hubName);
    // Needs staff signed in: adds a volunteer or staff account (the passphrase typed twice).
    // Returns "" when added, else what is wrong, in words.
    Q_INVOKABLE QString addHelper(const QString &name, const QString &role,
                                  const QString &passphrase, const QString &passphraseAgain);
    // Needs a helper signed in.
    Q_INVOKABLE bool resetPin(qint64 learnerId);
    // Needs staff signed in; 1 to 120 minutes.
    Q_INVOKABLE bool setIdleMinutes(int minutes);
    // Needs a helper signed in: they start helping the learner (ending any help session this
    // PC had open), or say they have finished.
    Q_INVOKABLE bool startHelping(qint64 learnerId);
    Q_INVOKABLE bool stopHelping();

Q_SIGNALS:
    void accountsChanged();
    void idleMinutesChanged();
    void helpingChanged();

private:
    Workspace *m_workspace;
    Session &m_session;
    struct HelpSession {
        qint64 id = 0;
        qint64 learnerId = 0;
        QString learnerName;
        QString helperName;
    } m_help;
};

} // namespace OpenSteps
