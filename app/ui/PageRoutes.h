// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

namespace OpenSteps {

// The one list of pages, read by Main.qml (which page component a name shows) and by the
// screenshot mode (which names exist, and how to stage each). A row per name; a screenshot
// variant is a name of its own that shows an existing page in a particular state.
struct PageRoute {
    // Who is at the PC when a screenshot of the page is staged.
    enum class Staged {
        EmptyPc,         // a first visit: no learners yet
        NobodySignedIn,  // the sample learner exists but is not signed in
        LearnerSignedIn, // the sample learner, signed in
    };
    QString name; // what Main.qml's show() and `screenshot --page` take
    QString page; // the page component, e.g. "HomePage"
    Staged staged = Staged::LearnerSignedIn;
    QString stepType; // screenshot variants of the lesson page: a step of this type
};

class PageRoutes : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Routes)
    QML_SINGLETON
    // Page name -> page component name, e.g. {"helper-staff": "HelperPage"}.
    Q_PROPERTY(QVariantMap pages READ pages CONSTANT)

public:
    static const QList<PageRoute> &all();
    static QStringList names();
    static const PageRoute *find(const QString &name);

    static QVariantMap pages();
    static PageRoutes *create(QQmlEngine *, QJSEngine *) { return new PageRoutes; }
};

} // namespace OpenSteps
