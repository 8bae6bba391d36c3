// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace OpenSteps {

// What a learner takes home: a certificate for a finished topic and a one-page progress sheet.
// Both are drawn by one painting function each, so the PDF and the printed page are the same.

struct Certificate {
    QString learnerName; // exactly as the learner typed it (may be any script, e.g. Urdu, or long)
    QDate date;
    QString hubName;    // e.g. "Leeds Central Library"
    QString topicTitle; // e.g. "Foundation skills"
    QStringList skills; // plain-words skills covered, e.g. "Use a mouse and keyboard"
};

struct AreaProgress {
    QString areaTitle; // framework area, e.g. "Being safe online"
    int lessonsDone = 0, lessonsTotal = 0;
    // "I can" (yes) answers in the first and latest skills check; -1 = no check
    int canBefore = -1, canNow = -1, statements = 0;
};

struct ProgressSheet {
    QString learnerName;
    QDate date;
    QString hubName;
    QList<AreaProgress> areas;
    QStringList completedLessons; // titles
    QString progressCode;         // e.g. "K7QM-3XHD-9TNA-RW4" (may be empty)
};

class LearnerDocuments {
public:
    static bool writePdf(const Certificate &c, const QString &path, QString *error);
    static bool writePdf(const ProgressSheet &s, const QString &path, QString *error);
    // Sends to the PC's default printer. Plain-words error (e.g. "No printer is set up on this
    // computer. Ask a member of staff.") when there is none.
    static bool print(const Certificate &c, QString *error);
    static bool print(const ProgressSheet &s, QString *error);
    static bool hasPrinter();
    // A file name that is safe on any PC: e.g. "OpenSteps certificate - Foundation skills -
    // 2026-11-26.pdf" (no learner name in the file name: shared PC)
    static QString suggestedFileName(const Certificate &c);
    static QString suggestedFileName(const ProgressSheet &s);
};

} // namespace OpenSteps
