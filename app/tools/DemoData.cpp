// SPDX-License-Identifier: GPL-3.0-or-later
// A demo-data run (generate): the checks, each learner's seed, the pace that comes nearest to
// the events asked for, the demo hub, volunteers and staff, and the learners written in a few
// large transactions, the first of which marks the folder as demo data.
#include "DemoData.h"

#include "Database.h"
#include "DemoDataParts.h"
#include "DemoFlag.h"
#include "DemoRows.h"
#include "HubIdentity.h"
#include "OutcomeRecorder.h"
#include "SecretHash.h"
#include "SettingsStore.h"
#include "SkillsCheck.h"
#include "Workspace.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace OpenSteps::DemoData {

using namespace detail;

QString generate(Workspace &workspace, const Options &options, Summary *summary) {
    Database &db = workspace.database();
    if (options.learners < 1)
        return QStringLiteral("Give at least one learner.");
    const QList<Lesson> &lessons = workspace.catalog().lessons();
    if (lessons.isEmpty())
        return QStringLiteral("There are no lessons to take, so no demo data was made.");
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM learner")) || !query.next() ||
            query.value(0).toLongLong() > 0)
            return QStringLiteral("This data folder has learners already: demo data is only "
                                  "added to an empty one.");
    }
    const QDate until =
        options.until.isValid() ? options.until : QDateTime::currentDateTimeUtc().date();
    Model model(lessons, workspace.catalog(), until);
    const QStringList volunteers = {QStringLiteral("Demo volunteer 1"),
                                    QStringLiteral("Demo volunteer 2"),
                                    QStringLiteral("Demo volunteer 3")};
    model.volunteers = int(volunteers.size());

    // Every learner's own stream, from the run's seed.
    QRandomGenerator random(options.seed);
    QList<quint64> seeds(options.learners);
    for (quint64 &seed : seeds)
        seed = random.generate64();

    // How busy learners are: the usual pace, or the pace whose events come nearest to the
    // number asked for, found on the first few thousand learners (bisection on a log scale).
    const qsizetype perCheck = SkillsCheck::statements().size();
    Plan plan;
    double pace = 1;
    if (options.events >= 0) {
        const int sample = std::min(options.learners, kCalibrationLearners);
        const double wanted = double(options.events) / options.learners;
        const auto perLearner = [&](double tryPace) {
            qint64 events = 0;
            for (int i = 0; i < sample; ++i) {
                simulate(model, seeds.at(i), tryPace, plan);
                events += plan.events(perCheck);
            }
            return double(events) / sample;
        };
        double low = std::log(0.001), high = std::log(50.0);
        for (int step = 0; step < 16; ++step) {
            const double middle = (low + high) / 2;
            (perLearner(std::exp(middle)) < wanted ? low : high) = middle;
        }
        pace = std::exp((low + high) / 2);
    }

    const Xapi::Context pc = [&] {
        // The hub is the demo's own, so figures and certificates say where they come from.
        if (HubIdentity::fromSettings(workspace.settings()).id.isEmpty())
            HubIdentity{QStringLiteral("Demo hub (made-up learners)"), QStringLiteral("demo-hub")}
                .saveTo(workspace.settings());
        return OutcomeRecorder::pcContext(workspace.settings());
    }();

    // A large page cache while writing: the statement ids are random, so their index is
    // written all over. Back to the usual size afterwards.
    QSqlQuery pragma(db.connection());
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const QVariant usualCache = pragma.next() ? pragma.value(0) : QVariant(-2000);
    pragma.finish();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));

    Rows rows(db, model, pc);
    QString error;
    int next = 0;
    // The first transaction marks the folder, so even a run cut short leaves demo data marked.
    const bool marked = db.inTransaction([&] {
        if (!DemoFlag::set(workspace.settings()))
            return false;
        // The first few learners get a known PIN, the volunteers a known passphrase, each
        // hashed once and with few iterations: they are published, so slow hashing would only
        // slow the demo down. The iteration count is stored with the hash, so they check.
        constexpr int kIterations = 1000;
        rows.pin = SecretHash::hash(QLatin1String(kDemoPin), kIterations);
        const HashedSecret pass = SecretHash::hash(QLatin1String(kDemoPassphrase), kIterations);
        QSqlQuery helper(db.connection());
        helper.prepare(QStringLiteral("INSERT INTO helper (name, role, pass_hash, pass_salt,"
                                      " pass_iterations, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QStringList names = volunteers;
        names << QStringLiteral("Demo staff");
        for (const QString &name : std::as_const(names)) {
            const bool staff = name == names.constLast();
            helper.addBindValue(name);
            helper.addBindValue(staff ? QStringLiteral("staff") : QStringLiteral("volunteer"));
            helper.addBindValue(pass.hash);
            helper.addBindValue(pass.salt);
            helper.addBindValue(pass.iterations);
            helper.addBindValue(iso(model.firstDay));
            if (!helper.exec())
                return false;
            if (!staff)
                rows.volunteerIds << helper.lastInsertId().toLongLong();
        }
        return true;
    });
    if (!marked)
        error = QStringLiteral("Could not mark the folder as demo data.");
    while (error.isEmpty() && next < options.learners) {
        const int end = std::min(options.learners, next + kLearnersPerTransaction);
        const bool saved = db.inTransaction([&] {
            for (; next < end; ++next) {
                simulate(model, seeds.at(next), pace, plan);
                Rng ids{seeds.at(next) ^ 0xa0761d6478bd642fULL};
                if (!rows.write(next + 1, plan, ids))
                    return false;
            }
            return true;
        });
        if (!saved)
            error = rows.error.isEmpty() ? QStringLiteral("Could not save demo data.") : rows.error;
    }
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(usualCache.toLongLong()));
    if (summary) {
        *summary = rows.summary;
        summary->pace = pace;
    }
    return error;
}

} // namespace OpenSteps::DemoData
