// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PointerPractice.h"

#include "StepSession.h"
#include <QElapsedTimer>

#include <QObject>
#include <QQmlEngine>

namespace OpenSteps {

// One run of a mouse-practice step as QML sees it. The QML activity reports hits and misses;
// the rules (target size, mastery) live in PointerPractice. Time per target is measured here
// and only recorded: nothing ever ends an attempt.
class MousePracticeSession : public OpenSteps::StepSession {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lesson.practice")
    Q_PROPERTY(QString action READ action NOTIFY changed)
    Q_PROPERTY(qreal targetSize READ targetSize NOTIFY changed)
    Q_PROPERTY(int hits READ hits NOTIFY changed)
    Q_PROPERTY(int targetsNeeded READ targetsNeeded CONSTANT)
    Q_PROPERTY(bool mastered READ mastered NOTIFY changed)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY changed)

public:
    MousePracticeSession(const QStringList &actions, const PointerPractice::Rules &rules,
                         QObject *parent = nullptr);

    QString action() const { return m_practice.currentAction(); }
    qreal targetSize() const { return m_practice.targetSize(); }
    int hits() const { return m_practice.hits(); }
    int targetsNeeded() const { return m_practice.targetsNeeded(); }
    bool mastered() const { return m_practice.mastered(); }
    // "hit", "miss" or "" before the first try: what the learner's last try did.
    QString lastResult() const { return m_lastResult; }
    bool done() const override { return m_practice.mastered(); }
    std::optional<PointerPractice::Summary> summary() const override {
        return m_practice.summary();
    }

    // `action` is what the learner did: "click", "double-click", "right-click" or "key"
    // (Return or Space on the focused target, for people who cannot use a mouse).
    Q_INVOKABLE void targetActivated(const QString &action);
    Q_INVOKABLE void missed();

private:
    PointerPractice m_practice;
    QElapsedTimer m_sinceTargetShown;
    QString m_lastResult;
};

} // namespace OpenSteps
