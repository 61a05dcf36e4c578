// SPDX-License-Identifier: MIT
#include "formatresumes.h"

#include "documentfixtures.h"
#include "formresumes.h"

#include <QDir>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Protostar::Test {

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A line of text placed on a page, its baseline at (x, y) in points of an A4 page (595 × 842).
struct Placed {
    int x = 0;
    int y = 0;
    QString text;
};

// Lines from `top`, one every `pitch` points, at `x`; an empty line leaves a paragraph gap of a line and a half.
QList<Placed> column(int x, int top, const QStringList &lines, int pitch = 15)
{
    QList<Placed> placed;
    int y = top;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            y += pitch / 2 + 2;
            continue;
        }
        placed.append({x, y, line});
        y += pitch;
    }
    return placed;
}

QString drawPdf(const QString &dir, const QString &name, const QList<QList<Placed>> &pages)
{
    const QString path = QDir(dir).filePath(name);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        qFatal("cannot write PDF %s", qPrintable(path));
    // As Test::writePdf: Latin from DejaVu (Qt 6.4 drops digits of Latin-only lines set in Noto Sans CJK), Hangul from
    // Noto Sans CJK.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    font.setPixelSize(10);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        for (const Placed &p : pages[i])
            painter.drawText(p.x, p.y, p.text);
    }
    if (!painter.end())
        qFatal("cannot finish PDF %s", qPrintable(path));
    return path;
}

QString writeSeo(const QString &dir)
{
    return writeFormDocx(
        dir, s("이력서(서지호).docx"),
        {formParagraph(s("이 력 서")),
         formTable({{cell(s("성 명")), cell(s("서지호")), cell(s("영 문")), cell(s("Seo Jiho"))},
                    {cell(s("생년월일")), cell(s("1991.08.23")), cell(s("휴대폰")), cell(s("010-4821-7730"))},
                    {cell(s("이메일")), cell(s("jiho.seo@example.invalid")), cell(s("희망연봉")), cell(s("7,200만원 (협의 가능)"))},
                    {cell(s("주 소")), cell(s("경기도 성남시 분당구 판교역로 235"), 3)}}),
         formParagraph(s("■ 학력사항")),
         formTable({{cell(s("기간")), cell(s("학교")), cell(s("전공")), cell(s("구분"))},
                    {cell(s("2010.03 ~ 2016.02")), cell(s("한가람대학교")), cell(s("전자공학")), cell(s("졸업"))}}),
         formParagraph(s("■ 경력사항")),
         formTable({{cell(s("회사명")), cell(s("근무기간")), cell(s("직위")), cell(s("담당업무"))},
                    {cell(s("미리내시스템즈")), cell(s("2016.01 ~ 2019.12")), cell(s("주임")),
                     cell(s("• 사내 ERP 백엔드 개발 (Java, Spring)\n• 정산 배치 성능 개선"))},
                    {cell(s("새솔테크")), cell(s("2020.01 ~ 현재")), cell(s("책임")),
                     cell(s("• 물류 추적 플랫폼 설계 및 운영 (Go, Kafka)\n• 배송 지연 알림 시스템 구축, 지연 문의 30% 감소"))},
                    {cell(s("총 경력")), cell(s("10년 11개월"), 3)}}),
         formParagraph(s("■ 보유 기술")),
         formParagraph(s("Java, Spring Boot, Go, Kafka, PostgreSQL, AWS")),
         formParagraph(s("■ 자격증")),
         formParagraph(s("정보처리기사 (2015.11)")),
         formParagraph(s("■ 자기소개")),
         formParagraph(s("대용량 물류 데이터를 안정적으로 처리하는 시스템을 만드는 일에 보람을 느낍니다. "
                         "최근에는 이벤트 기반 아키텍처로의 전환을 이끌었습니다."))});
}

QString writeDaniel(const QString &dir)
{
    const auto page = [](int n, const QStringList &left, const QStringList &right) {
        QList<Placed> placed{{40, 36, s("DANIEL CHO · Senior Data Engineer")}};
        placed += column(40, 80, left);
        placed += column(230, 80, right);
        placed.append({40, 812, s("Page %1 of 2 · Confidential").arg(n)});
        return placed;
    };
    return drawPdf(dir, s("resume_final.pdf"),
                   {page(1,
                         {s("CONTACT"), s("daniel.cho@example.invalid"), s("+82 10-3392-5518"), s("Busan, South Korea"), {},
                          s("SKILLS"), s("Python, Scala"), s("Apache Spark, Airflow"), s("Snowflake, dbt"), s("Terraform"), {},
                          s("EDUCATION"), s("M.S. Computer Science"), s("Pusan Ocean University, 2014"), {}, s("LANGUAGES"),
                          s("Korean (native)"), s("English (fluent)")},
                         {s("SUMMARY"), s("Data engineer with 9 years of experience building"), s("batch and streaming pipelines."), {},
                          s("EXPERIENCE"), s("Lead Data Engineer, Wavelet Analytics"), s("Apr 2021 – Present"),
                          s("Rebuilt the ingestion platform on Spark and Airflow,"), s("cutting the nightly load from 6 hours to 40 minutes."),
                          s("Mentored a team of five engineers.")}),
                    page(2, {s("CERTIFICATIONS"), s("AWS Certified Data Analytics"), s("Databricks Spark Developer")},
                         {s("Data Engineer, Harbor Logistics"), s("Jan 2016 – Mar 2021"), s("Built the shipment events pipeline on Kafka."),
                          s("Migrated the warehouse to Snowflake."), {}, s("ADDITIONAL"), s("Expected salary: KRW 95,000,000"),
                          s("Notice period: 1 month")})});
}

QString writeHarin(const QString &dir)
{
    return writeDocx(dir, s("Lim_Harin_CV.docx"),
                     {title(s("임하린 (Harin Lim)")),
                      para(s("Product Designer · harin.lim@example.invalid · 010-6620-1947")),
                      heading(1, s("About")),
                      para(s("사용자 리서치부터 디자인 시스템까지 다루는 6년 차 프로덕트 디자이너입니다.")),
                      heading(1, s("Experience")),
                      heading(2, s("Blueberry Labs — Senior Product Designer (2022.05 ~ 현재)")),
                      listItem(s("결제 플로우 리디자인으로 checkout conversion 18% 향상")),
                      listItem(s("Design system 'Petal' 구축 및 운영 (컴포넌트 120여 개)")),
                      listItem(s("주니어 디자이너 2명 멘토링")),
                      heading(2, s("솔숲게임즈 — UX Designer (2019.03 ~ 2022.04)")),
                      listItem(s("모바일 게임 온보딩 UX 개선, D1 retention 7%p 상승")),
                      listItem(s("Figma 기반 협업 프로세스 도입")),
                      heading(1, s("Education")),
                      para(s("단비예술대학교 시각디자인학과 학사 (2013 ~ 2019)")),
                      heading(1, s("Skills")),
                      para(s("Tech Stack: Figma, Framer, ProtoPie, HTML/CSS")),
                      para(s("Languages: 한국어(모국어), English (business)")),
                      heading(1, s("기타")),
                      listItem(s("희망 연봉: 6,500만원")),
                      listItem(s("입사 가능일: 합격 후 2주"))},
                     DocxStyles::KoreanNames);
}

QString writeMoon(const QString &dir)
{
    return writeHwpx(dir, s("지원서.hwpx"),
                     {{para(s("입 사 지 원 서")),
                       para(s("성명: 문채원")),
                       para(s("연락처: 010-2209-8841 / chaewon.moon@example.invalid")),
                       para(s("거주지: 대전광역시 유성구")),
                       heading(1, s("학력")),
                       table({{s("기간"), s("학교명"), s("전공")}, {s("2012.03 ~ 2016.02"), s("하늘빛대학교"), s("화학공학")}}),
                       heading(1, s("경력")),
                       heading(2, s("초록바이오 품질관리팀 사원 (2016.03 ~ 2020.08)")),
                       listItem(s("HPLC 분석 및 시험법 밸리데이션")),
                       listItem(s("GMP 문서 관리")),
                       heading(2, s("다온제약 QA팀 과장 (2020.09 ~ 현재)")),
                       listItem(s("품질 이탈 조사(CAPA) 주도, 재발률 40% 감소")),
                       listItem(s("FDA 실사 대응 경험")),
                       heading(1, s("자격 및 어학")),
                       listItem(s("위험물산업기사 (2017)")),
                       listItem(s("TOEIC 905 (2024.06)")),
                       heading(1, s("희망 근무 조건")),
                       para(s("희망 연봉: 5,800만원 / 근무지: 대전, 세종"))}},
                     HwpxHeadings::OutlineShape);
}

QString writeBae(const QString &dir)
{
    const auto page = [](int n, const QStringList &lines) {
        QList<Placed> placed{{50, 36, s("이력서 — 배준호")}};
        placed += column(50, 80, lines);
        placed.append({285, 812, s("- %1 -").arg(n)});
        return placed;
    };
    return drawPdf(dir, s("scan_0042.pdf"),
                   {page(1, {s("배준호"), s("백엔드 개발자 | junho.bae@example.invalid | 010-7781-3024"), {}, s("경력 요약"),
                             s("총 경력 8년의 백엔드 개발자로, 대규모 트래픽을 처리하는 결제 및"),
                             s("정산 시스템을 설계하고 운영해 왔습니다. 최근에는 모놀리식 서비스를 micro-"),
                             s("services 구조로 전환하는 작업을 이끌었습니다."), {}, s("경력"),
                             s("한울페이먼츠 (2020.02 ~ 현재) 시니어 백엔드 엔지니어"),
                             s("결제 승인 API를 재설계하여 평균 응답 시간을 320ms에서 90ms로"),
                             s("줄였고, 정산 배치를 Spring Batch로 옮겨 처리 시간을 절반으로 단축"), s("했습니다."), {},
                             s("누리커머스 (2016.07 ~ 2020.01) 백엔드 개발자"),
                             s("주문·재고 시스템을 개발했으며 MySQL 샤딩을 도입해 주문 처리량을"), s("3배로 늘렸습니다.")}),
                    page(2, {s("학력"), s("2009.03 ~ 2016.02 가온대학교 컴퓨터공학과 졸업"), {}, s("기술"),
                             s("Java, Kotlin, Spring Boot, Spring Batch, MySQL, Redis, Kafka, Kuber-"), s("netes"), {},
                             s("희망 연봉"), s("8,000만원 (현재 연봉 7,100만원)")})});
}

// A word processor that wraps Korean by the character: words cut at line ends without a hyphen, most lines still
// wrapping at a space; an English word with a real hyphen at a line's end; a skills group opening with capitals.
QString writeHan(const QString &dir)
{
    return drawPdf(dir, s("cv_2026.pdf"),
                   {column(50, 60,
                           {s("한소망"), s("데이터엔지니어 | somang.han@example.invalid | 010-5530-2841"), {}, s("경력 요약"),
                            s("물류와 커머스 데이터를 다뤄 온 7년 차 데이터엔지"),
                            s("니어로, 배치와 스트리밍 파이프라인을 설계하고"), s("운영해 왔습니다. cross-functional 협업을 즐깁니다."), {},
                            s("경력"), s("바람물류 (2021.03 ~ 현재) 데이터 플랫폼 리드"),
                            s("EKS 위에 쿠버네"), s("티스 기반 배치 플랫폼을 구축해 야간 적재 시간을 6시간에서"),
                            s("40분으로 줄였습니다. 마케팅 및 재무 팀과 cross-"),
                            s("functional 데이터 거버넌스 협의체를 꾸려 지표 정의를 하나로"), s("맞췄습니다."), {},
                            s("보유 기술"), {}, s("PYTHON, SQL, FLINK"), s("쿠버네티스, Airflow, Spark"), s("Terraform, dbt")})});
}

} // namespace

FormatResumes writeFormatResumes(const QString &dir)
{
    return FormatResumes{writeSeo(dir), writeDaniel(dir), writeHarin(dir), writeMoon(dir), writeBae(dir), writeHan(dir)};
}

} // namespace Protostar::Test
