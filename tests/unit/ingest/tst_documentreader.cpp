// SPDX-License-Identifier: MIT
// DocumentReader on real files made at test time: every format, the block contract and office-file quirks.
// Files it must refuse: tst_documentreaderbadinput.
#include "ingest/documentreader.h"

#include "documentfixtures.h"
#include "sampleresume.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;

namespace {

// "H2:text", "P:text", "L:text", "T:a | b" — one line per block, so a failure shows the whole structure.
QStringList describe(const ParsedDocument &doc)
{
    QStringList out;
    for (const TextBlock &b : doc.blocks) {
        switch (b.kind) {
        case TextBlock::Kind::Heading: out << QStringLiteral("H%1:%2").arg(b.level).arg(b.text); break;
        case TextBlock::Kind::Paragraph: out << QStringLiteral("P:") + b.text; break;
        case TextBlock::Kind::ListItem: out << QStringLiteral("L:") + b.text; break;
        case TextBlock::Kind::TableRow: out << QStringLiteral("T:") + b.text; break;
        }
    }
    return out;
}

// The block contract every reader keeps: each block's text sits at its offset, in order, in NFC.
void verifyBlockOffsets(const ParsedDocument &doc)
{
    qsizetype last = -1;
    for (const TextBlock &b : doc.blocks) {
        QVERIFY2(b.offset > last, qPrintable(b.text));
        QCOMPARE(doc.text.mid(b.offset, b.text.size()), b.text);
        QVERIFY(!b.text.contains(u'\n'));
        last = b.offset;
    }
    QCOMPARE(doc.text.normalized(QString::NormalizationForm_C), doc.text);
    QVERIFY(!doc.text.contains(u'\r'));
}

QString errorText(const Result<ParsedDocument> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainText_data();
    void plainText();
    void docx_data();
    void docx();
    void hwpx_data();
    void hwpx();
    void pdfPages();
    void officeQuirks_data();
    void officeQuirks();
    void suffixes();

private:
    QTemporaryDir m_dir;
};

void TestDocumentReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDocumentReader::plainText_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("format");

    const QStringList korean = {QStringLiteral("# 김민수 자기소개서"), QStringLiteral("[경력사항]"),
                                QStringLiteral("- 2019년 입사, 백엔드 개발")};
    const QStringList koreanBlocks = {QStringLiteral("P:# 김민수 자기소개서"), QStringLiteral("P:[경력사항]"),
                                      QStringLiteral("P:- 2019년 입사, 백엔드 개발")};
    const QString lf = korean.join(u'\n') + u'\n';
    QStringEncoder cp949("CP949");
    QVERIFY(cp949.isValid());

    QTest::newRow("utf8 md, LF") << "a.md" << lf.toUtf8() << koreanBlocks << "김민수 자기소개서" << "md";
    QTest::newRow("utf8 bom txt, CRLF") << "b.txt" << QByteArray("\xEF\xBB\xBF") + korean.join(QStringLiteral("\r\n")).toUtf8()
                                        << koreanBlocks << "# 김민수 자기소개서" << "txt";
    QTest::newRow("cp949 markdown, CR") << "c.markdown" << QByteArray(cp949.encode(korean.join(u'\r'))) << koreanBlocks
                                        << "김민수 자기소개서" << "md";
    QStringEncoder utf16("UTF-16LE");
    QTest::newRow("utf16le txt with bom") << "d.txt" << QByteArray("\xFF\xFE") + QByteArray(utf16.encode(lf)) << koreanBlocks
                                          << "# 김민수 자기소개서" << "txt";
    QTest::newRow("nfd hangul from macOS") << "e.md" << lf.normalized(QString::NormalizationForm_D).toUtf8() << koreanBlocks
                                           << "김민수 자기소개서" << "md";
    QTest::newRow("blank lines and trailing spaces")
        << "f.txt" << QByteArray("\n\n  Title line  \n\n\nBody one\t\nBody two\n   \n") << QStringList{"P:  Title line", "P:Body one", "P:Body two"}
        << "Title line" << "txt";
}

void TestDocumentReader::plainText()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, blocks);
    QFETCH(QString, title);
    QFETCH(QString, format);

    const auto doc = DocumentReader::read(writeFile(m_dir.path(), fileName, bytes));
    QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
    QCOMPARE(describe(*doc), blocks);
    QCOMPARE(doc->title, title);
    QCOMPARE(doc->format, format);
    QCOMPARE(doc->pageCount, 0);
    verifyBlockOffsets(*doc);
}

void TestDocumentReader::docx_data()
{
    QTest::addColumn<DocxStyles>("styles");
    QTest::newRow("english style ids") << DocxStyles::English;
    QTest::newRow("korean word ids") << DocxStyles::KoreanWord;
    QTest::newRow("korean style names") << DocxStyles::KoreanNames;
    QTest::newRow("outline level only") << DocxStyles::OutlineOnly;
}

void TestDocumentReader::docx()
{
    QFETCH(DocxStyles, styles);
    const QString path = writeDocx(m_dir.path(), QStringLiteral("resume-%1.docx").arg(int(styles)), kResume, styles);
    const auto doc = DocumentReader::read(path);
    QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
    QCOMPARE(describe(*doc), (QStringList{
                                 "H1:홍길동 이력서",
                                 "H1:경력사항",
                                 "P:주식회사 한빛에서 5년간 데스크톱 앱을 개발했습니다.",
                                 "L:Qt 6 기반 분석 도구 개발",
                                 "L:SQLite 저장소 설계 & 마이그레이션",
                                 "H2:학력",
                                 // a header row over values labels them (FormTable), and is then left out
                                 "T:기간: 2010-2014 · 학교: 한국대학교 · 전공: 컴퓨터공학",
                                 "P:References <available> on request.",
                             }));
    QCOMPARE(doc->title, QStringLiteral("홍길동 이력서"));
    QCOMPARE(doc->format, QStringLiteral("docx"));
    verifyBlockOffsets(*doc);
    // List items and table rows stay on consecutive lines; other blocks are paragraphs apart.
    QVERIFY(doc->text.contains(QStringLiteral("개발\nSQLite")));
    QVERIFY(doc->text.contains(QStringLiteral("학력\n\n기간: 2010-2014")));
    QVERIFY(doc->text.contains(QStringLiteral("이력서\n\n경력사항")));
}

void TestDocumentReader::hwpx_data()
{
    QTest::addColumn<HwpxHeadings>("headings");
    QTest::newRow("outline styles") << HwpxHeadings::StyleName;
    QTest::newRow("outline paragraph shapes") << HwpxHeadings::OutlineShape;
}

void TestDocumentReader::hwpx()
{
    QFETCH(HwpxHeadings, headings);
    const QList<FixtureBlock> first = {para(QStringLiteral("이영희")), heading(1, QStringLiteral("1. 지원 동기")),
                                       para(QStringLiteral("데이터 품질에 관심이 많습니다.")),
                                       listItem(QStringLiteral("통계 분석 자격증"))};
    const QList<FixtureBlock> second = {heading(2, QStringLiteral("가. 프로젝트")),
                                        table({{QStringLiteral("연도"), QStringLiteral("내용")},
                                               {QStringLiteral("2022"), QStringLiteral("수요 예측 모델 & 대시보드")}}),
                                        para(QStringLiteral("감사합니다."))};
    const QString path = writeHwpx(m_dir.path(), QStringLiteral("cover-%1.hwpx").arg(int(headings)), {first, second}, headings);
    const auto doc = DocumentReader::read(path);
    QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
    QCOMPARE(describe(*doc), (QStringList{
                                 "P:이영희",
                                 "H1:1. 지원 동기",
                                 "P:데이터 품질에 관심이 많습니다.",
                                 "L:통계 분석 자격증",
                                 "H2:가. 프로젝트",
                                 "T:연도 | 내용",
                                 "T:2022 | 수요 예측 모델 & 대시보드",
                                 "P:감사합니다.",
                             }));
    QCOMPARE(doc->title, QStringLiteral("이영희"));
    QCOMPARE(doc->format, QStringLiteral("hwpx"));
    QVERIFY2(!doc->text.contains(QStringLiteral("머리말")), "page header text leaked into the body");
    verifyBlockOffsets(*doc);
}

void TestDocumentReader::pdfPages()
{
    const QString path = writePdf(m_dir.path(), QStringLiteral("portfolio.pdf"),
                                  {{QStringLiteral("Portfolio of Park Jisoo"), QString(), QStringLiteral("첫 번째 문단의 첫 줄"),
                                    QStringLiteral("첫 번째 문단의 둘째 줄"), QString(), QString(), QStringLiteral("Second paragraph")},
                                   {QStringLiteral("둘째 쪽 내용 2023년")}});
    const auto doc = DocumentReader::read(path);
    QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
    QCOMPARE(describe(*doc), (QStringList{"P:Portfolio of Park Jisoo", "P:첫 번째 문단의 첫 줄", "P:첫 번째 문단의 둘째 줄",
                                          "P:Second paragraph", "P:둘째 쪽 내용 2023년"}));
    QList<int> pages;
    for (const TextBlock &b : doc->blocks)
        pages << b.page;
    QCOMPARE(pages, (QList<int>{1, 1, 1, 1, 2}));
    QCOMPARE(doc->pageCount, 2);
    QCOMPARE(doc->format, QStringLiteral("pdf"));
    QCOMPARE(doc->title, QStringLiteral("Portfolio of Park Jisoo"));
    QVERIFY(doc->text.contains(QStringLiteral("첫 줄\n첫 번째")));          // lines of one paragraph
    QVERIFY(doc->text.contains(QStringLiteral("Jisoo\n\n첫 번째")));      // a gap starts a paragraph
    QVERIFY(doc->text.contains(QStringLiteral("paragraph\n\n둘째 쪽"))); // so does a new page
    verifyBlockOffsets(*doc);
}

void TestDocumentReader::officeQuirks_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("blocks");

    const QByteArray w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                         "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
    const auto docx = [&w](const QByteArray &body) -> QByteArray {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w + "><w:body>" + body + "</w:body></w:document>";
    };
    QTest::newRow("docx without styles.xml uses style ids")
        << "nostyles.docx" << "word/document.xml"
        << docx("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>"
                "<w:p><w:r><w:t>C++</w:t></w:r></w:p>")
        << QStringList{"H2:Skills", "P:C++"};
    QTest::newRow("docx tabs, breaks and numId 0")
        << "tabs.docx" << "word/document.xml"
        << docx("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
                "<w:r><w:t>Name</w:t><w:tab/><w:t>Kim</w:t><w:br/><w:t>Seoul</w:t></w:r></w:p>")
        << QStringList{"P:Name Kim Seoul"};
    QTest::newRow("docx text box: choice read once, fallback skipped")
        << "textbox.docx" << "word/document.xml"
        << docx("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
                "<w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
                "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></w:pict>"
                "</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Outside</w:t></w:r></w:p>")
        << QStringList{"P:In the box", "P:Outside"};
    QTest::newRow("docx nested table flattens into its cell")
        << "nested.docx" << "word/document.xml"
        << docx("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Outer</w:t></w:r></w:p>"
                "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>inner b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                "</w:tc><w:tc><w:p><w:r><w:t>Second</w:t></w:r></w:p><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr>"
                "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
                "<w:p><w:r><w:t>After</w:t></w:r></w:p>")
        << QStringList{"T:Outer inner a inner b | Second cell", "P:After"};
    QTest::newRow("docx drawingml text is not body text")
        << "chart.docx" << "word/document.xml"
        << docx("<w:p><w:r><w:t>Body</w:t></w:r><w:r><w:drawing><a:p><a:r><a:t>chart label</a:t></a:r></a:p></w:drawing></w:r></w:p>")
        << QStringList{"P:Body"};

    const QByteArray hp = "xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\"";
    QTest::newRow("hwpx mixed content in hp:t")
        << "mixed.hwpx" << "Contents/section0.xml"
        << QByteArray("<hs:sec " + hp + "><hp:p paraPrIDRef=\"0\" styleIDRef=\"0\"><hp:run charPrIDRef=\"0\"><hp:t>이름<hp:tab/>홍길동</hp:t></hp:run>"
                      "<hp:run charPrIDRef=\"1\"><hp:t>, 서울<hp:lineBreak/>거주</hp:t></hp:run></hp:p></hs:sec>")
        << QStringList{"P:이름 홍길동, 서울 거주"};
    QTest::newRow("hwpx text before a table in the same paragraph")
        << "before.hwpx" << "Contents/section0.xml"
        << QByteArray("<hs:sec " + hp + "><hp:p paraPrIDRef=\"0\" styleIDRef=\"0\"><hp:run charPrIDRef=\"0\"><hp:t>표 1. 경력</hp:t>"
                      "<hp:tbl><hp:tr><hp:tc><hp:subList><hp:p><hp:run><hp:t>회사</hp:t></hp:run></hp:p></hp:subList></hp:tc>"
                      "<hp:tc><hp:subList><hp:p><hp:run><hp:t>기간</hp:t></hp:run></hp:p></hp:subList></hp:tc></hp:tr></hp:tbl>"
                      "</hp:run></hp:p></hs:sec>")
        << QStringList{"P:표 1. 경력", "T:회사 | 기간"};
    QTest::newRow("hwpx page header and section settings are not body text")
        << "header.hwpx" << "Contents/section0.xml"
        << QByteArray("<hs:sec " + hp + "><hp:p><hp:run><hp:secPr><hp:t>설정</hp:t></hp:secPr><hp:ctrl><hp:header><hp:subList>"
                      "<hp:p><hp:run><hp:t>머리말</hp:t></hp:run></hp:p></hp:subList></hp:header></hp:ctrl>"
                      "<hp:t>본문</hp:t></hp:run></hp:p></hs:sec>")
        << QStringList{"P:본문"};
}

void TestDocumentReader::officeQuirks()
{
    QFETCH(QString, fileName);
    QFETCH(QString, part);
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, blocks);

    const QString path = writeZip(m_dir.filePath(QStringLiteral("quirks")), fileName, {{part, xml}});
    const auto doc = DocumentReader::read(path);
    QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
    QCOMPARE(describe(*doc), blocks);
    verifyBlockOffsets(*doc);
}

void TestDocumentReader::suffixes()
{
    for (const char *name : {"a.txt", "b.MD", "c.markdown", "d.pdf", "e.DOCX", "f.hwpx"})
        QVERIFY2(DocumentReader::isSupported(QString::fromLatin1(name)), name);
    for (const char *name : {"a.doc", "b.hwp", "c", "d.pdf.zip"})
        QVERIFY2(!DocumentReader::isSupported(QString::fromLatin1(name)), name);
    QCOMPARE(DocumentReader::formatOf(QStringLiteral("x/y.Markdown")), QStringLiteral("md"));
    QCOMPARE(DocumentReader::formatOf(QStringLiteral("x/y.HWPX")), QStringLiteral("hwpx"));
}

QTEST_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
