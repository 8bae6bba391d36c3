// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LearnerStore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace OpenSteps {

class Home;
class Preferences;
class Session;
class SharingStore;
class Workspace;

// The learner's own profile: making it, their answer to "Share your progress?" and the
// optional answers, the "What has changed for you?" check-in, and "Delete my data".
class Profile : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    // The signed-in learner's answer to "Share your progress?": "yes", "no", or "" when never
    // asked (and when nobody is signed in); with the optional answers ("" for none).
    Q_PROPERTY(QString sharingChoice READ sharingChoice NOTIFY sharingChanged)
    Q_PROPERTY(QString ageBand READ ageBand NOTIFY sharingChanged)
    Q_PROPERTY(QString postcodeDistrict READ postcodeDistrict NOTIFY sharingChanged)
    Q_PROPERTY(QString preferredLanguage READ preferredLanguage NOTIFY sharingChanged)
    // The choices for the optional answers: age bands ("16-24"...), and languages as
    // {code, name} with each name written in the language itself.
    Q_PROPERTY(QStringList ageBands READ ageBands CONSTANT)
    Q_PROPERTY(QVariantList preferredLanguages READ preferredLanguages CONSTANT)
    // The outcome ids a check-in may choose from (CheckinStore::outcomes(), in its order).
    Q_PROPERTY(QStringList checkinOutcomes READ checkinOutcomes CONSTANT)

public:
    Profile(Workspace *workspace, Session &session, Home &home, Preferences &preferences,
            QObject *parent = nullptr);

    static Profile *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Profile *instance);

    static int maxNameLength() { return LearnerStore::kMaxNameLength; }
    QString sharingChoice() const;
    QString ageBand() const;
    QString postcodeDistrict() const;
    QString preferredLanguage() const;
    static QStringList ageBands();
    static QVariantList preferredLanguages();
    static QStringList checkinOutcomes();

    // Creates a profile from a first name or nickname, a picture and a PIN ("digits": 4
    // numbers, "pictures": 3 picture ids joined by ","), with the newcomer's answer to "Share
    // your progress?": `sharing` is {share: true|false, ageBand, postcodeDistrict,
    // preferredLanguage}, the last three optional ("" or missing for no answer), and signs it
    // in. Nothing is made unless all of it can be saved. An empty `sharing`: never asked.
    Q_INVOKABLE bool createProfile(const QString &name, const QString &avatar,
                                   const QString &pinKind, const QString &pin,
                                   const QVariantMap &sharing);
    // The signed-in learner answers the sharing question again (after a progress code from
    // another PC): `sharing` as for createProfile. False when nothing was saved.
    Q_INVOKABLE bool answerSharing(const QVariantMap &sharing);
    // The signed-in learner changes their answers (Settings). False when nothing was saved.
    Q_INVOKABLE bool setSharing(bool share);
    Q_INVOKABLE bool setAgeBand(const QString &band);
    Q_INVOKABLE bool setPostcodeDistrict(const QString &typed);
    Q_INVOKABLE bool setPreferredLanguage(const QString &code);
    // What is wrong with a typed postcode district: "" (nothing: a district, or left empty),
    // "full" (more than the first part, such as a whole postcode) or "invalid".
    Q_INVOKABLE static QString postcodeProblem(const QString &typed);
    // "Delete my data": removes the signed-in learner and everything about them from this PC
    // (voiding in the LRS whatever may have been sent), then signs out. False changes nothing.
    Q_INVOKABLE bool deleteMyData();
    // Saves the signed-in learner's check-in answer for the milestone in Home.checkinDue: the
    // chosen outcome ids, or none for "none of these yet". False when nothing was saved.
    Q_INVOKABLE bool saveCheckin(const QStringList &outcomeIds);

Q_SIGNALS:
    void sharingChanged();

private:
    bool setSharingAnswer(bool (SharingStore::*set)(qint64, const QString &), const QString &value);
    bool saveSharing(qint64 learnerId, const QVariantMap &sharing);

    Workspace *m_workspace;
    Session &m_session;
    Home &m_home;
    Preferences &m_preferences;
};

} // namespace OpenSteps
