// SPDX-License-Identifier: GPL-3.0-or-later
// Delivering outcomes: what each LRS answer does to the outbox (against a scripted HTTP server
// on 127.0.0.1), the backoff, the LRS settings' checks and where the secret is kept. The same
// uploader against a real LRS, with faults and kills: tests/e2e/lrs/sync_test.js.
#include "HubIdentity.h"
#include "LrsReader.h"
#include "SecretStore.h"
#include "TestPc.h"
#include "Uploader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace OpenSteps;

namespace {

// An HTTP server that answers each request with the next scripted status (then 200).
class ScriptedLrs : public QObject {
public:
    struct Answer {
        int status = 200;
        QByteArray extraHeaders;
        QByteArray body; // default: "[]" for a success, a message otherwise
    };
    QList<Answer> script;
    QList<QByteArray> requests; // head and body of each, as received

    ScriptedLrs() {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl endpoint() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI").arg(m_server.serverPort()));
    }
    // Statement ids in request `i`.
    QStringList idsIn(qsizetype i) const {
        QStringList ids;
        const QByteArray &request = requests.at(i);
        const QJsonArray array =
            QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).array();
        for (const QJsonValue &statement : array)
            ids << statement.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

private:
    void read(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        requests << buffer.left(headEnd + 4 + length);
        buffer.remove(0, headEnd + 4 + length);
        const Answer answer = script.isEmpty() ? Answer{} : script.takeFirst();
        const QByteArray body = !answer.body.isEmpty() ? answer.body
                                : answer.status < 300  ? QByteArray("[]")
                                                       : QByteArray("{\"message\":\"scripted\"}");
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                      " X\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n" + answer.extraHeaders + "\r\n" +
                      body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A PC with `learners` sharing learners who each finished the first lesson.
struct Pc : TestPc {
    bool open(int learners) {
        if (!TestPc::open())
            return false;
        const Lesson &lesson = workspace.catalog().lessons().first();
        for (int i = 0; i < learners; ++i) {
            const qint64 id = newLearner(QStringLiteral("Learner %1").arg(i));
            if (!workspace.sharing().setConsent(id, true))
                return false;
            for (qsizetype s = 0; s < lesson.steps.size(); ++s) {
                if (!workspace.progress().completeStep(id, lesson.id, lesson.steps.at(s).id,
                                                       s == lesson.steps.size() - 1))
                    return false;
            }
        }
        return true;
    }
    Uploader::Report sync(const QUrl &endpoint, Uploader::Options options = {}) {
        Uploader uploader(workspace.outbox(), workspace.settings());
        QSignalSpy finished(&uploader, &Uploader::finished);
        uploader.run({endpoint, QStringLiteral("key"), QStringLiteral("secret")}, options);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<Uploader::Report>();
    }
};

} // namespace

class SyncTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answers_data() {
        QTest::addColumn<QList<int>>("statuses"); // the LRS's answers, in order
        QTest::addColumn<int>("outcome");         // Uploader::Outcome
        QTest::addColumn<int>("delivered");
        QTest::addColumn<int>("setAside");
        QTest::addColumn<int>("pending");
        // 3 learners x (started + completed) = 6 statements, one batch.
        QTest::newRow("200: all delivered")
            << QList<int>{200} << int(Uploader::Outcome::Empty) << 6 << 0 << 0;
        QTest::newRow("409 for the batch, then one by one: a known id counts as delivered")
            << QList<int>{409, 409, 200, 200, 200, 200, 200} << int(Uploader::Outcome::Empty) << 6
            << 0 << 0;
        QTest::newRow("400 for the batch, then one by one: the invalid one is set aside")
            << QList<int>{400, 200, 200, 400, 200, 200, 200} << int(Uploader::Outcome::Empty) << 5
            << 1 << 0;
        QTest::newRow("401: stop, nothing lost")
            << QList<int>{401} << int(Uploader::Outcome::CredentialsRejected) << 0 << 0 << 6;
        QTest::newRow("403: stop, nothing lost")
            << QList<int>{403} << int(Uploader::Outcome::CredentialsRejected) << 0 << 0 << 6;
        QTest::newRow("503: wait for the next try")
            << QList<int>{503} << int(Uploader::Outcome::Waiting) << 0 << 0 << 6;
        QTest::newRow("429: wait for the next try")
            << QList<int>{429} << int(Uploader::Outcome::Waiting) << 0 << 0 << 6;
        QTest::newRow("404: the address is wrong")
            << QList<int>{404} << int(Uploader::Outcome::Misconfigured) << 0 << 0 << 6;
    }
    void answers() {
        QFETCH(QList<int>, statuses);
        QFETCH(int, outcome);
        QFETCH(int, delivered);
        QFETCH(int, setAside);
        QFETCH(int, pending);
        Pc pc;
        QVERIFY(pc.open(3));
        QCOMPARE(pc.workspace.outbox().pendingCount(), 6);
        ScriptedLrs lrs;
        for (int status : statuses)
            lrs.script.append(ScriptedLrs::Answer{status, {}});
        const Uploader::Report report = pc.sync(lrs.endpoint());
        QCOMPARE(int(report.outcome), outcome);
        QCOMPARE(report.delivered, delivered);
        QCOMPARE(report.setAside, setAside);
        QCOMPARE(pc.workspace.outbox().pendingCount(), pending);
        QCOMPARE(pc.workspace.outbox().setAsideCount(), setAside);
        QCOMPARE(pc.workspace.outbox().deliveredCount(), delivered);
        // Every request said which xAPI it speaks and who we are.
        for (const QByteArray &request : lrs.requests) {
            QVERIFY(request.startsWith("POST /xAPI/statements "));
            QVERIFY(request.contains("X-Experience-API-Version: 1.0.3"));
            const QByteArray credentials =
                "Authorization: Basic " + QByteArray("key:secret").toBase64();
            QVERIFY(request.contains(credentials));
        }
        // A refused batch is resent one statement at a time, with the same ids.
        if (statuses.first() == 400 || statuses.first() == 409) {
            QCOMPARE(lrs.requests.size(), 7);
            QStringList singles;
            for (int i = 1; i < 7; ++i)
                singles << lrs.idsIn(i);
            QCOMPARE(singles, lrs.idsIn(0));
        }
        const bool rejected = !pc.workspace.settings()
                                   .value(QLatin1String(Uploader::kCredentialsRejectedKey))
                                   .isEmpty();
        QCOMPARE(rejected, outcome == int(Uploader::Outcome::CredentialsRejected));
    }

    void failedTriesWaitTheirTurnAndKeepTheirIds() {
        Pc pc;
        QVERIFY(pc.open(1));
        ScriptedLrs lrs;
        lrs.script.append(ScriptedLrs::Answer{503, "Retry-After: 30\r\n"});
        const Uploader::Report waiting = pc.sync(lrs.endpoint());
        QCOMPARE(int(waiting.outcome), int(Uploader::Outcome::Waiting));
        QVERIFY(waiting.retryAt >= QDateTime::currentDateTimeUtc().addSecs(29));
        QVERIFY(pc.workspace.settings()
                    .value(QLatin1String(Uploader::kLastErrorKey))
                    .contains(QLatin1String("503")));
        // A scheduled run leaves it alone until then; "send now" does not wait.
        const Uploader::Report early = pc.sync(lrs.endpoint());
        QCOMPARE(int(early.outcome), int(Uploader::Outcome::Waiting));
        QCOMPARE(lrs.requests.size(), 1);
        Uploader::Options now;
        now.ignoreSchedule = true;
        const Uploader::Report sent = pc.sync(lrs.endpoint(), now);
        QCOMPARE(int(sent.outcome), int(Uploader::Outcome::Empty));
        QCOMPARE(lrs.idsIn(1), lrs.idsIn(0));
        QCOMPARE(pc.count(QStringLiteral("SELECT attempts FROM outbox LIMIT 1")), 2);
    }

    void backoff_data() {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("least");
        QTest::addColumn<qint64>("most");
        QTest::newRow("first failure: half a second to a second")
            << 1 << qint64(-1) << 500LL << 1000LL;
        QTest::newRow("fourth: 4 to 8 seconds") << 4 << qint64(-1) << 4000LL << 8000LL;
        QTest::newRow("many: never past 10 minutes") << 40 << qint64(-1) << 300000LL << 600000LL;
        QTest::newRow("Retry-After longer than the backoff wins")
            << 1 << qint64(120000) << 120000LL << 120000LL;
    }
    void backoff() {
        QFETCH(int, attempts);
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, least);
        QFETCH(qint64, most);
        for (double random : {0.0, 0.5, 0.999}) {
            const qint64 wait = Uploader::backoffMs(attempts, retryAfter, random);
            QVERIFY2(wait >= least && wait <= most, qPrintable(QString::number(wait)));
        }
        // Jitter: two PCs failing together do not come back together.
        if (retryAfter < 0)
            QVERIFY(Uploader::backoffMs(attempts, -1, 0.1) !=
                    Uploader::backoffMs(attempts, -1, 0.9));
    }

    void retryAfterHeader_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("5") << 5000LL;
        QTest::newRow("HTTP date") << QByteArray("Thu, 26 Nov 2026 10:00:30 GMT") << 30000LL;
        QTest::newRow("a date gone by") << QByteArray("Thu, 26 Nov 2026 09:00:00 GMT") << 0LL;
        QTest::newRow("absent") << QByteArray() << -1LL;
        QTest::newRow("nonsense") << QByteArray("soon") << -1LL;
    }
    void retryAfterHeader() {
        QFETCH(QByteArray, header);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        QCOMPARE(Uploader::retryAfterMs(header, now), ms);
    }

    void endpointRules_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("usable");
        QTest::newRow("https") << QStringLiteral("https://lrs.example.org/xAPI/") << true;
        QTest::newRow("http to this PC") << QStringLiteral("http://127.0.0.1:8081/xAPI") << true;
        QTest::newRow("http to localhost") << QStringLiteral("http://localhost/xAPI") << true;
        QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:80/xAPI") << true;
        QTest::newRow("http elsewhere: refused")
            << QStringLiteral("http://lrs.example.org/x") << false;
        QTest::newRow("http to the LAN: refused")
            << QStringLiteral("http://192.168.1.5/x") << false;
        QTest::newRow("not a web address") << QStringLiteral("lrs.example.org") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://lrs.example.org/") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void endpointRules() {
        QFETCH(QString, endpoint);
        QFETCH(bool, usable);
        const LrsConfig config{QUrl(endpoint), QStringLiteral("k"), QStringLiteral("s")};
        QCOMPARE(config.problem().isEmpty(), usable);
        if (usable)
            QVERIFY(config.statementsUrl().path().endsWith(QLatin1String("/xAPI/statements")));
        const LrsConfig noKey{QUrl(QStringLiteral("https://x.org/")), {}, QStringLiteral("s")};
        QVERIFY(!noKey.problem().isEmpty()); // a key is needed
    }

    void hubIdRules_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("usable");
        QTest::newRow("words and hyphens") << QStringLiteral("leeds-central-library") << true;
        QTest::newRow("with digits") << QStringLiteral("hub7-ls9") << true;
        QTest::newRow("capitals") << QStringLiteral("Leeds-Central") << false;
        QTest::newRow("spaces") << QStringLiteral("leeds central") << false;
        QTest::newRow("double hyphen") << QStringLiteral("leeds--central") << false;
        QTest::newRow("ends with a hyphen") << QStringLiteral("leeds-") << false;
        QTest::newRow("starts with a digit") << QStringLiteral("9leeds") << false;
        QTest::newRow("too short") << QStringLiteral("ls") << false;
        QTest::newRow("too long") << QString(41, QLatin1Char('a')) << false;
        QTest::newRow("a path") << QStringLiteral("../etc") << false;
    }
    void hubIdRules() {
        QFETCH(QString, id);
        QFETCH(bool, usable);
        QCOMPARE(HubIdentity::idProblem(id).isEmpty(), usable);
        // Saved ids are what statements carry.
        TestPc pc;
        QVERIFY(pc.open());
        const bool saved = HubIdentity{QStringLiteral("A hub"), id}.saveTo(pc.workspace.settings());
        QCOMPARE(saved, usable);
        QCOMPARE(pc.workspace.outcomes().context(QStringLiteral("en")).hubId,
                 usable ? id : QStringLiteral("unnamed-hub"));
    }

    void secretWithoutKeychainIsOwnerOnlyWithAWarning() {
        qputenv("OPENSTEPS_NO_KEYCHAIN", "1");
        TestPc pc;
        QVERIFY(pc.open());
        SecretStore secrets(pc.dir.path(), pc.workspace.settings());
        QCOMPARE(secrets.readNow(), std::nullopt);
        QVERIFY(secrets.warning().isEmpty());
        QVERIFY(secrets.writeNow(QStringLiteral("s3cret ünïcode")));
        QCOMPARE(secrets.readNow(), std::optional<QString>(QStringLiteral("s3cret ünïcode")));
        const QFileDevice::Permissions permissions = QFileInfo(secrets.filePath()).permissions();
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QCOMPARE(permissions & 0x0077, 0); // nothing for the group or anyone else
        QVERIFY(secrets.warning().contains(secrets.filePath()));
        // Never in the database, which backups and copies carry.
        QCOMPARE(
            pc.count(QStringLiteral("SELECT count(*) FROM setting WHERE value LIKE '%s3cret%'")),
            0);
    }

    // The programme-wide report reads every page the LRS has, following `more`, through a
    // busy moment, with the same headers as sending.
    void readerFollowsMoreThroughABusyLrs() {
        ScriptedLrs lrs;
        const auto page = [](int from, int n, const char *more) {
            QJsonArray statements;
            for (int i = from; i < from + n; ++i)
                statements.append(QJsonObject{{QStringLiteral("id"), QString::number(i)}});
            return QJsonDocument(QJsonObject{{QStringLiteral("statements"), statements},
                                             {QStringLiteral("more"), QLatin1String(more)}})
                .toJson(QJsonDocument::Compact);
        };
        lrs.script = {{200, {}, page(0, 3, "/xAPI/statements?page=2")},
                      {503, "Retry-After: 0\r\n", {}},
                      {200, {}, page(3, 2, "/xAPI/statements?page=3")},
                      {200, {}, page(5, 1, "")}};
        LrsReader reader({lrs.endpoint(), QStringLiteral("key"), QStringLiteral("secret")},
                         {2, 5000, 3});
        QStringList ids;
        const LrsReader::Result result = reader.readAll([&](const QJsonObject &statement) {
            ids << statement.value(QStringLiteral("id")).toString();
            return true;
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("0,1,2,3,4,5"));
        QCOMPARE(result.pages, 3);
        QCOMPARE(lrs.requests.size(), 4);
        QVERIFY(lrs.requests.at(0).startsWith("GET /xAPI/statements?limit=2 "));
        QVERIFY(lrs.requests.at(1).startsWith("GET /xAPI/statements?page=2 "));
        QVERIFY(lrs.requests.at(2).startsWith("GET /xAPI/statements?page=2 ")); // again
        QVERIFY(lrs.requests.at(3).startsWith("GET /xAPI/statements?page=3 "));
        for (const QByteArray &request : lrs.requests) {
            QVERIFY(request.contains("X-Experience-API-Version: 1.0.3"));
            const QByteArray credentials =
                "Authorization: Basic " + QByteArray("key:secret").toBase64();
            QVERIFY(request.contains(credentials));
        }
    }

    void readerStopsOnWhatWillNotPass_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<QString>("error");
        QTest::newRow("401") << 401 << true << "rejected the key and secret";
        QTest::newRow("403") << 403 << true << "rejected the key and secret";
        QTest::newRow("404") << 404 << false << "HTTP 404";
        QTest::newRow("always busy") << 503 << false << "did not answer after 2 tries";
    }
    void readerStopsOnWhatWillNotPass() {
        QFETCH(int, status);
        QFETCH(bool, rejected);
        QFETCH(QString, error);
        ScriptedLrs lrs;
        lrs.script = {{status, "Retry-After: 0\r\n", {}}, {status, "Retry-After: 0\r\n", {}}};
        LrsReader reader({lrs.endpoint(), QStringLiteral("key"), QStringLiteral("secret")},
                         {500, 5000, 2});
        const LrsReader::Result result = reader.readAll([](const QJsonObject &) { return true; });
        QVERIFY(!result.ok);
        QCOMPARE(result.credentialsRejected, rejected);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        // Plain http to another machine is refused before anything is asked.
        LrsReader remote({QUrl(QStringLiteral("http://lrs.example.org/xAPI/")),
                          QStringLiteral("key"), QStringLiteral("secret")});
        QVERIFY(remote.readAll([](const QJsonObject &) { return true; })
                    .error.contains(QLatin1String("https://")));
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "tst_sync.moc"
