// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace OpenSteps {

class Home;
class Session;
class Workspace;
struct Certificate;
struct ProgressSheet;

// The signed-in learner's progress page: each framework area with lessons finished and the
// skills check before and now, certificates for finished topics, a one-page progress sheet,
// and the progress code that carries progress to another PC (ProgressCode).
class MyProgress : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // {topic, lessonsDone, lessonsTotal, finished, statementIds, statements, canBefore, canNow}
    // per area; canBefore/canNow count "yes" answers in the first and latest skills check
    // (-1: none yet).
    Q_PROPERTY(QVariantList areas READ areas NOTIFY changed)
    Q_PROPERTY(int checksDone READ checksDone NOTIFY changed)
    // Grouped, e.g. "K7QM-3XHD-9TNA-RW4".
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(bool hasPrinter READ hasPrinter CONSTANT)

public:
    MyProgress(Workspace *workspace, Session &session, Home &home, QObject *parent = nullptr);

    static MyProgress *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(MyProgress *instance);

    QVariantList areas() const;
    int checksDone() const;
    QString code() const;
    static bool hasPrinter();

    // Each returns {ok, message}: where the PDF was saved, or what went wrong, in plain words.
    // The words come from QML, already translated: the topic's name and its "I can" skills,
    // and each area's name by topic id.
    Q_INVOKABLE QVariant saveCertificate(const QString &topic, const QString &topicTitle,
                                         const QStringList &skills);
    Q_INVOKABLE QVariant printCertificate(const QString &topic, const QString &topicTitle,
                                          const QStringList &skills);
    Q_INVOKABLE QVariant saveProgressSheet(const QVariantMap &areaTitles);
    Q_INVOKABLE QVariant printProgressSheet(const QVariantMap &areaTitles);
    // Restores a progress code into the signed-in learner: {ok, message, askSharing}; with
    // askSharing the code carried their pseudonym, and the sharing question must be asked.
    Q_INVOKABLE QVariant restore(const QString &typedCode);
    // Marks what is shown as out of date; it is read again only when something looks at it
    // (after every step nothing does, unless the progress or "Well done" page is open).
    Q_INVOKABLE void refresh();

    // Where PDFs go: the PC's Documents folder (or the data folder when there is none).
    static QString documentsFolder();
    // The hub's name on certificates (staff set it; a neutral default until then).
    QString hubName() const;

Q_SIGNALS:
    void changed();

private:
    Certificate certificate(const QString &topicTitle, const QStringList &skills) const;
    ProgressSheet progressSheet(const QVariantMap &areaTitles) const;
    bool topicFinished(const QString &topic) const;
    void readIfStale() const;

    Workspace *m_workspace;
    Session &m_session;
    Home &m_home;
    mutable bool m_stale = true;
    mutable QVariantList m_areas;
    mutable int m_checksDone = 0;
    mutable QString m_code;
};

} // namespace OpenSteps
