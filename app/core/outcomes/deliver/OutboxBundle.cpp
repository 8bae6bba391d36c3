// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxBundle.h"

#include "Database.h"
#include "DemoFlag.h"
#include "OutboxStore.h"
#include "SettingsStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace OpenSteps::OutboxBundle {

namespace {

QString sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Advice for a bundle damaged on the way: the hub can write its statements out again.
constexpr char kMakeAgain[] = " Make it again on the PC it came from (bundle export with --again).";

// The header, or nullopt and `*problem` when the first line is not one this version reads.
std::optional<Header> readHeader(const QByteArray &line, QString *problem) {
    const QJsonObject header = QJsonDocument::fromJson(line).object();
    if (header.isEmpty() && line.contains(kFormat)) {
        *problem = QStringLiteral("The bundle's header is damaged or cut short.") +
                   QLatin1String(kMakeAgain);
        return std::nullopt;
    }
    if (header.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *problem = QStringLiteral("The file is not an OpenSteps bundle (its first line is not a "
                                  "bundle header).");
        return std::nullopt;
    }
    const int version = header.value(QStringLiteral("version")).toInt(-1);
    if (version > kVersion) {
        *problem = QStringLiteral("The bundle was made by a newer OpenSteps (bundle version %1; "
                                  "this one reads version %2). Update OpenSteps here, then "
                                  "import it again.")
                       .arg(version)
                       .arg(kVersion);
        return std::nullopt;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    Header result{header.value(QStringLiteral("hub")).toString(),
                  header.value(QStringLiteral("created")).toString(),
                  header.value(QStringLiteral("count")).toInt(-1),
                  header.value(QStringLiteral("sha256")).toString()};
    const char *bad = version != kVersion                               ? "version"
                      : !header.value(QStringLiteral("hub")).isString() ? "hub"
                      : result.created.isEmpty()                        ? "created"
                      : result.count < 0                                ? "count"
                      : !hex.match(result.sha256).hasMatch()            ? "sha256"
                                                                        : nullptr;
    if (bad) {
        *problem = QStringLiteral("The bundle's header is damaged (its \"%1\" is missing or "
                                  "wrong).")
                       .arg(QLatin1String(bad));
        return std::nullopt;
    }
    return result;
}

} // namespace

QByteArray encode(const QList<QJsonObject> &statements, const QString &hub,
                  const QString &created) {
    QByteArray body;
    for (const QJsonObject &statement : statements)
        body += QJsonDocument(statement).toJson(QJsonDocument::Compact) + '\n';
    const QJsonObject header{{QStringLiteral("format"), QLatin1String(kFormat)},
                             {QStringLiteral("version"), kVersion},
                             {QStringLiteral("hub"), hub},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("count"), int(statements.size())},
                             {QStringLiteral("sha256"), sha256Hex(body)}};
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body;
}

std::optional<Contents> decode(const QByteArray &bytes, QString *problem) {
    if (bytes.isEmpty()) {
        *problem = QStringLiteral("The file is empty: it is not an OpenSteps bundle.");
        return std::nullopt;
    }
    const qsizetype headerEnd = bytes.indexOf('\n');
    const auto header = readHeader(headerEnd < 0 ? bytes : bytes.left(headerEnd), problem);
    if (!header)
        return std::nullopt;
    const QByteArray body = headerEnd < 0 ? QByteArray() : bytes.mid(headerEnd + 1);
    if (headerEnd < 0 || (!body.isEmpty() && !body.endsWith('\n'))) {
        *problem = QStringLiteral("The bundle is cut short: its last line is incomplete.") +
                   QLatin1String(kMakeAgain);
        return std::nullopt;
    }
    QList<QByteArray> lines = body.split('\n');
    lines.removeLast(); // after the final "\n"
    if (lines.size() != header->count) {
        *problem = lines.size() < header->count
                       ? QStringLiteral("The bundle is incomplete: its header lists %1 "
                                        "statements but the file holds %2.")
                                 .arg(header->count)
                                 .arg(lines.size()) +
                             QLatin1String(kMakeAgain)
                       : QStringLiteral("The bundle holds %1 statements but its header lists "
                                        "%2: lines were added after it was made.")
                             .arg(lines.size())
                             .arg(header->count);
        return std::nullopt;
    }
    if (sha256Hex(body) != header->sha256) {
        *problem = QStringLiteral("The bundle has been changed or damaged since it was made: "
                                  "its SHA-256 checksum does not match.") +
                   QLatin1String(kMakeAgain);
        return std::nullopt;
    }
    Contents contents{*header, {}};
    QHash<QString, int> seen; // id -> statement number
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i));
        const QJsonObject statement = document.object();
        QString wrong = document.isObject() ? Xapi::statementProblem(statement)
                                            : QStringLiteral("it is not a JSON object");
        const QString id = statement.value(QStringLiteral("id")).toString();
        if (wrong.isEmpty() && seen.contains(id))
            wrong = QStringLiteral("it repeats the id of statement %1").arg(seen.value(id));
        if (!wrong.isEmpty()) {
            *problem = QStringLiteral("Statement %1 of the bundle (line %2) is not a valid "
                                      "statement: %3.")
                           .arg(i + 1)
                           .arg(i + 2)
                           .arg(wrong);
            return std::nullopt;
        }
        seen.insert(id, i + 1);
        contents.statements.append(statement);
    }
    return contents;
}

Result exportTo(Database &db, OutboxStore &outbox, const Xapi::Context &pc, const QString &path,
                bool again) {
    Result result;
    // Demo data's statements never leave the folder, on a stick either.
    result.error = DemoFlag::sendingProblem(SettingsStore(db));
    if (!result.error.isEmpty())
        return result;
    if (QFileInfo::exists(path)) {
        result.error = QStringLiteral("%1 already exists; it may be a bundle not yet carried in. "
                                      "Choose another name.")
                           .arg(path);
        return result;
    }
    bool written = false;
    result.ok = db.inTransaction([&] {
        const QList<OutboxStore::Entry> entries = outbox.exportable(again);
        if (entries.isEmpty())
            return true; // nothing to carry: no file
        QList<QJsonObject> statements;
        QStringList ids;
        for (const OutboxStore::Entry &entry : entries) {
            statements << entry.statement;
            ids << entry.id;
        }
        if (!outbox.markExported(ids)) {
            result.error = QStringLiteral("Could not mark the statements as exported in the "
                                          "outbox. No file was written.");
            return false;
        }
        // Whole or not at all: QSaveFile writes beside the target and renames on commit.
        const QByteArray bytes =
            encode(statements, pc.hubId,
                   Xapi::roundedTimestamp(QDateTime::currentDateTimeUtc(), pc.rounding));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            result.error = QStringLiteral("Cannot write %1: %2. No file was written.")
                               .arg(path, file.errorString());
            return false;
        }
        written = true;
        result.count = int(statements.size());
        return true;
    });
    if (!result.ok && written) {
        // The file is whole but the outbox still says pending: take the file back, so a
        // failure leaves no bundle behind (a statement sent twice would still be stored once).
        QFile::remove(path);
        result.error = QStringLiteral("Could not record the export in the outbox; %1 was "
                                      "removed.")
                           .arg(path);
        result.count = 0;
    }
    return result;
}

Result importFrom(Database &db, OutboxStore &outbox, const QString &path) {
    Result result;
    // Real learners' statements carried into a demo folder would never be sent from it.
    if (DemoFlag::isSet(SettingsStore(db))) {
        result.error = QStringLiteral("This data folder holds demo data (made by opensteps "
                                      "demo-data), which is never sent: import the bundle on "
                                      "the PC that sends this hub's outcomes.");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString());
        return result;
    }
    if (file.size() > kMaxBytes) {
        result.error = QStringLiteral("%1 is too large to be an OpenSteps bundle.").arg(path);
        return result;
    }
    QString problem;
    const auto contents = decode(file.readAll(), &problem);
    if (!contents) {
        result.error = problem;
        return result;
    }
    result.ok = db.inTransaction([&] {
        for (const QJsonObject &statement : contents->statements) {
            switch (outbox.addCarriedIn(statement)) {
            case OutboxStore::CarriedIn::Added:
                ++result.count;
                break;
            case OutboxStore::CarriedIn::AlreadyHere:
                ++result.alreadyHere;
                break;
            case OutboxStore::CarriedIn::Failed:
                result.error = QStringLiteral("Could not add the statements to the outbox.");
                return false;
            }
        }
        return true;
    });
    if (!result.ok) {
        result.count = 0;
        result.alreadyHere = 0;
    }
    return result;
}

} // namespace OpenSteps::OutboxBundle
