// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar::Test {

// Six résumés in the formats recruiters import, each laid out unlike the demo corpus (Markdown and text), for
// tests/unit/engine/tst_freshresumes.cpp (recruiter questions, round 12). Names, companies, addresses and figures are
// invented; no file name says whose it is.
//   seo:    이력서(서지호).docx — "이 력 서", a 인적사항 table (labels in the first and third columns, an address
//           merged across), a 학력 table, a 경력 table whose 담당업무 cells hold several "•" lines, a 총 경력 row
//           merged across, then 보유 기술 and 자기소개 paragraphs.
//   daniel: resume_final.pdf — English, two pages of two columns (a sidebar of Contact / Skills / Education /
//           Languages beside Summary / Experience), a running header (name and title) and a footer
//           ("Page N of 2 · Confidential") on every page.
//   harin:  Lim_Harin_CV.docx — Korean and English mixed, Korean Word heading styles ("제목 1"), jobs as
//           headings over numbered bullet lists, a "Tech Stack:" line.
//   moon:   지원서.hwpx — Hangul outline headings (개요 shapes), an education table, bullets.
//   bae:    scan_0042.pdf — a Korean résumé as a scanner's OCR text layer: lines wrapped mid-sentence (and an
//           English word hyphenated across lines), a running header "이력서 — 배준호" and a page number on each page.
//   han:    cv_2026.pdf — a Korean PDF from a word processor that wraps Korean by the character: "데이터엔지" / "니어로",
//           "쿠버네" / "티스" cut without a hyphen (each written whole elsewhere in it), other lines wrapping at a space;
//           "cross-" / "functional" with a real hyphen; a skills group opening with "PYTHON, SQL, FLINK".
struct FormatResumes {
    QString seo;
    QString daniel;
    QString harin;
    QString moon;
    QString bae;
    QString han;
    QStringList all() const { return {seo, daniel, harin, moon, bae, han}; }
};

// Needs a QGuiApplication (the PDFs are drawn with QPdfWriter).
FormatResumes writeFormatResumes(const QString &dir);

} // namespace Protostar::Test
