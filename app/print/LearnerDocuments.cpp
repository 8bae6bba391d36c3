// SPDX-License-Identifier: GPL-3.0-or-later
// The learner documents' way out: each page written as a whole PDF file or sent to the PC's
// printer, with plain-words errors, the documents' titles and file names safe on any PC.
#include "LearnerDocuments.h"

#include "LearnerDocumentsParts.h"
#include "PdfFile.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>

namespace OpenSteps {

using namespace LearnerDocumentsDetail;

namespace {

QString cannotSave() {
    //: When a certificate or progress sheet could not be saved as a PDF file.
    return QCoreApplication::translate(
        "LearnerDocuments",
        "The file could not be saved there. Try another folder, such as Documents, or ask "
        "a member of staff.");
}

// Renders into memory first, then writes through QSaveFile: a failure leaves no half a PDF.
template <typename Document>
bool writePdfFile(const Document &document, bool (*paint)(QPagedPaintDevice &, const Document &),
                  const QString &title, const QString &path, QString *error) {
    const PdfWrite written = writePdfWhole(
        path, title, [&](QPagedPaintDevice &device) { return paint(device, document); });
    if (written == PdfWrite::PaintFailed && error)
        //: When a certificate or progress sheet could not be made at all.
        *error = QCoreApplication::translate(
            "LearnerDocuments", "The document could not be made. Please ask a member of staff.");
    else if (written == PdfWrite::SaveFailed && error)
        *error = cannotSave();
    return written == PdfWrite::Ok;
}

QPrinterInfo chosenPrinter() {
    const QPrinterInfo standard = QPrinterInfo::defaultPrinter();
    if (!standard.isNull())
        return standard;
    // No default chosen but only one printer: that is the one staff meant.
    const QList<QPrinterInfo> all = QPrinterInfo::availablePrinters();
    return all.size() == 1 ? all.first() : QPrinterInfo();
}

template <typename Document>
bool printDocument(const Document &document, bool (*paint)(QPagedPaintDevice &, const Document &),
                   const QString &title, QString *error) {
    const QPrinterInfo info = chosenPrinter();
    if (info.isNull()) {
        if (error)
            //: When the learner presses Print and the computer has no printer.
            *error = QCoreApplication::translate(
                "LearnerDocuments",
                "No printer is set up on this computer. Ask a member of staff.");
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("OpenSteps"));
    if (!paint(printer, document) || printer.printerState() == QPrinter::Error) {
        if (error)
            //: When sending a certificate or progress sheet to the printer failed.
            *error = QCoreApplication::translate(
                "LearnerDocuments",
                "The printer did not take the page. Check it is switched on and has "
                "paper, then try again, or ask a member of staff.");
        return false;
    }
    return true;
}

QString certificateTitle(const Certificate &c) {
    //: The title of a certificate PDF (shown by PDF readers and in the print queue). %1 is
    //: the topic.
    return QCoreApplication::translate("LearnerDocuments", "OpenSteps certificate: %1")
        .arg(c.topicTitle.simplified());
}

QString progressSheetTitle() {
    //: The title of a progress sheet PDF (shown by PDF readers and in the print queue).
    return QCoreApplication::translate("LearnerDocuments", "OpenSteps progress sheet");
}

// Keeps only what every file system accepts: no slashes, colons, quotes or control characters.
QString safeFileName(const QStringList &parts) {
    QStringList kept;
    for (QString part : parts) {
        static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
        part.replace(unsafe, QStringLiteral(" "));
        part = part.simplified().left(60).trimmed();
        while (part.endsWith(QLatin1Char('.')))
            part.chop(1); // Windows drops a trailing dot
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

QString isoDate(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

bool LearnerDocuments::writePdf(const Certificate &c, const QString &path, QString *error) {
    return writePdfFile(c, &paintCertificate, certificateTitle(c), path, error);
}

bool LearnerDocuments::writePdf(const ProgressSheet &s, const QString &path, QString *error) {
    return writePdfFile(s, &paintProgressSheet, progressSheetTitle(), path, error);
}

bool LearnerDocuments::print(const Certificate &c, QString *error) {
    return printDocument(c, &paintCertificate, certificateTitle(c), error);
}

bool LearnerDocuments::print(const ProgressSheet &s, QString *error) {
    return printDocument(s, &paintProgressSheet, progressSheetTitle(), error);
}

bool LearnerDocuments::hasPrinter() {
    return !chosenPrinter().isNull();
}

QString LearnerDocuments::suggestedFileName(const Certificate &c) {
    //: Start of a certificate's file name, e.g. "OpenSteps certificate - Foundation skills -
    //: 2026-11-26.pdf". No learner name goes in file names: the computers are shared.
    return safeFileName({QCoreApplication::translate("LearnerDocuments", "OpenSteps certificate"),
                         c.topicTitle, isoDate(c.date)});
}

QString LearnerDocuments::suggestedFileName(const ProgressSheet &s) {
    return safeFileName({progressSheetTitle(), isoDate(s.date)});
}

} // namespace OpenSteps
