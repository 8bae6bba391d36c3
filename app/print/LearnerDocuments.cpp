// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerDocuments.h"

#include "PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <algorithm>

namespace OpenSteps {
namespace {

const QColor kAccent(0x1b, 0x4f, 0x72); // dark blue: reads well in colour and in grey
const QColor kAccentLight(0xa9, 0xc4, 0xd6);
const QColor kGrey(0x55, 0x55, 0x55);

// Marks where a bar drawing goes in the HTML; private-use characters nobody types.
const QChar kMarkStart(0xE000);
const QChar kMarkEnd(0xE001);
constexpr int kBarObject = QTextFormat::UserObject + 1;
enum BarProperty { BarBefore = QTextFormat::UserProperty + 1, BarNow, BarTotal };

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

// Two bars, the first skills check (light) over the latest one (dark), drawn as vector shapes
// inside the table so they print sharp and move with the text.
class BarDrawing : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &) override {
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        const qreal mm = (device ? device->logicalDpiX() : 96) / 25.4;
        return {38 * mm, 9 * mm};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override {
        const int total = format.intProperty(BarTotal);
        if (total <= 0)
            return;
        const qreal gap = rect.height() * 0.16;
        const qreal barHeight = (rect.height() - gap) / 2;
        const auto drawBar = [&](qreal top, int count, const QColor &fill) {
            const QRectF track(rect.left(), top, rect.width(), barHeight);
            painter->setPen(QPen(kGrey, barHeight * 0.08));
            painter->setBrush(Qt::white);
            painter->drawRect(track);
            if (count > 0) {
                QRectF filled = track;
                filled.setWidth(track.width() * std::min(count, total) / total);
                // Fill from the start of the reading direction.
                if (painter->layoutDirection() == Qt::RightToLeft)
                    filled.moveRight(track.right());
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawRect(filled);
            }
        };
        painter->save();
        drawBar(rect.top(), format.intProperty(BarBefore), kAccentLight);
        drawBar(rect.top() + barHeight + gap, format.intProperty(BarNow), kAccent);
        painter->restore();
    }
};

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

bool paintCertificate(QPagedPaintDevice &device, const Certificate &c) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal mm = device.logicalDpiX() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());

    // A double frame: the certificate looks like one even in black and white.
    painter.setPen(QPen(kAccent, 1.4 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(page.adjusted(0.7 * mm, 0.7 * mm, -0.7 * mm, -0.7 * mm));
    painter.setPen(QPen(kAccent, 0.3 * mm));
    painter.drawRect(page.adjusted(3.5 * mm, 3.5 * mm, -3.5 * mm, -3.5 * mm));

    const QRectF inner = page.adjusted(14 * mm, 12 * mm, -14 * mm, -8 * mm);
    drawFooter(painter, inner, mm);

    // Long names get a smaller size up front so most fit on one line; wrapping is the fallback.
    QFont nameFont;
    nameFont.setBold(true);
    nameFont.setPointSizeF(44);
    const qreal nameWidth =
        QFontMetricsF(nameFont, &device).horizontalAdvance(c.learnerName.trimmed());
    const qreal namePoints =
        std::clamp(44 * inner.width() * 0.85 / std::max<qreal>(1, nameWidth), 26.0, 44.0);

    QString text = htmlStart();
    text += QStringLiteral("<p align=\"center\" style=\"font-size:17pt; color:%1; "
                           "letter-spacing:2px\">%2</p>")
                .arg(kAccent.name(),
                     //: The heading of a certificate.
                     html(QCoreApplication::translate("LearnerDocuments", "Certificate")));
    text += QStringLiteral("<p align=\"center\" style=\"font-size:%1pt; font-weight:bold; "
                           "margin-top:10px\">%2</p>")
                .arg(namePoints)
                .arg(html(c.learnerName.trimmed()));
    text += QStringLiteral("<p align=\"center\" style=\"font-size:18pt; color:%1; "
                           "margin-top:6px\">%2</p>")
                .arg(kGrey.name(),
                     //: On a certificate, between the learner's name and the topic:
                     //: "Amina / has completed / Foundation skills".
                     html(QCoreApplication::translate("LearnerDocuments", "has completed")));
    text += QStringLiteral("<p align=\"center\" style=\"font-size:32pt; font-weight:bold; "
                           "color:%1; margin-top:6px\">%2</p>")
                .arg(kAccent.name(), html(c.topicTitle));

    if (!c.skills.isEmpty()) {
        text += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; font-weight:bold; "
                               "margin-top:18px; margin-bottom:4px\">%1</p>")
                    //: On a certificate, above the list of skills the topic covered.
                    .arg(html(QCoreApplication::translate("LearnerDocuments", "Skills covered")));
        // Two columns once the list is long, so a certificate stays one calm page.
        const int columns = c.skills.size() > 4 ? 2 : 1;
        const int rows = (c.skills.size() + columns - 1) / columns;
        text += QStringLiteral("<table align=\"center\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"font-size:14pt\">");
        for (int row = 0; row < rows; ++row) {
            text += QStringLiteral("<tr>");
            for (int column = 0; column < columns; ++column) {
                const int index = column * rows + row;
                text += index < c.skills.size()
                            ? QStringLiteral("<td style=\"padding-right:24px\">"
                                             "<span style=\"color:%1\">✓</span>&nbsp;%2</td>")
                                  .arg(kAccent.name(), html(c.skills.at(index)))
                            : QStringLiteral("<td></td>");
            }
            text += QStringLiteral("</tr>");
        }
        text += QStringLiteral("</table>");
    }
    text += QStringLiteral("<p align=\"center\" style=\"font-size:16pt; margin-top:24px\">%1</p>")
                .arg(html(placeAndDate(c.hubName, c.date)));
    text += QStringLiteral("</body></html>");

    QTextDocument doc;
    setUpDocument(doc, device);
    doc.setHtml(text);
    drawDocument(painter, doc, inner.adjusted(0, 0, 0, -10 * mm), true);
    return painter.end();
}

QString countOf(int count, int total) {
    //: A count out of a total, e.g. "3 of 5" (lessons done, or "I can" answers).
    return QCoreApplication::translate("LearnerDocuments", "%1 of %2").arg(count).arg(total);
}

QString checkWords(const AreaProgress &area) {
    if (area.canNow < 0 || area.statements <= 0)
        //: Progress sheet, skills column, when the learner has not done a skills check.
        return QCoreApplication::translate("LearnerDocuments", "No skills check yet");
    QString before = countOf(area.canBefore, area.statements);
    if (area.canBefore < 0)
        //: Progress sheet: no first skills check to compare with.
        before = QCoreApplication::translate("LearnerDocuments", "not checked");
    //: Progress sheet: first skills check → latest, e.g. "3 of 5 → 5 of 5". Turn the arrow
    //: round (←) for right-to-left languages.
    return QCoreApplication::translate("LearnerDocuments", "%1 → %2")
        .arg(before, countOf(area.canNow, area.statements));
}

bool paintProgressSheet(QPagedPaintDevice &device, const ProgressSheet &s) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal mm = device.logicalDpiX() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    drawFooter(painter, page, mm);

    const QString heading = QStringLiteral("<p style=\"font-size:15pt; font-weight:bold; "
                                           "color:%1; margin-top:16px; margin-bottom:6px\">%2</p>");
    QString text = htmlStart();
    text += QStringLiteral("<p style=\"font-size:12pt; color:%1; letter-spacing:1px\">%2</p>")
                .arg(kAccent.name(),
                     //: The heading of the one-page progress sheet a learner can print.
                     html(QCoreApplication::translate("LearnerDocuments", "Progress sheet")));
    text += QStringLiteral("<p style=\"font-size:24pt; font-weight:bold\">%1</p>")
                .arg(html(s.learnerName.trimmed()));
    text += QStringLiteral("<p style=\"font-size:12pt; color:%1\">%2</p>")
                .arg(kGrey.name(), html(placeAndDate(s.hubName, s.date)));

    QList<AreaProgress> barAreas;
    if (!s.areas.isEmpty()) {
        //: Progress sheet heading above the table of skill areas.
        text += heading.arg(kAccent.name(),
                            html(QCoreApplication::translate("LearnerDocuments", "Your skills")));
        text += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                               "style=\"font-size:11pt\"><tr style=\"background-color:#dde8ef\">");
        const QStringList headers{
            //: Progress sheet table column: the skill area, e.g. Being safe online.
            QCoreApplication::translate("LearnerDocuments", "Area"),
            //: Progress sheet table column: lessons done out of the lessons in that area.
            QCoreApplication::translate("LearnerDocuments", "Lessons done"),
            //: Progress sheet table column: "I can" answers in the first and the latest
            //: skills check.
            QCoreApplication::translate("LearnerDocuments",
                                        "“I can” answers: first check → latest"),
        };
        // Fixed shares, so a long area name wraps at a word and the bar keeps its room.
        const QStringList widths{QStringLiteral("33%"), QStringLiteral("15%"),
                                 QStringLiteral("28%")};
        const QString start = QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral("right")
                                                                           : QStringLiteral("left");
        for (int column = 0; column < headers.size(); ++column)
            text += QStringLiteral("<th width=\"%1\" align=\"%2\" valign=\"middle\">%3</th>")
                        .arg(widths.at(column), start, html(headers.at(column)));
        text += QStringLiteral("<th width=\"24%\"></th></tr>");
        for (int i = 0; i < s.areas.size(); ++i) {
            const AreaProgress &area = s.areas.at(i);
            const bool hasCheck = area.canNow >= 0 && area.statements > 0;
            text += QStringLiteral("<tr%1>").arg(
                i % 2 ? QStringLiteral(" style=\"background-color:#f2f6f9\"") : QString());
            text +=
                QStringLiteral("<td valign=\"middle\"><b>%1</b></td>").arg(html(area.areaTitle));
            text +=
                QStringLiteral("<td valign=\"middle\" style=\"white-space:nowrap\">%1</td>")
                    .arg(area.lessonsTotal > 0 ? html(countOf(area.lessonsDone, area.lessonsTotal))
                                               : QStringLiteral("–"));
            text += QStringLiteral("<td valign=\"middle\" style=\"white-space:nowrap\">%1</td>")
                        .arg(html(checkWords(area)));
            text += QStringLiteral("<td valign=\"middle\">%1</td></tr>")
                        .arg(hasCheck ? kMarkStart + QString::number(barAreas.size()) + kMarkEnd
                                      : QString());
            if (hasCheck)
                barAreas << area;
        }
        text += QStringLiteral("</table>");
        if (!barAreas.isEmpty())
            text += QStringLiteral("<p style=\"font-size:10pt; color:%1; margin-top:4px\">%2</p>")
                        .arg(kGrey.name(),
                             //: Progress sheet: explains the two bars drawn for each area.
                             html(QCoreApplication::translate(
                                 "LearnerDocuments",
                                 "In each drawing the light bar is the first skills check and "
                                 "the dark bar is the latest.")));
    }

    //: Progress sheet heading above the list of lessons the learner has finished. %1 is how
    //: many.
    text += heading.arg(
        kAccent.name(),
        html(QCoreApplication::translate("LearnerDocuments", "Lessons you have completed (%1)")
                 .arg(s.completedLessons.size())));
    if (s.completedLessons.isEmpty()) {
        //: Progress sheet, when no lesson is finished yet.
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(QCoreApplication::translate("LearnerDocuments",
                                                          "No lessons completed yet.")));
    } else {
        // Two columns once the list is long: the whole sheet must stay on one page.
        const qsizetype count = s.completedLessons.size();
        const int columns = count > 30 ? 3 : count > 6 ? 2 : 1;
        const int rows = (s.completedLessons.size() + columns - 1) / columns;
        text += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                               "style=\"font-size:11pt\">");
        for (int row = 0; row < rows; ++row) {
            text += QStringLiteral("<tr>");
            for (int column = 0; column < columns; ++column) {
                const int index = column * rows + row;
                text += index < s.completedLessons.size()
                            ? QStringLiteral("<td width=\"%1%\"><span style=\"color:%2\">✓</span>"
                                             "&nbsp;%3</td>")
                                  .arg(QString::number(100 / columns), kAccent.name(),
                                       html(s.completedLessons.at(index)))
                            : QStringLiteral("<td></td>");
            }
            text += QStringLiteral("</tr>");
        }
        text += QStringLiteral("</table>");
    }

    if (!s.progressCode.trimmed().isEmpty()) {
        //: Progress sheet heading above the code that carries progress to another computer.
        text += heading.arg(kAccent.name(), html(QCoreApplication::translate(
                                                "LearnerDocuments", "Your progress code")));
        text += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" "
                    "style=\"border-color:%1; border-style:solid\"><tr><td>"
                    "<p dir=\"ltr\" align=\"center\" style=\"font-family:'DejaVu Sans Mono', "
                    "monospace; font-size:26pt; font-weight:bold; letter-spacing:2px\">%2</p>"
                    "<p align=\"center\" style=\"font-size:12pt; margin-top:6px\">%3</p>"
                    "</td></tr></table>")
                    .arg(kAccent.name(), html(s.progressCode.trimmed()),
                         //: Progress sheet, under the progress code.
                         html(QCoreApplication::translate(
                             "LearnerDocuments",
                             "Type this code on another computer running OpenSteps to "
                             "carry on there.")));
    }
    text += QStringLiteral("</body></html>");

    QTextDocument doc;
    setUpDocument(doc, device);
    BarDrawing bars;
    doc.documentLayout()->registerHandler(kBarObject, &bars);
    doc.setHtml(text);
    for (int i = 0; i < barAreas.size(); ++i) {
        QTextCursor mark = doc.find(kMarkStart + QString::number(i) + kMarkEnd);
        if (mark.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(kBarObject);
        format.setProperty(BarBefore, std::max(0, barAreas.at(i).canBefore));
        format.setProperty(BarNow, barAreas.at(i).canNow);
        format.setProperty(BarTotal, barAreas.at(i).statements);
        mark.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    drawDocument(painter, doc, page.adjusted(0, 0, 0, -10 * mm), false);
    return painter.end();
}

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

#include "LearnerDocuments.moc"
