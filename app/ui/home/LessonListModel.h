// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressStore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace OpenSteps {

class LessonCatalog;

// The lessons with one learner's progress, in the learner's language, grouped by topic (in
// framework order) and in path order within a topic. The first lesson of each topic carries
// the topic's progress, for its heading. Only the first `shown` are rows, so a hub with
// hundreds of lessons does not make Home slow to open; showMore() adds the next ones.
class LessonListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Home.lessons")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    enum Role {
        LessonIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        TopicRole,
        StepCountRole,
        StepsDoneRole,
        CompletedRole,
        FirstInTopicRole,
        TopicDoneRole,
        TopicTotalRole,
    };

    static constexpr int kPageSize = 24;

    explicit LessonListModel(const LessonCatalog &catalog, QObject *parent = nullptr);

    int total() const;
    Q_INVOKABLE void showMore();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `path` orders the rows: indexes into the catalog's lessons (see learningPath()).
    void refresh(const QHash<QString, LessonState> &states, const QString &language,
                 const QList<int> &path);

Q_SIGNALS:
    void countChanged();

private:
    const LessonCatalog &m_catalog;
    QHash<QString, LessonState> m_states;
    QString m_language;
    QList<int> m_path;
    QList<int> m_rows; // catalog indexes in the order shown
    QHash<QString, int> m_topicTotals;
    int m_shown = kPageSize;
};

} // namespace OpenSteps
