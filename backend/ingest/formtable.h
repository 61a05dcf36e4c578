// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QList>
#include <QString>

namespace Protostar {

// Reads one word-processor table (DOCX, HWPX) the way a person reads a form, so that every value says
// what it is. Korean résumés are mostly forms: "성 명 | 홍길동 | 생년월일 | 1990.01.01" rows of label/value
// cells, and "회사명 | 근무기간 | 직위 | 담당업무" header rows over one row per job. Cells joined by " | "
// leave a job row as "한결데이터 | 2019.07 ~ 현재 | 팀장 | 검색 플랫폼 운영": nothing in it says that 팀장
// is a position, and the person's name is in no line a name finder can read.
//   - a row of label/value cells becomes one "label: value" line per pair ("성명: 홍길동");
//   - a row of labels over rows of values labels each value by its column ("회사명: 한결데이터 · 근무기간: …");
//     the header row itself then says nothing more and is left out;
//   - a row whose only text is a section name ("학력사항" across the table) becomes a paragraph, so that
//     the rows under it stay under that heading;
//   - any other row stays cells joined by " | ".
// Columns are grid columns, so merged cells (DOCX gridSpan, HWPX colSpan) keep values under their labels;
// an empty cell (a merged-away DOCX vMerge continuation, a blank field) adds nothing.
// A plain value built by one reader on one thread.
class FormTable
{
public:
    struct Cell {
        QString text;    // simplified
        int column = -1; // first grid column, -1 when the reader did not say
        int span = 1;    // grid columns covered
    };
    struct Line {
        TextBlock::Kind kind = TextBlock::Kind::TableRow;
        QString text;
    };

    void addRow(QList<Cell> cells);
    // The lines the table reads as, in order.
    QList<Line> lines() const;

    // Whether a cell's text names a field of a résumé form ("성 명", "E-mail", "희망연봉", "담당업무").
    static bool isLabel(const QString &text);
    // A label as it reads in a line: letter-spaced Hangul closed up ("성 명" -> "성명"), a colon dropped.
    static QString labelText(const QString &text);

private:
    QList<QList<Cell>> m_rows;
};

} // namespace Protostar
