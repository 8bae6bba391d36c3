// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace OpenSteps {

// Maps JSON pointers ("/steps/2/type") to the line they start on, so a lesson author is told
// exactly where a problem is. QJsonDocument checks syntax; this only reads positions.
class JsonLocator {
public:
    explicit JsonLocator(const QByteArray &json);

    // Line (1-based) of the member key or array element at `pointer`; for a pointer that does
    // not exist, the line of its nearest existing parent.
    int lineOf(const QString &pointer) const;

    static int lineAtOffset(const QByteArray &json, qsizetype offset);

private:
    void scanValue(const QString &pointer);
    void scanObject(const QString &pointer);
    void scanArray(const QString &pointer);
    QString scanString();
    void skipSpace();
    void note(const QString &pointer);

    const QByteArray m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace OpenSteps
