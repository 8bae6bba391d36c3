// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For Qt Quick tests only: a look into the test PC's database, to check what a page saved
// (and to break it on purpose, to see a page say that saving failed).
#include "Workspace.h"

#include <QObject>
#include <QQmlEngine>
#include <QSqlQuery>
#include <QVariant>

namespace OpenSteps {

class TestDatabase : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static TestDatabase *create(QQmlEngine *, QJSEngine *) { return new TestDatabase; }
    // The test's workspace (tst_qml.cpp sets it before any test runs).
    static Workspace *&workspace() {
        static Workspace *instance = nullptr;
        return instance;
    }

    // The first value `sql` gives, as text ("" for NULL or nothing).
    Q_INVOKABLE QString value(const QString &sql) const {
        QSqlQuery query(workspace()->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    Q_INVOKABLE bool exec(const QString &sql) const {
        return QSqlQuery(workspace()->database().connection()).exec(sql);
    }
    // Adds a volunteer or staff account (as `opensteps helper add` does); false if it exists.
    Q_INVOKABLE bool addHelper(const QString &name, const QString &role,
                               const QString &passphrase) const {
        return workspace()->helpers().add(name, role, passphrase).has_value();
    }
};

} // namespace OpenSteps
