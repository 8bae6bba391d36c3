// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeReportPdf.h"

#include "CheckinStore.h"
#include "OutcomeFigures.h"
#include "PdfFile.h"
#include "SettingsStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <functional>

namespace OpenSteps {

namespace {

const QColor kAccent(0x1b, 0x4f, 0x72); // the learner documents' dark blue
const QColor kAccentLight(0xa9, 0xc4, 0xd6);
const QColor kGrey(0x55, 0x55, 0x55);
const QColor kTile(0xf2, 0xf6, 0xf9);

struct Headline {
    const char *measure;
    const char *label;
};
constexpr Headline kHeadlines[] = {
    {"learners_active", "Learners active"},
    {"learners_new", "New learners"},
    {"lessons_completed", "Lessons completed"},
    {"foundation_reached", "Reached the Foundation level"},
    {"foundation_share", "Of active learners, reached Foundation"},
    {"checkin_learners", "Told us what has changed for them"},
    {"skills_learners", "Did a skills check again"},
    {"volunteer_sessions", "Volunteer help sessions"},
    {"volunteer_hours", "Volunteer hours"},
};

QString areaTitle(const QString &area) {
    static const QHash<QString, QString> titles = {
        {QStringLiteral("foundation"), QStringLiteral("Foundation skills")},
        {QStringLiteral("communicating"), QStringLiteral("Communicating")},
        {QStringLiteral("handling-information"), QStringLiteral("Handling information")},
        {QStringLiteral("transacting"), QStringLiteral("Transacting")},
        {QStringLiteral("problem-solving"), QStringLiteral("Problem solving")},
        {QStringLiteral("being-safe"), QStringLiteral("Being safe and legal online")}};
    return titles.value(area, area);
}

QString outcomeTitle(const QString &id) {
    for (const CheckinStore::Outcome &outcome : CheckinStore::outcomes()) {
        if (outcome.id == id)
            return QString::fromUtf8(outcome.description);
    }
    return id;
}

QString categoryTitle(const QString &id) {
    return id == QLatin1String(OutcomeFigures::kNotGiven) ? QStringLiteral("Not given") : id;
}

QString longDate(const QDate &date) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy");
}

// One bar (or a before/after pair) of a chart: its values in the chart's scale.
struct Bar {
    QString label;
    QList<double> values; // one per series
    QString text;         // the number(s) as people read them, or why hidden
    bool shown = true;
};

// Paints from the top of the page down, in millimetres.
class Page {
public:
    Page(QPainter &painter, qreal mm, qreal width)
        : m_p(painter)
        , m_mm(mm)
        , m_width(width) {}

    qreal y = 0; // mm from the top of the printable area

    QFont font(qreal points, bool bold = false) const {
        QFont f;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QRectF rect(qreal x, qreal top, qreal w, qreal h) const {
        return {x * m_mm, top * m_mm, w * m_mm, h * m_mm};
    }

    // Wrapped text across `w` mm from `x`; returns its height in mm.
    qreal text(const QString &words, const QFont &f, const QColor &colour, qreal x, qreal top,
               qreal w, int flags = Qt::AlignLeft) {
        m_p.setFont(f);
        m_p.setPen(colour);
        const QRectF box = rect(x, top, w, 400);
        const QRectF used = m_p.boundingRect(box, flags | Qt::TextWordWrap, words);
        m_p.drawText(box, flags | Qt::TextWordWrap, words);
        return used.height() / m_mm;
    }
    // A paragraph the full width, then a gap.
    void paragraph(const QString &words, const QFont &f, const QColor &colour, qreal gap = 1.5) {
        y += text(words, f, colour, 0, y, m_width) + gap;
    }
    void fill(const QRectF &mmRect, const QColor &colour) {
        m_p.fillRect(rect(mmRect.x(), mmRect.y(), mmRect.width(), mmRect.height()), colour);
    }

    // The headline numbers: tiles of three, the number large above its label.
    void tiles(const PublishedReport &report) {
        constexpr int columns = 3;
        constexpr qreal gap = 3, height = 19;
        const qreal w = (m_width - gap * (columns - 1)) / columns;
        int i = 0;
        for (const Headline &headline : kHeadlines) {
            const PublishedReport::Row *row = report.find(QLatin1String(headline.measure));
            const qreal x = (i % columns) * (w + gap);
            const qreal top = y + (i / columns) * (height + gap);
            fill(QRectF(x, top, w, height), kTile);
            const bool shown = row && row->shown();
            const QString value =
                row ? PublishedReport::displayText(*row, report.threshold) : QStringLiteral("–");
            text(value, font(shown ? 20 : 13, true), shown ? kAccent : kGrey, x + 3,
                 top + (shown ? 1.5 : 3.5), w - 6);
            text(QLatin1String(headline.label), font(9), Qt::black, x + 3, top + 11, w - 6);
            ++i;
        }
        y += ((i + columns - 1) / columns) * (height + gap) + 2;
    }

    // A horizontal bar chart in a column `w` mm wide from `x`: a label over each bar, the
    // number after it; a hidden number has no bar, only its words. Returns the height used.
    qreal chart(qreal x, qreal top, qreal w, const QString &title, const QList<Bar> &bars,
                double scaleMax, const QStringList &series = {}) {
        qreal at = top + text(title, font(11, true), kAccent, x, top, w) + 1;
        if (series.size() == 2) {
            // A key: light = the first series, dark = the second.
            const QColor colours[] = {kAccentLight, kAccent};
            qreal kx = x;
            for (int s = 0; s < 2; ++s) {
                fill(QRectF(kx, at + 0.8, 4, 2.4), colours[s]);
                m_p.setFont(font(8));
                const qreal tw = m_p.fontMetrics().horizontalAdvance(series.at(s)) / m_mm;
                text(series.at(s), font(8), kGrey, kx + 5, at, tw + 2);
                kx += 5 + tw + 6;
            }
            at += 5;
        }
        const qreal textW = 28, barW = w - textW - 1;
        for (const Bar &bar : bars) {
            at += text(bar.label, font(8.5), Qt::black, x, at, w) + 0.3;
            const qreal barH = bar.values.size() > 1 ? 2.2 : 3.2;
            qreal barTop = at;
            for (int s = 0; s < bar.values.size(); ++s) {
                const QColor colour = s == 0 && bar.values.size() > 1 ? kAccentLight : kAccent;
                const double share =
                    scaleMax > 0 ? std::clamp(bar.values.at(s) / scaleMax, 0.0, 1.0) : 0.0;
                fill(QRectF(x, barTop, barW, barH), QColor(0xe6, 0xe6, 0xe6));
                if (bar.shown && share > 0)
                    fill(QRectF(x, barTop, barW * share, barH), colour);
                barTop += barH + 0.4;
            }
            text(bar.text, font(8.5, bar.shown), bar.shown ? Qt::black : kGrey, x + barW + 1,
                 at - 0.8, textW);
            at = std::max(barTop, at + 4.2) + 1.2;
        }
        return at - top;
    }

private:
    QPainter &m_p;
    qreal m_mm;
    qreal m_width;
};

QList<Bar> countBars(const PublishedReport &report, const QString &measure,
                     const QString &breakdown, const std::function<QString(QString)> &title,
                     double *scaleMax) {
    QList<Bar> bars;
    for (const PublishedReport::Row &row : report.rowsOf(measure, breakdown)) {
        bars.append({title(row.category),
                     {row.value},
                     row.shown() ? PublishedReport::displayText(row, report.threshold)
                                 : OutcomeExport::hiddenNote(row.hidden, report.threshold),
                     row.shown()});
        if (row.shown())
            *scaleMax = std::max(*scaleMax, row.value);
    }
    return bars;
}

bool paint(QPagedPaintDevice &device, const PublishedReport &report,
           const OutcomeExport::Source &source) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal mm = device.logicalDpiX() / 25.4;
    const qreal width = device.width() / mm;
    const qreal height = device.height() / mm;
    Page page(painter, mm, width);

    page.paragraph(QStringLiteral("OpenSteps outcome report"), page.font(11, true), kAccent, 0.5);
    const QString hubName = source.hub.name.simplified();
    page.paragraph(hubName.isEmpty() ? QStringLiteral("Hub not named") : hubName,
                   page.font(20, true), Qt::black, 0.5);
    page.paragraph(
        QStringLiteral("%1 to %2   ·   hub id %3")
            .arg(longDate(report.period.from), longDate(report.period.to), source.hub.id),
        page.font(11), kGrey, 3);
    if (source.demo) {
        page.fill(QRectF(0, page.y, width, 9), QColor(0xff, 0xdd, 0x00));
        page.text(QLatin1String(OutcomeExport::kDemoMarker), page.font(14, true), Qt::black, 0,
                  page.y + 1.5, width, Qt::AlignHCenter);
        page.y += 12;
    }
    page.tiles(report);

    // Two charts side by side, then the skills chart across the page.
    const qreal gap = 8, half = (width - gap) / 2;
    double ageMax = 0, outcomeMax = 0;
    const QList<Bar> ages = countBars(report, QStringLiteral("learners_active"),
                                      QStringLiteral("age_band"), categoryTitle, &ageMax);
    const QList<Bar> outcomes = countBars(report, QStringLiteral("checkin_outcome_learners"),
                                          QStringLiteral("outcome"), outcomeTitle, &outcomeMax);
    const qreal left =
        page.chart(0, page.y, half, QStringLiteral("Active learners by age band"), ages, ageMax);
    const qreal right =
        page.chart(half + gap, page.y, half, QStringLiteral("What has changed for them"), outcomes,
                   outcomeMax);
    page.y += std::max(left, right) + 3;

    QList<Bar> areas;
    const QList<PublishedReport::Row> before =
        report.rowsOf(QStringLiteral("skills_yes_before_percent"), QStringLiteral("area"));
    const QList<PublishedReport::Row> after =
        report.rowsOf(QStringLiteral("skills_yes_after_percent"), QStringLiteral("area"));
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        const bool shown = before.at(i).shown() && after.at(i).shown();
        areas.append({areaTitle(before.at(i).category),
                      {before.at(i).value, after.at(i).value},
                      shown ? PublishedReport::displayText(before.at(i), report.threshold) +
                                  QStringLiteral(" → ") +
                                  PublishedReport::displayText(after.at(i), report.threshold)
                            : OutcomeExport::hiddenNote(before.at(i).hidden, report.threshold),
                      shown});
    }
    page.y +=
        page.chart(0, page.y, width,
                   QStringLiteral("“Yes, I can” answers in the skills check, first and "
                                  "latest (learners who did it again)"),
                   areas, 100, {QStringLiteral("first check"), QStringLiteral("latest check")}) +
        2;

    page.paragraph(QStringLiteral("Counts only learners who agreed to share their progress. ") +
                       OutcomeExport::suppressionRule(report.threshold),
                   page.font(8.5), kGrey, 1);
    page.text(QStringLiteral("Made by OpenSteps on %1 — 100% Digital Leeds")
                  .arg(longDate(QDateTime::currentDateTimeUtc().date())),
              page.font(8), kGrey, 0, height - 5, width, Qt::AlignHCenter);
    return painter.end();
}

} // namespace

bool OutcomeReportPdf::write(const PublishedReport &report, const OutcomeExport::Source &source,
                             const QString &path, QString *error) {
    const QString title =
        QStringLiteral("OpenSteps outcome report %1 to %2")
            .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate));
    QString reason;
    const PdfWrite written = writePdfWhole(
        path, title, [&](QPagedPaintDevice &device) { return paint(device, report, source); },
        &reason);
    if (written != PdfWrite::Ok && error)
        *error = written == PdfWrite::PaintFailed
                     ? QStringLiteral("The PDF report could not be drawn. No file was written.")
                     : QStringLiteral("Could not write %1: %2. No file was left behind.")
                           .arg(QDir::toNativeSeparators(path), reason);
    return written == PdfWrite::Ok;
}

OutcomeExport::Result exportOutcomes(Database &db, OutcomeExport::Format format,
                                     const ReportPeriod &period, const QString &dir) {
    using OutcomeExport::Format;
    const auto source = OutcomeExport::Source::fromSettings(SettingsStore(db), period);
    if (format == Format::RecordsCsv || format == Format::RecordsJson)
        return OutcomeExport::writeRecords(db, source, format, dir);
    if (format == Format::Xapi)
        return OutcomeExport::writeXapi(db, source, dir);
    const PublishedReport report =
        PublishedReport::from(OutcomeFigures::count(db, period), source.threshold);
    if (format == Format::AggregateCsv)
        return OutcomeExport::writeAggregate(report, source, dir);

    OutcomeExport::Result result;
    result.error = OutcomeExport::folderProblem(dir);
    if (!result.error.isEmpty())
        return result;
    const QString path = QDir(QFileInfo(dir).absoluteFilePath())
                             .filePath(OutcomeExport::fileNameFor(source, Format::Pdf));
    result.ok = OutcomeReportPdf::write(report, source, path, &result.error);
    if (result.ok) {
        result.files << path;
        result.rows = report.rows.size();
    }
    return result;
}

} // namespace OpenSteps
