// SPDX-License-Identifier: MIT
#include "formresumes.h"

#include "documentfixtures.h"

namespace Protostar::Test {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// --- DOCX -------------------------------------------------------------------------------------------

QString docxParagraph(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("<w:p/>");
    return QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(esc(text));
}

QString docxTable(const QList<QList<FormCell>> &rows, const QList<QList<FormCell>> &nested)
{
    QString xml = QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<w:tr>");
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const FormCell &cell = rows[r][c];
            QString tcPr;
            if (cell.span > 1)
                tcPr += QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(cell.span);
            if (cell.covered)
                tcPr += QStringLiteral("<w:vMerge/>");
            else if (cell.rowSpan > 1)
                tcPr += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
            QString body;
            for (const QString &line : cell.text.split(u'\n'))
                body += docxParagraph(cell.covered ? QString() : line);
            if (r == 0 && c == rows[r].size() - 1 && !nested.isEmpty())
                body += docxTable(nested, {}) + QStringLiteral("<w:p/>"); // Word ends a cell with a paragraph
            xml += QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr>%2</w:tc>").arg(tcPr, body);
        }
        xml += QStringLiteral("</w:tr>");
    }
    return xml + QStringLiteral("</w:tbl>");
}

// --- HWPX -------------------------------------------------------------------------------------------

QString hwpxParagraph(const QString &inner)
{
    return QStringLiteral("<hp:p paraPrIDRef=\"0\" styleIDRef=\"0\">%1</hp:p>").arg(inner);
}

QString hwpxRun(const QString &text)
{
    return QStringLiteral("<hp:run charPrIDRef=\"0\"><hp:t>%1</hp:t></hp:run>").arg(esc(text));
}

QString hwpxTable(const QList<QList<FormCell>> &rows, const QList<QList<FormCell>> &nested)
{
    QString xml;
    int columns = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<hp:tr>");
        int column = 0;
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const FormCell &cell = rows[r][c];
            if (cell.covered) { // Hangul writes no cell where a merged one covers the grid
                column += cell.span;
                continue;
            }
            QString body;
            for (const QString &line : cell.text.split(u'\n'))
                body += hwpxParagraph(line.isEmpty() ? QString() : hwpxRun(line));
            if (r == 0 && c == rows[r].size() - 1 && !nested.isEmpty())
                body += hwpxParagraph(QStringLiteral("<hp:run charPrIDRef=\"0\">%1</hp:run>").arg(hwpxTable(nested, {})));
            // As Hangul orders them: the cell's text, then its address and span.
            xml += QStringLiteral("<hp:tc><hp:subList>%1</hp:subList><hp:cellAddr colAddr=\"%2\" rowAddr=\"%3\"/>"
                                  "<hp:cellSpan colSpan=\"%4\" rowSpan=\"%5\"/><hp:cellSz width=\"8000\" height=\"1000\"/></hp:tc>")
                       .arg(body)
                       .arg(column)
                       .arg(r)
                       .arg(cell.span)
                       .arg(cell.rowSpan);
            column += cell.span;
        }
        columns = std::max(columns, column);
        xml += QStringLiteral("</hp:tr>");
    }
    return QStringLiteral("<hp:tbl rowCnt=\"%1\" colCnt=\"%2\">%3</hp:tbl>").arg(rows.size()).arg(columns).arg(xml);
}

} // namespace

FormCell cell(const QString &text, int span, int rowSpan) { return FormCell{text, span, rowSpan, false}; }
FormCell covered() { return FormCell{QString(), 1, 1, true}; }
FormPart formParagraph(const QString &text) { return FormPart{text, {}, {}}; }
FormPart formTable(const QList<QList<FormCell>> &rows, const QList<QList<FormCell>> &nested) { return FormPart{{}, rows, nested}; }

QString writeFormDocx(const QString &dir, const QString &name, const QList<FormPart> &parts)
{
    QString body;
    for (const FormPart &part : parts)
        body += part.rows.isEmpty() ? docxParagraph(part.paragraph) : docxTable(part.rows, part.nested);
    const QString document = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                            "<w:body>%1<w:sectPr/></w:body></w:document>")
                                 .arg(body);
    return writeZip(dir, name,
                    {{QStringLiteral("[Content_Types].xml"),
                      QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                                        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")},
                     {QStringLiteral("_rels/.rels"),
                      QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")},
                     {QStringLiteral("word/document.xml"), document.toUtf8()}});
}

QString writeFormHwpx(const QString &dir, const QString &name, const QList<FormPart> &parts)
{
    QString body;
    for (const FormPart &part : parts) {
        // Hangul puts a table in a run of its own paragraph.
        body += part.rows.isEmpty() ? hwpxParagraph(hwpxRun(part.paragraph))
                                    : hwpxParagraph(QStringLiteral("<hp:run charPrIDRef=\"0\">%1<hp:t/></hp:run>")
                                                        .arg(hwpxTable(part.rows, part.nested)));
    }
    const QString section = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>"
                                           "<hs:sec xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\" "
                                           "xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\">%1</hs:sec>")
                                .arg(body);
    return writeZip(dir, name,
                    {{QStringLiteral("mimetype"), QByteArrayLiteral("application/hwp+zip")},
                     {QStringLiteral("Contents/section0.xml"), section.toUtf8()}});
}

FormResumes writeFormResumes(const QString &dir)
{
    FormResumes files;
    files.hong = writeFormDocx(
        dir, QStringLiteral("이력서_최종.docx"),
        {formParagraph(QStringLiteral("이 력 서")),
         formTable({{cell({}, 1, 3), cell(QStringLiteral("성 명")), cell(QStringLiteral("홍길동")), cell(QStringLiteral("생년월일")),
                     cell(QStringLiteral("1990.01.01"))},
                    {covered(), cell(QStringLiteral("연락처")), cell(QStringLiteral("010-2345-6789")), cell(QStringLiteral("이메일")),
                     cell(QStringLiteral("gildong.hong@example.invalid"))},
                    {covered(), cell(QStringLiteral("주 소")), cell(QStringLiteral("서울특별시 마포구 월드컵북로 100"), 3)},
                    {cell(QStringLiteral("희망연봉")), cell(QStringLiteral("6,800만원"), 2), cell(QStringLiteral("입사가능일")),
                     cell(QStringLiteral("협의"))}}),
         formParagraph(QStringLiteral("학력사항")),
         formTable({{cell(QStringLiteral("기간")), cell(QStringLiteral("학교명")), cell(QStringLiteral("전공")), cell(QStringLiteral("학위"))},
                    {cell(QStringLiteral("2009.03 ~ 2013.02")), cell(QStringLiteral("가람대학교")), cell(QStringLiteral("컴퓨터공학")),
                     cell(QStringLiteral("학사"))},
                    {cell(QStringLiteral("2013.03 ~ 2015.02")), cell(QStringLiteral("가람대학교 대학원")),
                     cell(QStringLiteral("데이터사이언스")), cell(QStringLiteral("석사"))}}),
         formParagraph(QStringLiteral("경력사항")),
         formTable({{cell(QStringLiteral("회사명")), cell(QStringLiteral("근무기간")), cell(QStringLiteral("직위")),
                     cell(QStringLiteral("담당업무"))},
                    {cell(QStringLiteral("누리소프트")), cell(QStringLiteral("2015.03 ~ 2019.06")), cell(QStringLiteral("선임")),
                     cell(QStringLiteral("검색 엔진 개발"))},
                    {cell(QStringLiteral("한결데이터")), cell(QStringLiteral("2019.07 ~ 현재")), cell(QStringLiteral("팀장")),
                     cell(QStringLiteral("검색 플랫폼 운영\n색인 파이프라인 설계"))}}),
         formParagraph(QStringLiteral("자격증")),
         formTable({{cell(QStringLiteral("취득일")), cell(QStringLiteral("자격증명")), cell(QStringLiteral("발행처"))},
                    {cell(QStringLiteral("2014.11")), cell(QStringLiteral("정보처리기사")), cell(QStringLiteral("한국산업인력공단"))},
                    {cell(QStringLiteral("2020.05")), cell(QStringLiteral("SQLD")), cell(QStringLiteral("한국데이터산업진흥원"))}})});

    files.yoon = writeFormHwpx(
        dir, QStringLiteral("입사지원서 양식.hwpx"),
        {formParagraph(QStringLiteral("입사지원서")),
         formTable({{cell(QStringLiteral("인적사항"), 4)},
                    {cell(QStringLiteral("성명")), cell(QStringLiteral("윤서아")), cell(QStringLiteral("생년월일")),
                     cell(QStringLiteral("1992.05.17"))},
                    {cell(QStringLiteral("휴대폰")), cell(QStringLiteral("010-9876-5432")), cell(QStringLiteral("E-mail")),
                     cell(QStringLiteral("seoa.yoon@example.invalid"))},
                    {cell(QStringLiteral("희망연봉")), cell(QStringLiteral("5,500만원")), cell(QStringLiteral("현재연봉")),
                     cell(QStringLiteral("4,900만원"))},
                    {cell(QStringLiteral("학력사항"), 4)},
                    {cell(QStringLiteral("재학기간")), cell(QStringLiteral("학교명")), cell(QStringLiteral("전공")),
                     cell(QStringLiteral("졸업구분"))},
                    {cell(QStringLiteral("2011.03 ~ 2015.02")), cell(QStringLiteral("바다대학교")), cell(QStringLiteral("경영정보학")),
                     cell(QStringLiteral("졸업"))},
                    {cell(QStringLiteral("경력사항"), 4)},
                    {cell(QStringLiteral("근무처")), cell(QStringLiteral("재직기간")), cell(QStringLiteral("직급")),
                     cell(QStringLiteral("주요업무"))},
                    {cell(QStringLiteral("물결커머스")), cell(QStringLiteral("2015.03 ~ 2020.12")), cell(QStringLiteral("대리")),
                     cell(QStringLiteral("주문 시스템 유지보수"))},
                    {cell(QStringLiteral("새벽페이")), cell(QStringLiteral("2021.01 ~ 현재")), cell(QStringLiteral("과장")),
                     cell(QStringLiteral("결제 API 설계"))},
                    {cell(QStringLiteral("자격사항"), 4)},
                    {cell(QStringLiteral("자격명")), cell(QStringLiteral("취득일자")), cell(QStringLiteral("발급기관"), 2)},
                    {cell(QStringLiteral("전자상거래관리사 2급")), cell(QStringLiteral("2016.08")),
                     cell(QStringLiteral("대한상공회의소"), 2)}})});

    files.kang = writeFormDocx(
        dir, QStringLiteral("resume_form_v2.docx"),
        {formParagraph(QStringLiteral("이력서")),
         formTable({{cell(QStringLiteral("이름")), cell(QStringLiteral("강민준")), cell(QStringLiteral("Name")),
                     cell(QStringLiteral("Minjun Kang"))},
                    {cell(QStringLiteral("휴대전화")), cell(QStringLiteral("010-5555-1234")), cell(QStringLiteral("전자우편")),
                     cell(QStringLiteral("minjun.kang@example.invalid"))},
                    {cell(QStringLiteral("희망 연봉")), cell(QStringLiteral("7,500만원")), cell(QStringLiteral("현재 연봉")),
                     cell(QStringLiteral("6,900만원"))}}),
         formTable({{cell(QStringLiteral("경력"), 1, 3), cell(QStringLiteral("회사")), cell(QStringLiteral("기간")),
                     cell(QStringLiteral("직책")), cell(QStringLiteral("업무"))},
                    {covered(), cell(QStringLiteral("별하모빌리티")), cell(QStringLiteral("2016.01 ~ 2022.03")), cell(QStringLiteral("책임")),
                     cell(QStringLiteral("배차 알고리즘 개발"))},
                    {covered(), cell(QStringLiteral("온누리로보틱스")), cell(QStringLiteral("2022.04 ~ 현재")), cell(QStringLiteral("수석")),
                     cell(QStringLiteral("자율주행 경로 계획"))}})});
    return files;
}

} // namespace Protostar::Test
