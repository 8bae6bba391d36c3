// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncPanel.h"

#include "SettingsStore.h"

#include "BackgroundSync.h"
#include "HubIdentity.h"
#include "MyProgress.h"
#include "OutboxBundle.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QDir>
#include <QLocale>
#include <QPointer>

namespace OpenSteps {

namespace {
QPointer<SyncPanel> g_instance;

QString localTime(const QString &isoUtc) {
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}
} // namespace

SyncPanel::SyncPanel(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {
    if (!m_workspace)
        return;
    m_secrets = std::make_unique<SecretStore>(m_workspace->dataDir(), m_workspace->settings());
    m_sync = std::make_unique<BackgroundSync>(m_workspace->outbox(), m_workspace->settings(),
                                              *m_secrets);
    connect(m_sync.get(), &BackgroundSync::runFinished, this, &SyncPanel::changed);
    m_secrets->read([this](std::optional<QString> secret) {
        m_hasSecret = secret && !secret->isEmpty();
        Q_EMIT changed();
    });
}

SyncPanel::~SyncPanel() = default;

SyncPanel *SyncPanel::create(QQmlEngine *, QJSEngine *) {
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SyncPanel::setInstance(SyncPanel *instance) {
    g_instance = instance;
}

void SyncPanel::startBackground() {
    if (m_sync)
        m_sync->start();
}

QString SyncPanel::endpoint() const {
    return m_workspace ? LrsConfig::fromSettings(m_workspace->settings()).endpoint.toString()
                       : QString();
}

QString SyncPanel::key() const {
    return m_workspace ? LrsConfig::fromSettings(m_workspace->settings()).key : QString();
}

QString SyncPanel::secretWarning() const {
    return m_secrets && m_hasSecret ? m_secrets->warning() : QString();
}

int SyncPanel::pending() const {
    return m_workspace ? m_workspace->outbox().pendingCount() : 0;
}

int SyncPanel::setAside() const {
    return m_workspace ? m_workspace->outbox().setAsideCount() : 0;
}

QVariant SyncPanel::setAsideReasons() const {
    return m_workspace ? m_workspace->outbox().setAsideReasons(3) : QStringList();
}

QString SyncPanel::lastSuccess() const {
    return m_workspace
               ? localTime(m_workspace->settings().value(QLatin1String(Uploader::kLastSuccessKey)))
               : QString();
}

QString SyncPanel::lastError() const {
    return m_workspace ? m_workspace->settings().value(QLatin1String(Uploader::kLastErrorKey))
                       : QString();
}

QString SyncPanel::lastErrorAt() const {
    return m_workspace
               ? localTime(m_workspace->settings().value(QLatin1String(Uploader::kLastErrorAtKey)))
               : QString();
}

bool SyncPanel::credentialsRejected() const {
    return m_workspace && !m_workspace->settings()
                               .value(QLatin1String(Uploader::kCredentialsRejectedKey))
                               .isEmpty();
}

bool SyncPanel::running() const {
    return m_sync && m_sync->isRunning();
}

QString SyncPanel::save(const QString &endpoint, const QString &key, const QString &secret) {
    if (!m_workspace)
        return tr("The saved data cannot be used, so nothing can be saved.");
    LrsConfig config{QUrl(endpoint.trimmed()), key.trimmed(), secret};
    if (config.secret.isEmpty() && m_hasSecret)
        config.secret = QStringLiteral("kept"); // only to check the rest; the saved one stays
    const QString problem = config.problem();
    if (!problem.isEmpty())
        return problem;
    const SettingsStore &settings = m_workspace->settings();
    for (const auto &[setting, value] :
         {std::pair{QStringLiteral("lrs_endpoint"), config.endpoint.toString()},
          std::pair{QStringLiteral("lrs_key"), config.key}}) {
        if (settings.isPreset(setting) && settings.value(setting) != value)
            return tr("Your IT team set the Learning Record Store for this computer, so it "
                      "cannot be changed here.");
    }
    if (!config.saveTo(m_workspace->settings()))
        return tr("The settings could not be saved on this computer.");
    // New credentials deserve a try even if the old ones were rejected.
    m_workspace->settings().setValue(QLatin1String(Uploader::kCredentialsRejectedKey),
                                     QStringLiteral(""));
    if (!secret.isEmpty() && !m_secrets->preset()) { // IT's file holds a preset one
        m_secrets->write(secret, [this](bool saved) {
            m_hasSecret = saved;
            Q_EMIT changed();
        });
    }
    Q_EMIT changed();
    return {};
}

bool SyncPanel::secretPreset() const {
    return m_secrets && m_secrets->preset();
}

QString SyncPanel::hubName() const {
    return m_workspace ? HubIdentity::fromSettings(m_workspace->settings()).name : QString();
}

QString SyncPanel::hubId() const {
    return m_workspace ? HubIdentity::fromSettings(m_workspace->settings()).id : QString();
}

QString SyncPanel::saveHub(const QString &name, const QString &id) {
    if (!m_workspace)
        return tr("The saved data cannot be used, so nothing can be saved.");
    const HubIdentity hub{name.trimmed(), id.trimmed()};
    QString problem = HubIdentity::nameProblem(hub.name);
    if (problem.isEmpty())
        problem = HubIdentity::idProblem(hub.id);
    const SettingsStore &settings = m_workspace->settings();
    const HubIdentity preset = HubIdentity::fromSettings(settings);
    if (problem.isEmpty() &&
        ((settings.isPreset(QLatin1String(HubIdentity::kNameKey)) && hub.name != preset.name) ||
         (settings.isPreset(QLatin1String(HubIdentity::kIdKey)) && hub.id != preset.id)))
        problem = tr("Your IT team set the hub's name or id for this computer, so it cannot be "
                     "changed here.");
    if (problem.isEmpty() && !hub.saveTo(m_workspace->settings()))
        problem = tr("The settings could not be saved on this computer.");
    if (problem.isEmpty())
        Q_EMIT changed();
    return problem;
}

void SyncPanel::sendNow() {
    if (!m_sync)
        return;
    m_sync->sendNow();
    Q_EMIT changed();
}

QString SyncPanel::exportBundle() {
    if (!m_workspace)
        return tr("The saved data cannot be used, so nothing can be saved.");
    const Xapi::Context pc = m_workspace->outcomes().context(QString());
    const QString folder = MyProgress::documentsFolder();
    QDir().mkpath(folder);
    const QString name =
        QStringLiteral("opensteps-outcomes-%1-%2.bundle")
            .arg(pc.hubId,
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
    const OutboxBundle::Result result = OutboxBundle::exportTo(
        m_workspace->database(), m_workspace->outbox(), pc, QDir(folder).filePath(name), false);
    Q_EMIT changed();
    if (!result.ok)
        return result.error;
    if (result.count == 0)
        //: Staff: exporting outcomes when there is nothing waiting
        return tr("Nothing is waiting to be sent, so no file was made.");
    //: Staff: after exporting; %1 is the number of statements, %2 the file's full name
    return tr("Outcome statements saved: %1, in %2. Carry the file to a computer with internet "
              "and import it there.")
        .arg(result.count)
        .arg(QDir::toNativeSeparators(QDir(folder).filePath(name)));
}

} // namespace OpenSteps
