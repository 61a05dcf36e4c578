// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar::Test {

// One cell of a form table as Word and Hangul write it: merged across columns (span) or down rows
// (rowSpan), or covered by the merged cell above it (covered: DOCX writes an empty w:vMerge continuation
// cell, HWPX writes nothing there; both keep the grid columns of the cells after it).
struct FormCell {
    QString text; // lines of the cell are its paragraphs
    int span = 1;
    int rowSpan = 1;
    bool covered = false;
};
FormCell cell(const QString &text, int span = 1, int rowSpan = 1);
FormCell covered();

// A paragraph (`rows` empty) or a table (`rows`, each a row of cells; `nested`: a table inside the
// last cell of the first row, to check that it is read inside that cell).
struct FormPart {
    QString paragraph;
    QList<QList<FormCell>> rows;
    QList<QList<FormCell>> nested;
};
FormPart formParagraph(const QString &text);
FormPart formTable(const QList<QList<FormCell>> &rows, const QList<QList<FormCell>> &nested = {});

// Writes dir/name as a DOCX (w:gridSpan, w:vMerge) or an HWPX (hp:cellAddr, hp:cellSpan) holding `parts`,
// with the minimum parts each reader needs; returns the path. qFatal on write failure.
QString writeFormDocx(const QString &dir, const QString &name, const QList<FormPart> &parts);
QString writeFormHwpx(const QString &dir, const QString &name, const QList<FormPart> &parts);

// Three résumés written as forms, the way Korean job sites' templates lay them out, for
// tests/unit/engine/tst_formresumes.cpp. No file name says whose it is. Names, companies and figures
// are invented.
//   hong: 이력서_최종.docx — "이 력 서" over a personal-data table (a photo box merged down three rows,
//         letter-spaced labels "성 명", an address merged across), then 학력사항 / 경력사항 / 자격증
//         paragraphs each over a header-row table; 희망연봉 6,800만원.
//   yoon: 입사지원서 양식.hwpx — one table whose sections are rows merged across it (인적사항, 학력사항,
//         경력사항, 자격사항), each over its header row; 희망연봉 5,500만원.
//   kang: resume_form_v2.docx — "이력서" over Korean and English labels (이름 | 강민준 | Name | Minjun Kang),
//         희망 연봉 7,500만원, and a table whose first column, merged down, says 경력.
struct FormResumes {
    QString hong;
    QString yoon;
    QString kang;
    QStringList all() const { return {hong, yoon, kang}; }
};

FormResumes writeFormResumes(const QString &dir);

} // namespace Protostar::Test
