// SPDX-License-Identifier: MIT
// Résumés written as forms (DOCX and HWPX tables, files made at test time): how their tables read as
// blocks (FormTable through BlockAssembler), whose résumé it is (CandidateNameFinder), which of its lines
// are field lines (isFieldLine) and under which heading each row's chunk lands (ParagraphChunker). Each
// table case runs in both formats.
#include "core/fieldline.h"
#include "ingest/candidatenamefinder.h"
#include "ingest/documentreader.h"
#include "ingest/paragraphchunker.h"

#include "formresumes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;

namespace {

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

enum class Format { Docx, Hwpx };

QString write(Format format, const QString &dir, const QString &base, const QList<FormPart> &parts)
{
    return format == Format::Docx ? writeFormDocx(dir, base + QStringLiteral(".docx"), parts)
                                  : writeFormHwpx(dir, base + QStringLiteral(".hwpx"), parts);
}

QString errorText(const Result<ParsedDocument> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

} // namespace

Q_DECLARE_METATYPE(Format)
Q_DECLARE_METATYPE(QList<Protostar::Test::FormPart>)

class tst_FormTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename Expected>
    static void bothFormats(const char *name, const QList<FormPart> &parts, const Expected &expected)
    {
        QTest::newRow(qPrintable(QStringLiteral("docx: ") + QString::fromUtf8(name))) << Format::Docx << parts << expected;
        QTest::newRow(qPrintable(QStringLiteral("hwpx: ") + QString::fromUtf8(name))) << Format::Hwpx << parts << expected;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsTables_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QList<FormPart>>("parts");
        QTest::addColumn<QStringList>("blocks");

        bothFormats("label/value cells become one line per pair",
                    {formTable({{cell(QStringLiteral("성 명")), cell(QStringLiteral("홍길동")), cell(QStringLiteral("생년월일")),
                                 cell(QStringLiteral("1990.01.01"))},
                                {cell(QStringLiteral("E-mail")), cell(QStringLiteral("a@example.invalid")), cell(QStringLiteral("희망 연봉")),
                                 cell(QStringLiteral("6,800만원"))}})},
                    QStringList{"T:성명: 홍길동", "T:생년월일: 1990.01.01", "T:E-mail: a@example.invalid", "T:희망 연봉: 6,800만원"});
        bothFormats("a blank field says nothing",
                    {formTable({{cell(QStringLiteral("한자")), cell({}), cell(QStringLiteral("성별")), cell(QStringLiteral("남"))}})},
                    QStringList{"T:성별: 남"});
        bothFormats("a photo box merged down and an address merged across",
                    {formTable({{cell({}, 1, 2), cell(QStringLiteral("성명")), cell(QStringLiteral("홍길동")), cell(QStringLiteral("연락처")),
                                 cell(QStringLiteral("010-2345-6789"))},
                                {covered(), cell(QStringLiteral("주소")), cell(QStringLiteral("서울특별시 마포구"), 3)}})},
                    QStringList{"T:성명: 홍길동", "T:연락처: 010-2345-6789", "T:주소: 서울특별시 마포구"});
        bothFormats("a label merged down over two fields",
                    {formTable({{cell(QStringLiteral("연락처"), 1, 2), cell(QStringLiteral("휴대폰")), cell(QStringLiteral("010-1111-2222"))},
                                {covered(), cell(QStringLiteral("이메일")), cell(QStringLiteral("b@example.invalid"))}})},
                    QStringList{"T:휴대폰: 010-1111-2222", "T:이메일: b@example.invalid"});
        bothFormats("a header row labels each value of the rows under it",
                    {formTable({{cell(QStringLiteral("회사명")), cell(QStringLiteral("근무기간")), cell(QStringLiteral("직위")),
                                 cell(QStringLiteral("담당업무"))},
                                {cell(QStringLiteral("누리소프트")), cell(QStringLiteral("2015.03 ~ 2019.06")), cell(QStringLiteral("선임")),
                                 cell(QStringLiteral("검색 엔진 개발"))},
                                {cell(QStringLiteral("한결데이터")), cell(QStringLiteral("2019.07 ~ 현재")), cell(QStringLiteral("팀장")),
                                 cell(QStringLiteral("검색 플랫폼 운영\n색인 설계"))}})},
                    QStringList{"T:회사명: 누리소프트 · 근무기간: 2015.03 ~ 2019.06 · 직위: 선임 · 담당업무: 검색 엔진 개발",
                     "T:회사명: 한결데이터 · 근무기간: 2019.07 ~ 현재 · 직위: 팀장 · 담당업무: 검색 플랫폼 운영 색인 설계"});
        bothFormats("a header cell merged across takes the values under it",
                    {formTable({{cell(QStringLiteral("자격명")), cell(QStringLiteral("발급기관"), 2)},
                                {cell(QStringLiteral("정보처리기사")), cell(QStringLiteral("한국산업인력공단")), cell(QStringLiteral("(국가)"))},
                                {cell(QStringLiteral("SQLD")), cell({}), cell(QStringLiteral("한국데이터산업진흥원"))}})},
                    QStringList{"T:자격명: 정보처리기사 · 발급기관: 한국산업인력공단 (국가)", "T:자격명: SQLD · 발급기관: 한국데이터산업진흥원"});
        bothFormats("a value row may start with a label word",
                    {formTable({{cell(QStringLiteral("구분")), cell(QStringLiteral("회사명")), cell(QStringLiteral("기간"))},
                                {cell(QStringLiteral("경력")), cell(QStringLiteral("한결데이터")), cell(QStringLiteral("2019.07 ~ 현재"))}})},
                    QStringList{"T:구분: 경력 · 회사명: 한결데이터 · 기간: 2019.07 ~ 현재"});
        bothFormats("a section name across the table is a paragraph over its rows",
                    {formTable({{cell(QStringLiteral("인적사항"), 4)},
                                {cell(QStringLiteral("성명")), cell(QStringLiteral("윤서아")), cell(QStringLiteral("휴대폰")),
                                 cell(QStringLiteral("010-9876-5432"))},
                                {cell(QStringLiteral("경력사항"), 4)},
                                {cell(QStringLiteral("근무처")), cell(QStringLiteral("재직기간")), cell(QStringLiteral("직급")),
                                 cell(QStringLiteral("주요업무"))},
                                {cell(QStringLiteral("새벽페이")), cell(QStringLiteral("2021.01 ~ 현재")), cell(QStringLiteral("과장")),
                                 cell(QStringLiteral("결제 API 설계"))}})},
                    QStringList{"P:인적사항", "T:성명: 윤서아", "T:휴대폰: 010-9876-5432", "P:경력사항",
                     "T:근무처: 새벽페이 · 재직기간: 2021.01 ~ 현재 · 직급: 과장 · 주요업무: 결제 API 설계"});
        bothFormats("a section name merged down the first column heads the rows beside it",
                    {formTable({{cell(QStringLiteral("인적사항"), 1, 2), cell(QStringLiteral("성명")), cell(QStringLiteral("윤서아"))},
                                {covered(), cell(QStringLiteral("휴대폰")), cell(QStringLiteral("010-9876-5432"))},
                                {cell(QStringLiteral("학력"), 1, 3), cell(QStringLiteral("기간")), cell(QStringLiteral("학교명")),
                                 cell(QStringLiteral("전공"))},
                                {covered(), cell(QStringLiteral("2011.03 ~ 2015.02")), cell(QStringLiteral("바다대학교")),
                                 cell(QStringLiteral("경영정보학"))},
                                {covered(), cell(QStringLiteral("2015.03 ~ 2017.02")), cell(QStringLiteral("바다대학교 대학원")),
                                 cell(QStringLiteral("경영학"))}})},
                    QStringList{"P:인적사항", "T:성명: 윤서아", "T:휴대폰: 010-9876-5432", "P:학력",
                                "T:기간: 2011.03 ~ 2015.02 · 학교명: 바다대학교 · 전공: 경영정보학",
                                "T:기간: 2015.03 ~ 2017.02 · 학교명: 바다대학교 대학원 · 전공: 경영학"});
        bothFormats("a header over no values stays a row, and a form's next field is pairs",
                    {formTable({{cell(QStringLiteral("회사명")), cell(QStringLiteral("근무기간"))},
                                {cell(QStringLiteral("병역")), cell(QStringLiteral("군필"))}})},
                    QStringList{"T:회사명 | 근무기간", "T:병역: 군필"});
        bothFormats("a 구분 | 내용 header labels nothing",
                    {formTable({{cell(QStringLiteral("구분")), cell(QStringLiteral("내용"))},
                                {cell(QStringLiteral("성명")), cell(QStringLiteral("홍길동"))}})},
                    QStringList{"T:구분 | 내용", "T:성명: 홍길동"});
        bothFormats("a table that is no form keeps its cells",
                    {formTable({{cell(QStringLiteral("Python")), cell(QStringLiteral("Go"))},
                                {cell(QStringLiteral("한결기술")), cell(QStringLiteral("2019"))}})},
                    QStringList{"T:Python | Go", "T:한결기술 | 2019"});
        bothFormats("a one-column list is not sections",
                    {formTable({{cell(QStringLiteral("정보처리기사"))}, {cell(QStringLiteral("SQLD"))}})},
                    QStringList{"T:정보처리기사", "T:SQLD"});
        bothFormats("a table nested in a value cell is read once, inside it",
                    {formTable({{cell(QStringLiteral("담당업무")), cell(QStringLiteral("검색 플랫폼"))}},
                               {{cell(QStringLiteral("색인")), cell(QStringLiteral("랭킹"))}}),
                     formParagraph(QStringLiteral("끝"))},
                    QStringList{"T:담당업무: 검색 플랫폼 색인 랭킹", "P:끝"});
    }

    void readsTables()
    {
        QFETCH(Format, format);
        QFETCH(QList<FormPart>, parts);
        QFETCH(QStringList, blocks);
        static int written = 0;
        const QString path = write(format, m_dir.path(), QStringLiteral("table-%1").arg(++written), parts);
        const auto doc = DocumentReader::read(path);
        QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
        QCOMPARE(describe(*doc), blocks);
        for (const TextBlock &b : doc->blocks)
            QCOMPARE(doc->text.mid(b.offset, b.text.size()), b.text);
    }

    void findsTheCandidate_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QList<FormPart>>("parts");
        QTest::addColumn<QString>("name");
        bothFormats("성 명 cell under a spaced 이 력 서",
                    {formParagraph(QStringLiteral("이 력 서")),
                     formTable({{cell({}, 1, 2), cell(QStringLiteral("성 명")), cell(QStringLiteral("홍길동"))},
                                {covered(), cell(QStringLiteral("연락처")), cell(QStringLiteral("010-2345-6789"))}})},
                    QStringLiteral("홍길동"));
        bothFormats("성명(한글) cell",
                    {formTable({{cell(QStringLiteral("성명(한글)")), cell(QStringLiteral("김하늘")), cell(QStringLiteral("성명(영문)")),
                                 cell(QStringLiteral("Haneul Kim"))}})},
                    QStringLiteral("김하늘"));
        bothFormats("name below seven other fields",
                    {formParagraph(QStringLiteral("입사지원서")),
                     formTable({{cell(QStringLiteral("지원분야")), cell(QStringLiteral("백엔드")), cell(QStringLiteral("희망직무")),
                                 cell(QStringLiteral("검색"))},
                                {cell(QStringLiteral("희망연봉")), cell(QStringLiteral("6,000만원")), cell(QStringLiteral("입사가능일")),
                                 cell(QStringLiteral("즉시"))},
                                {cell(QStringLiteral("희망근무지")), cell(QStringLiteral("서울")), cell(QStringLiteral("고용형태")),
                                 cell(QStringLiteral("정규직"))},
                                {cell(QStringLiteral("이름")), cell(QStringLiteral("박도윤"))}})},
                    QStringLiteral("박도윤"));
        bothFormats("이력서 over a phone number is no name",
                    {formParagraph(QStringLiteral("이력서")),
                     formTable({{cell(QStringLiteral("휴대폰")), cell(QStringLiteral("010-5555-1234"))}})},
                    QString());
    }

    void findsTheCandidate()
    {
        QFETCH(Format, format);
        QFETCH(QList<FormPart>, parts);
        QFETCH(QString, name);
        static int written = 0;
        const QString path = write(format, m_dir.path(), QStringLiteral("name-%1").arg(++written), parts);
        const auto doc = DocumentReader::read(path);
        QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
        QCOMPARE(CandidateNameFinder::find(*doc), name);
    }

    // A form's labels as FormTable writes them are field lines, each its own sentence for AnswerText.
    void fieldLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("field");
        QTest::newRow("Korean label") << QStringLiteral("희망연봉: 5,500만원") << true;
        QTest::newRow("hyphenated label") << QStringLiteral("E-mail: seoa.yoon@example.invalid") << true;
        QTest::newRow("labelled row") << QStringLiteral("근무처: 새벽페이 · 재직기간: 2021.01 ~ 현재") << true;
        QTest::newRow("chart caption with a unit") << QStringLiteral("쿠팡 현금흐름 (단위: 억원)") << false;
        QTest::newRow("prose") << QStringLiteral("검색 플랫폼을 운영했습니다.") << false;
    }

    void fieldLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, field);
        QCOMPARE(isFieldLine(line), field);
    }

    // Each row's chunk sits under the section it belongs to, whether that section is a paragraph over
    // the table or a row across it; the header rows are in no chunk.
    void rowsStayUnderTheirHeading_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("heading");
        QTest::newRow("docx paragraph over a table") << QStringLiteral("hong") << QStringLiteral("회사명: 한결데이터") << QStringLiteral("경력사항");
        QTest::newRow("docx certificate rows") << QStringLiteral("hong") << QStringLiteral("자격증명: SQLD") << QStringLiteral("자격증");
        QTest::newRow("hwpx section row") << QStringLiteral("yoon") << QStringLiteral("근무처: 새벽페이") << QStringLiteral("경력사항");
        QTest::newRow("hwpx education row") << QStringLiteral("yoon") << QStringLiteral("학교명: 바다대학교") << QStringLiteral("학력사항");
        QTest::newRow("docx section merged down the first column") << QStringLiteral("kang") << QStringLiteral("회사: 온누리로보틱스")
                                                                   << QStringLiteral("경력");
        QTest::newRow("hwpx personal data") << QStringLiteral("yoon") << QStringLiteral("희망연봉: 5,500만원") << QStringLiteral("인적사항");
    }

    void rowsStayUnderTheirHeading()
    {
        QFETCH(QString, file);
        QFETCH(QString, row);
        QFETCH(QString, heading);
        static const FormResumes files = writeFormResumes(m_dir.filePath(QStringLiteral("resumes")));
        const auto doc = DocumentReader::read(file == u"hong" ? files.hong : file == u"kang" ? files.kang : files.yoon);
        QVERIFY2(doc.ok(), qPrintable(errorText(doc)));
        const QList<Chunk> chunks = ParagraphChunker().chunk(*doc);
        QStringList seen;
        for (const Chunk &c : chunks) {
            seen << c.headingPath.join(QStringLiteral(" > ")) + QStringLiteral(": ") + c.text;
            QVERIFY2(!c.text.contains(QStringLiteral("회사명 | ")) && !c.text.contains(QStringLiteral("근무처 | ")), qPrintable(c.text));
            if (c.text.contains(row)) {
                QVERIFY2(!c.headingPath.isEmpty() && c.headingPath.last() == heading, qPrintable(seen.join(u'\n')));
                return;
            }
        }
        QFAIL(qPrintable(row + QStringLiteral(" in no chunk:\n") + seen.join(u'\n')));
    }
};

QTEST_MAIN(tst_FormTable)
#include "tst_formtable.moc"
