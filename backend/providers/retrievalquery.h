// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// What retrieval searches for a question, which is not the question as asked: the words that say who is asked
// about dropped, tools spelled as résumés write them, the other language's word of a résumé field, and the
// section a fact is filed under. The question's own words are AnswerText's. Stateless; thread-safe.
class RetrievalQuery
{
public:
    // The question as retrieval searches it: without the words that say who is asked about ("Which
    // candidate knows …") and, asked who, a recruiter's words for the person asked for (지원자, 후보자, who), the verb
    // of use or the having done ("Kafka를 사용한", "Kafka 경험이 있는", "Kafka 경력이 있는" but not "경력 5년 이상",
    // "has used", "experience with"; AnswerText::words() drops them for support too), with tools spelled
    // in Hangul written as résumés write them ("쿠버네티스" -> "kubernetes", as AnswerText::words() does too), and
    // the other language's word of a résumé field it names (ResumeGlossary: "연봉" adds "salary compensation");
    // the question itself when nothing else would be left.
    static QString of(const QString &question);
    // Résumé section words the question's words stand for ("degree" -> "education", "학위" -> "학력"),
    // for retrieval to search as well: documents file such facts under a heading with the other word.
    static QStringList sectionWords(const QString &question);
};

} // namespace Protostar
