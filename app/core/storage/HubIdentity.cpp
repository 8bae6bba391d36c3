// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubIdentity.h"

#include "SettingsStore.h"

#include <QRegularExpression>
#include <QStringList>

namespace OpenSteps {

HubIdentity HubIdentity::fromSettings(const SettingsStore &settings) {
    return {settings.value(QLatin1String(kNameKey)), settings.value(QLatin1String(kIdKey))};
}

bool HubIdentity::saveTo(SettingsStore &settings) const {
    return idProblem(id).isEmpty() && nameProblem(name).isEmpty() &&
           settings.setValue(QLatin1String(kNameKey), name.trimmed()) &&
           settings.setValue(QLatin1String(kIdKey), id);
}

QString HubIdentity::idProblem(const QString &id) {
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"));
    if (id.size() < 3 || id.size() > kMaxIdLength || !shape.match(id).hasMatch())
        return QStringLiteral("The hub id must be 3 to 40 small letters, digits and hyphens, "
                              "starting with a letter, like leeds-central-library.");
    return {};
}

QString HubIdentity::suggestId(const QString &name) {
    // Decomposed, accents are marks of their own and can be left out.
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    QStringList words{QString()};
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            words.last() += c;
        else if (c.category() != QChar::Mark_NonSpacing && !words.last().isEmpty())
            words.append(QString());
    }
    words.removeAll(QString());
    if (words.isEmpty())
        return {};
    if (words.constFirst().at(0).isDigit())
        words.prepend(QStringLiteral("hub"));
    // Whole words up to the longest id; a first word that is too long alone is cut.
    QString id = words.constFirst().left(kMaxIdLength);
    for (qsizetype i = 1; i < words.size() && id.size() + 1 + words.at(i).size() <= kMaxIdLength;
         ++i)
        id += QLatin1Char('-') + words.at(i);
    return id;
}

QString HubIdentity::nameProblem(const QString &name) {
    const QString tidy = name.trimmed();
    if (tidy.isEmpty())
        return QStringLiteral("Please give the hub a name, like Leeds Central Library.");
    if (tidy.size() > kMaxNameLength)
        return QStringLiteral("The hub name can be at most %1 characters.").arg(kMaxNameLength);
    return {};
}

} // namespace OpenSteps
