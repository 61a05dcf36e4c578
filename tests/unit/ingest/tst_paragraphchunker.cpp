// SPDX-License-Identifier: MIT
#include "ingest/paragraphchunker.h"

#include <QTest>

using namespace Protostar;

namespace {

// What the plain-text reader makes of `text`: one Paragraph block per non-empty line.
ParsedDocument plainText(const QString &text, const QString &format = QStringLiteral("txt"))
{
    ParsedDocument doc;
    doc.text = text;
    doc.format = format;
    qsizetype pos = 0;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            doc.blocks.append(TextBlock{TextBlock::Kind::Paragraph, 0, line, 0, pos});
        pos += line.size() + 1;
    }
    return doc;
}

// "heading > path | text" per chunk, for compact expectations.
QStringList describe(const QList<Chunk> &chunks)
{
    QStringList out;
    for (const Chunk &c : chunks)
        out << c.headingPath.join(QStringLiteral(" > ")) + QStringLiteral(" | ") + c.text;
    return out;
}

} // namespace

class tst_ParagraphChunker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headings_data();
    void headings();
    void structuredBlocks();
    void longParagraphSplitsOnSentences();
    void mergeBudget_data();
    void mergeBudget();
    void offsetsPointAtTheText_data();
    void offsetsPointAtTheText();
    void pagesAreKept();
    void pdfContactLinesSetApart_data();
    void pdfContactLinesSetApart();
};

void tst_ParagraphChunker::headings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("markdown headings nest by level")
        << QStringLiteral("# 이력서\n\n## 경력\n\nABC에서 결제 시스템을 만들었다.\n\n## 학력\n\n서울대학교 졸업.")
        << QStringList{QStringLiteral("이력서 > 경력 | ABC에서 결제 시스템을 만들었다."),
                       QStringLiteral("이력서 > 학력 | 서울대학교 졸업.")};
    QTest::newRow("bracketed Korean headings are siblings")
        << QStringLiteral("[경력사항]\n네이버에서 검색 서버를 운영했다.\n\n【학력】\nKAIST 전산학 석사.")
        << QStringList{QStringLiteral("경력사항 | 네이버에서 검색 서버를 운영했다."), QStringLiteral("학력 | KAIST 전산학 석사.")};
    QTest::newRow("square marker heading")
        << QStringLiteral("■ 경력\n카카오에서 3년 근무했다.\n■ 자격증\n정보처리기사 취득.")
        << QStringList{QStringLiteral("경력 | 카카오에서 3년 근무했다."), QStringLiteral("자격증 | 정보처리기사 취득.")};
    QTest::newRow("numbered headings with bracketed parent")
        << QStringLiteral("[경력사항]\n1. 쿠팡\n주문 시스템을 개발했다.\n2. 토스\n송금 API를 설계했다.\n[학력]\n고려대학교 졸업.")
        << QStringList{QStringLiteral("경력사항 > 쿠팡 | 주문 시스템을 개발했다."),
                       QStringLiteral("경력사항 > 토스 | 송금 API를 설계했다."), QStringLiteral("학력 | 고려대학교 졸업.")};
    QTest::newRow("English numbered heading with paren")
        << QStringLiteral("1) Experience\nBuilt a payments platform at 10k TPS.\n2) Projects\nWrote a Rust cache.")
        << QStringList{QStringLiteral("Experience | Built a payments platform at 10k TPS."),
                       QStringLiteral("Projects | Wrote a Rust cache.")};
    QTest::newRow("Roman and Hangul numbering nest")
        << QStringLiteral("Ⅰ. 경력\n가. 삼성전자\n반도체 설비 SW를 개발함.\n나. LG\n가전 펌웨어를 담당함.\nⅡ. 학력\n연세대 졸업.")
        << QStringList{QStringLiteral("경력 > 삼성전자 | 반도체 설비 SW를 개발함."), QStringLiteral("경력 > LG | 가전 펌웨어를 담당함."),
                       QStringLiteral("학력 | 연세대 졸업.")};
    QTest::newRow("short title line followed by a paragraph")
        << QStringLiteral("Work Experience\nI led the search team at Naver for four years.\n\nEducation\n\nBSc in Computer Science, 2015.")
        << QStringList{QStringLiteral("Work Experience | I led the search team at Naver for four years."),
                       QStringLiteral("Education | BSc in Computer Science, 2015.")};
    QTest::newRow("numbered list stays a list under its heading")
        << QStringLiteral("## Skills\n1. Python\n2. Go\n3. Rust")
        << QStringList{QStringLiteral("Skills | 1. Python\n2. Go\n3. Rust")};
    QTest::newRow("bullet list stays with its heading")
        << QStringLiteral("[주요 성과]\n- 응답 시간 40% 단축\n- 장애 0건\n• 비용 1,200만원 절감")
        << QStringList{QStringLiteral("주요 성과 | - 응답 시간 40% 단축\n- 장애 0건\n• 비용 1,200만원 절감")};
    QTest::newRow("table rows stay with their heading")
        << QStringLiteral("## 학력\n| 학교 | 전공 |\n|---|---|\n| 서울대 | 컴퓨터공학 |")
        << QStringList{QStringLiteral("학력 | | 학교 | 전공 |\n|---|---|\n| 서울대 | 컴퓨터공학 |")};
    QTest::newRow("short lines without a following paragraph are not titles")
        << QStringLiteral("Python\n\nGo\n\nRust")
        << QStringList{QStringLiteral(" | Python\n\nGo\n\nRust")};
    QTest::newRow("sentence is never a heading")
        << QStringLiteral("1. 결제 시스템을 개발했다.\n성능을 높였다.")
        << QStringList{QStringLiteral(" | 1. 결제 시스템을 개발했다.\n성능을 높였다.")};
    QTest::newRow("document title line heads the sections")
        << QStringLiteral("이력서 - 김지원\n\n[경력사항]\n네이버에서 일했다.\n[학력]\n서울대 졸업.")
        << QStringList{QStringLiteral("이력서 - 김지원 > 경력사항 | 네이버에서 일했다."), QStringLiteral("이력서 - 김지원 > 학력 | 서울대 졸업.")};
    // Plain-text résumés: a job or project line states its period and sits under its section; the next
    // one is its sibling, and neither closes the document's title.
    QTest::newRow("dated entries under bracketed sections keep the document title")
        << QStringLiteral("경력기술서 - 박서준\n\n[경력사항]\n하늘클라우드 (2020.06 ~ 현재) · 플랫폼엔지니어링팀 SRE\n가용성 99.95%를 달성했다.\n\n"
                          "별빛게임즈 (2017.01 ~ 2020.05) · 인프라팀 시스템 엔지니어\n배포 시간을 15분으로 줄였다.\n\n[학력]\n가상공대 학사.")
        << QStringList{QStringLiteral("경력기술서 - 박서준 > 경력사항 > 하늘클라우드 (2020.06 ~ 현재) · 플랫폼엔지니어링팀 SRE | 가용성 99.95%를 달성했다."),
                       QStringLiteral("경력기술서 - 박서준 > 경력사항 > 별빛게임즈 (2017.01 ~ 2020.05) · 인프라팀 시스템 엔지니어 | 배포 시간을 15분으로 줄였다."),
                       QStringLiteral("경력기술서 - 박서준 > 학력 | 가상공대 학사.")};
    QTest::newRow("dated entries under title-line sections")
        << QStringLiteral("Daniel Cho — Résumé\n\nData Engineer · 6 years · Busan · daniel.cho@example.invalid\n\nExperience\n\nTidewater Logistics (2021.01 ~ 2024.05) — Data Engineer\nBuilt ingestion.\n\n"
                          "Seabird Analytics (2018.03 ~ 2020.12) — Junior Data Engineer\nMaintained ETL pipelines.\n\nEducation\n\nM.Sc. Data Science.")
        << QStringList{QStringLiteral("Daniel Cho — Résumé | Data Engineer · 6 years · Busan · daniel.cho@example.invalid"),
                       QStringLiteral("Daniel Cho — Résumé > Experience > Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer | Built ingestion."),
                       QStringLiteral("Daniel Cho — Résumé > Experience > Seabird Analytics (2018.03 ~ 2020.12) — Junior Data Engineer | Maintained ETL pipelines."),
                       QStringLiteral("Daniel Cho — Résumé > Education | M.Sc. Data Science.")};
    // A section whose only line is short itself: it is its own section, not the tail of the one before.
    QTest::newRow("section name over a short line")
        << QStringLiteral("희망 조건\n희망 연봉은 9,500만원이다.\n\n학력\n서울대학교 컴퓨터공학과 학사 (2014 - 2018)\n\n"
                          "Skills\nPython, Go, Kubernetes")
        << QStringList{QStringLiteral("희망 조건 | 희망 연봉은 9,500만원이다."), QStringLiteral("학력 | 서울대학교 컴퓨터공학과 학사 (2014 - 2018)"),
                       QStringLiteral("Skills | Python, Go, Kubernetes")};
    QTest::newRow("two section-name lines are not a section and its body")
        << QStringLiteral("Python\nGo\n\nRust") << QStringList{QStringLiteral(" | Python\nGo\n\nRust")};
    QTest::newRow("Korean-dated entries under a title-line section")
        << QStringLiteral("경력\n2018.03 - 2021.12 카카오뱅크 선임 엔지니어\n파이프라인을 구축했다.\n\n"
                          "2022년 1월 - 현재 토스 결제팀 팀장\n팀원 8명을 이끌었다.")
        << QStringList{QStringLiteral("경력 > 2018.03 - 2021.12 카카오뱅크 선임 엔지니어 | 파이프라인을 구축했다."),
                       QStringLiteral("경력 > 2022년 1월 - 현재 토스 결제팀 팀장 | 팀원 8명을 이끌었다.")};
    QTest::newRow("heading without body makes no chunk")
        << QStringLiteral("# 비어 있음\n# 내용\n본문이다.") << QStringList{QStringLiteral("내용 | 본문이다.")};
    // "부서: 모바일뱅킹팀" used to be taken for a title, closed by "직책: …" below it, and lost from every chunk.
    QTest::newRow("label: value lines are fields of their entry")
        << QStringLiteral("[경력 사항]\n회사: 초록은행 (2020.09 ~ 2024.08)\n부서: 모바일뱅킹팀\n직책: 안드로이드 리드\n업무: 앱을 재작성했습니다.")
        << QStringList{QStringLiteral("경력 사항 > 회사: 초록은행 (2020.09 ~ 2024.08) | 부서: 모바일뱅킹팀\n직책: 안드로이드 리드\n업무: 앱을 재작성했습니다.")};
    QTest::newRow("a line guessed to be a title and closed at once opens the next text")
        << QStringLiteral("Experience\n\nAcme Payments\nBeta Labs\nBuilt the billing system in Go.")
        << QStringList{QStringLiteral("Experience > Beta Labs | Acme Payments\nBeta Labs\nBuilt the billing system in Go.")};
    // Round 12 (PDF résumés). A label over its lines: the e-mail right under "CONTACT" used to be taken for a title,
    // closing CONTACT, which then opened the text under "daniel.cho@example.invalid".
    QTest::newRow("a section's first short line is its body, not a title")
        << QStringLiteral("CONTACT\ndaniel.cho@example.invalid\n+82 10-3392-5518\nBusan, South Korea\n\n"
                          "SUMMARY\nData engineer with 9 years of experience building pipelines.")
        << QStringList{QStringLiteral("CONTACT | daniel.cho@example.invalid\n+82 10-3392-5518\nBusan, South Korea"),
                       QStringLiteral("SUMMARY | Data engineer with 9 years of experience building pipelines.")};
    // A sidebar's section in capitals over short lines (certificate names, no sentence) is a section of its own, not
    // the tail of the job above it.
    QTest::newRow("a section name in capitals over short lines")
        << QStringLiteral("EXPERIENCE\nLead Data Engineer, Wavelet Analytics\nMentored a team of five engineers.\n\n"
                          "CERTIFICATIONS\nAWS Certified Data Analytics\nDatabricks Spark Developer")
        << QStringList{QStringLiteral("EXPERIENCE | Lead Data Engineer, Wavelet Analytics\nMentored a team of five engineers."),
                       QStringLiteral("CERTIFICATIONS | AWS Certified Data Analytics\nDatabricks Spark Developer")};
    // A line of capitals listing skills at the head of a group is the group's first line, not a section name in capitals
    // (it used to close SKILLS and head the lines under it).
    QTest::newRow("a comma list in capitals is content, not a section")
        << QStringLiteral("SKILLS\n\nPYTHON, SQL, KAFKA\nSpark and Airflow pipelines\nTerraform")
        << QStringList{QStringLiteral("SKILLS | PYTHON, SQL, KAFKA\nSpark and Airflow pipelines\nTerraform")};
    QTest::newRow("a comma list in capitals under a section in capitals")
        << QStringLiteral("EXPERIENCE\nLead Data Engineer, Wavelet Analytics\nMentored a team of five engineers.\n\n"
                          "AWS, GCP, AZURE\nCertified on all three clouds\nTerraform modules")
        << QStringList{QStringLiteral("EXPERIENCE | Lead Data Engineer, Wavelet Analytics\nMentored a team of five engineers.\n\n"
                                      "AWS, GCP, AZURE\nCertified on all three clouds\nTerraform modules")};
    // "학력" over its one line: that line used to be taken for a dated entry under 학력 (a section name's body follows),
    // closed by "기술", and 학력 was lost from every chunk.
    QTest::newRow("a section name's only line stays its body")
        << QStringLiteral("학력\n2009.03 ~ 2016.02 가온대학교 컴퓨터공학과 졸업\n\n기술\nJava, Kotlin, Spring Boot, MySQL, Redis, Kafka")
        << QStringList{QStringLiteral("학력 | 2009.03 ~ 2016.02 가온대학교 컴퓨터공학과 졸업"),
                       QStringLiteral("기술 | Java, Kotlin, Spring Boot, MySQL, Redis, Kafka")};
    // A scan's text layer wraps mid-sentence: the entry's first line ends without punctuation and used to be taken
    // for a title, closing the entry.
    QTest::newRow("an entry's sentence wrapped mid-line stays under the entry")
        << QStringLiteral("경력\n\n누리커머스 (2016.07 ~ 2020.01) 백엔드 개발자\n주문·재고 시스템을 개발했으며 MySQL 샤딩을 도입해 주문 처리량을\n"
                          "3배로 늘렸습니다.")
        << QStringList{QStringLiteral("경력 > 누리커머스 (2016.07 ~ 2020.01) 백엔드 개발자 | 주문·재고 시스템을 개발했으며 MySQL 샤딩을 도입해 주문 처리량을\n"
                                      "3배로 늘렸습니다.")};
}

void tst_ParagraphChunker::headings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(ParagraphChunker().chunk(plainText(text))), expected);
}

void tst_ParagraphChunker::structuredBlocks()
{
    // What the DOCX/HWPX readers produce: heading levels from styles, list items, table rows.
    ParsedDocument doc;
    doc.format = QStringLiteral("docx");
    auto add = [&](TextBlock::Kind kind, int level, const QString &text) {
        if (!doc.text.isEmpty())
            doc.text += u'\n';
        doc.blocks.append(TextBlock{kind, level, text, 0, doc.text.size()});
        doc.text += text;
    };
    add(TextBlock::Kind::Heading, 1, QStringLiteral("경력"));
    add(TextBlock::Kind::Heading, 2, QStringLiteral("네이버"));
    add(TextBlock::Kind::Paragraph, 0, QStringLiteral("검색 인프라를 운영했다."));
    add(TextBlock::Kind::ListItem, 0, QStringLiteral("QPS 2만 처리"));
    add(TextBlock::Kind::Heading, 1, QStringLiteral("학력"));
    add(TextBlock::Kind::TableRow, 0, QStringLiteral("서울대 | 컴퓨터공학 | 2015"));
    QCOMPARE(describe(ParagraphChunker().chunk(doc)),
             (QStringList{QStringLiteral("경력 > 네이버 | 검색 인프라를 운영했다.\nQPS 2만 처리"),
                          QStringLiteral("학력 | 서울대 | 컴퓨터공학 | 2015")}));
}

void tst_ParagraphChunker::longParagraphSplitsOnSentences()
{
    QString paragraph;
    for (int i = 0; i < 60; ++i)
        paragraph += QStringLiteral("%1번째 프로젝트에서 처리량을 %2% 높였다. ").arg(i).arg(i * 3);
    paragraph = paragraph.trimmed();
    const ParsedDocument doc = plainText(QStringLiteral("[경력]\n") + paragraph);
    const QList<Chunk> chunks = ParagraphChunker(ChunkerOptions{300, 400}).chunk(doc);
    QVERIFY2(chunks.size() >= paragraph.size() / 300, qPrintable(QString::number(chunks.size())));
    QString joined;
    for (const Chunk &c : chunks) {
        QVERIFY(c.text.size() <= 300);
        QVERIFY2(c.text.endsWith(QStringLiteral("높였다.")), qPrintable(c.text)); // cut only between sentences
        QCOMPARE(c.headingPath, QStringList{QStringLiteral("경력")});
        joined += (joined.isEmpty() ? QString() : QStringLiteral(" ")) + c.text;
    }
    QCOMPARE(joined, paragraph);
}

void tst_ParagraphChunker::mergeBudget_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<int>("expectedChunks");
    // Ten paragraphs of 28 characters plus the blank lines between them.
    QTest::newRow("all fit in 700") << 700 << 1;
    QTest::newRow("three per chunk at 100") << 100 << 4;
    QTest::newRow("one per chunk at 50") << 50 << 10;
}

void tst_ParagraphChunker::mergeBudget()
{
    QFETCH(int, budget);
    QFETCH(int, expectedChunks);
    QStringList paragraphs;
    for (int i = 0; i < 10; ++i)
        paragraphs << QStringLiteral("Paragraph %1 is short enough.").arg(i);
    const ParsedDocument doc = plainText(QStringLiteral("# Notes\n\n") + paragraphs.join(QStringLiteral("\n\n")));
    const QList<Chunk> chunks = ParagraphChunker(ChunkerOptions{budget, 1000}).chunk(doc);
    QCOMPARE(chunks.size(), expectedChunks);
    for (const Chunk &c : chunks)
        QVERIFY(c.text.size() <= std::max(budget, 28));
}

void tst_ParagraphChunker::offsetsPointAtTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Korean résumé") << QStringLiteral("이력서 - 김지원\n\n[경력사항]\n1. 쿠팡\n주문 시스템을 개발했다.\n\n- 항목\n\n[학력]\n서울대.");
    QTest::newRow("CR-free markdown with tables") << QStringLiteral("# A\n\ntext one.\n\n| a | b |\n| c | d |\n\n## B\nmore text.");
}

void tst_ParagraphChunker::offsetsPointAtTheText()
{
    QFETCH(QString, text);
    const ParsedDocument doc = plainText(text);
    const QList<Chunk> chunks = ParagraphChunker().chunk(doc);
    QVERIFY(!chunks.isEmpty());
    qsizetype previousEnd = 0;
    for (int i = 0; i < chunks.size(); ++i) {
        const Chunk &c = chunks[i];
        QCOMPARE(c.ordinal, i);
        QVERIFY(c.startOffset >= previousEnd);
        QVERIFY(c.endOffset > c.startOffset);
        QCOMPARE(c.text, text.mid(c.startOffset, c.endOffset - c.startOffset));
        for (const QString &h : c.headingPath)
            QVERIFY2(!c.text.contains(h), qPrintable(h)); // headings live in the path, not the text
        previousEnd = c.endOffset;
    }
}

void tst_ParagraphChunker::pagesAreKept()
{
    // PDF: one block per line with its page; chunks never straddle pages.
    ParsedDocument doc;
    doc.format = QStringLiteral("pdf");
    doc.text = QStringLiteral("첫 쪽 내용이다.\n둘째 쪽 내용이다.");
    doc.blocks = {TextBlock{TextBlock::Kind::Paragraph, 0, QStringLiteral("첫 쪽 내용이다."), 1, 0},
                  TextBlock{TextBlock::Kind::Paragraph, 0, QStringLiteral("둘째 쪽 내용이다."), 2, 10}};
    const QList<Chunk> chunks = ParagraphChunker().chunk(doc);
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks[0].page, 1);
    QCOMPARE(chunks[1].page, 2);
    QCOMPARE(chunks[1].text, QStringLiteral("둘째 쪽 내용이다."));
}

// A PDF's contact lines are set apart by a blank line (PdfReader, DocumentBuilder::lineApart) so that each is a sentence
// of its own; they stay in their paragraph, under the sidebar's "CONTACT", as when a line break joined them. A paragraph
// break next to a contact line is two blank lines.
void tst_ParagraphChunker::pdfContactLinesSetApart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a sidebar's contact block")
        << QStringLiteral("CONTACT\n\ndaniel.cho@example.invalid\n\n+82 10-3392-5518\n\nBusan, South Korea\n\n"
                          "SKILLS\nPython, Scala\nTerraform")
        << QStringList{QStringLiteral("CONTACT | daniel.cho@example.invalid\n\n+82 10-3392-5518\n\nBusan, South Korea"),
                       QStringLiteral("SKILLS | Python, Scala\nTerraform")};
    QTest::newRow("a paragraph break after a contact line")
        << QStringLiteral("한소망\n\nsomang.han@example.invalid\n\n\n경력 요약\n7년 차 데이터엔지니어로 일해 왔습니다.")
        << QStringList{QStringLiteral(" | 한소망\n\nsomang.han@example.invalid"), QStringLiteral("경력 요약 | 7년 차 데이터엔지니어로 일해 왔습니다.")};
}

void tst_ParagraphChunker::pdfContactLinesSetApart()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(ParagraphChunker().chunk(plainText(text, QStringLiteral("pdf")))), expected);
}

QTEST_APPLESS_MAIN(tst_ParagraphChunker)
#include "tst_paragraphchunker.moc"
