// SPDX-License-Identifier: MIT
// Layout in small windows: the candidate table keeps the skills column readable without a horizontal
// scroll bar (the last-import date makes way first), and the date cell is short.
#include "candidatepanel.h"
#include "mainwindow.h"
#include "models/citationmodel.h"
#include "models/candidatelistmodel.h"
#include "models/documentlistmodel.h"
#include "testsupport.h"

#include <QDockWidget>

#include <QHeaderView>
#include <QListView>
#include <QLocale>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Protostar;

namespace {

// A window on an empty store without the demo corpus, as the layout tests need it.
struct EmptyWindow {
    EmptyWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
        MainWindow::Options options;
        options.importDemoOnFirstStart = false;
        window = std::make_unique<MainWindow>(config, nullptr, options);
    }
    // The window at `size`, shown; false when it was never exposed.
    bool show(const QSize &size)
    {
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    QTemporaryDir dir;
    EngineConfig config;
    std::unique_ptr<MainWindow> window;
};

QList<Candidate> demoLike()
{
    QList<Candidate> out;
    const QStringList names{QStringLiteral("김지원"), QStringLiteral("Daniel Cho"), QStringLiteral("Jane Park"),
                            QStringLiteral("박서준"), QStringLiteral("이하은"), QStringLiteral("최민호")};
    for (int i = 0; i < names.size(); ++i) {
        Candidate c;
        c.id = i + 1;
        c.name = names[i];
        c.documentCount = 1 + i % 2;
        c.lastImport = QDateTime::currentDateTime().addDays(-i);
        out << c;
    }
    return out;
}

} // namespace

class tst_Layout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void candidateColumns_data();
    void candidateColumns();
    void documentPagesColumn_data();
    void documentPagesColumn();
    void lastImportText_data();
    void lastImportText();
    void sourcesWrap_data();
    void sourcesWrap();
    void initialWindowSize_data();
    void initialWindowSize();
    void windowFitsScreen();
    void importDockIsCompact_data();
    void importDockIsCompact();
};

void tst_Layout::candidateColumns_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("dateShown");
    // 300 px is the candidate pane of a 1024 px window; 700 px is more than a 1400 px window gives it.
    QTest::newRow("1024 px window") << 300 << false;
    QTest::newRow("wide pane") << 700 << true;
}

void tst_Layout::candidateColumns()
{
    QFETCH(int, width);
    QFETCH(bool, dateShown);
    CandidateListModel model;
    DocumentListModel documents;
    CandidatePanel panel(&model, &documents);
    panel.resize(width, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QHash<CandidateId, QStringList> skills;
    for (const Candidate &c : demoLike())
        skills.insert(c.id, {QStringLiteral("PostgreSQL"), QStringLiteral("Kubernetes"), QStringLiteral("Terraform"), QStringLiteral("Kafka")});
    model.setSkills(skills);
    model.setSnapshot(demoLike());
    QTableView *table = panel.candidateView();
    QHeaderView *header = table->horizontalHeader();

    QTRY_COMPARE(!header->isSectionHidden(CandidateListModel::LastImportColumn), dateShown);
    // Skills readable: at least a dozen average characters wide, and nothing hidden behind a scroll bar.
    QTRY_VERIFY2(header->sectionSize(CandidateListModel::SkillsColumn) >= table->fontMetrics().averageCharWidth() * 12,
                 qPrintable(QString::number(header->sectionSize(CandidateListModel::SkillsColumn))));
    QVERIFY(header->length() <= table->viewport()->width() + 1);
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());

    // Widening the pane brings the date back.
    panel.resize(900, 500);
    QTRY_VERIFY(!header->isSectionHidden(CandidateListModel::LastImportColumn));
}

void tst_Layout::documentPagesColumn_data()
{
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<bool>("pagesShown");
    QTest::newRow("text and Markdown only: no empty Pages column") << QStringList{QStringLiteral("md"), QStringLiteral("txt")} << false;
    QTest::newRow("a PDF among them") << QStringList{QStringLiteral("md"), QStringLiteral("pdf")} << true;
    QTest::newRow("no documents") << QStringList{} << false;
}

void tst_Layout::documentPagesColumn()
{
    QFETCH(QStringList, formats);
    QFETCH(bool, pagesShown);
    CandidateListModel model;
    DocumentListModel documents;
    CandidatePanel panel(&model, &documents);
    panel.resize(300, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto snapshotOf = [](const QStringList &formats) {
        QList<DocumentInfo> infos;
        for (const QString &format : formats) {
            DocumentInfo d;
            d.id = infos.size() + 1;
            d.fileName = QStringLiteral("resume-%1.%2").arg(d.id).arg(format);
            d.format = format;
            d.pageCount = format == u"pdf" ? 2 : 0;
            infos << d;
        }
        return infos;
    };
    documents.setSnapshot(snapshotOf(formats));
    QHeaderView *header = panel.documentView()->horizontalHeader();
    QCOMPARE(!header->isSectionHidden(DocumentListModel::PagesColumn), pagesShown);
    // It follows the documents shown: another candidate's PDF brings it, text alone takes it away.
    documents.setSnapshot(snapshotOf({QStringLiteral("pdf")}));
    QVERIFY(!header->isSectionHidden(DocumentListModel::PagesColumn));
    documents.setSnapshot(snapshotOf({QStringLiteral("txt")}));
    QVERIFY(header->isSectionHidden(DocumentListModel::PagesColumn));
}

void tst_Layout::lastImportText_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime earlier = now.addDays(-40);
    QTest::newRow("today: the time") << now << QLocale().toString(now.time(), QLocale::ShortFormat);
    QTest::newRow("earlier: the date") << earlier << QLocale().toString(earlier.date(), QLocale::ShortFormat);
    QTest::newRow("never") << QDateTime() << QString();
}

void tst_Layout::lastImportText()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(CandidateListModel::lastImportText(when), expected);
}

void tst_Layout::sourcesWrap_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1400x900") << QSize(1400, 900);
}

void tst_Layout::sourcesWrap()
{
    QFETCH(QSize, windowSize);
    EmptyWindow f;
    QVERIFY(f.show(windowSize));
    MainWindow &window = *f.window;
    Citation c;
    c.n = 1;
    c.candidate = QStringLiteral("Jane Park");
    c.document = QStringLiteral("jane-park-resume.md");
    c.headingPath = {QStringLiteral("Jane Park — Résumé"), QStringLiteral("Experience"),
                     QStringLiteral("Brightlane Recruiting (2020.04 ~ 2024.03) — Senior Frontend Engineer")};
    window.citationModel()->setCitations({c});
    auto *sources = window.findChild<QListView *>(QStringLiteral("sources"));
    QVERIFY(sources);
    // The whole location is on screen: wrapped inside the pane, no sideways scrolling.
    QTRY_VERIFY(sources->visualRect(window.citationModel()->index(0)).width() <= sources->viewport()->width());
    QCOMPARE(sources->horizontalScrollBar()->maximum(), 0);
    QVERIFY(sources->visualRect(window.citationModel()->index(0)).height() > sources->fontMetrics().height() * 3 / 2);
}

void tst_Layout::initialWindowSize_data()
{
    QTest::addColumn<QSize>("available"); // the screen's area without panels
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1920x1080 desktop") << QSize(1920, 1040) << QSize(1400, 860);
    QTest::newRow("1366x768 laptop") << QSize(1366, 728) << QSize(1297, 655);
    QTest::newRow("1024x768 screen") << QSize(1024, 728) << QSize(972, 655);
    QTest::newRow("unknown screen") << QSize() << QSize(1400, 860);
}

void tst_Layout::initialWindowSize()
{
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(MainWindow::initialSize(available), expected);
}

void tst_Layout::windowFitsScreen()
{
    // The offscreen platform's screen is 800x800: the fixed 1300x820 window of before did not fit on it.
    EmptyWindow f;
    MainWindow &window = *f.window;
    QVERIFY(window.screen());
    const QSize available = window.screen()->availableSize();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window.width()).arg(window.height())
                            .arg(available.width()).arg(available.height())));
}

void tst_Layout::importDockIsCompact_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1400x860") << QSize(1400, 860);
}

// The import progress shown for an import leaves the candidates, the document and the chat their room.
void tst_Layout::importDockIsCompact()
{
    QFETCH(QSize, windowSize);
    EmptyWindow f;
    QVERIFY(f.show(windowSize));
    MainWindow &window = *f.window;
    window.importPaths({Test::writeFile(f.dir.path(), QStringLiteral("kim.md"), "# 이력서 - 김지원\n\n## [기술]\n\nGo, Kafka\n")});
    QTRY_VERIFY(window.importDock()->isVisible());
    QTRY_VERIFY2(window.importDock()->height() <= window.height() * 3 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(window.importDock()->height()).arg(window.height())));
    QVERIFY(window.importDock()->height() >= window.importDock()->minimumSizeHint().height());
}

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
