// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScamSortSession.h"

namespace OpenSteps {

ScamSortSession::ScamSortSession(const Step &step, const StepText &text, QObject *parent)
    : StepSession(parent)
    , m_messages(step.messages)
    , m_texts(text.messages)
    , m_sort(step.messages) {}

QVariantList ScamSortSession::messages() const {
    QVariantList list;
    for (const ScamMessage &message : m_messages) {
        const MessageText text = m_texts.value(message.id);
        list.append(QVariantMap{{QStringLiteral("messageId"), message.id},
                                {QStringLiteral("kind"), message.kind},
                                {QStringLiteral("verdict"), message.verdict},
                                {QStringLiteral("from"), text.from},
                                {QStringLiteral("subject"), text.subject},
                                {QStringLiteral("body"), text.body},
                                {QStringLiteral("signs"), text.signs},
                                {QStringLiteral("sortedAs"), m_sort.sortedAs(message.id)},
                                {QStringLiteral("right"), m_sort.isRight(message.id)}});
    }
    return list;
}

bool ScamSortSession::sort(const QString &messageId, const QString &verdict) {
    const bool right = m_sort.sort(messageId, verdict);
    Q_EMIT changed();
    return right;
}

} // namespace OpenSteps
