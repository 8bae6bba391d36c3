// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessStats.h"

#include <QFile>
#include <QList>

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace OpenSteps::ProcessStats {

#ifdef Q_OS_LINUX

qint64 msSinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may contain spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // field 22 of stat(5), counted from field 3
    if (fields.size() <= kStartTimeField)
        return -1;
    const double startSeconds =
        fields.at(kStartTimeField).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64((double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0);
}

namespace {
// A "Name:   1234 kB" line of /proc/self/status, in KiB.
qint64 statusKib(const QByteArray &name) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.mid(name.size()).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

qint64 residentKib() {
    return statusKib("VmRSS:");
}

qint64 peakResidentKib() {
    return statusKib("VmHWM:");
}

#else // The benchmarks run on Linux; elsewhere the probes say "unknown" (-1).
qint64 msSinceProcessStart() {
    return -1;
}
qint64 residentKib() {
    return -1;
}
qint64 peakResidentKib() {
    return -1;
}
#endif

} // namespace OpenSteps::ProcessStats
