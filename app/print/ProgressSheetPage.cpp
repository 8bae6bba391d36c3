// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page progress sheet, painted on A4 portrait (PDF or printer): the learner's skill
// areas with lessons done and their "I can" answers drawn as bars, the lessons completed and
// the progress code that carries their progress to another computer.
#include "LearnerDocumentsParts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <algorithm>

namespace OpenSteps::LearnerDocumentsDetail {

namespace {

constexpr int kBarObject = QTextFormat::UserObject + 1;
enum BarProperty { BarBefore = QTextFormat::UserProperty + 1, BarNow, BarTotal };

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

} // namespace

bool paintProgressSheet(QPagedPaintDevice &device, const ProgressSheet &s) {
    QPainter painter;
    if (!beginPage(painter, device, QPageLayout::Portrait, QMarginsF(15, 15, 15, 12)))
        return false;
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
        text +=
            tickedTable(s.completedLessons, columns,
                        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                                       "cellpadding=\"2\" style=\"font-size:11pt\">"),
                        QStringLiteral("<td width=\"%1%\">").arg(QString::number(100 / columns)));
    }

    if (!s.progressCode.trimmed().isEmpty()) {
        //: Progress sheet heading above the code that carries progress to another computer.
        text += heading.arg(kAccent.name(), html(QCoreApplication::translate(
                                                "LearnerDocuments", "Your progress code")));
        // Large, and on one line whole: a sharing learner's code (32 characters with its
        // dashes) at 20pt fills the width of the box, a shorter one at 26pt.
        const QString code = s.progressCode.trimmed();
        text += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" "
                    "style=\"border-color:%1; border-style:solid\"><tr><td>"
                    "<p dir=\"ltr\" align=\"center\" style=\"font-family:'DejaVu Sans Mono', "
                    "monospace; font-size:%5pt; font-weight:bold; letter-spacing:2px; "
                    "white-space:nowrap\">%2</p>"
                    "<p align=\"center\" style=\"font-size:16pt; font-weight:bold; "
                    "margin-top:8px\">%3</p>"
                    "<p align=\"center\" style=\"font-size:12pt; margin-top:4px\">%4</p>"
                    "</td></tr></table>")
                    .arg(kAccent.name(), html(code),
                         //: Progress sheet, under the progress code, in large letters.
                         html(QCoreApplication::translate("LearnerDocuments",
                                                          "Bring this sheet next time.")),
                         //: Progress sheet, under "Bring this sheet next time."
                         html(QCoreApplication::translate(
                             "LearnerDocuments",
                             "Type this code on another computer running OpenSteps to "
                             "carry on there.")),
                         QString::number(code.size() > 20 ? 20 : 26));
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

} // namespace OpenSteps::LearnerDocumentsDetail

#include "ProgressSheetPage.moc"
