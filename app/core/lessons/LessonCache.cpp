// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>

namespace OpenSteps {

namespace {
// Bump when any struct below changes shape.
constexpr quint32 kCacheFormat = 1;
const QByteArray kBuild = QByteArrayLiteral(__DATE__ " " __TIME__);
} // namespace

// Found by argument-dependent lookup from Qt's container streaming, so not in an anonymous
// namespace; only this file uses them.

QDataStream &operator<<(QDataStream &out, const AnswerText &a) {
    return out << a.label << a.feedback;
}
QDataStream &operator>>(QDataStream &in, AnswerText &a) {
    return in >> a.label >> a.feedback;
}
QDataStream &operator<<(QDataStream &out, const TaskText &t) {
    return out << t.instruction << t.hint;
}
QDataStream &operator>>(QDataStream &in, TaskText &t) {
    return in >> t.instruction >> t.hint;
}
QDataStream &operator<<(QDataStream &out, const MessageText &m) {
    return out << m.from << m.subject << m.body << m.signs;
}
QDataStream &operator>>(QDataStream &in, MessageText &m) {
    return in >> m.from >> m.subject >> m.body >> m.signs;
}
QDataStream &operator<<(QDataStream &out, const StepText &t) {
    return out << t.heading << t.body << t.alt << t.answers << t.prompts << t.tasks << t.messages;
}
QDataStream &operator>>(QDataStream &in, StepText &t) {
    return in >> t.heading >> t.body >> t.alt >> t.answers >> t.prompts >> t.tasks >> t.messages;
}
QDataStream &operator<<(QDataStream &out, const LessonText &t) {
    return out << t.title << t.summary << t.steps;
}
QDataStream &operator>>(QDataStream &in, LessonText &t) {
    return in >> t.title >> t.summary >> t.steps;
}
QDataStream &operator<<(QDataStream &out, const SimTask &t) {
    return out << t.id << t.target << t.value << t.exact;
}
QDataStream &operator>>(QDataStream &in, SimTask &t) {
    return in >> t.id >> t.target >> t.value >> t.exact;
}
QDataStream &operator<<(QDataStream &out, const ScamMessage &m) {
    return out << m.id << m.kind << m.verdict;
}
QDataStream &operator>>(QDataStream &in, ScamMessage &m) {
    return in >> m.id >> m.kind >> m.verdict;
}
QDataStream &operator<<(QDataStream &out, const Step &s) {
    return out << s.id << s.type << s.skill << s.image << s.answers << s.correct << s.actions
               << qint32(s.targetsPerAction) << s.accuracyBar << s.scene << s.tasks << s.messages;
}
QDataStream &operator>>(QDataStream &in, Step &s) {
    qint32 targets = 0;
    in >> s.id >> s.type >> s.skill >> s.image >> s.answers >> s.correct >> s.actions >> targets >>
        s.accuracyBar >> s.scene >> s.tasks >> s.messages;
    s.targetsPerAction = targets;
    return in;
}
QDataStream &operator<<(QDataStream &out, const Lesson &l) {
    return out << l.id << l.folder << l.topic << l.skills << qint32(l.order) << l.steps << l.texts;
}
QDataStream &operator>>(QDataStream &in, Lesson &l) {
    qint32 order = 0;
    in >> l.id >> l.folder >> l.topic >> l.skills >> order >> l.steps >> l.texts;
    l.order = order;
    return in;
}
QDataStream &operator<<(QDataStream &out, const LessonProblem &p) {
    return out << p.file << qint32(p.line) << p.message;
}
QDataStream &operator>>(QDataStream &in, LessonProblem &p) {
    qint32 line = 0;
    in >> p.file >> line >> p.message;
    p.line = line;
    return in;
}

QByteArray LessonCache::signature(const QString &directory) {
    QStringList entries;
    QDirIterator it(directory, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries << QStringLiteral("%1|%2|%3")
                       .arg(info.filePath())
                       .arg(info.size())
                       .arg(info.lastModified().toMSecsSinceEpoch());
    }
    entries.sort();
    // Bundled lessons live inside the app, so a new build of the app is a new folder.
    const QFileInfo app(QCoreApplication::applicationFilePath());
    entries << app.filePath() + QString::number(app.lastModified().toMSecsSinceEpoch());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kBuild);
    hash.addData(entries.join(QLatin1Char('\n')).toUtf8());
    return hash.result();
}

std::optional<LessonCache::Contents> LessonCache::read(const QString &cacheFile,
                                                       const QByteArray &signature) {
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    QByteArray stored;
    in >> format >> stored;
    if (format != kCacheFormat || stored != signature)
        return std::nullopt;
    Contents contents;
    in >> contents.lessons >> contents.problems;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return contents;
}

void LessonCache::write(const QString &cacheFile, const QByteArray &signature,
                        const Contents &contents) {
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kCacheFormat << signature << contents.lessons << contents.problems;
    file.commit();
}

} // namespace OpenSteps
