// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace OpenSteps {

// Paints a PDF in memory (QPdfWriter, 600 dpi), then writes it to `path` whole through
// QSaveFile: a failure at any point leaves no half-written file. `saveError`: the system's
// reason when the file could not be saved.
enum class PdfWrite { Ok, PaintFailed, SaveFailed };
PdfWrite writePdfWhole(const QString &path, const QString &title,
                       const std::function<bool(QPagedPaintDevice &)> &paint,
                       QString *saveError = nullptr);

} // namespace OpenSteps
