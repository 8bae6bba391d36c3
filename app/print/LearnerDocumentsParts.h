// SPDX-License-Identifier: GPL-3.0-or-later
// The inside of LearnerDocuments, shared by its parts and by nothing else: the pages' colours,
// the layout helpers both pages use (LearnerDocumentsLayout.cpp) and the painting of each page
// (CertificatePage.cpp, ProgressSheetPage.cpp), which the PDF and the printer share.
#pragma once

#include "LearnerDocuments.h"

#include <QChar>
#include <QColor>
#include <QDate>
#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace OpenSteps::LearnerDocumentsDetail {

inline const QColor kAccent(0x1b, 0x4f, 0x72); // dark blue: reads well in colour and in grey
inline const QColor kAccentLight(0xa9, 0xc4, 0xd6);
inline const QColor kGrey(0x55, 0x55, 0x55);

// Marks where a bar drawing goes in the HTML; private-use characters nobody types.
inline const QChar kMarkStart(0xE000);
inline const QChar kMarkEnd(0xE001);

// --- Layout (LearnerDocumentsLayout.cpp) ---------------------------------------------------

// Every field from a learner or a lesson goes through here before it meets the HTML: escaped,
// the marks taken out, and a run of one script that the default font cannot show whole set in
// one font that can.
QString html(QString text);
QString longDate(QDate date);
// "At <hub> on <date>", or "On <date>" when the hub is not known.
QString placeAndDate(const QString &hub, QDate date);
QString footerText();
// The start of a page's HTML, right to left for right-to-left UI languages.
QString htmlStart();

// Lays the document out to fit the box: narrower text wraps, and what is still too tall is
// scaled down (the same as a smaller font). Returns the scale it is laid out at.
qreal fitToBox(QTextDocument &doc, const QSizeF &box);
// The page's resolution, no margin, 12 pt, and long words broken anywhere.
void setUpDocument(QTextDocument &doc, QPagedPaintDevice &device);
// The document fitted to `box`, centred across it (and down it, if `centreVertically`).
void drawDocument(QPainter &painter, QTextDocument &doc, const QRectF &box, bool centreVertically);
// The footer line at the bottom of `area`.
void drawFooter(QPainter &painter, const QRectF &area, qreal mm);
// Sets `device` to an A4 page of `orientation` and `margins` (millimetres) and begins
// antialiased painting on it; false when painting cannot begin.
bool beginPage(QPainter &painter, QPagedPaintDevice &device, QPageLayout::Orientation orientation,
               const QMarginsF &margins);
// `items` as HTML cells with a tick, in a table of `columns` columns filled down each column
// first: `table` is its opening <table> tag, `cell` the opening <td> tag of each item.
QString tickedTable(const QStringList &items, int columns, const QString &table,
                    const QString &cell);

// --- The pages ---------------------------------------------------------------------------

// Each sets up the page (size, orientation, margins) and paints it; false if it could not.
bool paintCertificate(QPagedPaintDevice &device, const Certificate &c);
bool paintProgressSheet(QPagedPaintDevice &device, const ProgressSheet &s);

} // namespace OpenSteps::LearnerDocumentsDetail
