// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonListModel.h"

#include "Framework.h"
#include "LessonCatalog.h"

#include <algorithm>

namespace OpenSteps {

LessonListModel::LessonListModel(const LessonCatalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog) {}

int LessonListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : qMin(total(), m_shown);
}

int LessonListModel::total() const {
    return int(m_catalog.lessons().size());
}

void LessonListModel::showMore() {
    const int more = qMin(total(), m_shown + kPageSize) - rowCount();
    if (more <= 0)
        return;
    beginInsertRows({}, rowCount(), rowCount() + more - 1);
    m_shown += kPageSize;
    endInsertRows();
    Q_EMIT countChanged();
}

QVariant LessonListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Lesson &lesson = m_catalog.lessons().at(m_rows.value(index.row(), index.row()));
    const LessonState state = m_states.value(lesson.id);
    switch (role) {
    case LessonIdRole:
        return lesson.id;
    case TitleRole:
        return lesson.title(m_language);
    case SummaryRole:
        return lesson.summary(m_language);
    case TopicRole:
        return lesson.topic;
    case StepCountRole:
        return int(lesson.steps.size());
    case StepsDoneRole: {
        // Count only steps the lesson still has, so an edited lesson never shows 11 of 10.
        int done = 0;
        for (const Step &step : lesson.steps)
            done += state.completedSteps.contains(step.id) ? 1 : 0;
        return done;
    }
    case CompletedRole:
        return state.completed;
    case FirstInTopicRole:
        return index.row() == 0 ||
               m_catalog.lessons().at(m_rows.value(index.row() - 1)).topic != lesson.topic;
    case TopicDoneRole: {
        int done = 0;
        for (const Lesson &other : m_catalog.lessons())
            done += other.topic == lesson.topic && m_states.value(other.id).completed ? 1 : 0;
        return done;
    }
    case TopicTotalRole:
        return m_topicTotals.value(lesson.topic);
    }
    return {};
}

QHash<int, QByteArray> LessonListModel::roleNames() const {
    return {{LessonIdRole, "lessonId"},   {TitleRole, "title"},
            {SummaryRole, "summary"},     {TopicRole, "topic"},
            {StepCountRole, "stepCount"}, {StepsDoneRole, "stepsDone"},
            {CompletedRole, "completed"}, {FirstInTopicRole, "firstInTopic"},
            {TopicDoneRole, "topicDone"}, {TopicTotalRole, "topicTotal"}};
}

void LessonListModel::refresh(const QHash<QString, LessonState> &states, const QString &language,
                              const QList<int> &path) {
    // The lessons never change while the app runs: after a step only progress changes, so the
    // cards are updated in place instead of being rebuilt.
    if (language == m_language && path == m_path && rowCount() > 0) {
        m_states = states;
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {StepsDoneRole, CompletedRole, TopicDoneRole});
        return;
    }
    beginResetModel();
    m_states = states;
    m_language = language;
    m_path = path;
    // Topics in framework order; unknown topics last. Within a topic the path decides.
    const QList<Lesson> &lessons = m_catalog.lessons();
    const auto topicRank = [&](int i) {
        const qsizetype rank = Framework::topics().indexOf(lessons.at(i).topic);
        return rank < 0 ? Framework::topics().size() : rank;
    };
    m_rows = path;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](int a, int b) { return topicRank(a) < topicRank(b); });
    m_topicTotals.clear();
    for (const Lesson &lesson : lessons)
        ++m_topicTotals[lesson.topic];
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace OpenSteps
