// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// The Korean and English words for the same résumé field (연봉 / salary, 학력 / education, 희망 /
// expected), so that a question in one language finds and is supported by a résumé written in the
// other ("Jane Park의 희망 연봉은?" -> "Expected salary: 6,000만원"). Only fields recruiters ask about;
// Korean entries are two-syllable words, the size of AnswerText::terms' bigrams. Stateless; thread-safe.
class ResumeGlossary
{
public:
    // The other words of `term`'s field (lower-case), none when it names no field.
    static QStringList counterparts(const QString &term);
    // Whether `folded` (AnswerText::foldForMatching) writes `term` or one of its counterparts; a Latin
    // counterpart counts as a whole word only ("role" is not in "control"), a Korean one at the start of
    // a word ("리드" is not in "하이브리드").
    static bool contains(const QString &folded, const QString &term);
};

} // namespace Protostar
