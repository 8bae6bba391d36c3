// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepSession.h"

#include <QStringList>

namespace OpenSteps {

// One run of a password-builder step: 3 random words to start from, and a strength meter for
// what the learner types. What is typed is looked at and forgotten: it is never kept in this
// object, saved with the step or logged.
class PasswordBuilderSession : public OpenSteps::StepSession {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lesson.passwordBuilder")
    Q_PROPERTY(QStringList words READ words NOTIFY wordsChanged)
    Q_PROPERTY(QString wordsText READ wordsText NOTIFY wordsChanged)
    Q_PROPERTY(int level READ level NOTIFY changed)
    Q_PROPERTY(QString levelName READ levelName NOTIFY changed)
    Q_PROPERTY(QStringList reasons READ reasons NOTIFY changed)

public:
    explicit PasswordBuilderSession(QObject *parent = nullptr);

    QStringList words() const { return m_words; }
    QString wordsText() const { return m_words.join(QLatin1Char(' ')); }
    // 0 empty, 1 very weak, 2 weak, 3 fair, 4 strong.
    int level() const { return m_level; }
    QString levelName() const;
    QStringList reasons() const { return m_reasons; }
    // Done once the learner has made a strong password; emptying the box afterwards is fine.
    bool done() const override { return m_reachedStrong; }

    Q_INVOKABLE void newWords();
    Q_INVOKABLE void check(const QString &password);

Q_SIGNALS:
    void wordsChanged();

private:
    QStringList m_words;
    int m_level = 0;
    QStringList m_reasons;
    bool m_reachedStrong = false;
};

} // namespace OpenSteps
