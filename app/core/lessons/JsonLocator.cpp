// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

namespace OpenSteps {

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json) {
    skipSpace();
    scanValue(QString());
}

int JsonLocator::lineOf(const QString &pointer) const {
    QString path = pointer;
    while (true) {
        const auto it = m_lines.constFind(path);
        if (it != m_lines.cend())
            return *it;
        if (path.isEmpty())
            return 1;
        path.truncate(path.lastIndexOf(QLatin1Char('/')));
    }
}

int JsonLocator::lineAtOffset(const QByteArray &json, qsizetype offset) {
    return int(json.left(offset).count('\n')) + 1;
}

void JsonLocator::note(const QString &pointer) {
    if (!m_lines.contains(pointer))
        m_lines.insert(pointer, m_line);
}

void JsonLocator::skipSpace() {
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonLocator::scanValue(const QString &pointer) {
    note(pointer);
    if (m_pos >= m_json.size())
        return;
    switch (m_json.at(m_pos)) {
    case '{':
        scanObject(pointer);
        break;
    case '[':
        scanArray(pointer);
        break;
    case '"':
        scanString();
        break;
    default: // number, true, false, null: no newlines inside
        while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(m_pos)))
            ++m_pos;
    }
}

void JsonLocator::scanObject(const QString &pointer) {
    ++m_pos; // '{'
    skipSpace();
    while (m_pos < m_json.size() && m_json.at(m_pos) != '}') {
        const int keyLine = m_line;
        // RFC 6901 escaping so keys containing '/' or '~' cannot collide.
        QString key = scanString();
        key.replace(QLatin1Char('~'), QLatin1String("~0"))
            .replace(QLatin1Char('/'), QLatin1String("~1"));
        const QString child = pointer + QLatin1Char('/') + key;
        if (!m_lines.contains(child))
            m_lines.insert(child, keyLine);
        skipSpace();
        ++m_pos; // ':'
        skipSpace();
        scanValue(child);
        skipSpace();
        if (m_pos < m_json.size() && m_json.at(m_pos) == ',') {
            ++m_pos;
            skipSpace();
        }
    }
    ++m_pos; // '}'
}

void JsonLocator::scanArray(const QString &pointer) {
    ++m_pos; // '['
    skipSpace();
    int index = 0;
    while (m_pos < m_json.size() && m_json.at(m_pos) != ']') {
        scanValue(pointer + QLatin1Char('/') + QString::number(index++));
        skipSpace();
        if (m_pos < m_json.size() && m_json.at(m_pos) == ',') {
            ++m_pos;
            skipSpace();
        }
    }
    ++m_pos; // ']'
}

QString JsonLocator::scanString() {
    const qsizetype start = ++m_pos; // after the opening quote
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
        if (m_json.at(m_pos) == '\\')
            ++m_pos;
        ++m_pos;
    }
    // Keys are only used as lookup paths; escapes in keys are not decoded (lesson keys are slugs).
    const QString text = QString::fromUtf8(m_json.mid(start, m_pos - start));
    ++m_pos; // closing quote
    return text;
}

} // namespace OpenSteps
