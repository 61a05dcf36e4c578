// SPDX-License-Identifier: MIT
#include "providers/retrievalquery.h"

#include "providers/answertext.h"
#include "providers/figurevalues.h"
#include "providers/questionvocabulary.h"
#include "providers/resumeglossary.h"
#include "providers/yesnoquestion.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

using namespace QuestionVocabulary;

namespace {

// Whether the word `m` of a who-question only says that someone used or has done what it names: a verb of use
// (YesNoQuestion::isUseVerb: 사용한, 써본, 다뤄본; use, used, using), 경험 / 경험자 with its particle, or "experience"
// with what it is of ("experience with Kafka"; not "years of experience", which asks for the career's length).
bool framesWho(const QString &asked, const QRegularExpressionMatch &m)
{
    static const QRegularExpression having(QStringLiteral("^경험(?:자)?(?:이|을|은|는|가|도)?$"));
    static const QRegularExpression ofWhat(QStringLiteral("^\\s+(?:with|in|using)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression measured(QStringLiteral("\\bof\\s+$"), QRegularExpression::CaseInsensitiveOption);
    const QString w = m.captured().toLower();
    if (YesNoQuestion::isEnglishUseVerb(w) || YesNoQuestion::isUseVerb(w) || having.match(w).hasMatch())
        return true;
    return (w == u"experience" || w == u"experienced")
        && ofWhat.match(QStringView(asked).mid(m.capturedEnd())).hasMatch()
        && !measured.match(QStringView(asked).left(m.capturedStart())).hasMatch();
}

// Whether the word `m` of a who-question names the person asked for in a recruiter's words ("지원자는", "후보자들",
// "who"): 지원자 would match 김지원's name (its bigram 지원) before any line writing what is asked. Not 사람, 인물 or
// 후보: general text writes them ("정주영 후보측"), and dropping them moved KorQuAD answers (docs/BENCHMARKS.md, "the
// engine gaps round 13 left"); English candidate / person are englishAskingWords().
bool namesWhoIsAsked(const QString &asked, const QRegularExpressionMatch &m)
{
    static const QRegularExpression person(QStringLiteral("^(?:후보자|지원자)(?:들)?(?:은|는|이|가|을|를|도|중|중에|중에서)?$"));
    // "Kafka 써보신 분 있나요?": the polite person, after a verb's modifier (not the minutes of "10분").
    static const QRegularExpression politePerson(QStringLiteral("^분(?:들)?(?:은|는|이|가)?$"));
    static const QRegularExpression modifierBefore(QStringLiteral("[는던본신한된]\\s+$"));
    const QString w = m.captured().toLower();
    return w == u"who" || w == u"whom" || person.match(w).hasMatch()
        || (politePerson.match(w).hasMatch() && modifierBefore.match(QStringView(asked).left(m.capturedStart())).hasMatch());
}

// Whether the word `m` is 경력 after what someone has done, before having it ("Kafka 경력이 있는", "팀장 경력을 가진"):
// it says "has worked with", as 경험 does (AnswerText::words drops it likewise), and a résumé lists Kafka without it.
// After a figure or a bar ("5년 경력이 있는", "3년 이상 경력을 가진", "경력 5년 이상") it is what the figure measures.
bool meansHasDone(const QString &asked, const QRegularExpressionMatch &m)
{
    static const QRegularExpression career(QStringLiteral("^경력[이을]?$"));
    static const QRegularExpression having(QStringLiteral("^\\s+(?:있|가진|가지|보유)"));
    static const QRegularExpression before(QStringLiteral("(\\S+)\\s+$"));
    static const QRegularExpression bar(QStringLiteral("\\d|^(?:이상|이하|초과|미만|넘는|넘게)$"));
    if (!career.match(m.captured()).hasMatch() || !having.match(QStringView(asked).mid(m.capturedEnd())).hasMatch())
        return false;
    const QRegularExpressionMatch done = before.match(QStringView(asked).left(m.capturedStart()));
    return done.hasMatch() && !bar.match(done.captured(1)).hasMatch();
}

// Whether the who-question asks for whoever has or used what it names: a word frames it (framesWho, meansHasDone:
// "Kafka 경험이 있는 사람은?", "어떤 사람이 Kafka를 써봤어?") or it ends in having or living ("자격증이 있는 사람은?", "… 가진
// 사람?", "대전 사는 사람 있어?"). Only then are the person and the having no subject (personOrHaving); "… 라이벌 관계를 이룬 사람은?" keeps
// 사람, as dropping it everywhere moved KorQuAD answers (docs/BENCHMARKS.md, "the engine gaps round 13 left").
bool asksWhoHas(const QString &asked, const QList<QRegularExpressionMatch> &words)
{
    // Living somewhere is had so too ("대전 사는 사람 있어?", "성남에 사는 사람은?"): a letter's "사람을 이해하는" says
    // nothing of where anyone lives.
    static const QRegularExpression endsHaving(QStringLiteral(
        "(?:있는|있던|가진|보유한|사는|살고\\s*있는|거주하는)\\s*(?:사람|인물)(?:들)?(?:은|는|이|가)?"
        "(?:\\s*(?:있어|있어요|있나요|있니|있냐|있습니까|있을까요?))?\\s*[?.!]?\\s*$"));
    return endsHaving.match(asked).hasMatch() || std::ranges::any_of(words, [&](const QRegularExpressionMatch &m) {
        return framesWho(asked, m) || meansHasDone(asked, m);
    });
}

// Whether the word `m` of such a question (asksWhoHas) is the person asked for or the having: a prose résumé writes
// 사람 and 있는 in its sentences ("사람의 행동을", "할 수 있는"), none of which says who has the skill; 어떤 / 어느
// only ask which one.
bool personOrHaving(const QRegularExpressionMatch &m)
{
    static const QRegularExpression word(QStringLiteral(
        "^(?:(?:사람|인물)(?:들)?(?:은|는|이|가|을|를|도)?"
        "|있는|있던|있어|있어요|있나요|있습니까|있니|있냐|있을까요?|가진|보유한|어떤|어느)$"));
    return word.match(m.captured()).hasMatch();
}

} // namespace

QString RetrievalQuery::of(const QString &question)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    // Asked who, Hangul words too: the verbs of use and 경험 (framesWho).
    static const QRegularExpression askedWord(QStringLiteral("[A-Za-z]+|[가-힣]+"));
    // "Jane Park's email?": the possessive is no word to search for (its "s" would match "3.8 s").
    static const QRegularExpression possessive(QStringLiteral("['’]s\\b"));
    // "35 million won" is searched by its value, as the index reads 35,000,000원 and 3,500만원.
    static const QRegularExpression multiplied(QStringLiteral("\\d[\\d,.]*\\s?(?:thousand|million|billion)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    // "쿠버네티스 할줄아는사람?": the glued who-noun is cut as the spaced one is (QuestionVocabulary::spokenSpacing).
    // "Python 개발자 있어?": asked who, the tool makes the role, not 개발자 (every developer's header writes it).
    const bool whoAsked = AnswerText::asksWho(question);
    QString asked = whoAsked ? withoutGenericRole(withoutEveryone(spokenSpacing(question))) : spokenSpacing(question);
    asked.replace(possessive, QString());
    for (qsizetype at = 0;;) {
        const QRegularExpressionMatch m = multiplied.match(asked, at);
        if (!m.hasMatch())
            break;
        const QString plain = FigureValues::plain(m.captured().toLower());
        asked.replace(m.capturedStart(), m.capturedLength(), plain);
        at = m.capturedStart() + plain.size();
    }
    // "Kafka를 사용한 사람은?", "Kafka 경험이 있는 사람은?", "Who has used Kafka?": asked who, the verb of use and the
    // having done are no subject either (AnswerText::words drops them for support): a résumé lists the tool without
    // them, and the one passage that writes 사용 ("사용자 리서치") or 경험 ("FDA 실사 대응 경험") must not outrank
    // the ones that write the tool.
    QList<QRegularExpressionMatch> words;
    for (auto it = (whoAsked ? askedWord : word).globalMatch(asked); it.hasNext();)
        words.append(it.next());
    const bool whoHas = whoAsked && asksWhoHas(asked, words);
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : std::as_const(words)) {
        if (!englishAskingWords().contains(m.captured().toLower())
            && !(whoAsked && (framesWho(asked, m) || namesWhoIsAsked(asked, m) || meansHasDone(asked, m)))
            && !(whoHas && personOrHaving(m)))
            continue;
        out += QStringView(asked).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
    }
    out += QStringView(asked).mid(from);
    for (const auto &[hangul, latin] : latinSpellings())
        out.replace(hangul, u' ' + latin + u' ');
    const QStringList content = AnswerText::words(out);
    if (content.isEmpty())
        return question;
    // A Korean question about an English résumé, and the other way round, searches both words. Asked who, of every
    // word the question asks: what is left once "who" is cut may read as yes or no ("has a master's degree?"), whose
    // degree is searched as the education field alone (YesNoQuestion::degreeWords), missing "…전산학 석사".
    QStringList wordsAsked = content;
    if (whoAsked) {
        for (const QString &w : AnswerText::words(question)) {
            if (!wordsAsked.contains(w))
                wordsAsked.append(w);
        }
    }
    for (const QString &w : std::as_const(wordsAsked)) {
        if (const QStringList other = ResumeGlossary::counterparts(w); !other.isEmpty())
            out += u' ' + other.join(u' ');
    }
    // Companies and teams are fields of the experience section's entries, which rarely write the word
    // ("결제플랫폼팀" does not hold 팀 as a word of its own); the career asked alone ("김지원과 박서준의 경력을
    // 비교해 주세요") is that section itself, not a title or a line that happens to write 경력.
    // A team is asked about only with nothing else ("프로 팀은?" in a question about a ballplayer is not a job);
    // the career's length ("경력은 몇 년인가요?") is a figure the header or a 경력 line states, not the section.
    // What someone did, asked without the word ("What has Olivia Reed worked on?", "어떤 일을 했나요?"), is
    // that section too.
    const bool careerAlone = content.size() == 1
        && ((ResumeGlossary::asksCareer(content.first()) && !AnswerText::asksFigure(question)) || content.first() == QStringLiteral("experience"));
    if (std::ranges::any_of(content, [](const QString &w) { return ResumeGlossary::asksCompany(w); })
        || (content.size() == 1 && ResumeGlossary::asksJobEntry(content.first())) || careerAlone)
        out += QStringLiteral(" experience 경력사항");
    return out;
}

QStringList RetrievalQuery::sectionWords(const QString &question)
{
    QStringList out;
    for (const QString &w : AnswerText::words(question)) {
        for (auto it = sectionSynonyms().cbegin(); it != sectionSynonyms().cend(); ++it) {
            if (it.value() == w && !out.contains(w))
                out.append(w);
        }
    }
    return out;
}

} // namespace Protostar
