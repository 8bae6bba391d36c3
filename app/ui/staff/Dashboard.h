// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PublishedReport.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <functional>

namespace OpenSteps {

class Session;
class Workspace;

// The staff outcome dashboard: the rows of PublishedReport (the same rows the exports write)
// for a chosen period, counted from this PC's outcome events. Only while a staff member is
// signed in on the helper page; otherwise it holds nothing.
//
// Every number reaches QML as a cell {measure, category, value, number, hidden}: `number` is
// PublishedReport::displayText ("12", "42.5%", "3.5"), `hidden` is "" (shown), "small" (below
// the threshold: "fewer than 5") or "secondary" (would give a hidden one away). A hidden cell
// carries no number at all (value 0, number ""), so no page can show it by mistake.
class Dashboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "month", "quarter", "year" (the one holding today) or "custom" (chooseDates).
    Q_PROPERTY(QString period READ period NOTIFY changed)
    // The period's first and last day, YYYY-MM-DD.
    Q_PROPERTY(QString from READ from NOTIFY changed)
    Q_PROPERTY(QString to READ to NOTIFY changed)
    // A staff member is signed in: only then are there figures.
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    // The database holds demo data (setting demo_data = 1), not real learners.
    Q_PROPERTY(bool demo READ demo NOTIFY changed)
    // Counts below this are hidden (setting suppression_threshold, default 5).
    Q_PROPERTY(int threshold READ threshold NOTIFY changed)
    // Cells of the headline measures, in the order of headlineMeasures.
    Q_PROPERTY(QVariantList headlines READ headlines NOTIFY changed)
    // [{dimension, rows: [{category, cells: [a cell per breakdownMeasures]}]}] for age band,
    // postcode district, preferred language and hub.
    Q_PROPERTY(QVariantList breakdowns READ breakdowns NOTIFY changed)
    // [{area, before: cell, after: cell}], framework order: "Yes, I can" answers in percent.
    Q_PROPERTY(QVariantList skills READ skills NOTIFY changed)
    // Cells of checkin_outcome_learners, one per "What has changed for you?" outcome.
    Q_PROPERTY(QVariantList checkins READ checkins NOTIFY changed)
    // How long the last refresh took, in milliseconds (staff see nothing of it; tests do).
    Q_PROPERTY(int refreshMs READ refreshMs NOTIFY changed)
    Q_PROPERTY(QStringList headlineMeasures READ headlineMeasures CONSTANT)
    Q_PROPERTY(QStringList breakdownMeasures READ breakdownMeasures CONSTANT)

public:
    // `today` gives the day the named periods hold (UTC, as statement times are); empty: the
    // real date. `workspace` may be null (no usable database): nothing to show then.
    Dashboard(Workspace *workspace, Session &session, std::function<QDate()> today = {},
              QObject *parent = nullptr);

    static Dashboard *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Dashboard *instance);

    QString period() const { return m_period; }
    QString from() const { return m_range.from.toString(Qt::ISODate); }
    QString to() const { return m_range.to.toString(Qt::ISODate); }
    bool allowed() const;
    bool demo() const;
    int threshold() const { return m_report.threshold; }
    QVariantList headlines() const { return m_headlines; }
    QVariantList breakdowns() const { return m_breakdowns; }
    QVariantList skills() const { return m_skills; }
    QVariantList checkins() const { return m_checkins; }
    int refreshMs() const { return m_refreshMs; }
    static QStringList headlineMeasures();
    static QStringList breakdownMeasures();

    // Shows this month, quarter or year; false (nothing changes) for another name.
    Q_INVOKABLE bool choose(const QString &period);
    // Shows the days from `from` to `to` (YYYY-MM-DD, both included). Returns "" when shown,
    // else what is wrong in plain words (translated); the period shown stays as it was.
    Q_INVOKABLE QString chooseDates(const QString &from, const QString &to);
    // Counts the period again (the page calls it when it opens).
    Q_INVOKABLE void refresh();
    // Saves the period shown as an export (`format`: OutcomeExport::formatNames()) into the
    // Documents folder (or `folder`, for tests). Returns what happened, in plain words, with the
    // files' names; staff only.
    Q_INVOKABLE QString saveFiles(const QString &format, const QString &folder = QString());

    // What is shown, row by row (tests compare it with PublishedReport::from).
    const PublishedReport &report() const { return m_report; }
    ReportPeriod range() const { return m_range; }

Q_SIGNALS:
    void changed();

private:
    QDate today() const;
    void clear();

    Workspace *m_workspace;
    Session &m_session;
    std::function<QDate()> m_today;
    QString m_period = QStringLiteral("month");
    ReportPeriod m_range;
    PublishedReport m_report;
    QVariantList m_headlines, m_breakdowns, m_skills, m_checkins;
    int m_refreshMs = 0;
};

} // namespace OpenSteps
