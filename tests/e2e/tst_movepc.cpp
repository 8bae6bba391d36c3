// SPDX-License-Identifier: GPL-3.0-or-later
// The real app on two PCs (two data folders): a learner who shares reads her progress code on
// the first, types it on the second, and is asked there again whether to share, by keyboard,
// through the real pages (RestoreCodePage, then ConsentPage and ConsentDetailsPage asked again).
// She is then the same pseudonym on both PCs.
#include "RunningApp.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OpenStepsPlugin)

using namespace OpenSteps;

namespace {

// The first text `sql` gives on the data folder's database.
QString text(const QString &dataDir, const QString &sql) {
    Database db;
    if (!db.open(dataDir + QLatin1String("/opensteps.sqlite")).usable())
        return QStringLiteral("(cannot open)");
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// Focus moved to `objectName` with Tab, then Return: as a keyboard user does it.
bool pressByKeyboard(RunningApp &app, const QString &objectName) {
    if (!app.tabTo(objectName))
        return false;
    app.key(Qt::Key_Return);
    return true;
}

} // namespace

class MovePcTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharingLearnerIsAskedAgainAndStaysOneLearner() {
        QTemporaryDir firstPc;
        QTemporaryDir secondPc;
        QString code;
        {
            RunningApp app(firstPc.path());
            QVERIFY(createProfileThroughPages(app, QStringLiteral("Nadia"), Sharing::Yes));
            QVERIFY(skipSkillsCheck(app));
            QVERIFY(app.click(QStringLiteral("progressButton")));
            QVERIFY(app.waitForPage(QStringLiteral("progress")));
            code = app.item(QStringLiteral("progressCode"))->property("text").toString();
            QCOMPARE(code.size(), 32); // 26 characters in groups of four
        }
        const QString pseudonym =
            text(firstPc.path(), QStringLiteral("SELECT pseudonym FROM learner"));
        QCOMPARE(pseudonym.size(), 10);
        QVERIFY(code.remove(u'-').contains(pseudonym));

        {
            RunningApp app(secondPc.path());
            QVERIFY(createProfileThroughPages(app, QStringLiteral("Nadia"), Sharing::No));
            QVERIFY(skipSkillsCheck(app));
            QVERIFY(app.click(QStringLiteral("restoreCodeButton")));
            QVERIFY(app.waitForPage(QStringLiteral("restore-code")));
            QVERIFY(app.click(QStringLiteral("codeField")));
            app.type(code.toLower());
            app.key(Qt::Key_Return);
            QVERIFY(app.shows(QStringLiteral("Done.")));
            // Only the way on to the question: "Back to my lessons" would skip it.
            QVERIFY(!app.item(QStringLiteral("closeRestore")));
            QVERIFY(pressByKeyboard(app, QStringLiteral("restoreContinue")));
            QVERIFY(app.waitForPage(QStringLiteral("consent")));
            QVERIFY(app.item(QStringLiteral("consentAgain")));
            QVERIFY(!app.item(QStringLiteral("consentBack")));
            QVERIFY(app.shows(QStringLiteral("This computer asks you again")));
            QVERIFY(pressByKeyboard(app, QStringLiteral("shareYes")));
            QVERIFY(app.waitForPage(QStringLiteral("consent-details")));
            QVERIFY(pressByKeyboard(app, QStringLiteral("consentDetailsContinue")));
            QVERIFY(app.waitForPage(QStringLiteral("home")));
        }
        QCOMPARE(text(secondPc.path(), QStringLiteral("SELECT pseudonym || ' ' || share_consent"
                                                      " FROM learner WHERE name = 'Nadia'")),
                 pseudonym + QStringLiteral(" 1"));
        // Nothing the first PC reported is in the second's outbox.
        QCOMPARE(text(secondPc.path(), QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringLiteral("0"));
    }
};

int main(int argc, char *argv[]) {
    QGuiApplication application(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    MovePcTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_movepc.moc"
