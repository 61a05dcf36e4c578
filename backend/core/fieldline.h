// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace Protostar {

// Whether `line` is a "label: value" line ("부서: 모바일뱅킹팀", "E-mail: a@b.c", "희망 연봉: 6,800만원"): a short
// label, a colon, then its value. A résumé writes its fields one per line without full stops, so such a line
// is neither a title over the next line (ParagraphChunker) nor part of the sentence above it (AnswerText).
inline bool isFieldLine(QStringView line)
{
    static const QRegularExpression field(QStringLiteral("^[\\p{L}][\\p{L} /·\\-]{0,14}\\s*[:：]\\s*\\S"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // No parentheses in a label: "쿠팡 현금흐름 (단위: 억원)" is a chart caption, not a field.
    return field.match(line.trimmed()).hasMatch();
}

} // namespace Protostar
