// SPDX-License-Identifier: MIT
#include "providers/questionvocabulary.h"

#include <QRegularExpression>

#include <utility>

// The wordings of work a question uses for what résumés write otherwise: the job of now, every employer, a trade.
namespace Protostar::QuestionVocabulary {

QString currentJobWording(const QString &folded)
{
    // The job one has now is asked by its noun with a word of the present (현 직장, 재직 중인 회사, 지금 다니는
    // 회사), by "where do you work", spoken or polite (이하은은 어디서 일해?, 강도현은 지금 어디서 일하나요?; a prose letter
    // saying where one works now writes the company field so, ResumeGlossary::contains), or in English by the verb with "now" and by the role or position
    // held last. Read as the field AnswerText::asksLatestJob knows, its entry's heading answers: the company,
    // title and period ("Harborview Systems — Staff Site Reliability Engineer (Mar 2021 – Present)").
    static const QRegularExpression short_(QStringLiteral("(?<![가-힣])현\\s*(?=(?:직장|회사)(?![가-힣]{2}))"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression now(QStringLiteral(
        "(?:(?:현재|지금)\\s*)?(?:다니는|다니고\\s*있는|재직\\s*중인|재직중인|근무\\s*중인|근무중인|근무하는|근무하고\\s*있는|"
        "일하는|일하고\\s*있는)\\s*(?:회사|직장|곳)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression where(QStringLiteral(
        "(?:(?:현재|지금)\\s*)?어디(?:서|에서)\\s*(?:일해|일하니|일하냐|일해요|근무해|근무하니|근무해요|다녀|다니니|다녀요"
        "|(?:일하|근무하|다니)(?:나요|세요|시나요|십니까|시는지|는지)|일합니까|근무합니까|다닙니까)(?=[\\s?.!]|$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression workNow(QStringLiteral("\\bwork(?:s|ing)?\\s+(?:now|nowadays|today|these\\s+days)\\b"));
    static const QRegularExpression whereWork(QStringLiteral("^(where\\s+(?:does|do|is)\\s+(?:.+?\\s+)?)work(?:ing)?\\s*[?.!]?$"));
    static const QRegularExpression role(QStringLiteral(
        "\\b(current|present|latest|last|previous|most\\s+recent)\\s+(?:role|position|post|(?:job\\s+)?title)s?\\b"));
    // The title held now, asked so ("현재 직책은?", "지금 직함이 뭐야?"): the latest entry's heading writes it; a 희망 직무 is a
    // role wanted, not held.
    static const QRegularExpression titleNow(QStringLiteral("(?<![가-힣])(?:현재|지금)\\s*(?:직책|직함)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    // "전 직장 어디야?", "이전 회사는?": the job before this search, the latest one, as 직전 회사 is.
    static const QRegularExpression former(QStringLiteral("(?<![가-힣])이?전\\s*(?:직장|회사)(?![가-힣]{2})"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString out = folded;
    out.replace(former, QStringLiteral("직전 회사"));
    out.replace(short_, QStringLiteral("현재 "));
    out.replace(now, QStringLiteral("현재 회사"));
    out.replace(where, QStringLiteral("현재 회사"));
    out.replace(workNow, QStringLiteral("current job"));
    out.replace(whereWork, QStringLiteral("\\1current job"));
    out.replace(role, QStringLiteral("\\1 job"));
    out.replace(titleNow, QStringLiteral("현재 회사"));
    return out;
}

QString pastEmployersWording(const QString &folded)
{
    // Where one worked, asked in the past ("박서준은 어디서 일하셨어요?", "어디서 일했어?", "Where has Daniel Cho worked?",
    // "Oliver Grant's previous employers?", plural),
    // asks every employer, not the one of now (currentJobWording): read as the companies, whose entries' headings answer.
    // Spoken and polite endings only: KorQuAD asks "어디에서 근무했는가?" of passages that write no company heading.
    static const QRegularExpression korean(QStringLiteral(
        "(?:어디|어느\\s*(?:회사|곳))(?:서|에서)?\\s*(?:일|근무|재직)\\s*(?:했|하셨)(?:어요|어|나요|니|냐|었어요|었나요|던가요)?(?=[\\s?.!]|$)"
        "|(?:어디|어느\\s*(?:회사|곳))(?:를|에)?\\s*(?:다녔|다니셨)(?:어요|어|나요|니|냐)?(?=[\\s?.!]|$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression pastOnes(QStringLiteral("\\b(?:previous|past|former|prior)\\s+(?:employers|companies|jobs|workplaces)\\b"));
    static const QRegularExpression english(QStringLiteral(
        "^where\\s+(?:has|have|did)\\s+(.+?)\\s+(?:worked|work|been\\s+employed)(?:\\s+before|\\s+so\\s+far)?\\s*[?.!]?$"));
    QString out = folded;
    out.replace(korean, QStringLiteral("회사"));
    out.replace(english, QStringLiteral("\\1 employers"));
    out.replace(pastOnes, QStringLiteral("employers"));
    return out;
}

QString tradeWording(const QString &folded)
{
    // Asked who, a trade named by its Korean loanword ("이커머스 경험 있는 사람?", "핀테크 해본 사람?") asks for the trade as
    // the English word does ("Who has e-commerce experience?"): every word a résumé writes of it, a company's name
    // ("다온커머스") or "retail forecasting" (ResumeGlossaryWords' domains). Only asked who: of an ordinary document,
    // 이커머스 asks for 이커머스 (ko-rag-eval's commerce articles write it beside 커머스 and 쇼핑몰).
    static const QList<std::pair<QRegularExpression, QString>> trades = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const auto &[loanword, trade] : {std::pair{"이커머스", "commerce"}, {"핀테크", "fintech"}, {"헬스케어", "healthcare"}})
            list.append({QRegularExpression(QStringLiteral("(?<![가-힣])") + QString::fromUtf8(loanword), QRegularExpression::UseUnicodePropertiesOption),
                         QString::fromUtf8(trade) + u' '});
        return list;
    }();
    QString out = folded;
    for (const auto &[loanword, trade] : trades)
        out.replace(loanword, trade);
    return out;
}

} // namespace Protostar::QuestionVocabulary
