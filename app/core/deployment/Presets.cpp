// SPDX-License-Identifier: GPL-3.0-or-later
#include "Presets.h"

#include "HubIdentity.h"
#include "LrsConfig.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryFile>
#include <QUrl>

namespace OpenSteps {

namespace {

const QString kCommandLine = QStringLiteral("command line");

struct KeyInfo {
    const char *key;
    const char *setting; // "" when the app reads it itself
};

// Every key, and the PC setting it fixes.
constexpr KeyInfo kKeys[] = {
    {"dataDir", ""},
    {"hubId", HubIdentity::kIdKey},
    {"hubName", HubIdentity::kNameKey},
    {"lrsEndpoint", "lrs_endpoint"},
    {"lrsKey", "lrs_key"},
    {"lrsSecretFile", SecretStore::kPresetFileKey},
    {"idleMinutes", "idle_minutes"},
    {"guestAllowed", Presets::kGuestAllowedSetting},
    {"kiosk", ""},
    {"renderer", ""},
    {"locale", "language"},
    {"programmeIri", "programme_iri"},
};

// "true"/"false" for the spellings QSettings and IT tools write; "" for anything else.
QString normalFlag(const QString &value) {
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
        return QStringLiteral("true");
    if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
        return QStringLiteral("false");
    return {};
}

// The value as the app uses it (flags spelled one way, no trailing slash on the IRI).
QString normalValue(const QString &key, const QString &value) {
    if (key == QLatin1String("guestAllowed") || key == QLatin1String("kiosk"))
        return normalFlag(value);
    if (key == QLatin1String("renderer"))
        return value.trimmed().toLower();
    if (key == QLatin1String("programmeIri")) {
        QString iri = value.trimmed();
        while (iri.endsWith(QLatin1Char('/')))
            iri.chop(1);
        return iri;
    }
    if (key == QLatin1String("dataDir") || key == QLatin1String("lrsSecretFile"))
        return QDir::cleanPath(value.trimmed());
    return value.trimmed();
}

bool hasControlCharacters(const QString &text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString Presets::folderProblem(const QString &path) {
    if (!QDir::isAbsolutePath(path))
        return QStringLiteral("write the whole path of a folder, such as D:\\OpenSteps or "
                              "/srv/opensteps");
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("the folder %1 does not exist: make it first").arg(path);
    if (!info.isDir())
        return QStringLiteral("%1 is a file, not a folder").arg(path);
    // Permissions on Windows shares and ACLs are only known by trying.
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".opensteps-write-test-XXXXXX")));
    if (!probe.open())
        return QStringLiteral("this computer account cannot write in %1: give it write access")
            .arg(path);
    return {};
}

namespace {

QString secretFileProblem(const QString &path) {
    if (!QDir::isAbsolutePath(path))
        return QStringLiteral("write the whole path of the file that holds the LRS secret");
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return QStringLiteral("the file %1 does not exist").arg(path);
    if (info.size() > SecretStore::kMaxFileBytes)
        return QStringLiteral("%1 is too big for a secret (more than %2 bytes)")
            .arg(path)
            .arg(SecretStore::kMaxFileBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("this computer account cannot read %1").arg(path);
    if (SecretStore::readSecretFile(path).isEmpty())
        return QStringLiteral("%1 is empty: its first line should be the LRS secret").arg(path);
    return {};
}

QString numberProblem(const QString &value, int low, int high) {
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < low || n > high)
        return QStringLiteral("write a whole number from %1 to %2").arg(low).arg(high);
    return {};
}

QString iriProblem(const QString &value) {
    const QUrl url(value, QUrl::StrictMode);
    if (value.size() > 200 || !url.isValid() || url.scheme() != QLatin1String("https") ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return QStringLiteral("write the programme's own web address, starting https:// (such "
                              "as https://digital.example.org/opensteps), without ? or #");
    return {};
}

} // namespace

QString Presets::Problem::toString() const {
    return QStringLiteral("%1: %2: %3").arg(file, key.isEmpty() ? QStringLiteral("-") : key, text);
}

const QStringList &Presets::keys() {
    static const QStringList list = [] {
        QStringList names;
        for (const KeyInfo &info : kKeys)
            names << QString::fromLatin1(info.key);
        return names;
    }();
    return list;
}

QString Presets::settingKey(const QString &key) {
    for (const KeyInfo &info : kKeys) {
        if (key == QLatin1String(info.key))
            return QString::fromLatin1(info.setting);
    }
    return {};
}

QString Presets::machineLocation() {
    return QSettings(QSettings::SystemScope, QStringLiteral("OpenSteps"),
                     QStringLiteral("opensteps"))
        .fileName();
}

QString Presets::problemWith(const QString &key, const QString &raw, const QStringList &languages) {
    const QString value = normalValue(key, raw);
    if (!keys().contains(key))
        return QStringLiteral("not a setting OpenSteps knows (the settings are %1)")
            .arg(keys().join(QLatin1String(", ")));
    if (value.isEmpty() && key != QLatin1String("guestAllowed") && key != QLatin1String("kiosk"))
        return QStringLiteral("empty: leave the line out instead");
    if (hasControlCharacters(value) || value.size() > 1000)
        return QStringLiteral("not a value OpenSteps can use");
    if (key == QLatin1String("dataDir"))
        return folderProblem(value);
    if (key == QLatin1String("hubId"))
        return HubIdentity::idProblem(value);
    if (key == QLatin1String("hubName"))
        return HubIdentity::nameProblem(value);
    if (key == QLatin1String("lrsEndpoint")) {
        LrsConfig lrs;
        lrs.endpoint = QUrl(value, QUrl::StrictMode);
        return lrs.endpoint.isValid() ? lrs.addressProblem() : QStringLiteral("not a web address");
    }
    if (key == QLatin1String("lrsKey"))
        return value.size() > 256 ? QStringLiteral("too long for an LRS key") : QString();
    if (key == QLatin1String("lrsSecretFile"))
        return secretFileProblem(value);
    if (key == QLatin1String("idleMinutes"))
        return numberProblem(value, kMinIdleMinutes, kMaxIdleMinutes);
    if (key == QLatin1String("guestAllowed") || key == QLatin1String("kiosk"))
        return value.isEmpty() ? QStringLiteral("write true or false") : QString();
    if (key == QLatin1String("renderer"))
        return value == QLatin1String("software") || value == QLatin1String("gl")
                   ? QString()
                   : QStringLiteral("write software or gl");
    if (key == QLatin1String("locale"))
        return languages.contains(value) ? QString()
                                         : QStringLiteral("write one of the languages that "
                                                          "come with OpenSteps: %1")
                                               .arg(languages.join(QLatin1String(", ")));
    if (key == QLatin1String("programmeIri"))
        return iriProblem(value);
    return {};
}

Presets Presets::read(const QString &explicitFile, const QStringList &languages) {
    Presets presets;
    presets.m_languages = languages;
    QSettings machine(QSettings::SystemScope, QStringLiteral("OpenSteps"),
                      QStringLiteral("opensteps"));
    machine.setFallbacksEnabled(false); // only OpenSteps' own file or key
    QHash<QString, QString> values;
    for (const QString &key : machine.allKeys())
        values.insert(key, machine.value(key).toStringList().join(QLatin1String(", ")));
    presets.readOne(machine.fileName(), values);
    if (!explicitFile.isEmpty()) {
        const Presets file = readFiles({explicitFile}, languages);
        for (auto it = file.m_entries.cbegin(); it != file.m_entries.cend(); ++it)
            presets.m_entries.insert(it.key(), it.value());
        presets.m_problems << file.m_problems;
    }
    return presets;
}

Presets Presets::readFiles(const QStringList &files, const QStringList &languages) {
    Presets presets;
    presets.m_languages = languages;
    for (const QString &path : files) {
        if (!QFileInfo(path).isFile()) {
            presets.m_problems << Problem{path, {}, QStringLiteral("the file does not exist")};
            continue;
        }
        QSettings file(path, QSettings::IniFormat);
        if (file.status() != QSettings::NoError) {
            presets.m_problems << Problem{
                path, {}, QStringLiteral("cannot be read as settings (key=value lines)")};
            continue;
        }
        QHash<QString, QString> values;
        for (const QString &key : file.allKeys())
            values.insert(key, file.value(key).toStringList().join(QLatin1String(", ")));
        presets.readOne(path, values);
    }
    return presets;
}

void Presets::readOne(const QString &location, const QHash<QString, QString> &values) {
    QStringList names = values.keys();
    names.sort();
    for (const QString &key : names) {
        const QString problem = problemWith(key, values.value(key), m_languages);
        if (problem.isEmpty())
            m_entries.insert(key, Entry{normalValue(key, values.value(key)), location});
        else
            m_problems << Problem{location, key, problem};
    }
}

void Presets::setFromCommandLine(const QString &key, const QString &value) {
    const QString problem = problemWith(key, value, m_languages);
    if (problem.isEmpty())
        m_entries.insert(key, Entry{normalValue(key, value), kCommandLine});
    else
        m_problems << Problem{kCommandLine, key, problem};
}

QString Presets::value(const QString &key, const QString &fallback) const {
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? fallback : it->value;
}

QString Presets::source(const QString &key) const {
    return m_entries.value(key).source;
}

bool Presets::flag(const QString &key, bool fallback) const {
    return has(key) ? value(key) == QLatin1String("true") : fallback;
}

QString Presets::survivalWarning(const QString &dataDir) const {
    // A folder not made yet is made at start: then its nearest existing parent must be writable.
    QString folder = QDir::cleanPath(QDir(dataDir).absolutePath());
    while (!QFileInfo::exists(folder) && QFileInfo(folder).dir().path() != folder)
        folder = QFileInfo(folder).dir().path();
    if (const QString problem = folderProblem(folder); !problem.isEmpty())
        return QStringLiteral("Learners' progress cannot be kept: %1.").arg(problem);
    bool fromIt = false; // a value from IT's machine-wide file or --config, not only flags
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        fromIt = fromIt || it->source != kCommandLine;
    if (fromIt && !dataDirPreset())
        return QStringLiteral("Learners' progress is kept in this computer account's own folder. "
                              "On library PCs that reset when they restart, ask IT to set "
                              "dataDir to a drive that keeps files.");
    return {};
}

QHash<QString, QString> Presets::settings() const {
    QHash<QString, QString> fixed;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QString setting = settingKey(it.key());
        if (!setting.isEmpty())
            fixed.insert(setting, it->value);
    }
    return fixed;
}

} // namespace OpenSteps
