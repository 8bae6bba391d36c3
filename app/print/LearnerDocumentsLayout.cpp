// SPDX-License-Identifier: GPL-3.0-or-later
// What both learner documents are laid out with: text made safe for the HTML, in a font that
// shows every letter of a learner's name; the dates, place and footer words; and a document
// fitted to its box on the page.
#include "LearnerDocumentsParts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRawFont>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace OpenSteps::LearnerDocumentsDetail {

namespace {

// Only letters count: a missing symbol (an arrow, a tick) is fine to take from another font.
bool fontHas(const QRawFont &font, char32_t c) {
    return QChar::script(c) <= QChar::Script_Common || font.supportsCharacter(c);
}

bool fontHasAll(const QRawFont &font, const QList<uint> &text) {
    return std::all_of(text.begin(), text.end(), [&](uint c) { return fontHas(font, c); });
}

QFontDatabase::WritingSystem writingSystem(QChar::Script script) {
    switch (script) {
    case QChar::Script_Arabic:
        return QFontDatabase::Arabic;
    case QChar::Script_Bengali:
        return QFontDatabase::Bengali;
    case QChar::Script_Gurmukhi:
        return QFontDatabase::Gurmukhi;
    case QChar::Script_Devanagari:
        return QFontDatabase::Devanagari;
    case QChar::Script_Gujarati:
        return QFontDatabase::Gujarati;
    case QChar::Script_Tamil:
        return QFontDatabase::Tamil;
    case QChar::Script_Hebrew:
        return QFontDatabase::Hebrew;
    case QChar::Script_Cyrillic:
        return QFontDatabase::Cyrillic;
    case QChar::Script_Greek:
        return QFontDatabase::Greek;
    case QChar::Script_Thai:
        return QFontDatabase::Thai;
    case QChar::Script_Han:
        return QFontDatabase::SimplifiedChinese;
    default:
        return QFontDatabase::Any;
    }
}

// One installed font that has every letter of the run, preferring Noto Sans (it matches the
// rest of the page), or empty when there is none.
QString familyFor(const QList<uint> &run, QChar::Script script) {
    QStringList families = QFontDatabase::families(writingSystem(script));
    std::stable_partition(families.begin(), families.end(), [](const QString &family) {
        return family.startsWith(QLatin1String("Noto Sans"));
    });
    for (const QString &family : std::as_const(families)) {
        if (!QFontDatabase::isPrivateFamily(family) &&
            fontHasAll(QRawFont::fromFont(QFont(family)), run))
            return family;
    }
    return {};
}

} // namespace

// Every field from a learner or a lesson goes through here before it meets the HTML.
// DejaVu Sans, Debian's usual default, has Arabic letters but not Urdu's ہ: Qt would take that
// one letter from another font and break the joined-up name. So a run of one script that the
// default font cannot show whole is set in one font that can.
QString html(QString text) {
    text.remove(kMarkStart).remove(kMarkEnd);
    const QRawFont base = QRawFont::fromFont(QFont());
    const QList<uint> all = text.toUcs4();
    if (fontHasAll(base, all))
        return text.toHtmlEscaped();

    QString result;
    QList<uint> run;
    QChar::Script runScript = QChar::Script_Common;
    const auto flush = [&] {
        const QString plain =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(run.constData()), run.size());
        const QString family = fontHasAll(base, run) ? QString() : familyFor(run, runScript);
        result += family.isEmpty() ? plain.toHtmlEscaped()
                                   : QStringLiteral("<span style=\"font-family:'%1'\">%2</span>")
                                         .arg(family.toHtmlEscaped(), plain.toHtmlEscaped());
        run.clear();
    };
    for (const uint c : all) {
        const QChar::Script script = QChar::script(c);
        const bool joins = script <= QChar::Script_Common || script == runScript;
        if (!joins && !run.isEmpty() && runScript > QChar::Script_Common)
            flush();
        if (script > QChar::Script_Common)
            runScript = script;
        run << c;
    }
    if (!run.isEmpty())
        flush();
    return result;
}

QString longDate(QDate date) {
    //: How dates are written on certificates and progress sheets, as a Qt date format
    //: (d = day, MMMM = month name, yyyy = year). Keep it long and easy to read: 26 November 2026.
    return QLocale().toString(date, QCoreApplication::translate("LearnerDocuments", "d MMMM yyyy"));
}

QString placeAndDate(const QString &hub, QDate date) {
    if (hub.trimmed().isEmpty())
        //: Under a learner's name when the library is not known. %1 is the date.
        return QCoreApplication::translate("LearnerDocuments", "On %1").arg(longDate(date));
    //: Under a learner's name. %1 is the library, e.g. Leeds Central Library; %2 is the date.
    return QCoreApplication::translate("LearnerDocuments", "At %1 on %2")
        .arg(hub.trimmed(), longDate(date));
}

QString footerText() {
    //: At the bottom of every certificate and progress sheet.
    return QCoreApplication::translate("LearnerDocuments", "OpenSteps — 100% Digital Leeds");
}

QString htmlStart() {
    // Right-to-left UI languages lay the tables out from the right too.
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    return rtl ? QStringLiteral("<html><body dir=\"rtl\">") : QStringLiteral("<html><body>");
}

// Lays the document out to fit the box: narrower text wraps, and what is still too tall is
// scaled down (the same as a smaller font). Returns the largest scale that fits, found by
// halving the range: a smaller scale also lays out wider, so the height is not simply linear.
qreal fitToBox(QTextDocument &doc, const QSizeF &box) {
    const auto fits = [&](qreal scale) {
        doc.setTextWidth(box.width() / scale);
        const QSizeF size = doc.size() * scale;
        return size.width() <= box.width() * 1.001 && size.height() <= box.height() * 1.001;
    };
    if (fits(1.0))
        return 1.0;
    qreal low = 0.05, high = 1.0;
    for (int step = 0; step < 14; ++step) {
        const qreal middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    fits(low); // leave the document laid out at the chosen scale
    return low;
}

void setUpDocument(QTextDocument &doc, QPagedPaintDevice &device) {
    // Lay out with the page's own resolution, so point sizes come out true on paper.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    // A long name with no spaces still breaks rather than running off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    QFont font = doc.defaultFont();
    font.setPointSizeF(12);
    doc.setDefaultFont(font);
}

void drawDocument(QPainter &painter, QTextDocument &doc, const QRectF &box, bool centreVertically) {
    const qreal scale = fitToBox(doc, box.size());
    const QSizeF size = doc.size() * scale;
    const qreal top = centreVertically ? box.top() + (box.height() - size.height()) / 2 : box.top();
    painter.save();
    painter.translate(box.left() + (box.width() - size.width()) / 2, top);
    painter.scale(scale, scale);
    doc.drawContents(&painter);
    painter.restore();
}

void drawFooter(QPainter &painter, const QRectF &area, qreal mm) {
    QFont font = painter.font();
    font.setPointSizeF(10);
    painter.setFont(font);
    painter.setPen(kGrey);
    painter.drawText(QRectF(area.left(), area.bottom() - 8 * mm, area.width(), 8 * mm),
                     Qt::AlignCenter, footerText());
}

bool beginPage(QPainter &painter, QPagedPaintDevice &device, QPageLayout::Orientation orientation,
               const QMarginsF &margins) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(orientation);
    device.setPageMargins(margins, QPageLayout::Millimeter);
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    return true;
}

QString tickedTable(const QStringList &items, int columns, const QString &table,
                    const QString &cell) {
    const int rows = (items.size() + columns - 1) / columns;
    QString text = table;
    for (int row = 0; row < rows; ++row) {
        text += QStringLiteral("<tr>");
        for (int column = 0; column < columns; ++column) {
            const int index = column * rows + row;
            text += index < items.size()
                        ? cell + QStringLiteral("<span style=\"color:%1\">✓</span>&nbsp;%2</td>")
                                     .arg(kAccent.name(), html(items.at(index)))
                        : QStringLiteral("<td></td>");
        }
        text += QStringLiteral("</tr>");
    }
    return text + QStringLiteral("</table>");
}

} // namespace OpenSteps::LearnerDocumentsDetail
