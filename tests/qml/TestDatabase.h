// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For Qt Quick tests only: a look into the test PC's database, to check what a page saved
// (and to break it on purpose, to see a page say that saving failed).
#include "MyProgress.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QQmlEngine>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
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
    // Adds one outcome event, as a statement of a learner on any PC would: {kind (its
    // OutcomeEvent::kindName), person (pseudonym), date (YYYY-MM-DD, noon UTC), and as needed
    // ageBand, district, language, item, tags, value, check, minutes}. For report figures.
    Q_INVOKABLE bool addEvent(const QVariantMap &spec) const {
        OutcomeEvent event;
        const QString kind = spec.value(QStringLiteral("kind")).toString();
        for (int k = 1; k <= 6; ++k) {
            if (OutcomeEvent::kindName(OutcomeEvent::Kind(k)) == kind)
                event.kind = OutcomeEvent::Kind(k);
        }
        if (OutcomeEvent::kindName(event.kind) != kind)
            return false;
        const auto text = [&](const char *key) {
            return spec.value(QLatin1String(key)).toString();
        };
        event.statementId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.person = text("person");
        event.hub = QStringLiteral("test-hub");
        event.at =
            QDateTime(QDate::fromString(text("date"), Qt::ISODate), QTime(12, 0), QTimeZone::utc())
                .toSecsSinceEpoch();
        event.item = text("item");
        event.tags = text("tags");
        event.value = text("value");
        event.check = spec.value(QStringLiteral("check")).toInt();
        event.minutes = spec.value(QStringLiteral("minutes")).toInt();
        event.ageBand = text("ageBand");
        event.district = text("district");
        event.language = text("language");
        return workspace()->outcomeEvents().add(0, event);
    }
    // A file's text ("" when it cannot be read), and where saved files go (the test's own
    // home, tst_qml.cpp): for what the dashboard's buttons save.
    Q_INVOKABLE QString fileText(const QString &path) const {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    Q_INVOKABLE bool fileExists(const QString &path) const { return QFile::exists(path); }
    Q_INVOKABLE QString documentsFolder() const { return MyProgress::documentsFolder(); }
    // Adds a volunteer or staff account (as `opensteps helper add` does); false if it exists.
    Q_INVOKABLE bool addHelper(const QString &name, const QString &role,
                               const QString &passphrase) const {
        return workspace()->helpers().add(name, role, passphrase).has_value();
    }
};

} // namespace OpenSteps
