// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One PC for unit tests: its own data folder and the bundled lessons.
#include "Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace OpenSteps {

struct TestPc {
    QTemporaryDir dir;
    Workspace workspace;

    bool open() {
        return workspace.open(dir.path(), QStringLiteral(OPENSTEPS_SOURCE_DIR "/lessons")).usable();
    }
    qint64 newLearner(const QString &name, const QString &language = QStringLiteral("en")) {
        const auto learner = workspace.learners().create(name, QStringLiteral("sun"), language);
        return learner ? learner->id : 0;
    }
    // The first number `sql` gives, or -1.
    int count(const QString &sql) {
        QSqlQuery query(workspace.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }
};

} // namespace OpenSteps
