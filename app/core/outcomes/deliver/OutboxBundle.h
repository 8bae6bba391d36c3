// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XapiStatement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace OpenSteps {

class Database;
class OutboxStore;

// Bundles carry statements from a hub without internet to a PC that has it (on a USB stick).
// A bundle is a UTF-8 text file in JSON Lines: a header line
//   {"count":N,"created":"<rounded UTC time>","format":"opensteps-xapi-bundle","hub":"<id>",
//    "sha256":"<hex>","version":1}
// then N lines, one compact xAPI statement each, every line ending in "\n". "sha256" is the
// SHA-256 of all the bytes after the header line. The checksum finds damage and careless edits
// (a cut-short copy, a changed byte, a missing or added line); it is not a signature, and
// anyone who edits a statement and recomputes it can pass it off. The LRS's own credentials
// and the statements' ids are what the programme relies on, not the bundle.
namespace OutboxBundle {

inline constexpr auto kFormat = "opensteps-xapi-bundle";
inline constexpr int kVersion = 1;
inline constexpr qint64 kMaxBytes = qint64(256) << 20; // far above 10,000 statements

struct Header {
    QString hub;
    QString created;
    int count = 0;
    QString sha256; // lower-case hex
};

struct Contents {
    Header header;
    QList<QJsonObject> statements;
};

QByteArray encode(const QList<QJsonObject> &statements, const QString &hub, const QString &created);
// Checks the header, the count, the checksum and every statement before anything is used;
// nullopt and `*problem` (one plain sentence) when any of it is wrong.
std::optional<Contents> decode(const QByteArray &bytes, QString *problem);

struct Result {
    bool ok = false;
    int count = 0;       // exported, or imported as new
    int alreadyHere = 0; // import only: ids this PC's outbox had already
    QString error;       // plain words for staff, when !ok
};

// Writes the pending statements (with `again`, also those exported before) to `path` whole or
// not at all, and marks them exported, in one transaction. Refuses to replace an existing
// file (it may be an earlier bundle not yet carried in). With nothing to export it writes no
// file and succeeds with count 0.
Result exportTo(Database &db, OutboxStore &outbox, const Xapi::Context &pc, const QString &path,
                bool again);
// Checks the whole bundle, then adds its statements as pending, in one transaction; ids the
// outbox has already (in any state) are skipped, so importing a bundle twice sends it once.
Result importFrom(Database &db, OutboxStore &outbox, const QString &path);

} // namespace OutboxBundle
} // namespace OpenSteps
