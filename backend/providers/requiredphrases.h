// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// The phrases a question names exactly and a passage must write to answer it: quoted names
// ('복수의결권', 「…」, "…", <Emily in Paris>) and codes of letters and digits (K64, B2B, H100). A passage
// about the same subject that lacks them answers another question ("금융업(K64)의 정의" answered from a
// passage on 업종명 in general). Figures ("10k TPS", "2024년") are not codes: their spelling varies and a
// threshold figure is not written in the answer. Matching ignores case, whitespace and the interpunct
// variants (·, ‧, ㆍ). Stateless; thread-safe.
class RequiredPhrases
{
public:
    // The phrases of `question`, as written there (trimmed), distinct, in order.
    static QStringList of(const QString &question);
    // of(), the names the question writes in capitals ("Who holds the SQLD certificate?") and Latin words joined by a
    // slash or hyphen ("A/B 테스트", "CI/CD"): what a candidate's lines must write when asked who has it. Not for support: a word in capitals is as often an acronym of the
    // subject ("What is the KPI?") that a passage spells out.
    static QStringList withCapitals(const QString &question);
    // Whether `text` writes `phrase` (case, whitespace and interpuncts ignored).
    static bool writes(const QString &text, const QString &phrase);
    // What is compared: NFC, lower-cased, without whitespace and interpuncts.
    static QString squeezed(const QString &text);
};

} // namespace Protostar
