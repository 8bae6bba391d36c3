// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFile.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace OpenSteps {

PdfWrite writePdfWhole(const QString &path, const QString &title,
                       const std::function<bool(QPagedPaintDevice &)> &paint, QString *saveError) {
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("OpenSteps"));
        writer.setResolution(600);
        if (!paint(writer))
            return PdfWrite::PaintFailed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (saveError)
            *saveError = file.errorString();
        file.cancelWriting();
        return PdfWrite::SaveFailed;
    }
    return PdfWrite::Ok;
}

} // namespace OpenSteps
