// SPDX-License-Identifier: GPL-3.0-or-later
// Certificates and progress sheets: written as PDF, read back with poppler's pdftotext and
// pdfinfo, so the test sees what a learner would see on the page.
#include "LearnerDocuments.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace OpenSteps;

namespace {

// Runs a poppler tool and returns what it printed; fails the test if the tool is missing.
QString runTool(const QString &tool, const QStringList &arguments) {
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        qWarning("%s is missing: install poppler-utils (packaging/install-deps.sh)",
                 qPrintable(tool));
        return {};
    }
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page's words with all line breaks and runs of spaces made single spaces.
QString pdfText(const QString &path) {
    // NFKC turns ligatures (fi) and Arabic presentation forms back into plain letters.
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QString pdfInfo(const QString &path, const QString &field) {
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

bool isLandscape(const QString &path) {
    // e.g. "841.92 x 595.32 pts (A4)"
    const QStringList size = pdfInfo(path, QStringLiteral("Page size")).split(QLatin1Char(' '));
    return size.size() > 2 && size.at(0).toDouble() > size.at(2).toDouble();
}

Certificate sampleCertificate() {
    Certificate c;
    c.learnerName = QStringLiteral("Amina Hussain");
    c.date = QDate(2026, 11, 26);
    c.hubName = QStringLiteral("Leeds Central Library");
    c.topicTitle = QStringLiteral("Foundation skills");
    c.skills = {QStringLiteral("Turn on a computer and sign in"),
                QStringLiteral("Use a mouse and keyboard"),
                QStringLiteral("Make the text bigger"),
                QStringLiteral("Find and open an app"),
                QStringLiteral("Connect to Wi-Fi"),
                QStringLiteral("Find a website"),
                QStringLiteral("Keep passwords safe"),
                QStringLiteral("Change a password")};
    return c;
}

ProgressSheet sampleSheet() {
    ProgressSheet s;
    s.learnerName = QStringLiteral("Amina Hussain");
    s.date = QDate(2026, 11, 26);
    s.hubName = QStringLiteral("Leeds Central Library");
    s.areas = {{QStringLiteral("Foundation skills"), 6, 8, 3, 7, 8},
               {QStringLiteral("Communicating"), 2, 4, 1, 3, 4},
               {QStringLiteral("Handling information and content"), 1, 3, 0, 2, 3},
               {QStringLiteral("Transacting"), 0, 3, 1, 1, 3},
               {QStringLiteral("Problem solving"), 0, 2, -1, -1, 0},
               {QStringLiteral("Being safe online"), 3, 3, 3, 5, 5}};
    s.completedLessons = {
        QStringLiteral("Using a mouse"),      QStringLiteral("Typing your name"),
        QStringLiteral("Making text bigger"), QStringLiteral("Joining Wi-Fi"),
        QStringLiteral("Strong passwords"),   QStringLiteral("Spotting a scam text"),
        QStringLiteral("Sending an email"),   QStringLiteral("Booking a GP visit")};
    s.progressCode = QStringLiteral("K7QM-3XHD-9TNA-RW4");
    return s;
}

} // namespace

class DocumentsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // The long date is in the PC's language; pin it so the words can be checked.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
        QVERIFY(dir.isValid());
        // To look at the pages: OPENSTEPS_KEEP_PDFS=1, then e.g. pdftoppm -png -r 50 on them.
        if (qEnvironmentVariableIsSet("OPENSTEPS_KEEP_PDFS")) {
            dir.setAutoRemove(false);
            qInfo("PDFs kept in %s", qPrintable(dir.path()));
        }
    }

    void certificateReadsBack() {
        const QString path = dir.filePath(QStringLiteral("certificate.pdf"));
        QString error;
        QVERIFY2(LearnerDocuments::writePdf(sampleCertificate(), path, &error), qPrintable(error));
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY(isLandscape(path));
        QCOMPARE(pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("OpenSteps"));
        QVERIFY(
            pdfInfo(path, QStringLiteral("Title")).contains(QStringLiteral("Foundation skills")));

        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Amina Hussain")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("has completed")));
        QVERIFY(text.contains(QStringLiteral("Foundation skills")));
        QVERIFY(text.contains(QStringLiteral("Leeds Central Library")));
        QVERIFY2(text.contains(QStringLiteral("26 November 2026")), qPrintable(text));
        for (const QString &skill : sampleCertificate().skills)
            QVERIFY2(text.contains(skill), qPrintable(skill));
        QVERIFY(text.contains(QStringLiteral("OpenSteps — 100% Digital Leeds")));
    }

    void certificateNames_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("short") << QStringLiteral("Jo");
        QTest::newRow("40 characters")
            << QStringLiteral("Anna-Maria Konstantinopoulou-Wojciechows");
        QTest::newRow("Urdu") << QStringLiteral("ثمینہ");
        QTest::newRow("no spaces, 60 characters") << QString(60, QLatin1Char('W'));
    }

    void certificateNames() {
        QFETCH(QString, name);
        Certificate c = sampleCertificate();
        c.learnerName = name;
        const QString path = dir.filePath(
            QStringLiteral("name %1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())));
        QString error;
        QVERIFY2(LearnerDocuments::writePdf(c, path, &error), qPrintable(error));
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
        QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Change a password"))); // nothing pushed off
        if (name.size() >= 60)
            text.remove(QLatin1Char(' ')); // may wrap anywhere
        QVERIFY2(text.contains(name), qPrintable(text));
        QVERIFY(!LearnerDocuments::suggestedFileName(c).contains(name));
    }

    void progressSheetReadsBack() {
        const QString path = dir.filePath(QStringLiteral("progress.pdf"));
        QString error;
        QVERIFY2(LearnerDocuments::writePdf(sampleSheet(), path, &error), qPrintable(error));
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY(!isLandscape(path));
        QCOMPARE(pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("OpenSteps"));

        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Amina Hussain")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Leeds Central Library")));
        QVERIFY(text.contains(QStringLiteral("26 November 2026")));
        for (const QString &lesson : sampleSheet().completedLessons)
            QVERIFY2(text.contains(lesson), qPrintable(lesson));
        QVERIFY(text.contains(QStringLiteral("K7QM-3XHD-9TNA-RW4")));
        QVERIFY(text.contains(QStringLiteral("Bring this sheet next time.")));
        QVERIFY(text.contains(QStringLiteral(
            "Type this code on another computer running OpenSteps to carry on there.")));

        // Each area's row, read with the page layout kept: the lessons and check words on one
        // line, the area's title in the first column beside them (a long title wraps above and
        // below).
        const QStringList lines = runTool(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-layout"), path, QStringLiteral("-")})
                                      .split(QLatin1Char('\n'));
        const QList<QStringList> rows = {
            {QStringLiteral("Foundation skills"), QStringLiteral("6 of 8 3 of 8 → 7 of 8")},
            {QStringLiteral("Communicating"), QStringLiteral("2 of 4 1 of 4 → 3 of 4")},
            {QStringLiteral("Handling information and content"),
             QStringLiteral("1 of 3 0 of 3 → 2 of 3")},
            {QStringLiteral("Transacting"), QStringLiteral("0 of 3 1 of 3 → 1 of 3")},
            {QStringLiteral("Problem solving"), QStringLiteral("0 of 2 No skills check yet")},
            {QStringLiteral("Being safe online"), QStringLiteral("3 of 3 3 of 5 → 5 of 5")},
        };
        static const QRegularExpression columnGap(QStringLiteral("\\s{2,}"));
        for (const QStringList &row : rows) {
            const auto found = std::find_if(lines.begin(), lines.end(), [&](const QString &line) {
                return line.simplified().endsWith(row.at(1));
            });
            QVERIFY2(found != lines.end(), qPrintable(row.at(1)));
            QString firstColumn;
            for (auto line = std::max(lines.begin(), found - 1);
                 line != lines.end() && line <= found + 1; ++line) {
                if (!line->isEmpty() && !line->at(0).isSpace())
                    firstColumn += line->split(columnGap).first() + QLatin1Char(' ');
            }
            QVERIFY2(firstColumn.simplified().contains(row.at(0)),
                     qPrintable(row.at(0) + QStringLiteral(" / ") + firstColumn));
        }
    }

    // A sharing learner's code (26 characters, with their pseudonym) is printed whole on one
    // line, large, never broken inside a group.
    void progressSheetShowsALongCodeOnOneLine() {
        ProgressSheet s = sampleSheet();
        s.progressCode = QStringLiteral("U222-4PHQ-EF7W-2K5K-7QM3-XHD9-TS");
        const QString path = dir.filePath(QStringLiteral("long-code.pdf"));
        QString error;
        QVERIFY2(LearnerDocuments::writePdf(s, path, &error), qPrintable(error));
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
        const QStringList lines = runTool(QStringLiteral("pdftotext"),
                                          {QStringLiteral("-layout"), path, QStringLiteral("-")})
                                      .split(QLatin1Char('\n'));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &line) { return line.contains(s.progressCode); }),
                 qPrintable(lines.filter(QStringLiteral("-")).join(QLatin1Char('\n'))));
        QVERIFY(pdfText(path).contains(QStringLiteral("Bring this sheet next time.")));
    }

    void progressSheetStaysOnOnePage() {
        ProgressSheet s = sampleSheet();
        s.learnerName = QStringLiteral("Anna-Maria Konstantinopoulou-Wojciechows");
        for (int i = 1; i <= 70; ++i)
            s.completedLessons
                << QStringLiteral("Extra lesson number %1 with a longer title").arg(i);
        for (int i = 1; i <= 8; ++i)
            s.areas << AreaProgress{QStringLiteral("More area %1").arg(i), 1, 2, 1, 2, 4};
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(LearnerDocuments::writePdf(s, path, &error), qPrintable(error));
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
        const QString text = pdfText(path);
        QVERIFY(text.contains(s.learnerName));
        QVERIFY(text.contains(QStringLiteral("Extra lesson number 70 with a longer title")));
        QVERIFY(text.contains(QStringLiteral("K7QM-3XHD-9TNA-RW4")));
        QVERIFY(text.contains(QStringLiteral("OpenSteps — 100% Digital Leeds")));
    }

    void progressSheetWithoutChecksOrCode() {
        ProgressSheet s;
        s.learnerName = QStringLiteral("ثمینہ");
        s.date = QDate(2026, 1, 5);
        s.hubName = QStringLiteral("Chapeltown Library");
        s.areas = {{QStringLiteral("Communicating"), 0, 4, -1, -1, 0}};
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        QString error;
        QVERIFY2(LearnerDocuments::writePdf(s, path, &error), qPrintable(error));
        QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("ثمینہ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("5 January 2026")));
        QVERIFY(text.contains(QStringLiteral("No skills check yet")));
        QVERIFY(text.contains(QStringLiteral("No lessons completed yet.")));
        QVERIFY(!text.contains(QStringLiteral("progress code")));
    }

    void unwritableFolderFails_data() {
        QTest::addColumn<QString>("folder");
        QTest::newRow("folder does not exist") << QStringLiteral("missing/deeper");
        QTest::newRow("folder is a file") << QStringLiteral("plain-file");
        QTest::newRow("folder is read-only") << QStringLiteral("read-only");
    }

    void unwritableFolderFails() {
        QFETCH(QString, folder);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QFile plain(scratch.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString readOnly = scratch.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkdir(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        if (folder == QLatin1String("read-only")) {
            // root writes anywhere, so only an ordinary user can see this one fail
            QFile probe(readOnly + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(readOnly,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP("Running as root: a read-only folder is still writable");
            }
        }
        const QString path = scratch.filePath(folder + QStringLiteral("/certificate.pdf"));
        QString error;
        QVERIFY(!LearnerDocuments::writePdf(sampleCertificate(), path, &error));
        QCOMPARE(error, QStringLiteral("The file could not be saved there. Try another folder, "
                                       "such as Documents, or ask a member of staff."));
        QVERIFY(!QFile::exists(path));
        error.clear();
        QVERIFY(!LearnerDocuments::writePdf(sampleSheet(), path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        // Nothing half-written left behind either.
        QCOMPARE(QDir(readOnly).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void savedFileIsWholeOrOld() {
        // A second save over the first replaces it whole; no temporary files stay behind.
        QTemporaryDir scratch;
        const QString path = scratch.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY(LearnerDocuments::writePdf(sampleSheet(), path, &error));
        QVERIFY(LearnerDocuments::writePdf(sampleCertificate(), path, &error));
        QCOMPARE(QDir(scratch.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("sheet.pdf")});
        QVERIFY(isLandscape(path));
    }

    void suggestedFileNames() {
        Certificate c = sampleCertificate();
        QCOMPARE(LearnerDocuments::suggestedFileName(c),
                 QStringLiteral("OpenSteps certificate - Foundation skills - 2026-11-26.pdf"));
        c.topicTitle = QStringLiteral("Emails / texts: part 2?");
        const QString awkward = LearnerDocuments::suggestedFileName(c);
        QVERIFY2(!awkward.contains(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]"))),
                 qPrintable(awkward));
        QVERIFY(awkward.endsWith(QStringLiteral(".pdf")));

        const ProgressSheet s = sampleSheet();
        const QString sheet = LearnerDocuments::suggestedFileName(s);
        QCOMPARE(sheet, QStringLiteral("OpenSteps progress sheet - 2026-11-26.pdf"));
        for (const QString &part : s.learnerName.split(QLatin1Char(' '))) {
            QVERIFY(!sheet.contains(part));
            QVERIFY(!LearnerDocuments::suggestedFileName(c).contains(part));
        }
    }

    void printingWithoutPrinter() {
        const bool has = LearnerDocuments::hasPrinter(); // must not crash, printer or not
        const bool noPrinter = QPrinterInfo::defaultPrinter().isNull() &&
                               QPrinterInfo::availablePrinters().size() != 1;
        if (!noPrinter) {
            QVERIFY(has);
            QSKIP("This computer has a printer; not wasting paper on a test");
        }
        QVERIFY(!has);
        const QString expected =
            QStringLiteral("No printer is set up on this computer. Ask a member of staff.");
        QString error;
        QVERIFY(!LearnerDocuments::print(sampleCertificate(), &error));
        QCOMPARE(error, expected);
        error.clear();
        QVERIFY(!LearnerDocuments::print(sampleSheet(), &error));
        QCOMPARE(error, expected);
    }

private:
    QTemporaryDir dir;
};

// A QGuiApplication, as in the app (QTEST_MAIN would pick QApplication: PrintSupport pulls in
// Widgets).
int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    DocumentsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documents.moc"
