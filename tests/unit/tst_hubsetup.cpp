// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up a hub on a new PC: when it is offered, what is refused (naming the box at fault,
// with nothing saved), all or nothing, and the first staff member signing in under the same
// 5-tries pause as everybody.
#include "HubIdentity.h"
#include "HubSetup.h"
#include "LrsConfig.h"
#include "TestPc.h"

#include <QTest>

using namespace OpenSteps;
using Field = HubSetup::Field;
using Result = SignInAttempt::Result;

Q_DECLARE_METATYPE(OpenSteps::HubSetup::Field)

namespace {
HubSetup::Form goodForm() {
    return {QStringLiteral("Leeds Central Library"),
            QStringLiteral("leeds-central-library"),
            QStringLiteral("https://lrs.example.org/xAPI/"),
            QStringLiteral("Pat Jones"),
            QStringLiteral("correct horse"),
            QStringLiteral("correct horse")};
}
} // namespace

class HubSetupTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_pc = std::make_unique<TestPc>();
        QVERIFY(m_pc->open());
    }
    void cleanup() { m_pc.reset(); }

    void suggestedIds_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("words") << QStringLiteral("Leeds Central Library")
                               << QStringLiteral("leeds-central-library");
        QTest::newRow("punctuation and spaces") << QStringLiteral("  St. Mary's  Hub (Hunslet) ")
                                                << QStringLiteral("st-mary-s-hub-hunslet");
        QTest::newRow("accents dropped")
            << QString::fromUtf16(u"Caf\u00e9 \u00c5rsta") << QStringLiteral("cafe-arsta");
        QTest::newRow("starts with a digit")
            << QStringLiteral("2 Church Street") << QStringLiteral("hub-2-church-street");
        QTest::newRow("long names keep whole words")
            << QStringLiteral("The Very Long Named Community Centre Of Somewhere Far Away")
            << QStringLiteral("the-very-long-named-community-centre-of");
        QTest::newRow("nothing usable")
            << QString::fromUtf16(u"\u0645\u0631\u0643\u0632") << QString();
    }
    void suggestedIds() {
        QFETCH(QString, name);
        QFETCH(QString, id);
        const QString suggested = HubIdentity::suggestId(name);
        QCOMPARE(suggested, id);
        QVERIFY(suggested.size() <= HubIdentity::kMaxIdLength);
        if (!id.isEmpty())
            QVERIFY2(HubIdentity::idProblem(suggested).isEmpty(), qPrintable(suggested));
    }

    void offeredOnlyOnANewPc() {
        HubSetup setup(m_pc->workspace);
        QVERIFY(setup.offerAtStart());
        QVERIFY(setup.possible());
        // A PC already in use (learners from before set-up existed) is not stopped at start.
        const qint64 learner = m_pc->newLearner(QStringLiteral("Sam"));
        QVERIFY(!setup.offerAtStart());
        QVERIFY(setup.possible());
        QVERIFY(m_pc->workspace.learners().remove(learner));
        QVERIFY(setup.offerAtStart());
        // A volunteer account alone does not set the PC up.
        QVERIFY(m_pc->workspace.helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"),
                                              QStringLiteral("blue kettle")));
        QVERIFY(setup.offerAtStart());
        // "Not now" is remembered; staff can still set up later.
        QVERIFY(setup.skip());
        QVERIFY(!setup.offerAtStart());
        QVERIFY(setup.possible());
        QVERIFY(!HubSetup(m_pc->workspace).offerAtStart());
    }

    void staffMadeElsewhereMeansSetUp() {
        QVERIFY(m_pc->workspace.helpers().add(QStringLiteral("Zoe"), QStringLiteral("staff"),
                                              QStringLiteral("correct horse")));
        HubSetup setup(m_pc->workspace);
        QVERIFY(!setup.offerAtStart());
        QVERIFY(!setup.possible());
        const HubSetup::Result result = setup.save(goodForm());
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(QStringLiteral("already set up")),
                 qPrintable(result.problem));
        QCOMPARE(m_pc->workspace.helpers().count(), 1);
    }

    void refused_data() {
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("words");
        const auto row = [](const char *tag, const char *box, const QString &typed, Field field,
                            const char *words) {
            QTest::newRow(tag) << QString::fromUtf8(box) << typed << field
                               << QString::fromUtf8(words);
        };
        row("no hub name", "hubName", QStringLiteral("  "), Field::HubName, "hub a name");
        row("hub name too long", "hubName", QString(81, QLatin1Char('x')), Field::HubName,
            "at most 80");
        row("hub id with capitals", "hubId", QStringLiteral("Leeds-Central"), Field::HubId,
            "The hub id must be");
        row("hub id with spaces", "hubId", QStringLiteral("leeds central"), Field::HubId,
            "The hub id must be");
        row("hub id too short", "hubId", QStringLiteral("le"), Field::HubId, "3 to 40");
        row("hub id starts with a digit", "hubId", QStringLiteral("2-church"), Field::HubId,
            "starting with a letter");
        row("LRS address over plain http", "lrsAddress",
            QStringLiteral("http://lrs.example.org/xAPI/"), Field::LrsAddress, "https://");
        row("LRS address not an address", "lrsAddress", QStringLiteral("lrs example"),
            Field::LrsAddress, "not a web address");
        row("no staff name", "staffName", QStringLiteral(" "), Field::StaffName,
            "staff member's name");
        row("name of a volunteer", "staffName", QStringLiteral("val"), Field::StaffName,
            "already a helper called val");
        row("passphrase too short", "passphrase", QStringLiteral("horse"), Field::Passphrase,
            "at least 8 characters");
        row("passphrases differ", "passphraseAgain", QStringLiteral("correct horse!"),
            Field::PassphraseAgain, "not the same");
        row("second box empty", "passphraseAgain", QString(), Field::PassphraseAgain,
            "not the same");
    }
    void refused() {
        QFETCH(QString, box);
        QFETCH(QString, typed);
        QFETCH(Field, field);
        QFETCH(QString, words);
        QVERIFY(m_pc->workspace.helpers().add(QStringLiteral("Val"), QStringLiteral("volunteer"),
                                              QStringLiteral("blue kettle")));
        HubSetup::Form form = goodForm();
        QString *boxes[] = {&form.hubName,   &form.hubId,      &form.lrsAddress,
                            &form.staffName, &form.passphrase, &form.passphraseAgain};
        const QStringList names = {QStringLiteral("hubName"),    QStringLiteral("hubId"),
                                   QStringLiteral("lrsAddress"), QStringLiteral("staffName"),
                                   QStringLiteral("passphrase"), QStringLiteral("passphraseAgain")};
        QVERIFY(names.contains(box));
        *boxes[names.indexOf(box)] = typed;

        HubSetup setup(m_pc->workspace);
        QCOMPARE(setup.check(form).field, field);
        const HubSetup::Result result = setup.save(form);
        QVERIFY(!result.ok());
        QCOMPARE(result.field, field);
        QCOMPARE(HubSetup::fieldName(result.field), box);
        QVERIFY2(result.problem.contains(words), qPrintable(result.problem));
        QVERIFY(!result.staff);
        expectNothingSaved();
        QVERIFY(setup.offerAtStart()); // still to do
    }

    // A failure part-way through (the staff account cannot be written) leaves nothing behind:
    // not the hub, not the address, not `setup_done`.
    void allOrNothing() {
        QSqlQuery query(m_pc->workspace.database().connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER no_helpers BEFORE INSERT ON helper "
                                          "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        HubSetup setup(m_pc->workspace);
        QVERIFY(setup.check(goodForm()).ok());
        const HubSetup::Result result = setup.save(goodForm());
        QVERIFY(!result.ok());
        QCOMPARE(result.field, Field::StaffName);
        QVERIFY2(result.problem.contains(QStringLiteral("Nothing was saved")),
                 qPrintable(result.problem));
        expectNothingSaved();
        // Once the fault is gone, the same form saves.
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER no_helpers")));
        QVERIFY2(setup.save(goodForm()).ok(), qPrintable(setup.save(goodForm()).problem));
    }

    void savedTogetherThenStaffSignsIn() {
        HubSetup setup(m_pc->workspace);
        HubSetup::Form form = goodForm();
        form.hubName = QStringLiteral("  Leeds Central Library ");
        form.staffName = QStringLiteral(" Pat   Jones");
        const HubSetup::Result result = setup.save(form);
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QVERIFY(result.staff);
        QCOMPARE(result.staff->name, QStringLiteral("Pat Jones"));
        QCOMPARE(result.staff->role, QStringLiteral("staff"));
        const HubIdentity hub = HubIdentity::fromSettings(m_pc->workspace.settings());
        QCOMPARE(hub.name, QStringLiteral("Leeds Central Library"));
        QCOMPARE(hub.id, QStringLiteral("leeds-central-library"));
        QCOMPARE(LrsConfig::fromSettings(m_pc->workspace.settings()).endpoint,
                 QUrl(QStringLiteral("https://lrs.example.org/xAPI/")));
        QVERIFY(!m_pc->workspace.settings().value(QLatin1String(HubSetup::kDoneKey)).isEmpty());
        QVERIFY(!setup.offerAtStart());
        QVERIFY(!setup.possible());
        // Only a hash is kept.
        QCOMPARE(m_pc->count(QStringLiteral("SELECT count(*) FROM helper WHERE pass_hash LIKE "
                                            "'%correct horse%'")),
                 0);

        // The staff member signs in like any helper, and 5 wrong tries pause for a minute.
        QDateTime now(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
        HelperStore helpers(m_pc->workspace.database(), [&now] { return now; });
        QCOMPARE(
            helpers.signIn(QStringLiteral("pat jones"), QStringLiteral("correct horse")).result,
            Result::SignedIn);
        for (int tryNumber = 1; tryNumber <= 4; ++tryNumber)
            QCOMPARE(
                helpers.signIn(QStringLiteral("Pat Jones"), QStringLiteral("wrong horse")).result,
                Result::Wrong);
        const SignInAttempt fifth =
            helpers.signIn(QStringLiteral("Pat Jones"), QStringLiteral("wrong horse"));
        QCOMPARE(fifth.result, Result::Locked);
        QCOMPARE(fifth.lockedUntil, now.addSecs(60));
        QCOMPARE(
            helpers.signIn(QStringLiteral("Pat Jones"), QStringLiteral("correct horse")).result,
            Result::Locked);
        now = now.addSecs(60);
        QCOMPARE(
            helpers.signIn(QStringLiteral("Pat Jones"), QStringLiteral("correct horse")).result,
            Result::SignedIn);

        // Set up once: a second set-up (anyone at the PC making themselves staff) is refused.
        HubSetup::Form again = goodForm();
        again.staffName = QStringLiteral("Mallory");
        QVERIFY(!setup.save(again).ok());
        QCOMPARE(m_pc->workspace.helpers().count(), 1);
    }

    void addressIsOptional() {
        HubSetup setup(m_pc->workspace);
        HubSetup::Form form = goodForm();
        form.lrsAddress = QStringLiteral("   ");
        QVERIFY2(setup.save(form).ok(), qPrintable(setup.check(form).problem));
        QVERIFY(LrsConfig::fromSettings(m_pc->workspace.settings()).endpoint.isEmpty());
        QCOMPARE(m_pc->workspace.helpers().staffCount(), 1);
    }

private:
    void expectNothingSaved() {
        SettingsStore &settings = m_pc->workspace.settings();
        QCOMPARE(settings.value(QLatin1String(HubIdentity::kNameKey)), QString());
        QCOMPARE(settings.value(QLatin1String(HubIdentity::kIdKey)), QString());
        QVERIFY(LrsConfig::fromSettings(settings).endpoint.isEmpty());
        QCOMPARE(settings.value(QLatin1String(HubSetup::kDoneKey)), QString());
        QCOMPARE(m_pc->workspace.helpers().staffCount(), 0);
    }

    std::unique_ptr<TestPc> m_pc;
};

QTEST_GUILESS_MAIN(HubSetupTest)
#include "tst_hubsetup.moc"
