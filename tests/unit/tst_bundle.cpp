// SPDX-License-Identifier: GPL-3.0-or-later
// Bundles: statements carried on a stick from a hub without internet to a PC that has it.
// Whole or not at all, checked before anything is imported, and never sent twice.
#include "OutboxBundle.h"
#include "OutcomeRecorder.h"
#include "TestPc.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace OpenSteps;

namespace {

// A hub PC with a learner who agreed to share and has finished two lessons (each: started,
// completed) and a skills check.
struct HubPc : TestPc {
    qint64 learner = 0;
    bool open() {
        if (!TestPc::open())
            return false;
        learner = newLearner(QStringLiteral("Zainab Hussain"), QStringLiteral("ur"));
        if (!workspace.sharing().setConsent(learner, true))
            return false;
        for (const Lesson &lesson : workspace.catalog().lessons().mid(0, 2)) {
            for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
                if (!workspace.progress().completeStep(learner, lesson.id, lesson.steps.at(i).id,
                                                       i == lesson.steps.size() - 1))
                    return false;
            }
        }
        SkillsCheckStore &checks = workspace.skillsChecks();
        const qint64 check = checks.newCheck(learner);
        return checks.saveAnswer(check, QStringLiteral("wifi"), QStringLiteral("not-yet")) &&
               checks.complete(check);
    }
    QString bundlePath(const QString &name = QStringLiteral("hub.bundle")) const {
        return dir.filePath(name);
    }
    OutboxBundle::Result exportTo(const QString &path, bool again = false) {
        return OutboxBundle::exportTo(workspace.database(), workspace.outbox(),
                                      workspace.outcomes().context({}), path, again);
    }
    OutboxBundle::Result importFrom(const QString &path) {
        return OutboxBundle::importFrom(workspace.database(), workspace.outbox(), path);
    }
    // Every statement in the outbox by id, whatever its state.
    QHash<QString, QJsonObject> statements() {
        QHash<QString, QJsonObject> all;
        QSqlQuery query(workspace.database().connection());
        query.exec(QStringLiteral("SELECT id, statement FROM outbox"));
        while (query.next())
            all.insert(query.value(0).toString(),
                       QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        return all;
    }
    int inState(const char *state) {
        return count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = '%1'")
                         .arg(QLatin1String(state)));
    }
};

constexpr int kHubStatements = 2 + 2 + 1; // 2 lessons started and completed, 1 answer

// A small valid bundle made without a database, to damage in every way.
QByteArray sampleBundle() {
    const Xapi::Context context{QString::fromLatin1(OutcomeRecorder::kDefaultProgrammeIri),
                                QStringLiteral("leeds-central-library"), QStringLiteral("en")};
    const QDateTime when(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC);
    QList<QJsonObject> statements;
    for (int i = 0; i < 3; ++i)
        statements << Xapi::voided(Xapi::newStatementId(), QStringLiteral("p"),
                                   Xapi::newStatementId(), when, context);
    return OutboxBundle::encode(statements, context.hubId, QStringLiteral("2026-11-26T14:00:00Z"));
}

// `bundle` with its statement lines swapped for `lines` and the checksum and count made to
// match: what someone who knows the format could do. Only the statement checks stop it.
QByteArray recomputed(const QByteArray &bundle, const QList<QByteArray> &lines) {
    QJsonObject header = QJsonDocument::fromJson(bundle.left(bundle.indexOf('\n'))).object();
    QByteArray body;
    for (const QByteArray &line : lines)
        body += line + '\n';
    header.insert(QStringLiteral("count"), int(lines.size()));
    header.insert(
        QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body;
}

QList<QByteArray> statementLines(const QByteArray &bundle) {
    QList<QByteArray> lines = bundle.split('\n');
    lines.removeFirst(); // the header
    lines.removeLast();  // after the final "\n"
    return lines;
}

QByteArray withHeaderField(const QByteArray &bundle, const QString &key, const QJsonValue &value) {
    const qsizetype end = bundle.indexOf('\n');
    QJsonObject header = QJsonDocument::fromJson(bundle.left(end)).object();
    if (value.isUndefined())
        header.remove(key);
    else
        header.insert(key, value);
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + bundle.mid(end);
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class BundleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripFromHubToConnectedPc() {
        HubPc hub;
        QVERIFY(hub.open());
        QCOMPARE(hub.workspace.outbox().pendingCount(), kHubStatements);
        const QHash<QString, QJsonObject> made = hub.statements();

        const auto exported = hub.exportTo(hub.bundlePath());
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QCOMPARE(exported.count, kHubStatements);
        // Handed over: the uploader here no longer sends them.
        QCOMPARE(hub.workspace.outbox().pendingCount(), 0);
        QCOMPARE(hub.inState("exported"), kHubStatements);

        TestPc connected;
        QVERIFY(connected.open());
        const auto imported = OutboxBundle::importFrom(
            connected.workspace.database(), connected.workspace.outbox(), hub.bundlePath());
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.count, kHubStatements);
        QCOMPARE(imported.alreadyHere, 0);
        const auto pending = connected.workspace.outbox().pending(100);
        QCOMPARE(pending.size(), kHubStatements);
        for (const OutboxStore::Entry &entry : pending) {
            QVERIFY(made.contains(entry.id));
            QCOMPARE(entry.statement, made.value(entry.id)); // same id, same content
        }
        // No learner on this PC owns them, and the file names nobody.
        QCOMPARE(connected.count(
                     QStringLiteral("SELECT count(*) FROM outbox WHERE learner_id IS NOT NULL")),
                 0);
        QFile file(hub.bundlePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Zainab"));
    }

    void importingTwiceSendsNothingTwice() {
        HubPc hub;
        QVERIFY(hub.open());
        QVERIFY(hub.exportTo(hub.bundlePath()).ok);
        HubPc connected; // has statements of its own, which are left alone
        QVERIFY(connected.open());
        const auto first = connected.importFrom(hub.bundlePath());
        QVERIFY(first.ok);
        QCOMPARE(first.count, kHubStatements);
        // Whatever happened to them since (sent, or carried on again), they are known here.
        const QString sent = hub.statements().keys().first();
        QVERIFY(connected.workspace.outbox().markDelivered({sent}));
        const auto second = connected.importFrom(hub.bundlePath());
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.count, 0);
        QCOMPARE(second.alreadyHere, kHubStatements);
        QCOMPARE(connected.workspace.outbox().pendingCount(), 2 * kHubStatements - 1);
        // Back at the hub it came from, nothing is added either.
        const auto home = hub.importFrom(hub.bundlePath());
        QVERIFY(home.ok);
        QCOMPARE(home.alreadyHere, kHubStatements);
        QCOMPARE(hub.workspace.outbox().pendingCount(), 0);
    }

    void againReExportsForALostStick() {
        HubPc hub;
        QVERIFY(hub.open());
        QVERIFY(hub.exportTo(hub.bundlePath()).ok);
        // Without --again nothing is left to export, and no file is made.
        const auto nothing = hub.exportTo(hub.bundlePath(QStringLiteral("second.bundle")));
        QVERIFY(nothing.ok);
        QCOMPARE(nothing.count, 0);
        QVERIFY(!QFile::exists(hub.bundlePath(QStringLiteral("second.bundle"))));
        // A new statement since, and --again: everything not yet delivered goes once more.
        const Lesson &third = hub.workspace.catalog().lessons().at(2);
        QVERIFY(hub.workspace.progress().markOpened(hub.learner, third.id));
        const auto again = hub.exportTo(hub.bundlePath(QStringLiteral("again.bundle")), true);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.count, kHubStatements + 1);
        QCOMPARE(hub.inState("exported"), kHubStatements + 1);
    }

    void exportOfNothingWritesNoFile() {
        TestPc empty;
        QVERIFY(empty.open());
        const QString path = empty.dir.filePath(QStringLiteral("empty.bundle"));
        const auto result =
            OutboxBundle::exportTo(empty.workspace.database(), empty.workspace.outbox(),
                                   empty.workspace.outcomes().context({}), path, false);
        QVERIFY(result.ok);
        QCOMPARE(result.count, 0);
        QVERIFY(!QFile::exists(path));
    }

    void exportThatCannotWriteChangesNothing_data() {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("error");
        QTest::newRow("folder missing") << "no-such-folder/hub.bundle"
                                        << "Cannot write";
        QTest::newRow("inside a file") << "a-file/hub.bundle"
                                       << "Cannot write";
        QTest::newRow("file there already") << "a-file"
                                            << "already exists";
    }
    void exportThatCannotWriteChangesNothing() {
        QFETCH(QString, relativePath);
        QFETCH(QString, error);
        HubPc hub;
        QVERIFY(hub.open());
        QVERIFY(writeFile(hub.bundlePath(QStringLiteral("a-file")), "keep me"));
        const QString path = hub.bundlePath(relativePath);
        const auto result = hub.exportTo(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QCOMPARE(hub.workspace.outbox().pendingCount(), kHubStatements);
        QCOMPARE(hub.inState("exported"), 0);
        QFile kept(hub.bundlePath(QStringLiteral("a-file")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        if (relativePath != QLatin1String("a-file"))
            QVERIFY(!QFile::exists(path));
    }

    void exportThatCannotMarkWritesNoFile() {
        HubPc hub;
        QVERIFY(hub.open());
        QSqlQuery(hub.workspace.database().connection())
            .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON outbox"
                                 " BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        const auto result = hub.exportTo(hub.bundlePath());
        QVERIFY(!result.ok);
        QVERIFY(!QFile::exists(hub.bundlePath()));
        QCOMPARE(hub.workspace.outbox().pendingCount(), kHubStatements);
    }

    void damagedBundlesAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = sampleBundle();
        const QList<QByteArray> lines = statementLines(good);
        const qsizetype headerEnd = good.indexOf('\n');

        QByteArray changed = good;
        changed[headerEnd + 40] = changed.at(headerEnd + 40) == 'a' ? 'b' : 'a';
        QTest::newRow("a changed byte") << changed << "changed or damaged";
        QByteArray missing = good;
        missing.remove(headerEnd + 1, lines.at(1).size() + 1);
        QTest::newRow("a missing line") << missing
                                        << "header lists 3 statements but the file "
                                           "holds 2";
        QTest::newRow("an extra line")
            << QByteArray(good + lines.at(0) + '\n') << "lines were added";
        QTest::newRow("an extra blank line") << QByteArray(good + '\n') << "lines were added";
        QTest::newRow("cut short at a line's end")
            << good.left(good.size() - lines.last().size() - 1) << "is incomplete";
        QTest::newRow("cut short mid-line") << good.chopped(10) << "cut short";
        QTest::newRow("cut short in the header")
            << good.left(headerEnd - 10) << "header is damaged or cut short";
        QTest::newRow("Windows line endings")
            << QByteArray(good).replace("\n", "\r\n") << "changed or damaged";
        QTest::newRow("checksum edited")
            << withHeaderField(good, QStringLiteral("sha256"), QString(64, QLatin1Char('0')))
            << "changed or damaged";
        QTest::newRow("count edited")
            << withHeaderField(good, QStringLiteral("count"), 2) << "lines were added";
        QTest::newRow("no checksum") << withHeaderField(good, QStringLiteral("sha256"), {})
                                     << "\"sha256\" is missing or wrong";
        QTest::newRow("no count") << withHeaderField(good, QStringLiteral("count"), {})
                                  << "\"count\" is missing or wrong";
        QTest::newRow("no hub") << withHeaderField(good, QStringLiteral("hub"), {})
                                << "\"hub\" is missing or wrong";
        QTest::newRow("no version") << withHeaderField(good, QStringLiteral("version"), {})
                                    << "\"version\" is missing or wrong";
        QTest::newRow("a newer version")
            << withHeaderField(good, QStringLiteral("version"), 2) << "made by a newer OpenSteps";
        QTest::newRow("another format")
            << withHeaderField(good, QStringLiteral("format"), QStringLiteral("csv"))
            << "not an OpenSteps bundle";
        QTest::newRow("no header") << good.mid(headerEnd + 1) << "not an OpenSteps bundle";
        QTest::newRow("an empty file") << QByteArray() << "empty";
        QTest::newRow("a picture")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not an OpenSteps bundle";
        QTest::newRow("a text file")
            << QByteArray("Dear Pat,\nhere are the statements.\n") << "not an OpenSteps bundle";
        // Checksum recomputed to match: the statements themselves must still be statements.
        QTest::newRow("not JSON, checksum matching")
            << recomputed(good, {lines.at(0), "hello", lines.at(2)}) << "Statement 2";
        QByteArray noAccount = lines.at(1);
        noAccount.replace("\"account\"", "\"mbox\"");
        QTest::newRow("no actor account, checksum matching")
            << recomputed(good, {lines.at(0), noAccount}) << "no actor account";
        QByteArray badId = lines.at(0);
        badId.replace("\"id\":\"", "\"id\":\"x");
        QTest::newRow("id not a UUID, checksum matching")
            << recomputed(good, {lines.at(1), badId}) << "id is not a UUID";
        QJsonObject noVerb = QJsonDocument::fromJson(lines.at(2)).object();
        noVerb.remove(QStringLiteral("verb"));
        QTest::newRow("no verb, checksum matching")
            << recomputed(good, {QJsonDocument(noVerb).toJson(QJsonDocument::Compact)})
            << "no verb id";
        QTest::newRow("an id twice, checksum matching")
            << recomputed(good, {lines.at(0), lines.at(1), lines.at(0)})
            << "repeats the id of statement 1";
    }
    void damagedBundlesAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        TestPc pc;
        QVERIFY(pc.open());
        const QString path = pc.dir.filePath(QStringLiteral("damaged.bundle"));
        QVERIFY(writeFile(path, bytes));
        const auto result =
            OutboxBundle::importFrom(pc.workspace.database(), pc.workspace.outbox(), path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(result.count, 0);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void theSampleIsAValidBundle() {
        QString problem;
        const auto contents = OutboxBundle::decode(sampleBundle(), &problem);
        QVERIFY2(contents, qPrintable(problem));
        QCOMPARE(contents->statements.size(), 3);
        QCOMPARE(contents->header.hub, QStringLiteral("leeds-central-library"));
    }

    // Wherever a copy stops, what arrived is refused: every prefix of a bundle.
    void everyTruncationIsRefused() {
        const QByteArray good = sampleBundle();
        for (qsizetype size = 0; size < good.size(); ++size) {
            QString problem;
            QVERIFY2(!OutboxBundle::decode(good.left(size), &problem),
                     qPrintable(QStringLiteral("accepted the first %1 bytes").arg(size)));
            QVERIFY(!problem.isEmpty());
        }
    }

    void importThatFailsPartWayImportsNothing() {
        HubPc hub;
        QVERIFY(hub.open());
        QVERIFY(hub.exportTo(hub.bundlePath()).ok);
        TestPc connected;
        QVERIFY(connected.open());
        // The third insert fails: the two before it must not stay.
        QSqlQuery(connected.workspace.database().connection())
            .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox"
                                 " WHEN (SELECT count(*) FROM outbox) >= 2"
                                 " BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        const auto result = OutboxBundle::importFrom(
            connected.workspace.database(), connected.workspace.outbox(), hub.bundlePath());
        QVERIFY(!result.ok);
        QCOMPARE(connected.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void unreadableFileIsExplained() {
        TestPc pc;
        QVERIFY(pc.open());
        const auto result = OutboxBundle::importFrom(pc.workspace.database(), pc.workspace.outbox(),
                                                     pc.dir.filePath(QStringLiteral("no")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("Cannot read")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(BundleTest)
#include "tst_bundle.moc"
