// SPDX-License-Identifier: GPL-3.0-or-later
// IT's presets: every key with good and bad values, where each value comes from, and how the
// PC's own settings give way to them.
#include "Presets.h"
#include "SecretStore.h"
#include "SettingsStore.h"
#include "TestPc.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("ur")};

// Writes an INI presets file of `lines` in `dir` and returns its path.
QString writePresets(const QTemporaryDir &dir, const QString &name, const QByteArray &lines) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("[General]\n" + lines) < 0)
        return {};
    return path;
}

QString text(const char *value) {
    return QString::fromUtf8(value);
}
QString text(const QString &value) {
    return value;
}

} // namespace

class TestPresets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_secretFile;
    QString m_aFile; // a file, where a folder is wanted

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_secretFile = m_dir.filePath(QStringLiteral("lrs-secret.txt"));
        QFile secret(m_secretFile);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("s3cret-from-it\nsecond line is ignored\n");
        secret.close();
        m_aFile = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(m_aFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile empty(m_dir.filePath(QStringLiteral("empty-secret")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        QFile big(m_dir.filePath(QStringLiteral("big-secret")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(SecretStore::kMaxFileBytes + 1, 'x'));
    }

    // Every key, with values the app can use and values it must refuse.
    void checksEveryKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("usable");
        const auto row = [](const char *name, const char *key, const auto &value, bool usable) {
            QTest::newRow(name) << QString::fromUtf8(key) << text(value) << usable;
        };
        row("dataDir: a folder", "dataDir", m_dir.path(), true);
        row("dataDir: relative", "dataDir", "OpenSteps", false);
        row("dataDir: missing", "dataDir", m_dir.filePath(QStringLiteral("nowhere")), false);
        row("dataDir: a file", "dataDir", m_aFile, false);
        row("dataDir: empty", "dataDir", "", false);
        row("hubId: good", "hubId", "leeds-central-library", true);
        row("hubId: capitals", "hubId", "Leeds-Central", false);
        row("hubId: too short", "hubId", "ab", false);
        row("hubId: digit first", "hubId", "1-leeds", false);
        row("hubId: too long", "hubId", QString(41, QLatin1Char('a')), false);
        row("hubName: good", "hubName", "Leeds Central Library", true);
        row("hubName: too long", "hubName", QString(81, QLatin1Char('a')), false);
        row("hubName: control characters", "hubName", "Leeds\x1b[31m", false);
        row("lrsEndpoint: https", "lrsEndpoint", "https://lrs.example.org/xAPI/", true);
        row("lrsEndpoint: loopback http", "lrsEndpoint", "http://127.0.0.1:8080/xAPI/", true);
        row("lrsEndpoint: plain http", "lrsEndpoint", "http://lrs.example.org/xAPI/", false);
        row("lrsEndpoint: not an address", "lrsEndpoint", "lrs example", false);
        row("lrsKey: good", "lrsKey", "hub-key", true);
        row("lrsKey: too long", "lrsKey", QString(257, QLatin1Char('k')), false);
        row("lrsSecretFile: readable", "lrsSecretFile", m_secretFile, true);
        row("lrsSecretFile: missing", "lrsSecretFile", m_dir.filePath(QStringLiteral("no-secret")),
            false);
        row("lrsSecretFile: relative", "lrsSecretFile", "lrs-secret.txt", false);
        row("lrsSecretFile: empty file", "lrsSecretFile",
            m_dir.filePath(QStringLiteral("empty-secret")), false);
        row("lrsSecretFile: too big", "lrsSecretFile", m_dir.filePath(QStringLiteral("big-secret")),
            false);
        row("idleMinutes: 10", "idleMinutes", "10", true);
        row("idleMinutes: lowest", "idleMinutes", "1", true);
        row("idleMinutes: highest", "idleMinutes", "120", true);
        row("idleMinutes: 0", "idleMinutes", "0", false);
        row("idleMinutes: 121", "idleMinutes", "121", false);
        row("idleMinutes: words", "idleMinutes", "ten", false);
        row("guestAllowed: true", "guestAllowed", "true", true);
        row("guestAllowed: 0", "guestAllowed", "0", true);
        row("guestAllowed: maybe", "guestAllowed", "maybe", false);
        row("kiosk: yes", "kiosk", "yes", true);
        row("kiosk: false", "kiosk", "false", true);
        row("kiosk: empty", "kiosk", "", false);
        row("renderer: software", "renderer", "software", true);
        row("renderer: GL", "renderer", "GL", true);
        row("renderer: vulkan", "renderer", "vulkan", false);
        row("locale: shipped", "locale", "ur", true);
        row("locale: not shipped", "locale", "xx", false);
        row("programmeIri: https", "programmeIri", "https://digital.example.org/opensteps", true);
        row("programmeIri: http", "programmeIri", "http://digital.example.org/opensteps", false);
        row("programmeIri: query", "programmeIri", "https://example.org/p?x=1", false);
        row("programmeIri: not an IRI", "programmeIri", "our programme", false);
        row("unknown key", "dataFolder", "/tmp", false);
    }
    void checksEveryKey() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, usable);
        const QString problem = Presets::problemWith(key, value, kLanguages);
        QCOMPARE(problem.isEmpty(), usable);

        // Read from a file, a bad value is left out with its file and key named; a good one
        // is used, and wins over the PC's own setting.
        QTemporaryDir dir;
        const QString path = writePresets(dir, QStringLiteral("presets.conf"),
                                          (key + QLatin1Char('=') + value).toUtf8());
        const Presets presets = Presets::readFiles({path}, kLanguages);
        QCOMPARE(presets.has(key), usable);
        if (usable) {
            QVERIFY(presets.problems().isEmpty());
            QCOMPARE(presets.source(key), path);
        } else {
            QCOMPARE(presets.problems().size(), 1);
            QVERIFY2(presets.problems().first().toString().startsWith(path + QStringLiteral(": ") +
                                                                      key + QStringLiteral(": ")),
                     qPrintable(presets.problems().first().toString()));
        }
    }

    void laterFilesAndTheCommandLineWin() {
        QTemporaryDir dir;
        const QString machine = writePresets(dir, QStringLiteral("machine.conf"),
                                             "hubId=machine-hub\nidleMinutes=15\nkiosk=false\n");
        const QString explicitFile =
            writePresets(dir, QStringLiteral("explicit.conf"), "hubId=explicit-hub\n");
        Presets presets = Presets::readFiles({machine, explicitFile}, kLanguages);
        presets.setFromCommandLine(QStringLiteral("kiosk"), QStringLiteral("true"));
        QCOMPARE(presets.value(QStringLiteral("hubId")), QStringLiteral("explicit-hub"));
        QCOMPARE(presets.source(QStringLiteral("hubId")), explicitFile);
        QCOMPARE(presets.value(QStringLiteral("idleMinutes")), QStringLiteral("15"));
        QCOMPARE(presets.source(QStringLiteral("idleMinutes")), machine);
        QVERIFY(presets.flag(QStringLiteral("kiosk"), false));
        QCOMPARE(presets.source(QStringLiteral("kiosk")), QStringLiteral("command line"));
    }

    // The machine-wide configuration is QSettings' system scope (here pointed at a test folder).
    void readsTheMachineWideConfiguration() {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, dir.path());
        {
            QSettings machine(QSettings::SystemScope, QStringLiteral("OpenSteps"),
                              QStringLiteral("opensteps"));
            machine.setValue(QStringLiteral("hubName"), QStringLiteral("Leeds Central Library"));
            machine.setValue(QStringLiteral("idleMinutes"), QStringLiteral("500"));
        }
        const QString explicitFile =
            writePresets(dir, QStringLiteral("explicit.conf"), "hubName=Headingley Library\n");
        const Presets machineOnly = Presets::read({}, kLanguages);
        QCOMPARE(machineOnly.value(QStringLiteral("hubName")),
                 QStringLiteral("Leeds Central Library"));
        QCOMPARE(machineOnly.source(QStringLiteral("hubName")), Presets::machineLocation());
        QVERIFY(Presets::machineLocation().startsWith(dir.path()));
        QCOMPARE(machineOnly.problems().size(), 1);
        QCOMPARE(machineOnly.problems().first().key, QStringLiteral("idleMinutes"));
        const Presets both = Presets::read(explicitFile, kLanguages);
        QCOMPARE(both.value(QStringLiteral("hubName")), QStringLiteral("Headingley Library"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope,
                           m_dir.filePath(QStringLiteral("none")));
    }

    void aMissingFileIsAProblem() {
        const Presets presets =
            Presets::readFiles({m_dir.filePath(QStringLiteral("absent.conf"))}, kLanguages);
        QCOMPARE(presets.problems().size(), 1);
        QVERIFY(presets.problems().first().toString().contains(QStringLiteral("does not exist")));
    }

    // Preset values mask the PC's own: they are read instead, and cannot be changed.
    void settingsGiveWayToPresets() {
        TestPc pc;
        QVERIFY(pc.open());
        QVERIFY(pc.workspace.settings().setValue(QStringLiteral("hub_id"), QStringLiteral("old")));
        QTemporaryDir dir;
        const Presets presets = Presets::readFiles(
            {writePresets(dir, QStringLiteral("p.conf"),
                          "hubId=leeds-central\nkiosk=true\nrenderer=software\n")},
            kLanguages);
        QCOMPARE(presets.settings(), (QHash<QString, QString>{{QStringLiteral("hub_id"),
                                                               QStringLiteral("leeds-central")}}));
        pc.workspace.database().setPresetSettings(presets.settings());
        SettingsStore &settings = pc.workspace.settings();
        QCOMPARE(settings.value(QStringLiteral("hub_id")), QStringLiteral("leeds-central"));
        QVERIFY(settings.isPreset(QStringLiteral("hub_id")));
        QVERIFY(!settings.setValue(QStringLiteral("hub_id"), QStringLiteral("changed")));
        QVERIFY(settings.setValue(QStringLiteral("hub_id"), QStringLiteral("leeds-central")));
        QVERIFY(!settings.isPreset(QStringLiteral("hub_name")));
        QVERIFY(settings.setValue(QStringLiteral("hub_name"), QStringLiteral("Leeds")));
        // The PC's own value is still there under the preset, for when IT removes it.
        pc.workspace.database().setPresetSettings({});
        QCOMPARE(settings.value(QStringLiteral("hub_id")), QStringLiteral("old"));
    }

    void theSecretComesFromItsFile() {
        TestPc pc;
        QVERIFY(pc.open());
        pc.workspace.database().setPresetSettings(
            {{QLatin1String(SecretStore::kPresetFileKey), m_secretFile}});
        SecretStore secrets(pc.workspace.dataDir(), pc.workspace.settings());
        QVERIFY(secrets.preset());
        QCOMPARE(secrets.readNow(), std::optional<QString>(QStringLiteral("s3cret-from-it")));
        QVERIFY(!secrets.writeNow(QStringLiteral("typed-in-the-app")));
        QCOMPARE(secrets.readNow(), std::optional<QString>(QStringLiteral("s3cret-from-it")));
        QVERIFY(secrets.warning().isEmpty());
    }

    void saysWhenProgressWouldNotSurviveAReset_data() {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("warningStart"); // "" for none
        const QString kept = QStringLiteral("Learners' progress is kept in this computer account");
        QTest::newRow("no presets") << QByteArray() << m_dir.path() << QString();
        QTest::newRow("hub presets, no dataDir")
            << QByteArray("hubId=leeds-central\n") << m_dir.path() << kept;
        QTest::newRow("hub presets and dataDir")
            << QByteArray("hubId=leeds-central\ndataDir=" + m_dir.path().toUtf8() + '\n')
            << m_dir.path() << QString();
        QTest::newRow("a folder not made yet")
            << QByteArray() << m_dir.filePath(QStringLiteral("new/folder")) << QString();
        QTest::newRow("a data folder that cannot be")
            << QByteArray() << m_aFile + QStringLiteral("/data")
            << QStringLiteral("Learners' progress cannot be kept");
    }
    void saysWhenProgressWouldNotSurviveAReset() {
        QFETCH(QByteArray, lines);
        QFETCH(QString, dataDir);
        QFETCH(QString, warningStart);
        QTemporaryDir dir;
        const Presets presets =
            Presets::readFiles({writePresets(dir, QStringLiteral("p.conf"), lines)}, kLanguages);
        QVERIFY(presets.problems().isEmpty());
        const QString warning = presets.survivalWarning(dataDir);
        if (warningStart.isEmpty())
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
        else
            QVERIFY2(warning.startsWith(warningStart), qPrintable(warning));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
