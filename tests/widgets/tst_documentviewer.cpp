// SPDX-License-Identifier: MIT
// The document viewer on real readers' output: a Markdown résumé is shown formatted (no "##", "- ", "**"),
// every other format as its plain text, and a cited chunk is highlighted, with its quoted sentence, in
// each of them.
#include "documentviewer.h"

#include "engine/democorpus.h"
#include "ingest/documentreader.h"
#include "ingest/paragraphchunker.h"

#include "documentfixtures.h"
#include "testsupport.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Protostar;

namespace {

const QString kCited = QStringLiteral("결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.");

} // namespace

class tst_DocumentViewer : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    // QDesktopServices' handler for the schemes a test registers: records instead of opening.
    void open(const QUrl &url) { m_opened << url; }

private Q_SLOTS:
    void citedChunkHighlighted_data();
    void citedChunkHighlighted();
    void linkClicked_data();
    void linkClicked();
    void everyDemoChunkHighlighted_data();
    void everyDemoChunkHighlighted();

private:
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;
};

void tst_DocumentViewer::citedChunkHighlighted_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("quoted");            // the sentence the answer quoted, as the answer has it
    QTest::addColumn<QString>("expectedHighlight"); // the cited chunk as the viewer shows it
    QTest::addColumn<QStringList>("hiddenMarkers"); // Markdown syntax that must not be shown (patterns per line)
    QTest::addColumn<QStringList>("shownText");     // text that must be shown as written

    const QString dir = m_dir.path();
    QTest::newRow("markdown: paragraph with bold, under headings")
        << Test::writeFile(dir, QStringLiteral("kim.md"),
                           "# 이력서 - 김지원\n\n## [경력사항]\n\n### 한빛페이\n\n"
                           "결제 승인 시스템의 **PostgreSQL** 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다. "
                           "사내 기술상을 받았습니다.\n\n## 기술\n\n- PostgreSQL, Kafka\n- Go\n")
        << QStringLiteral("결제 승인 시스템의 **PostgreSQL** 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.")
        << QStringLiteral("결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다. 사내 기술상을 받았습니다.")
        << QStringList{QStringLiteral("^#"), QStringLiteral("\\*\\*"), QStringLiteral("^- ")}
        << QStringList{QStringLiteral("이력서 - 김지원"), QStringLiteral("[경력사항]"), QStringLiteral("PostgreSQL, Kafka\nGo")};
    QTest::newRow("markdown: list items, a link and a table")
        << Test::writeFile(dir, QStringLiteral("jane.md"),
                           "# Jane Park — Résumé\n\n## Summary\n\n"
                           "- Portfolio at [janepark.dev](https://janepark.dev/work)\n"
                           "- Expected salary: *6,000만원*.\n\n"
                           "## Projects\n\n| year | project |\n|---|---|\n| 2022 | Scheduler |\n")
        << QStringLiteral("Expected salary: *6,000만원*.")
        << QStringLiteral("Portfolio at janepark.dev\nExpected salary: 6,000만원.")
        << QStringList{QStringLiteral("^#"), QStringLiteral("^- "), QStringLiteral("\\]\\(https"), QStringLiteral("\\|---"),
                       QStringLiteral("\\*6")}
        << QStringList{QStringLiteral("Jane Park — Résumé"), QStringLiteral("Scheduler")};
    // Raw HTML in a Markdown résumé is shown as written, never rendered: no tag hides text or loads a file.
    QTest::newRow("markdown: raw HTML shown as written")
        << Test::writeFile(dir, QStringLiteral("html.md"),
                           "# 이력서 - 김지원\n\n## 경력사항\n\n"
                           "결제 승인 시스템의 <b>PostgreSQL</b> 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.\n\n"
                           "<img src=\"file:///etc/hostname\">\n")
        << QStringLiteral("결제 승인 시스템의 <b>PostgreSQL</b> 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.")
        << QStringLiteral("결제 승인 시스템의 <b>PostgreSQL</b> 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.")
        << QStringList{QStringLiteral("^#")}
        << QStringList{QStringLiteral("<b>PostgreSQL</b>"), QStringLiteral("<img src=")};
    QTest::newRow("plain text keeps its markers")
        << Test::writeFile(dir, QStringLiteral("kim.txt"),
                           "이력서 - 김지원\n\n## 경력사항\n\n"
                           "- 결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다. **사내 기술상**\n")
        << kCited
        << QStringLiteral("- 결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다. **사내 기술상**")
        << QStringList{}
        << QStringList{QStringLiteral("## 경력사항"), QStringLiteral("**사내 기술상**")};
    QTest::newRow("docx")
        << Test::writeDocx(dir, QStringLiteral("kim.docx"),
                           {Test::title(QStringLiteral("이력서 - 김지원")), Test::heading(1, QStringLiteral("경력사항")),
                            Test::para(kCited + QStringLiteral(" 사내 기술상을 받았습니다."))})
        << kCited << kCited + QStringLiteral(" 사내 기술상을 받았습니다.") << QStringList{}
        << QStringList{QStringLiteral("경력사항")};
    QTest::newRow("pdf, second page")
        << Test::writePdf(dir, QStringLiteral("kim.pdf"),
                          {{QStringLiteral("이력서 - 김지원"), QString(), QStringLiteral("자기소개"), QString(),
                            QStringLiteral("데이터 플랫폼을 만듭니다.")},
                           {QStringLiteral("경력사항"), QString(), kCited}})
        << kCited << kCited << QStringList{} << QStringList{QStringLiteral("자기소개")};
}

void tst_DocumentViewer::citedChunkHighlighted()
{
    QFETCH(QString, path);
    QFETCH(QString, quoted);
    QFETCH(QString, expectedHighlight);
    QFETCH(QStringList, hiddenMarkers);
    QFETCH(QStringList, shownText);

    auto parsed = DocumentReader::read(path);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QList<Chunk> chunks = ParagraphChunker().chunk(*parsed);
    ChunkId focus = 0;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        chunks[i].id = ChunkId(100 + i);
        if (focus == 0 && chunks[i].text.contains(QStringLiteral("6,000만원")))
            focus = chunks[i].id;
        if (focus == 0 && chunks[i].text.contains(QStringLiteral("TPS 1만 2천")))
            focus = chunks[i].id;
    }
    QVERIFY(focus != 0);
    Document document;
    document.info.id = 1;
    document.info.candidateName = QStringLiteral("김지원");
    document.info.fileName = QFileInfo(path).fileName();
    document.info.format = parsed->format;
    document.text = parsed->text;

    DocumentViewer viewer;
    viewer.resize(700, 500);
    viewer.show();
    viewer.showDocument(document, chunks, focus, {quoted});

    QCOMPARE(viewer.highlightedText(), expectedHighlight);
    QCOMPARE(viewer.quotedText(), QString(quoted).remove(QStringLiteral("*")));
    const QString shown = viewer.textView()->toPlainText();
    for (const QString &marker : std::as_const(hiddenMarkers)) {
        const QRegularExpression pattern(marker, QRegularExpression::MultilineOption);
        QVERIFY2(!shown.contains(pattern), qPrintable(marker + QStringLiteral(" shown in:\n") + shown));
    }
    for (const QString &text : std::as_const(shownText))
        QVERIFY2(shown.contains(text), qPrintable(text + QStringLiteral(" not shown in:\n") + shown));
    // The highlighted paragraph is scrolled into view.
    const QTextCursor cursor = viewer.textView()->textCursor();
    QVERIFY(viewer.textView()->viewport()->rect().intersects(viewer.textView()->cursorRect(cursor)));

    // Another document afterwards, then the first again: nothing of the previous one lingers.
    Document other = document;
    other.info.id = 2;
    other.info.format = QStringLiteral("txt");
    other.text = QStringLiteral("## plain\n");
    viewer.showDocument(other, {}, 0, {});
    QCOMPARE(viewer.textView()->toPlainText(), QStringLiteral("## plain\n"));
    QVERIFY(viewer.highlightedText().isEmpty());
    viewer.showDocument(document, chunks, focus, {quoted});
    QCOMPARE(viewer.highlightedText(), expectedHighlight);
}

void tst_DocumentViewer::linkClicked_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("linkText"); // the text shown for the link, clicked
    QTest::addColumn<QString>("opened");   // what is opened; empty: nothing
    QTest::newRow("web link") << QStringLiteral("Portfolio at [janepark.dev](https://janepark.dev/work).")
                              << QStringLiteral("janepark.dev") << QStringLiteral("https://janepark.dev/work");
    QTest::newRow("e-mail address") << QStringLiteral("Contact: <mailto:jane.park@example.invalid>")
                                    << QStringLiteral("jane.park@example.invalid")
                                    << QStringLiteral("mailto:jane.park@example.invalid");
    QTest::newRow("another scheme is not opened") << QStringLiteral("Files at [archive](ftp://example.invalid/cv).")
                                                  << QStringLiteral("archive") << QString();
}

void tst_DocumentViewer::linkClicked()
{
    QFETCH(QString, markdown);
    QFETCH(QString, linkText);
    QFETCH(QString, opened);
    for (const QString &scheme : {QStringLiteral("https"), QStringLiteral("mailto"), QStringLiteral("ftp")})
        QDesktopServices::setUrlHandler(scheme, this, "open");
    m_opened.clear();
    Document document;
    document.info.id = 1;
    document.info.fileName = QStringLiteral("jane.md");
    document.info.format = QStringLiteral("md");
    document.text = QStringLiteral("# Jane Park\n\n") + markdown + u'\n';
    DocumentViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.showDocument(document, {});

    QTextBrowser *text = viewer.textView();
    const QTextCursor found = text->document()->find(linkText);
    QVERIFY2(!found.isNull(), qPrintable(text->toPlainText()));
    QTextCursor inside(text->document());
    inside.setPosition(found.selectionStart() + 2);
    const QPoint at = text->cursorRect(inside).center();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at);
    for (const QString &scheme : {QStringLiteral("https"), QStringLiteral("mailto"), QStringLiteral("ftp")})
        QDesktopServices::unsetUrlHandler(scheme);
    QCOMPARE(m_opened, opened.isEmpty() ? QList<QUrl>{} : QList<QUrl>{QUrl(opened)});
}

void tst_DocumentViewer::everyDemoChunkHighlighted_data()
{
    QTest::addColumn<QString>("path");
    const auto files = DemoCorpus::files();
    QVERIFY2(files, "the demo corpus is part of the source tree");
    for (const QString &path : *files) {
        if (path.endsWith(QStringLiteral(".md")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void tst_DocumentViewer::everyDemoChunkHighlighted()
{
    QFETCH(QString, path);
    auto parsed = DocumentReader::read(path);
    QVERIFY(parsed);
    QList<Chunk> chunks = ParagraphChunker().chunk(*parsed);
    QVERIFY(!chunks.isEmpty());
    for (qsizetype i = 0; i < chunks.size(); ++i)
        chunks[i].id = ChunkId(1 + i);
    Document document;
    document.info.id = 1;
    document.info.format = parsed->format;
    document.text = parsed->text;
    // Formatting only drops markers and folds whitespace: the letters and digits are the chunk's own.
    auto lettersAndDigits = [](const QString &text) {
        QString out;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                out += c;
        }
        return out;
    };
    DocumentViewer viewer;
    for (const Chunk &chunk : std::as_const(chunks)) {
        viewer.showDocument(document, chunks, chunk.id);
        QCOMPARE(lettersAndDigits(viewer.highlightedText()), lettersAndDigits(chunk.text));
    }
}

QTEST_MAIN(tst_DocumentViewer)
#include "tst_documentviewer.moc"
