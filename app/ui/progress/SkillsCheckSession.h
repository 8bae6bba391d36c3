// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SkillsCheck.h"

#include <QObject>
#include <QQmlEngine>

namespace OpenSteps {

// One skills check as QML sees it: one "I can..." statement at a time, answered "Yes",
// "A bit" or "Not yet". Each answer is saved as it is given; the check counts once finished.
class SkillsCheckSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.skillsCheck")
    Q_PROPERTY(int index READ index NOTIFY changed)
    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(QString statementId READ statementId NOTIFY changed)
    Q_PROPERTY(QString answer READ answer NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)

public:
    // `store` may be null (no database): answers are then kept only on screen.
    SkillsCheckSession(SkillsCheckStore *store, qint64 learnerId, QObject *parent = nullptr);

    int index() const { return m_index; }
    int count() const { return int(SkillsCheck::statements().size()); }
    QString statementId() const { return SkillsCheck::statements().value(m_index).id; }
    QString answer() const { return m_answers.value(statementId()); }
    bool finished() const { return m_finished; }

    // Saves the answer to the statement on screen. False if it could not be saved.
    Q_INVOKABLE bool answerWith(const QString &answer);
    // The next statement (once this one is answered); after the last, the check is complete.
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();

Q_SIGNALS:
    void changed();
    void completed();
    void saveFailed();

private:
    SkillsCheckStore *m_store;
    qint64 m_checkId = 0;
    int m_index = 0;
    QHash<QString, QString> m_answers;
    bool m_finished = false;
};

} // namespace OpenSteps
