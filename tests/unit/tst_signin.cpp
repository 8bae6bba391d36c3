// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in on a shared PC: PIN rules and hashing, the 5-tries pause, helpers, and each
// learner's own settings.
#include "Database.h"
#include "HelperStore.h"
#include "LearnerSettings.h"
#include "LearnerStore.h"
#include "PinStore.h"
#include "SecretHash.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenSteps;
using Result = SignInAttempt::Result;

namespace {
QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}
} // namespace

class SignInTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_now = QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path()).usable());
        LearnerStore learners(*m_db);
        m_amina =
            learners.create(QStringLiteral("Amina"), QStringLiteral("cat"), QStringLiteral("en"))
                ->id;
        m_bob =
            learners.create(QStringLiteral("Bob"), QStringLiteral("sun"), QStringLiteral("en"))->id;
    }

    void cleanup() {
        m_db.reset();
        QFile::remove(path());
    }

    void isValid_data() {
        QTest::addColumn<PinKind>("kind");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *tag, PinKind kind, const char16_t *pin, bool valid) {
            QTest::newRow(tag) << kind << QString::fromUtf16(pin) << valid;
        };
        row("4 digits", PinKind::Digits, u"1234", true);
        row("zeros", PinKind::Digits, u"0000", true);
        row("3 digits", PinKind::Digits, u"123", false);
        row("5 digits", PinKind::Digits, u"12345", false);
        row("a letter", PinKind::Digits, u"12a4", false);
        row("a space", PinKind::Digits, u" 123", false);
        row("empty digits", PinKind::Digits, u"", false);
        row("Arabic-Indic digits", PinKind::Digits, u"\u0661\u0662\u0663\u0664", false);
        row("full-width digits", PinKind::Digits, u"\uFF11\uFF12\uFF13\uFF14", false);
        row("pictures as digits", PinKind::Digits, u"cat,tree,house", false);
        row("3 pictures", PinKind::Pictures, u"cat,tree,house", true);
        row("repeats allowed", PinKind::Pictures, u"apple,apple,apple", true);
        row("2 pictures", PinKind::Pictures, u"cat,tree", false);
        row("4 pictures", PinKind::Pictures, u"cat,tree,house,boat", false);
        row("unknown picture", PinKind::Pictures, u"cat,dog,house", false);
        row("capital letter", PinKind::Pictures, u"Cat,tree,house", false);
        row("spaces", PinKind::Pictures, u"cat, tree, house", false);
        row("empty part", PinKind::Pictures, u"cat,,tree", false);
        row("empty pictures", PinKind::Pictures, u"", false);
        row("digits as pictures", PinKind::Pictures, u"1234", false);
        row("no kind", PinKind::None, u"1234", false);
    }

    void isValid() {
        QFETCH(PinKind, kind);
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(PinStore::isValid(kind, pin), valid);
    }

    void nineDistinctPictures() {
        const QStringList &ids = PinStore::pictures();
        QCOMPARE(ids.size(), 9);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 9);
        for (const QString &id : ids)
            QVERIFY2(!id.contains(QLatin1Char(',')), qPrintable(id));
    }

    void hashNeverHoldsThePin_data() {
        QTest::addColumn<PinKind>("kind");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("kindText");
        QTest::newRow("digits") << PinKind::Digits << QStringLiteral("1234")
                                << QStringLiteral("digits");
        QTest::newRow("pictures") << PinKind::Pictures << QStringLiteral("cat,sun,fish")
                                  << QStringLiteral("pictures");
    }

    void hashNeverHoldsThePin() {
        QFETCH(PinKind, kind);
        QFETCH(QString, pin);
        QFETCH(QString, kindText);
        PinStore pins(*m_db, clock());
        QCOMPARE(pins.pinKind(m_amina), PinKind::None);
        QVERIFY(pins.setPin(m_amina, kind, pin));
        QCOMPARE(pins.pinKind(m_amina), kind);
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT pin_kind, pin_hash, pin_salt, pin_iterations"
                                     " FROM learner WHERE id = ?"));
        query.addBindValue(m_amina);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), kindText);
        const QByteArray hash = query.value(1).toByteArray();
        QCOMPARE(hash.size(), SecretHash::kHashBytes);
        QCOMPARE(query.value(2).toByteArray().size(), SecretHash::kSaltBytes);
        QCOMPARE(query.value(3).toInt(), SecretHash::kIterations);
        QVERIFY(SecretHash::kIterations >= 100000);
        QVERIFY(hash != pin.toUtf8());
        QVERIFY(!hash.contains(pin.toUtf8()));
        QVERIFY(!hash.contains(pin.toUtf8().toHex()));
        const QByteArray utf16(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2);
        QVERIFY(!hash.contains(utf16));
    }

    void samePinDifferentSaltAndHash() {
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("1234")));
        QVERIFY(pins.setPin(m_bob, PinKind::Digits, QStringLiteral("1234")));
        const auto column = [this](const char *name, qint64 id) {
            return scalar(*m_db,
                          QStringLiteral("SELECT %1 FROM learner WHERE id = ?")
                              .arg(QLatin1String(name)),
                          {id})
                .toByteArray();
        };
        QVERIFY(column("pin_salt", m_amina) != column("pin_salt", m_bob));
        QVERIFY(column("pin_hash", m_amina) != column("pin_hash", m_bob));
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("1234")).result, Result::SignedIn);
        QCOMPARE(pins.signIn(m_bob, QStringLiteral("1234")).result, Result::SignedIn);
    }

    void rightAndWrongPin() {
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Pictures, QStringLiteral("cat,cat,apple")));
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("cat,cat,apple")).result, Result::SignedIn);
        const SignInAttempt wrongOrder = pins.signIn(m_amina, QStringLiteral("key,cat,cat"));
        QCOMPARE(wrongOrder.result, Result::Wrong);
        QCOMPARE(wrongOrder.triesLeft, 4);
        // The digits that never could be a picture PIN are wrong too, and count.
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("1234")).triesLeft, 3);
    }

    void noPinAndUnknownLearner() {
        PinStore pins(*m_db, clock());
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("1234")).result, Result::NoPin);
        QCOMPARE(pins.signIn(9999, QStringLiteral("1234")).result, Result::Unknown);
        QCOMPARE(pins.pinKind(9999), PinKind::None);
        QVERIFY(!pins.setPin(9999, PinKind::Digits, QStringLiteral("1234")));
        QVERIFY(!pins.resetPin(9999));
    }

    void invalidPinIsNotSaved() {
        PinStore pins(*m_db, clock());
        QVERIFY(!pins.setPin(m_amina, PinKind::Digits, QStringLiteral("12")));
        QVERIFY(!pins.setPin(m_amina, PinKind::None, QStringLiteral("1234")));
        QCOMPARE(pins.pinKind(m_amina), PinKind::None);
        QVERIFY(
            scalar(*m_db, QStringLiteral("SELECT pin_hash FROM learner WHERE id = ?"), {m_amina})
                .isNull());
    }

    void fiveWrongTriesPauseForAMinute() {
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("2468")));
        for (int tryNumber = 1; tryNumber <= 4; ++tryNumber) {
            const SignInAttempt attempt = pins.signIn(m_amina, QStringLiteral("1111"));
            QCOMPARE(attempt.result, Result::Wrong);
            QCOMPARE(attempt.triesLeft, PinStore::kMaxTries - tryNumber);
            QVERIFY(!attempt.lockedUntil.isValid());
            m_now = m_now.addSecs(5);
        }
        const QDateTime fifthAt = m_now;
        const SignInAttempt fifth = pins.signIn(m_amina, QStringLiteral("1111"));
        QCOMPARE(fifth.result, Result::Locked);
        QCOMPARE(fifth.lockedUntil, fifthAt.addSecs(60));
        QCOMPARE(fifth.lockedUntil.timeSpec(), Qt::UTC);
        QCOMPARE(pins.lockedUntil(m_amina), fifthAt.addSecs(PinStore::kPauseSeconds));

        // During the pause even the right PIN is refused, unchecked; nothing is counted.
        m_now = fifthAt.addSecs(30);
        for (const QString &pin : {QStringLiteral("2468"), QStringLiteral("1111")}) {
            const SignInAttempt paused = pins.signIn(m_amina, pin);
            QCOMPARE(paused.result, Result::Locked);
            QCOMPARE(paused.lockedUntil, fifthAt.addSecs(60));
        }
        m_now = fifthAt.addSecs(59);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).result, Result::Locked);
        // Bob's sign-in is his own.
        QVERIFY(pins.setPin(m_bob, PinKind::Digits, QStringLiteral("1357")));
        QCOMPARE(pins.signIn(m_bob, QStringLiteral("1357")).result, Result::SignedIn);

        // After the pause: five fresh tries (the paused ones did not count).
        m_now = fifthAt.addSecs(60);
        QCOMPARE(pins.lockedUntil(m_amina), std::nullopt);
        const SignInAttempt afterPause = pins.signIn(m_amina, QStringLiteral("1111"));
        QCOMPARE(afterPause.result, Result::Wrong);
        QCOMPARE(afterPause.triesLeft, 4);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).result, Result::SignedIn);
        // Signing in starts the count again.
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("1111")).triesLeft, 4);
    }

    void rightPinAfterPauseSignsIn() {
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("2468")));
        lockOut(pins, m_amina);
        m_now = m_now.addSecs(61);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).result, Result::SignedIn);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT failed_tries FROM learner WHERE id = ?"),
                        {m_amina})
                     .toInt(),
                 0);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT locked_until FROM learner WHERE id = ?"),
                       {m_amina})
                    .isNull());
    }

    void lockSurvivesReopeningTheDatabase() {
        {
            PinStore pins(*m_db, clock());
            QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("2468")));
            lockOut(pins, m_amina);
        }
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path()).usable());
        PinStore pins(*m_db, clock());
        m_now = m_now.addSecs(10);
        QVERIFY(pins.lockedUntil(m_amina).has_value());
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).result, Result::Locked);
    }

    void pauseFromAWrongClockIsNotKept() {
        // A pause started while the PC's clock was a day ahead must not last a day.
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("2468")));
        const QDateTime realNow = m_now;
        m_now = m_now.addDays(1);
        lockOut(pins, m_amina);
        m_now = realNow;
        QCOMPARE(pins.lockedUntil(m_amina), std::nullopt);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).result, Result::SignedIn);
    }

    void resetPinClearsPinAndPause() {
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("2468")));
        lockOut(pins, m_amina);
        QVERIFY(pins.resetPin(m_amina));
        QCOMPARE(pins.pinKind(m_amina), PinKind::None);
        QCOMPARE(pins.lockedUntil(m_amina), std::nullopt);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).result, Result::NoPin);
        QVERIFY(
            scalar(*m_db, QStringLiteral("SELECT pin_hash FROM learner WHERE id = ?"), {m_amina})
                .isNull());
        // The learner picks a new PIN, of either kind, and signs in with it at once.
        QVERIFY(pins.setPin(m_amina, PinKind::Pictures, QStringLiteral("boat,apple,tree")));
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("boat,apple,tree")).result, Result::SignedIn);
    }

    void settingAPinLiftsAPause() {
        PinStore pins(*m_db, clock());
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("2468")));
        lockOut(pins, m_amina);
        QVERIFY(pins.setPin(m_amina, PinKind::Digits, QStringLiteral("9753")));
        QCOMPARE(pins.lockedUntil(m_amina), std::nullopt);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("2468")).triesLeft, 4);
        QCOMPARE(pins.signIn(m_amina, QStringLiteral("9753")).result, Result::SignedIn);
    }

    void secretHashComparesAndKeepsItsIterations() {
        QVERIFY(SecretHash::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
        QVERIFY(!SecretHash::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
        QVERIFY(!SecretHash::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
        // A hash made with another count (an older or newer version) still verifies.
        const HashedSecret cheap = SecretHash::hash(QStringLiteral("1234"), 1000);
        QCOMPARE(cheap.iterations, 1000);
        QVERIFY(SecretHash::verify(QStringLiteral("1234"), cheap));
        QVERIFY(!SecretHash::verify(QStringLiteral("1235"), cheap));
        QVERIFY(!SecretHash::verify(QStringLiteral("1234"), {}));
        // The same passphrase typed composed or decomposed is the same passphrase.
        const HashedSecret composed = SecretHash::hash(QString::fromUtf16(u"caf\u00e9"), 1000);
        QVERIFY(SecretHash::verify(QString::fromUtf16(u"cafe\u0301"), composed));
    }

    void hashTime() {
        QElapsedTimer timer;
        timer.start();
        constexpr int kRuns = 3;
        for (int i = 0; i < kRuns; ++i)
            SecretHash::hash(QStringLiteral("1234"));
        qInfo("PBKDF2-HMAC-SHA256, %d iterations: %.0f ms per 4-digit PIN", SecretHash::kIterations,
              double(timer.nsecsElapsed()) / 1e6 / kRuns);
    }

    void addHelpers() {
        HelperStore helpers(*m_db, clock());
        QCOMPARE(helpers.count(), 0);
        QString error;
        const auto zoe = helpers.add(QStringLiteral("  Zoe   Smith "), QStringLiteral("staff"),
                                     QStringLiteral("correct horse"), &error);
        QVERIFY2(zoe, qPrintable(error));
        QCOMPARE(zoe->name, QStringLiteral("Zoe Smith"));
        QCOMPARE(zoe->role, QStringLiteral("staff"));
        QVERIFY(helpers.add(QStringLiteral("anna"), QStringLiteral("volunteer"),
                            QStringLiteral("12345678")));
        QCOMPARE(helpers.count(), 2);
        const QList<Helper> all = helpers.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("anna"));
        QCOMPARE(all.at(1).name, QStringLiteral("Zoe Smith"));
        QCOMPARE(all.at(1).id, zoe->id);
        const QByteArray hash =
            scalar(*m_db, QStringLiteral("SELECT pass_hash FROM helper WHERE id = ?"), {zoe->id})
                .toByteArray();
        QCOMPARE(hash.size(), SecretHash::kHashBytes);
        QVERIFY(!hash.contains("correct horse"));
    }

    void refuseBadHelpers_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("error");
        QTest::newRow("name taken, other case")
            << QStringLiteral("ANNA") << QStringLiteral("staff") << QStringLiteral("long enough")
            << QStringLiteral("already a helper called ANNA");
        QTest::newRow("name taken, other spaces")
            << QStringLiteral(" Anna ") << QStringLiteral("staff") << QStringLiteral("long enough")
            << QStringLiteral("already");
        QTest::newRow("passphrase too short")
            << QStringLiteral("Ben") << QStringLiteral("staff") << QStringLiteral("1234567")
            << QStringLiteral("too short");
        QTest::newRow("7 accented letters are 7, not 14")
            << QStringLiteral("Ben") << QStringLiteral("staff")
            << QString::fromUtf16(u"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")
            << QStringLiteral("at least 8 characters");
        QTest::newRow("bad role") << QStringLiteral("Ben") << QStringLiteral("admin")
                                  << QStringLiteral("long enough")
                                  << QStringLiteral("\"volunteer\" or \"staff\"");
        QTest::newRow("no name") << QStringLiteral("   ") << QStringLiteral("staff")
                                 << QStringLiteral("long enough") << QStringLiteral("name");
    }

    void refuseBadHelpers() {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, passphrase);
        QFETCH(QString, error);
        HelperStore helpers(*m_db, clock());
        QVERIFY(helpers.add(QStringLiteral("Anna"), QStringLiteral("volunteer"),
                            QStringLiteral("12345678")));
        QString message;
        QVERIFY(!helpers.add(name, role, passphrase, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(!helpers.add(name, role, passphrase)); // no error pointer: no crash
        QCOMPARE(helpers.count(), 1);
    }

    void helperSignInAndPause() {
        HelperStore helpers(*m_db, clock());
        QVERIFY(helpers.add(QStringLiteral("Anna"), QStringLiteral("volunteer"),
                            QStringLiteral("blue kettle")));
        QCOMPARE(helpers.signIn(QStringLiteral("anna"), QStringLiteral("blue kettle")).result,
                 Result::SignedIn);
        // No such helper: Unknown, and nobody's tries are counted.
        QCOMPARE(helpers.signIn(QStringLiteral("Anne"), QStringLiteral("blue kettle")).result,
                 Result::Unknown);
        for (int tryNumber = 1; tryNumber <= 4; ++tryNumber) {
            const SignInAttempt attempt =
                helpers.signIn(QStringLiteral("Anna"), QStringLiteral("Blue kettle"));
            QCOMPARE(attempt.result, Result::Wrong);
            QCOMPARE(attempt.triesLeft, 5 - tryNumber);
        }
        const SignInAttempt fifth =
            helpers.signIn(QStringLiteral("Anna"), QStringLiteral("blue kettle!"));
        QCOMPARE(fifth.result, Result::Locked);
        QCOMPARE(fifth.lockedUntil, m_now.addSecs(60));
        m_now = m_now.addSecs(59);
        QCOMPARE(helpers.signIn(QStringLiteral("Anna"), QStringLiteral("blue kettle")).result,
                 Result::Locked);
        m_now = m_now.addSecs(1);
        QCOMPARE(helpers.signIn(QStringLiteral("Anna"), QStringLiteral("blue kettle")).result,
                 Result::SignedIn);
    }

    void learnerSettings() {
        LearnerSettings settings(*m_db);
        QCOMPARE(settings.value(m_amina, QStringLiteral("text-scale")), QString());
        QCOMPARE(settings.value(m_amina, QStringLiteral("text-scale"), QStringLiteral("1.0")),
                 QStringLiteral("1.0"));
        QVERIFY(settings.setValue(m_amina, QStringLiteral("text-scale"), QStringLiteral("1.5")));
        QVERIFY(settings.setValue(m_amina, QStringLiteral("theme"), QStringLiteral("default")));
        QVERIFY(
            settings.setValue(m_amina, QStringLiteral("theme"), QStringLiteral("high-contrast")));
        QVERIFY(settings.setValue(m_bob, QStringLiteral("theme"), QStringLiteral("default")));
        QCOMPARE(settings.value(m_amina, QStringLiteral("theme")), QStringLiteral("high-contrast"));
        QCOMPARE(settings.value(m_bob, QStringLiteral("theme")), QStringLiteral("default"));
        const QHash<QString, QString> expected = {
            {QStringLiteral("text-scale"), QStringLiteral("1.5")},
            {QStringLiteral("theme"), QStringLiteral("high-contrast")}};
        QCOMPARE(settings.all(m_amina), expected);
        QVERIFY(!settings.setValue(9999, QStringLiteral("theme"), QStringLiteral("default")));

        // Deleting a learner deletes their settings, and only theirs.
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("DELETE FROM learner WHERE id = ?"));
        query.addBindValue(m_amina);
        QVERIFY(query.exec());
        QVERIFY(settings.all(m_amina).isEmpty());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM learner_setting")).toInt(), 1);
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("signin.sqlite")); }
    PinStore::Now clock() {
        return [this] { return m_now; };
    }
    // Five wrong tries of the wrong shape: they count the same and skip the slow hash.
    void lockOut(PinStore &pins, qint64 learnerId) {
        for (int i = 0; i < PinStore::kMaxTries; ++i)
            pins.signIn(learnerId, QStringLiteral("wrong"));
        QVERIFY(pins.lockedUntil(learnerId).has_value());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
    qint64 m_amina = 0;
    qint64 m_bob = 0;
};

QTEST_GUILESS_MAIN(SignInTest)
#include "tst_signin.moc"
