// SPDX-License-Identifier: MIT
#include "providers/yesnoquestion.h"

#include "providers/answertext.h"
#include "providers/resumeglossary.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

bool YesNoQuestion::is(const QString &question)
{
    const QString folded = AnswerText::foldForMatching(question);
    // A question word anywhere asks for something else than yes or no ("어떤 경험이 있나요?", "몇 년인가요?").
    static const QRegularExpression asking(QStringLiteral(
        "무엇|무슨|뭐|뭔|뭘|무얼|어떤|어떻|어떠|어찌|어째|어느|누구|누가|언제|어디|얼마|몇|며칠|왜|"
        "\\b(?:what|which|who|whom|whose|where|when|why|how)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (asking.match(folded).hasMatch() || AnswerText::asksWho(question))
        return false;
    static const QRegularExpression korean(QStringLiteral(
        "[가-힣](?:나요|습니까|니까|가요|까요|어요|아요|여요|해요|죠|나|니)\\s*[?？]?\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression english(QStringLiteral(
        "^(?:does|do|did|has|have|had|is|are|was|were|can|could|will|would)\\b"));
    // Spoken, with its question mark: "윤지호 군필이야?", "군필이에요?", "Kafka 써봤어?" (the mark tells the question
    // from a statement that ends so).
    static const QRegularExpression spoken(QStringLiteral("[가-힣](?:야|에요|예요|어|아|냐|지)\\s*[?？]\\s*$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    return korean.match(folded).hasMatch() || spoken.match(folded).hasMatch() || english.match(folded).hasMatch();
}

bool YesNoQuestion::isFrameWord(const QString &word)
{
    // A verb of use (isUseVerb), or its 보다 and 적이 written apart ("사용해 본 적이 있나요").
    static const QRegularExpression having(QStringLiteral(
        "^(?:보|봤|본|보았|보셨)(?:나요|습니까|어요|는지|나|니)?$|^적(?:이|은|은요)?$"
        // "일본어 가능한가요?", "원격 근무가 가능합니까?": whether the thing is, which a résumé writes without the word.
        "|^가능(?:한가요|합니까|해요|하나요|한지|할까요|한|하신가요)?$"
        // "군대를 다녀왔나요?": to have been (served, studied) there, which a résumé writes without the verb.
        "|^다녀(?:왔|온|오셨|오신)(?:나요|습니까|어요|는지|나|니)?$"
        // "3년이 넘나요?", "5천만원보다 높습니까?": the bar's verb.
        "|^(?:넘|넘었|높|많|낮|길)(?:나요|습니까|어요|는지|나|니|은가요|은지)$"));
    return word == u"ever" || isEnglishUseVerb(word) || isUseVerb(word) || having.match(word).hasMatch();
}

bool YesNoQuestion::isEnglishUseVerb(const QString &word)
{
    static const QSet<QString> forms = {QStringLiteral("use"), QStringLiteral("used"), QStringLiteral("uses"), QStringLiteral("using")};
    return forms.contains(word);
}

bool YesNoQuestion::isUseVerb(const QString &word)
{
    // 사용해봤나요, 사용한, 써봤나요, 써본, 썼나요, 다뤄봤나요, 다뤄본, 해봤나요, 활용해: tried (보다) or not, with its
    // ending, the spoken ones too (써봤어, 사용해봤어, 다뤄봤냐). Not 사용자 or 이용권: the word must end where the
    // verb does.
    static const QRegularExpression used(QStringLiteral(
        "^(?:(?:사용|활용|이용)(?:해|하여|한|했|하신|하셨)?|써|썼|다뤄|다루어|다룬|다뤘|해|했)"
        "(?:보|봤|본|보았|보셨|보신)?(?:나요|습니까|어요|는지|나|니|던|은|을|어|냐)?$"
        // The present ("Python 쓰는 사람?", "Kafka 다루는 사람") and knowing how ("쿠버네티스 할줄아는 사람?").
        // Not 사용하는: a general who-question writes it of what is asked ("세미할로우를 사용하는 기타리스트는 누구인가?").
        "|^(?:쓰는|다루는)$|^(?:할|쓸|다룰)\\s*줄\\s*(?:아는|알아|아나요|알아요|압니까)$"));
    return used.match(word).hasMatch();
}

namespace {

const QRegularExpression &askedFigure()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.])[$₩]?\\d[\\d,.]*(?:\\s?(?:천|만|억|k|m|thousand|million|billion)(?![a-z]))*"
        "\\s?(?:원|won\\b|krw\\b|달러|dollars?\\b|년|years?\\b|개월|months?\\b|명|people\\b|%)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

bool YesNoQuestion::checksFigure(const QString &question)
{
    return askedFigure().match(AnswerText::foldForMatching(question)).hasMatch() && is(question);
}

QString YesNoQuestion::withoutAskedFigures(const QString &folded)
{
    // "more than 5 years of experience": "years" says which field (경력 / years, ResumeGlossary) and stays; a Korean
    // unit glued to its figure (5년이) would leave a stray word.
    static const QRegularExpression fieldUnit(QStringLiteral("(?:years?|months?)$"));
    QString out = folded;
    for (qsizetype at = 0;;) {
        const QRegularExpressionMatch m = askedFigure().match(out, at);
        if (!m.hasMatch())
            break;
        const QRegularExpressionMatch unit = fieldUnit.match(m.captured());
        const QString kept = u' ' + (unit.hasMatch() ? unit.captured() : QString()) + u' ';
        out.replace(m.capturedStart(), m.capturedLength(), kept);
        at = m.capturedStart() + kept.size();
    }
    return out;
}

QStringList YesNoQuestion::residenceWords(const QStringList &words)
{
    static const QSet<QString> living = {QStringLiteral("based"), QStringLiteral("live"), QStringLiteral("lives"), QStringLiteral("living"),
                                         QStringLiteral("reside"), QStringLiteral("resides")};
    const QString field = QStringLiteral("거주지");
    QStringList out = words;
    out.removeIf([&](const QString &w) { return ResumeGlossary::isPlace(w) || living.contains(w); });
    if (!out.contains(field))
        out.append(field);
    return out;
}

bool YesNoQuestion::asksEmployment(const QString &question)
{
    // "재직 중", "재직중", "근무 중", "다니고 있나요", "currently employed", "still working": being employed now, not
    // where ("에서 일했나요" asks whether they worked at a place, which that place's entry answers).
    static const QRegularExpression employed(QStringLiteral(
        "재직\\s*중|현재\\s*재직|(?:현재|지금)\\s*(?:근무|일하|다니)|근무\\s*중|"
        "\\b(?:currently|still|now)\\s+(?:employed|working|works?)\\b|\\bemployed\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return employed.match(AnswerText::foldForMatching(question)).hasMatch() && is(question);
}

bool YesNoQuestion::asksWorkplace(const QString &question)
{
    // Not "worked with GraphQL" (a skill) nor "worked on" (a project): at / for a company.
    static const QRegularExpression worked(QStringLiteral(
        "에서\\s*(?:일했|일한|일해|근무했|근무한|근무해|재직했|재직한|재직해)|(?:을|를)\\s*다녔|"
        "\\b(?:work(?:ed|s|ing)?|been\\s+employed|employed)\\s+(?:at|for)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return worked.match(AnswerText::foldForMatching(question)).hasMatch() && is(question);
}

QStringList YesNoQuestion::employmentWords(const QStringList &words)
{
    static const QRegularExpression being(QStringLiteral(
        "^(?:현재|지금|재직|근무|일하|다니|currently|still|now|employed|employment|working|works?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString field = QStringLiteral("회사");
    QStringList out = words;
    out.removeIf([&](const QString &w) { return being.match(w).hasMatch(); });
    if (!out.contains(field))
        out.append(field);
    return out;
}

QStringList YesNoQuestion::degreeWords(const QStringList &words)
{
    static const QStringList degrees = {QStringLiteral("석사"), QStringLiteral("학사"), QStringLiteral("박사")};
    auto isDegree = [](const QString &w) {
        return std::ranges::any_of(degrees, [&](const QString &d) { return w == d || ResumeGlossary::counterparts(w).contains(d); });
    };
    if (std::ranges::none_of(words, isDegree))
        return words;
    const QString field = QStringLiteral("학력");
    QStringList out = words;
    out.removeIf([&](const QString &w) { return isDegree(w) || w == QStringLiteral("education"); });
    if (!out.contains(field))
        out.append(field);
    return out;
}

QStringList YesNoQuestion::militaryWords(const QStringList &words)
{
    // What names the service or its status; only with one of them are the words of serving (복무, 마쳤, served,
    // completed, service) about it: "Has Jane Park completed the migration?" keeps its words.
    static const QSet<QString> service = {QStringLiteral("병역"), QStringLiteral("군필"), QStringLiteral("미필"),
                                          QStringLiteral("만기제대"), QStringLiteral("병역필"), QStringLiteral("군대"),
                                          QStringLiteral("군복무"), QStringLiteral("military")};
    static const QRegularExpression serving(QStringLiteral(
        "^(?:복무|전역|제대|마쳤|마친|마치|다녀왔|다녀온|service|served|serve|serving|completed|complete|done|finished|fulfilled)$"));
    if (std::ranges::none_of(words, [](const QString &w) { return service.contains(w); }))
        return words;
    const QString field = QStringLiteral("병역");
    QStringList out = words;
    out.removeIf([](const QString &w) { return service.contains(w) || serving.match(w).hasMatch(); });
    out.append(field);
    return out;
}

} // namespace Protostar
