// SPDX-License-Identifier: MIT
#include "providers/latestjobquestion.h"

#include "providers/answertext.h"
#include "providers/questionvocabulary.h"
#include "providers/yesnoquestion.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

// The latest job as a noun phrase: a word of recency before the workplace's noun.
const QRegularExpression &latestJob()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[^가-힣])(?:직전|최근|현재|마지막|지금)\\s*(?:회사|직장)(?!에)"
        "|\\b(?:last|previous|latest|current|present|most\\s+recent)\\s+(?:company|employer|job|workplace)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The latest job named as where something was done: "at his last job", "in her current role", "직전 회사에서".
const QRegularExpression &latestJobAsPlace()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|(?<=[^가-힣]))(?:직전|최근|현재|마지막|지금)\\s*(?:회사|직장)\\s*에서(?:는)?(?![가-힣])"
        "|\\b(?:at|in|for)\\s+(?:(?:her|his|their|the|its)\\s+)?(?:last|previous|latest|current|present|most\\s+recent)\\s+"
        "(?:company|employer|job|workplace|role|position)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// What was done, asked: "What did … do", "what … worked on", "무슨 일을 했어?", "한 일은?".
bool asksWhatWasDone(const QString &folded)
{
    static const QRegularExpression done(QStringLiteral(
        "\\b(?:do|did|does|done|work|worked|working|achieve|achieved|accomplish|accomplished|responsibilities)\\b"
        "|(?:^|[^가-힣])(?:무슨|어떤|한)\\s*일(?:을|은|이)?(?![가-힣])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return done.match(folded).hasMatch();
}

} // namespace

bool LatestJobQuestion::asksJob(const QString &question)
{
    // Not where something was done: "직전 회사에서 무엇을 했나요?", "What did she do at her last company?".
    static const QRegularExpression place(QStringLiteral("\\b(?:at|in|for|from)\\s+(?:(?:her|his|their|the|its)\\s+)?$"));
    // "박서준은 현재 재직 중인가요?": whether someone works now is shown by their latest entry's period.
    if (YesNoQuestion::asksEmployment(question))
        return true;
    const QString folded = QuestionVocabulary::currentJobWording(AnswerText::foldForMatching(question));
    const QRegularExpressionMatch m = latestJob().match(folded);
    return m.hasMatch() && !place.match(QStringView(folded).left(m.capturedStart())).hasMatch();
}

bool LatestJobQuestion::asksWorkThere(const QString &question)
{
    const QString folded = AnswerText::foldForMatching(question);
    const QRegularExpressionMatch m = latestJobAsPlace().match(folded);
    if (!m.hasMatch())
        return false;
    QString rest = folded;
    rest.remove(m.capturedStart(), m.capturedLength());
    return asksWhatWasDone(rest);
}

QString LatestJobQuestion::withoutPlace(const QString &folded)
{
    if (!asksWorkThere(folded))
        return folded;
    QString out = folded;
    out.replace(latestJobAsPlace(), QStringLiteral(" "));
    return out;
}

} // namespace Protostar
