// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate for a finished topic, painted on one A4 landscape page (PDF or printer): a
// double frame, the learner's name, the topic, the skills it covered, the place and date.
#include "LearnerDocumentsParts.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace OpenSteps::LearnerDocumentsDetail {

bool paintCertificate(QPagedPaintDevice &device, const Certificate &c) {
    QPainter painter;
    if (!beginPage(painter, device, QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)))
        return false;
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
        text += tickedTable(c.skills, c.skills.size() > 4 ? 2 : 1,
                            QStringLiteral("<table align=\"center\" cellspacing=\"0\" "
                                           "cellpadding=\"3\" style=\"font-size:14pt\">"),
                            QStringLiteral("<td style=\"padding-right:24px\">"));
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

} // namespace OpenSteps::LearnerDocumentsDetail
