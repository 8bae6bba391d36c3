// SPDX-License-Identifier: GPL-3.0-or-later
// The real app on a PC IT preset: kiosk mode refuses a window close without staff, "Just
// looking" follows guestAllowed, and staff see what IT set, what IT got wrong, and whether
// progress outlasts a reset.
#include "Database.h"
#include "Deployment.h"
#include "HelperStore.h"
#include "Presets.h"
#include "RunningApp.h"
#include "SyncPanel.h"
#include "Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace OpenSteps;

namespace {

const QString kStaff = QStringLiteral("Pat Staff");
const QString kPassphrase = QStringLiteral("closing time at the library");

// Presets from an INI file of `lines`, as IT would write it.
Presets presetsOf(const QTemporaryDir &dir, const QByteArray &lines) {
    const QString path = dir.filePath(QStringLiteral("opensteps.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("[General]\n" + lines) < 0)
        return {};
    file.close();
    return Presets::readFiles({path}, {QStringLiteral("en")});
}

} // namespace

class TestDeployment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { Database::setProcessPresetSettings({}); }
    void cleanup() { Database::setProcessPresetSettings({}); }

    void kioskRefusesToCloseWithoutStaff() {
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(dir.filePath(QLatin1String(Database::kFileName))).usable());
            QVERIFY(HelperStore(db).add(kStaff, QStringLiteral("staff"), kPassphrase));
            QVERIFY(HelperStore(db).add(QStringLiteral("Val Volunteer"),
                                        QStringLiteral("volunteer"), kPassphrase));
        }
        RunningApp app(dir.path(), kLessons, HubSetupAtStart::Skipped,
                       presetsOf(dir, "kiosk=true\n"));
        QVERIFY(app.started());
        QTRY_COMPARE(app.window()->visibility(), QWindow::FullScreen);
        QVERIFY(app.window()->flags().testFlag(Qt::FramelessWindowHint));
        QSignalSpy quits(&app.ui().deployment(), &Deployment::quitRequested);

        // What the window manager's close button (or Alt+F4 handled by it) asks.
        app.window()->close();
        QTest::qWait(50);
        QVERIFY(app.window()->isVisible());
        QTRY_VERIFY(app.item(QStringLiteral("keepOpen")));
        QVERIFY(app.item(QStringLiteral("keepOpen"))->hasActiveFocus());
        QVERIFY(app.shows(QStringLiteral("OpenSteps stays open on this computer")));
        // Keep using it: the prompt goes, the app stays.
        QVERIFY(app.click(QStringLiteral("keepOpen")));
        QTRY_VERIFY(!app.item(QStringLiteral("keepOpen")));
        QCOMPARE(quits.count(), 0);

        // Keys that close windows elsewhere only ask again.
        QTest::keyClick(app.window(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(app.item(QStringLiteral("keepOpen")));
        QCOMPARE(quits.count(), 0);

        // A volunteer, then a wrong passphrase: refused, in words.
        QVERIFY(app.click(QStringLiteral("closeStaffName")));
        app.type(QStringLiteral("Val Volunteer"));
        QVERIFY(app.click(QStringLiteral("closePassphrase")));
        app.type(kPassphrase);
        app.key(Qt::Key_Return);
        QTRY_VERIFY(app.shows(QStringLiteral("Only staff can close OpenSteps on this computer.")));
        QVERIFY(app.click(QStringLiteral("closeStaffName")));
        QTest::keyClick(app.window(), Qt::Key_A, Qt::ControlModifier);
        app.type(kStaff);
        QVERIFY(app.click(QStringLiteral("closePassphrase")));
        app.type(QStringLiteral("not the passphrase"));
        app.key(Qt::Key_Return);
        QTRY_VERIFY(app.shows(QStringLiteral("That name and passphrase do not match.")));
        QCOMPARE(quits.count(), 0);
        QVERIFY(app.window()->isVisible());

        // Staff close it.
        QVERIFY(app.click(QStringLiteral("closePassphrase")));
        app.type(kPassphrase);
        QVERIFY(app.click(QStringLiteral("closeAsStaff")));
        QTRY_COMPARE(quits.count(), 1);
    }

    void outsideKioskTheWindowCloses() {
        QTemporaryDir dir;
        RunningApp app(dir.path());
        QVERIFY(app.started());
        QVERIFY(app.window()->visibility() != QWindow::FullScreen);
        app.window()->close();
        QTRY_VERIFY(!app.window()->isVisible());
    }

    void justLookingFollowsGuestAllowed_data() {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<bool>("offered");
        QTest::newRow("no presets") << QByteArray() << true;
        QTest::newRow("kiosk") << QByteArray("kiosk=true\n") << false;
        QTest::newRow("kiosk, guests allowed")
            << QByteArray("kiosk=true\nguestAllowed=true\n") << true;
        QTest::newRow("guests not allowed") << QByteArray("guestAllowed=false\n") << false;
    }
    void justLookingFollowsGuestAllowed() {
        QFETCH(QByteArray, lines);
        QFETCH(bool, offered);
        QTemporaryDir dir;
        const Presets presets = presetsOf(dir, lines);
        Database::setProcessPresetSettings(presets.settings());
        {
            Workspace workspace;
            QVERIFY(workspace.open(dir.path(), kLessons).usable());
            QVERIFY(workspace.learners().create(QStringLiteral("Sam"), QStringLiteral("sun"),
                                                QStringLiteral("en")));
        }
        RunningApp app(dir.path(), kLessons, HubSetupAtStart::Skipped, presets);
        QVERIFY(app.started());
        QVERIFY(app.waitForPage(QStringLiteral("sign-in")));
        QCOMPARE(app.item(QStringLiteral("justLooking")) != nullptr, offered);
        QCOMPARE(app.ui().session().startGuest(), offered);
        QCOMPARE(app.ui().session().guest(), offered);
    }

    // Staff on the helper page: preset values are shown, cannot be changed, and say why; IT's
    // wrong values and the reset warning are there in words.
    void staffSeeWhatItSet() {
        QTemporaryDir dir;
        const Presets presets =
            presetsOf(dir, "hubId=leeds-central\nhubName=Leeds Central Library\nidleMinutes=500\n");
        QCOMPARE(presets.problems().size(), 1);
        Database::setProcessPresetSettings(presets.settings());
        {
            Database db;
            QVERIFY(db.open(dir.filePath(QLatin1String(Database::kFileName))).usable());
            QVERIFY(HelperStore(db).add(kStaff, QStringLiteral("staff"), kPassphrase));
        }
        RunningApp app(dir.path(), kLessons, HubSetupAtStart::Skipped, presets);
        QVERIFY(app.started());
        QVERIFY(app.waitForPage(QStringLiteral("language")) ||
                app.waitForPage(QStringLiteral("sign-in")));
        QMetaObject::invokeMethod(app.window(), "show", Q_ARG(QString, QStringLiteral("helper")));
        QVERIFY(app.waitForPage(QStringLiteral("helper")));
        QVERIFY(app.click(QStringLiteral("helperName")));
        app.type(kStaff);
        QVERIFY(app.click(QStringLiteral("helperPassphrase")));
        app.type(kPassphrase);
        app.key(Qt::Key_Return);
        QTRY_COMPARE(app.ui().session().helperRole(), QStringLiteral("staff"));

        QQuickItem *hubName = nullptr;
        QTRY_VERIFY((hubName = app.item(QStringLiteral("hubName"))));
        QCOMPARE(hubName->property("text").toString(), QStringLiteral("Leeds Central Library"));
        QVERIFY(hubName->property("readOnly").toBool());
        QVERIFY(app.shows(QStringLiteral("Set by your IT team, so it cannot be changed here.")));
        QVERIFY(!app.item(QStringLiteral("hubSave"))); // both hub values are IT's
        // The app refuses a change too, not only the page.
        QVERIFY(!app.ui()
                     .sync()
                     .saveHub(QStringLiteral("Elsewhere"), QStringLiteral("leeds-central"))
                     .isEmpty());
        QCOMPARE(app.ui().sync().hubName(), QStringLiteral("Leeds Central Library"));

        QVERIFY(app.shows(QStringLiteral("Please pass this on to IT:")));
        QVERIFY(app.shows(dir.filePath(QStringLiteral("opensteps.conf")) +
                          QStringLiteral(": idleMinutes: write a whole number from 1 to 120")));
        QVERIFY(app.shows(QStringLiteral("Learners' progress is kept in this computer account's "
                                         "own folder.")));
        QVERIFY(app.shows(QStringLiteral("Every outcome has been sent")));
    }
};

QTEST_MAIN(TestDeployment)
#include "tst_deployment.moc"
