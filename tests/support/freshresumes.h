// SPDX-License-Identifier: MIT
#pragma once

#include "testsupport.h"

#include <QString>
#include <QStringList>

namespace Protostar::Test {

// Four résumés written at test time, never seen by the evaluation sets or the demo corpus, for
// acceptance tests of `ask`: a Korean plain-text résumé (박서연, a figure broken across two lines, a
// 학력 section of one short line), a Markdown one carrying a prompt injection (최민호, figures spelled
// 35,000,000원, 120,000,000원 and 1.2억), an English DOCX (Jane Doe) and a plain-text résumé stored decomposed (NFD, as macOS writes Hangul)
// whose candidate name is given decomposed too (한지민).
struct FreshResumes {
    QString park;  // park.txt
    QString choi;  // choi.md
    QString jane;  // jane.docx
    QString han;   // han.txt, NFD
};

FreshResumes writeFreshResumes(const QString &dir);
// Imports them into `db` with protostar-cli, one candidate each; the first failing run, or the last.
CliRun importFreshResumes(const QString &db, const FreshResumes &files);

// Three more résumés written at test time for recruiters' questions (tests/unit/engine/tst_freshquestions.cpp),
// each laid out unlike the demo corpus: a Korean plain-text one of "항목: 값" lines (오세린: each job as
// 회사 / 부서 / 직책 / 업무 lines, no entry headings), an English Markdown one with bold job lines and
// bullets under "Work History" (Marcus Lee), and a mixed Korean/English Markdown one whose contact fields are
// a Markdown table and whose entries are headings (한도윤). Names, companies, addresses and figures are invented.
struct RecruiterResumes {
    QString oh;     // oh-serin.txt
    QString marcus; // marcus-lee.md
    QString han;    // han-doyun.md
    QStringList all() const { return {oh, marcus, han}; }
};

RecruiterResumes writeRecruiterResumes(const QString &dir);

// Three résumés in two languages for questions over everyone (tests/unit/engine/tst_bilingualquestions.cpp): a
// Korean plain-text one whose jobs are dated bullets with what was done indented under each (홍길동, who writes
// 서울 only as two cloud regions and a university), an English Markdown one whose jobs are headings over bullets
// (Emily Stone, in Seoul), and a short Korean one (김하늘, who lives in 서울 and automated with Terraform). Names,
// companies and figures are invented.
struct BilingualResumes {
    QString hong;  // hong-gildong.txt
    QString emily; // emily-stone.md
    QString kim;   // kim-haneul.txt
    QStringList all() const { return {hong, emily, kim}; }
};

BilingualResumes writeBilingualResumes(const QString &dir);

// Three more résumés for recruiters' questions round 6 (tests/unit/engine/tst_careerquestions.cpp), in layouts
// the others lack: a short Korean plain-text one whose only job is one dated bullet with what was done on the
// same line (박지민), an English Markdown one whose "Work Experience" entries are bold lines "Company — Title,
// Mar 2019 – Present" over bullets (Olivia Reed, who writes her notice period and salary under "Other"), and a
// Korean 경력기술서 of "■ 프로젝트명" sections with 기간 / 소속 / 역할 / 성과 lines (정민수, "총 경력: 6년 4개월").
// Names, companies and figures are invented.
struct CareerResumes {
    QString jimin;  // park-jimin.txt
    QString olivia; // olivia-reed.md
    QString minsu;  // jung-minsu-career.txt
    QStringList all() const { return {jimin, olivia, minsu}; }
};

CareerResumes writeCareerResumes(const QString &dir);

// Ten résumés for superlatives over everyone (tests/unit/engine/tst_rankingquestions.cpp), more than an answer's top
// 5: nine state a desired salary and a total career length, each in a layout of its own (a "항목: 값" line, a
// 인적사항 bullet with 재택 days beside it, an English header line "· 11 years ·", one line holding both the years
// and the salary, a current salary before the desired one, "6년 4개월", "12년차", "Over 7 years of experience"),
// and one (배수호) states neither, only dated jobs. Names, companies and figures are invented.
struct RankedPerson {
    QString file;   // written path
    QString name;
    int salary = 0; // desired, 만원
    double years = 0; // total career, as ordered (6년 4개월 is between 6 and 7); 0 when none is stated
    QString salaryLine; // the line stating the salary, as written
    QString yearsLine;  // the line stating the years, as written
};

QList<RankedPerson> writeRankingResumes(const QString &dir);

} // namespace Protostar::Test

namespace Protostar::Test {

// Two résumés for yes/no questions and profiles (tests/unit/engine/tst_yesnoquestions.cpp): a Korean plain-text one
// (윤서아: a header line, two dated jobs over what was done, a "보유 기술" line, a salary and a years line) and an
// English Markdown one (Noah Kim: a summary line, jobs as headings over bullets, a Skills list, a Languages line).
// Names, companies and figures are invented.
struct YesNoResumes {
    QString yoon; // yoon-seoa.txt
    QString noah; // noah-kim.md
    QStringList all() const { return {yoon, noah}; }
};

YesNoResumes writeYesNoResumes(const QString &dir);

} // namespace Protostar::Test
