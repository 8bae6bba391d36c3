// SPDX-License-Identifier: GPL-3.0-or-later
// `opensteps backup`: a whole, consistent copy while the data is in use, that never spoils the
// last good backup when it fails.
#include "Backup.h"
#include "Database.h"
#include "TestPc.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace OpenSteps;

namespace {

int learnersIn(const QString &path) {
    Database copy;
    if (!copy.openReader(path))
        return -1;
    QSqlQuery query(copy.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM learner")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copiesWhatIsSaved_data() {
        QTest::addColumn<int>("learners");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("a hub") << 300;
    }
    void copiesWhatIsSaved() {
        QFETCH(int, learners);
        TestPc pc;
        QVERIFY(pc.open());
        for (int i = 0; i < learners; ++i)
            QVERIFY(pc.newLearner(QStringLiteral("Learner %1").arg(i)) > 0);
        const QString target = pc.dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(Backup::copy(pc.workspace.database(), target), QString());
        QCOMPARE(learnersIn(target), learners);
        // One file, ready to put back: no -wal beside it, nothing half-written left.
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    }

    // Another connection in the middle of writing (deleting every learner): the copy has what
    // was committed when it began, only.
    void isConsistentWhileOthersWrite() {
        TestPc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.newLearner(QStringLiteral("Saved")) > 0);
        Database other;
        QVERIFY(other.openReader(pc.workspace.database().path()));
        Database writer;
        QVERIFY(writer.open(pc.workspace.database().path()).usable());
        QSqlDatabase connection = writer.connection();
        QVERIFY(connection.transaction());
        QSqlQuery insert(connection);
        QVERIFY(insert.exec(QStringLiteral("DELETE FROM learner")));
        const QString target = pc.dir.filePath(QStringLiteral("during.sqlite"));
        QCOMPARE(Backup::copy(other, target), QString());
        QVERIFY(connection.commit());
        QCOMPARE(learnersIn(target), 1);
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner")), 0);
    }

    void aFailedBackupKeepsTheLastGoodOne() {
        TestPc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.newLearner(QStringLiteral("Sam")) > 0);
        const QString missingFolder = pc.dir.filePath(QStringLiteral("no/such/folder/b.sqlite"));
        QVERIFY(Backup::copy(pc.workspace.database(), missingFolder)
                    .startsWith(QStringLiteral("The backup could not be made")));
        QVERIFY(!QFile::exists(missingFolder));
        QVERIFY(!Backup::copy(pc.workspace.database(), pc.dir.path()).isEmpty()); // a folder
        QVERIFY(!Backup::copy(pc.workspace.database(), pc.workspace.database().path()).isEmpty());
        QCOMPARE(pc.count(QStringLiteral("SELECT count(*) FROM learner")), 1);
        // A second backup over the first replaces it whole.
        const QString target = pc.dir.filePath(QStringLiteral("nightly.sqlite"));
        QCOMPARE(Backup::copy(pc.workspace.database(), target), QString());
        QVERIFY(pc.newLearner(QStringLiteral("Ali")) > 0);
        QCOMPARE(Backup::copy(pc.workspace.database(), target), QString());
        QCOMPARE(learnersIn(target), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
