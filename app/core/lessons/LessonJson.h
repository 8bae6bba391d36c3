// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the lesson loader: reading lesson JSON with every problem placed on its file and line.
// Shared by LessonLoader (the lesson and its texts) and StepTypes (each type's own fields).
#include "JsonLocator.h"
#include "LessonLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpenSteps::LessonJson {

enum class Kind { String, Integer, Number, Boolean, Array, Object, StringArray };

struct Field {
    QLatin1StringView name;
    Kind kind;
    bool required;
};

inline QString kindName(Kind kind) {
    switch (kind) {
    case Kind::String:
        return QStringLiteral("text in quotes");
    case Kind::Integer:
        return QStringLiteral("a whole number");
    case Kind::Number:
        return QStringLiteral("a number");
    case Kind::Boolean:
        return QStringLiteral("true or false");
    case Kind::Array:
        return QStringLiteral("a list [ ]");
    case Kind::Object:
        return QStringLiteral("an object { }");
    case Kind::StringArray:
        return QStringLiteral("a list of texts in quotes");
    }
    return {};
}

inline bool hasKind(const QJsonValue &value, Kind kind) {
    switch (kind) {
    case Kind::String:
        return value.isString() && !value.toString().trimmed().isEmpty();
    case Kind::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case Kind::Number:
        return value.isDouble();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    case Kind::StringArray: {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    }
    return false;
}

inline bool isSlug(const QString &text) {
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.match(text).hasMatch();
}

// Collects problems for one file, each placed on the line of the JSON it is about.
class FileReport {
public:
    FileReport(QString path, QList<LessonProblem> &sink)
        : m_path(std::move(path))
        , m_sink(sink) {}

    // Reads and parses the file; reports syntax errors. Empty object on failure.
    std::optional<QJsonObject> parse() {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            add(1, QStringLiteral("cannot read the file: ") + file.errorString());
            return std::nullopt;
        }
        const QByteArray data = file.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            add(JsonLocator::lineAtOffset(data, error.offset),
                QStringLiteral("JSON syntax error: ") + error.errorString());
            return std::nullopt;
        }
        if (!doc.isObject()) {
            add(1, QStringLiteral("the file must hold one JSON object { }"));
            return std::nullopt;
        }
        m_data = data;
        return doc.object();
    }

    void error(const QString &pointer, const QString &message) {
        // Lines are only worked out when there is something to report: a good file (the usual
        // case, at every start-up) is never scanned twice.
        if (!m_locator && !m_data.isEmpty())
            m_locator.emplace(m_data);
        add(m_locator ? m_locator->lineOf(pointer) : 1, message);
    }

    // Checks required fields, field types and that no unknown field is present.
    bool checkFields(const QJsonObject &object, const QString &pointer,
                     const QList<Field> &fields) {
        bool ok = true;
        QStringList allowed;
        for (const Field &field : fields) {
            const QString name(field.name);
            allowed << name;
            const QString where = pointer + QLatin1Char('/') + name;
            if (!object.contains(name)) {
                if (field.required) {
                    error(pointer, QStringLiteral("missing required field \"%1\"").arg(name));
                    ok = false;
                }
            } else if (!hasKind(object.value(name), field.kind)) {
                error(where, QStringLiteral("\"%1\" must be %2").arg(name, kindName(field.kind)));
                ok = false;
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                error(pointer + QLatin1Char('/') + it.key(),
                      QStringLiteral("unknown field \"%1\" (allowed here: %2)")
                          .arg(it.key(), allowed.join(QLatin1String(", "))));
                ok = false;
            }
        }
        return ok;
    }

    const QString &path() const { return m_path; }

private:
    void add(int line, const QString &message) { m_sink.append({m_path, line, message}); }

    QString m_path;
    QList<LessonProblem> &m_sink;
    QByteArray m_data;
    std::optional<JsonLocator> m_locator;
};

inline QStringList toStringList(const QJsonValue &value) {
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

inline QString textOf(const QJsonObject &object, const char *name) {
    return object.value(QLatin1String(name)).toString();
}

// Checks the items of a list of objects in lesson.json (tasks, messages): each an object with
// the given fields and a unique slug id. Calls `read` for each good one.
template <typename Read>
void readItems(const QJsonArray &items, const QString &pointer, const QList<Field> &fields,
               FileReport &report, Read read) {
    QStringList ids;
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPointer = pointer + QLatin1Char('/') + QString::number(i);
        if (!items.at(i).isObject()) {
            report.error(itemPointer, QStringLiteral("each item must be an object { }"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        if (!report.checkFields(item, itemPointer, fields))
            continue;
        const QString id = item.value(QLatin1String("id")).toString();
        if (!isSlug(id))
            report.error(
                itemPointer + QLatin1String("/id"),
                QStringLiteral("id \"%1\" must be lowercase letters, digits and dashes").arg(id));
        if (ids.contains(id))
            report.error(itemPointer + QLatin1String("/id"),
                         QStringLiteral("id \"%1\" is used twice in this step").arg(id));
        ids << id;
        read(item, itemPointer);
    }
}

// Reads a keyed object of texts (answers, tasks, messages) for the ids a step has: complains
// about text for ids it does not have and, in the English source, about missing ones.
template <typename Read>
void readKeyedTexts(const QJsonObject &texts, const QStringList &ids, const QString &pointer,
                    const QString &what, bool isSource, const QList<Field> &fields,
                    FileReport &report, Read read) {
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!ids.contains(it.key()))
            report.error(pointer + QLatin1Char('/') + it.key(),
                         QStringLiteral("text for %1 \"%2\", which the step does not have")
                             .arg(what, it.key()));
    }
    for (const QString &id : ids) {
        const QString itemPointer = pointer + QLatin1Char('/') + id;
        if (!texts.contains(id)) {
            if (isSource)
                report.error(pointer, QStringLiteral("missing text for %1 \"%2\"").arg(what, id));
            continue;
        }
        if (!texts.value(id).isObject()) {
            report.error(itemPointer,
                         QStringLiteral("the text of a %1 must be an object { }").arg(what));
            continue;
        }
        const QJsonObject item = texts.value(id).toObject();
        if (report.checkFields(item, itemPointer, fields))
            read(id, item);
    }
}

} // namespace OpenSteps::LessonJson
