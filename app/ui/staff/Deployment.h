// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Presets.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace OpenSteps {

class Session;
class Workspace;

// What IT set for this PC (Presets), for the window and the helper page: kiosk mode (full
// screen, closed only by staff), whether "Just looking" is offered, which values are "set by
// your IT team", the values IT got wrong, and whether learners' progress outlasts a reset.
class Deployment : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    Q_PROPERTY(bool guestAllowed READ guestAllowed CONSTANT)
    // "file: key: problem" for each preset value left out, in plain words, one a line.
    Q_PROPERTY(QString problems READ problems CONSTANT)
    // Empty, or why learners' progress may not outlast a reset of this PC.
    Q_PROPERTY(QString survivalWarning READ survivalWarning CONSTANT)
    // IT chose the data folder, so what waits to be sent is kept through a reset.
    Q_PROPERTY(bool dataSurvivesReset READ dataSurvivesReset CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)

public:
    // `workspace` is null when the database could not be opened.
    Deployment(Workspace *workspace, Session &session, Presets presets, QObject *parent = nullptr);

    static Deployment *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Deployment *instance);

    bool kiosk() const { return m_presets.flag(QStringLiteral("kiosk"), false); }
    // Kiosk PCs offer "Just looking" only when IT allows it; other PCs unless IT forbids it.
    bool guestAllowed() const;
    QString problems() const;
    QString survivalWarning() const;
    bool dataSurvivesReset() const { return m_presets.dataDirPreset(); }
    QString dataDir() const;

    // Whether IT set `key` (a preset name: "hubId", "lrsEndpoint"...) for this PC.
    Q_INVOKABLE bool isPreset(const QString &key) const { return m_presets.has(key); }
    // Whether the window may close now: always, unless in kiosk mode without staff signed in
    // (or staff closing it just now).
    Q_INVOKABLE bool mayClose() const;
    // The window (or a key) asks to close: mayClose(), with a refusal logged for IT.
    Q_INVOKABLE bool requestClose(const QString &how);
    // Closes the app when mayClose(); false (and nothing happens) otherwise.
    Q_INVOKABLE bool quit();
    // Kiosk mode: a staff member closes the app with their name and passphrase (the same tries
    // and pause as signing in). "closed", "wrong" (an unknown name too: the same answer),
    // "locked", or "not-staff" for a volunteer.
    Q_INVOKABLE QString quitAsStaff(const QString &name, const QString &passphrase);

Q_SIGNALS:
    // Closing is allowed and asked for: the app quits (GuiApp connects it).
    void quitRequested();

private:
    Workspace *m_workspace;
    Session &m_session;
    Presets m_presets;
    bool m_closing = false; // staff allowed it: the window's close request must not ask again
};

} // namespace OpenSteps
