// SPDX-License-Identifier: GPL-3.0-or-later
// The text every export writes, straight into its file's buffer: UTF-8, RFC 4180 CSV fields
// and lines, JSON strings and objects, and numbers, dates and names as the files show them.
#include "OutcomeExportParts.h"

#include <QStringEncoder>
#include <QStringTokenizer>

#include <algorithm>
#include <cmath>

namespace OpenSteps::OutcomeExport::detail {

void appendUtf8(QByteArray &out, QStringView text) {
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    out.truncate(encoder.appendToBuffer(out.data() + start, text) - out.constData());
}

void appendCsvField(QByteArray &out, QStringView field) {
    const auto special = [](QChar c) { return c == u',' || c == u'"' || c == u'\r' || c == u'\n'; };
    if (std::none_of(field.begin(), field.end(), special)) {
        appendUtf8(out, field);
        return;
    }
    out += '"';
    for (qsizetype from = 0, quote; from <= field.size(); from = quote + 1) {
        quote = field.indexOf(u'"', from);
        if (quote < 0)
            quote = field.size();
        appendUtf8(out, field.sliced(from, quote - from));
        if (quote < field.size())
            out += "\"\"";
    }
    out += '"';
}

CsvLine &CsvLine::operator<<(const QString &field) {
    separate();
    appendCsvField(m_out, field);
    return *this;
}

CsvLine &CsvLine::number(qint64 value) {
    separate();
    m_out += QByteArray::number(value);
    return *this;
}

void CsvLine::end() {
    m_out += "\r\n";
    m_first = true;
}

void CsvLine::separate() {
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void appendJsonString(QByteArray &out, QStringView text) {
    out += '"';
    qsizetype run = 0; // start of the characters not yet written
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        appendUtf8(out, text.sliced(run, i - run));
        run = i + 1;
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c);
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    appendUtf8(out, text.sliced(run));
    out += '"';
}

JsonMembers::JsonMembers(QByteArray &out)
    : m_out(out) {
    m_out += '{';
}

JsonMembers &JsonMembers::text(const char *key, const QString &value) {
    if (value.isEmpty())
        return raw(key, "null");
    this->key(key);
    appendJsonString(m_out, value);
    return *this;
}

JsonMembers &JsonMembers::list(const char *key, const QString &commaSeparated) {
    this->key(key);
    m_out += '[';
    if (!commaSeparated.isEmpty()) {
        bool first = true; // tokens, not split(): no list made for every record
        for (const QStringView item : QStringTokenizer{commaSeparated, u','}) {
            if (!first)
                m_out += ',';
            first = false;
            appendJsonString(m_out, item);
        }
    }
    m_out += ']';
    return *this;
}

JsonMembers &JsonMembers::raw(const char *key, QByteArrayView json) {
    this->key(key);
    m_out.append(json);
    return *this;
}

void JsonMembers::key(const char *name) {
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += '"';
    m_out += name;
    m_out += "\":";
}

QString spreadsheetSafe(const QString &text) {
    static const QString starts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && starts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString numberText(double value) {
    return value == std::floor(value) ? QString::number(qint64(value))
                                      : QString::number(value, 'f', 1);
}

QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}

} // namespace OpenSteps::OutcomeExport::detail
