// SPDX-License-Identifier: MIT
#include "providers/questionvocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Protostar::QuestionVocabulary {

// Question words carry no content: a Hangul word starting with one of these stems, or equal to one
// of the function words, is not a term.
const QStringList &koreanQuestionStems()
{
    static const QStringList stems = {
        QStringLiteral("무엇"), QStringLiteral("무슨"), QStringLiteral("어떤"), QStringLiteral("어떻"), QStringLiteral("어느"),
        QStringLiteral("누구"), QStringLiteral("누가"), QStringLiteral("언제"), QStringLiteral("어디"), QStringLiteral("얼마"),
        QStringLiteral("설명"), QStringLiteral("알려"), QStringLiteral("말해"), QStringLiteral("비교"),
    };
    return stems;
}

const QSet<QString> &koreanFunctionWords()
{
    static const QSet<QString> words = {
        QStringLiteral("주세요"), QStringLiteral("하시오"), QStringLiteral("대해"), QStringLiteral("대하여"), QStringLiteral("대한"),
        QStringLiteral("그리고"), QStringLiteral("또한"), QStringLiteral("있나요"), QStringLiteral("인가요"), QStringLiteral("입니까"),
        QStringLiteral("있는지"), QStringLiteral("했나요"), QStringLiteral("되나요"), QStringLiteral("하나요"), QStringLiteral("해주세요"),
        QStringLiteral("몇"), QStringLiteral("왜"), QStringLiteral("그"), QStringLiteral("이"), QStringLiteral("있습니까"),
        QStringLiteral("인지"), QStringLiteral("하는지"), QStringLiteral("되는지"), QStringLiteral("합니까"), QStringLiteral("무엇인가요"),
        // Who is asked about, and the comparison around a threshold figure, are not what a passage states.
        QStringLiteral("사람"), QStringLiteral("후보자"), QStringLiteral("후보"), QStringLiteral("지원자"), QStringLiteral("인물"),
        QStringLiteral("후보자들"), QStringLiteral("지원자들"), // "후보자들 모두 학력은?": the plural asks of everyone
        QStringLiteral("이상"), QStringLiteral("이하"), QStringLiteral("초과"), QStringLiteral("미만"), QStringLiteral("넘는"),
        QStringLiteral("이상인"), QStringLiteral("이하인"), QStringLiteral("초과인"), QStringLiteral("미만인"),
        QStringLiteral("넘게"), QStringLiteral("넘은"), QStringLiteral("있는"), QStringLiteral("없는"), QStringLiteral("가진"),
        // "Kafka 써본 사람 있어?", "… 후보자 있니?": the spoken having, as 있나요 / 있습니까 are the written one.
        QStringLiteral("있어"), QStringLiteral("있어요"), QStringLiteral("있니"), QStringLiteral("있냐"), QStringLiteral("있을까요"),
        // "무슨 일을 했어?": the spoken past of doing, as 했나요 is the written one.
        QStringLiteral("했어"), QStringLiteral("했어요"), QStringLiteral("했니"), QStringLiteral("했냐"),
        // "X 경험이 있는" asks whether X occurs; résumés rarely write the word itself, nor "X를 쓰는/다루는/아는"
        // or "X 근무" (work, as English "work").
        QStringLiteral("경험"), QStringLiteral("근무"), QStringLiteral("쓰는"), QStringLiteral("쓴"), QStringLiteral("다루는"), QStringLiteral("다룰"),
        QStringLiteral("아는"), QStringLiteral("아나요"), QStringLiteral("줄"), QStringLiteral("경험자"),
        // "가장 경력이 긴", "개선 수치는": asking for the extreme or the figure, which the passage states.
        QStringLiteral("가장"), QStringLiteral("수치"), QStringLiteral("숫자"),
        // "팀원 수는", "몇 명": the count asked for, which the passage states as a figure.
        QStringLiteral("수"), QStringLiteral("수는"), QStringLiteral("수가"), QStringLiteral("수를"),
        // "일한 회사", "다닌 회사": to have worked somewhere, which résumés state by listing the job.
        QStringLiteral("일한"), QStringLiteral("일했던"), QStringLiteral("다닌"), QStringLiteral("다녔던"), QStringLiteral("재직한"),
        QStringLiteral("재직했던"), QStringLiteral("거쳐온"), QStringLiteral("거친"), QStringLiteral("일했"),
        QStringLiteral("다녔"), QStringLiteral("근무했"),
        // The honorific forms of the same ("학력이 어떻게 되세요?", "무슨 일 하셨어요?", "자격증 있으세요?"): the polite
        // question asks what the plain one asks.
        QStringLiteral("되세요"), QStringLiteral("되시나요"), QStringLiteral("되십니까"), QStringLiteral("하셨어요"), QStringLiteral("하셨어"),
        QStringLiteral("하셨나요"), QStringLiteral("하셨습니까"), QStringLiteral("하세요"), QStringLiteral("하시나요"), QStringLiteral("하십니까"),
        QStringLiteral("있으세요"), QStringLiteral("있으신가요"), QStringLiteral("있으신"), QStringLiteral("있으십니까"), QStringLiteral("계세요"),
        // The spoken 무엇 asked alone ("메일 주소가 뭐예요?", "기술 스택 뭐야?"); not 뭐라고, whose 라고 a passage writes.
        QStringLiteral("뭐"), QStringLiteral("뭐야"), QStringLiteral("뭐예요"), QStringLiteral("뭐에요"), QStringLiteral("뭐지"), QStringLiteral("뭔가요"),
        QStringLiteral("뭐니"), QStringLiteral("뭐냐"),
    };
    return words;
}

// Verb endings of questions, longest first.
const QStringList &koreanQuestionEndings()
{
    static const QStringList endings = {
        // The copula of a spoken question ("군필이야?", "석사예요?"): the noun is what a résumé writes.
        QStringLiteral("이에요"), QStringLiteral("이예요"), QStringLiteral("이야"), QStringLiteral("이냐"), QStringLiteral("예요"),
        // Its past, spoken ("몇 명이었어?", "팀장이었어요?").
        QStringLiteral("이었어요"), QStringLiteral("이었어"), QStringLiteral("였어요"), QStringLiteral("였어"),
        QStringLiteral("했습니까"), QStringLiteral("했나요"), QStringLiteral("하나요"), QStringLiteral("었나요"), QStringLiteral("였나요"),
        QStringLiteral("인가요"), QStringLiteral("할까요"), QStringLiteral("습니까"), QStringLiteral("합니까"), QStringLiteral("입니까"),
        QStringLiteral("됩니까"), QStringLiteral("되나요"), QStringLiteral("하는지"), QStringLiteral("했는지"), QStringLiteral("되는지"),
        // Honorific endings ("졸업하셨나요", "개발하셨어요", "근무하시나요"), before the plain ones they end with.
        QStringLiteral("하셨습니까"), QStringLiteral("하셨나요"), QStringLiteral("하셨어요"), QStringLiteral("하시나요"), QStringLiteral("하십니까"),
        QStringLiteral("하세요"), QStringLiteral("셨습니까"), QStringLiteral("셨나요"), QStringLiteral("셨어요"), QStringLiteral("이세요"),
        QStringLiteral("이신가요"), QStringLiteral("이십니까"), QStringLiteral("세요"),
        QStringLiteral("나요"), QStringLiteral("니까"), QStringLiteral("까요"), QStringLiteral("는지"), QStringLiteral("는가"),
        // Verbs turned into modifiers ("운영한 사람", "개발하는 팀"): the noun stem is what documents write.
        QStringLiteral("했던"), QStringLiteral("하던"), QStringLiteral("해본"), QStringLiteral("하는"), QStringLiteral("한"),
        // The past modifier of other verbs ("팀을 이끌었던 사람"): the stem is what "이끌며", "이끌었다" write.
        QStringLiteral("었던"), QStringLiteral("았던"), QStringLiteral("였던"),
        QStringLiteral("된"),
    };
    return endings;
}

// Longest first, so "에서는" goes before "는".
const QStringList &koreanParticles()
{
    static const QStringList particles = {
        QStringLiteral("에서는"), QStringLiteral("에서"), QStringLiteral("에게"), QStringLiteral("으로"), QStringLiteral("로서"),
        QStringLiteral("까지"), QStringLiteral("부터"), QStringLiteral("보다"), QStringLiteral("처럼"), QStringLiteral("이나"),
        QStringLiteral("에는"), QStringLiteral("과의"), QStringLiteral("와의"), QStringLiteral("은"), QStringLiteral("는"),
        QStringLiteral("이"), QStringLiteral("가"), QStringLiteral("을"), QStringLiteral("를"), QStringLiteral("의"),
        QStringLiteral("에"), QStringLiteral("와"), QStringLiteral("과"), QStringLiteral("로"), QStringLiteral("도"),
    };
    return particles;
}

// Who a question asks about ("Which candidate knows Kubernetes?"): never what a passage states, and a
// passage that happens to write "candidate" ("the candidate dashboard") must not win retrieval by it.
const QSet<QString> &englishAskingWords()
{
    static const QSet<QString> words = {
        QStringLiteral("someone"), QStringLiteral("anyone"), QStringLiteral("person"), QStringLiteral("people"),
        QStringLiteral("candidate"), QStringLiteral("candidates"), QStringLiteral("applicant"), QStringLiteral("applicants"),
        QStringLiteral("know"), QStringLiteral("knows"), QStringLiteral("knew"), QStringLiteral("familiar"),
    };
    return words;
}

const QSet<QString> &englishStopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "is", "are", "was", "were", "be",
                              "been", "do", "does", "did", "has", "have", "had", "with", "at", "by", "from", "about", "as",
                              "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom", "whose", "when",
                              "where", "why", "how", "me", "tell", "describe", "explain", "please", "their", "his", "her",
                              "they", "them", "any", "there", "can", "could", "would", "should", "will", "much", "many",
                              // comparisons around a threshold figure
                              "more", "than", "least", "over", "above", "below", "under", "less", "fewer",
                              // how large / the most: asking for a figure or an extreme, which the passage states
                              "large", "big", "most", "highest", "longest",
                              // generic verbs of questions that résumés do not write ("achieve", "run ... at")
                              "experience", "achieve", "achieved", "accomplish", "accomplished", "run", "ran", "work",
                              "worked", "done", "hold", "holds", "possess", "possesses",
                              // "What languages does X speak?": the languages section lists them without the verb
                              "speak", "speaks",
                              // "compare A and B", as 비교: how to answer, not what
                              "compare", "comparison", "versus", "vs",
                              // "List every candidate's current title": how to answer and of whom, as a who-question
                              "list", "every", "each",
                              // "Do we have a data scientist?": who asks
                              "we", "us", "our"})
            s.insert(QString::fromLatin1(w));
        s.unite(englishAskingWords());
        return s;
    }();
    return words;
}

// Tools a Korean question spells in Hangul and résumés write in Latin letters ("쿠버네티스 경험이 있는
// 후보자는?"): the Hangul spelling's bigrams would only match unrelated words (파이썬 -> 파이프라인).
const QList<std::pair<QString, QString>> &latinSpellings()
{
    // Longest first, so "자바스크립트" is replaced before "자바".
    static const QList<std::pair<QString, QString>> spellings = [] {
        QList<std::pair<QString, QString>> list = {
            {QStringLiteral("쿠버네티스"), QStringLiteral("kubernetes")},
            {QStringLiteral("도커"), QStringLiteral("docker")},
            {QStringLiteral("파이썬"), QStringLiteral("python")},
            {QStringLiteral("자바"), QStringLiteral("java")},
            {QStringLiteral("자바스크립트"), QStringLiteral("javascript")},
            {QStringLiteral("타입스크립트"), QStringLiteral("typescript")},
            {QStringLiteral("코틀린"), QStringLiteral("kotlin")},
            {QStringLiteral("스프링"), QStringLiteral("spring")},
            {QStringLiteral("리액트"), QStringLiteral("react")},
            {QStringLiteral("카프카"), QStringLiteral("kafka")},
            {QStringLiteral("레디스"), QStringLiteral("redis")},
            {QStringLiteral("포스트그레스"), QStringLiteral("postgresql")},
            {QStringLiteral("포스트그레스큐엘"), QStringLiteral("postgresql")},
            {QStringLiteral("엘라스틱서치"), QStringLiteral("elasticsearch")},
            {QStringLiteral("테라폼"), QStringLiteral("terraform")},
            {QStringLiteral("프로메테우스"), QStringLiteral("prometheus")},
            {QStringLiteral("그라파나"), QStringLiteral("grafana")},
            {QStringLiteral("리눅스"), QStringLiteral("linux")},
            {QStringLiteral("텐서플로"), QStringLiteral("tensorflow")},
            {QStringLiteral("파이토치"), QStringLiteral("pytorch")},
            // Language tests, which résumés write in Latin letters ("TOEIC 900", "OPIc IH").
            {QStringLiteral("토익"), QStringLiteral("toeic")},
            {QStringLiteral("토플"), QStringLiteral("toefl")},
            {QStringLiteral("텝스"), QStringLiteral("teps")},
            {QStringLiteral("오픽"), QStringLiteral("opic")},
            {QStringLiteral("아이엘츠"), QStringLiteral("ielts")},
        };
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return list;
    }();
    return spellings;
}

QString latinSpellingOf(const QString &word)
{
    for (const auto &[hangul, latin] : latinSpellings()) {
        if (word == hangul)
            return latin;
    }
    return word;
}

// Résumé section words a question uses for what documents put under another heading.
const QHash<QString, QString> &sectionSynonyms()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("degree"), QStringLiteral("education")},
        {QStringLiteral("degrees"), QStringLiteral("education")},
        {QStringLiteral("학위"), QStringLiteral("학력")},
        {QStringLiteral("major"), QStringLiteral("education")},
        {QStringLiteral("study"), QStringLiteral("education")},
        {QStringLiteral("stack"), QStringLiteral("skills")},
        {QStringLiteral("스택"), QStringLiteral("기술")},
        {QStringLiteral("원하는"), QStringLiteral("희망")},
        // Its honorific forms, once their ending is cut: "연봉 얼마 원하세요?", "원하시는 연봉은?".
        {QStringLiteral("원하"), QStringLiteral("희망")},
        {QStringLiteral("원하시"), QStringLiteral("희망")},
        // And spoken: "연봉 얼마 원해?".
        {QStringLiteral("원해"), QStringLiteral("희망")},
        {QStringLiteral("원해요"), QStringLiteral("희망")},
        {QStringLiteral("studied"), QStringLiteral("education")},
        {QStringLiteral("전공"), QStringLiteral("학력")},
        // "전산학 전공자는?": who studied it (a who-noun, AnswerText::asksWho), in their education section.
        {QStringLiteral("전공자"), QStringLiteral("학력")},
        // A Korean form's "최종학력" is its education field.
        {QStringLiteral("최종학력"), QStringLiteral("학력")},
        // "Who expects 35 million won?": the résumé writes "expected" or "희망".
        {QStringLiteral("expects"), QStringLiteral("expected")},
        {QStringLiteral("expect"), QStringLiteral("expected")},
        // "희망자" is who wants it: the résumé writes "희망".
        {QStringLiteral("희망자"), QStringLiteral("희망")},
        // Where one lives, asked with 살다 ("어디에 사나요?"): résumés write 거주지 / Location.
        {QStringLiteral("거주"), QStringLiteral("거주지")},
        {QStringLiteral("주소"), QStringLiteral("거주지")},
        {QStringLiteral("사나요"), QStringLiteral("거주지")},
        {QStringLiteral("삽니까"), QStringLiteral("거주지")},
        {QStringLiteral("사는지"), QStringLiteral("거주지")},
        {QStringLiteral("사세요"), QStringLiteral("거주지")},
        {QStringLiteral("사시나요"), QStringLiteral("거주지")},
        {QStringLiteral("살아요"), QStringLiteral("거주지")},
        {QStringLiteral("살아"), QStringLiteral("거주지")}, // spoken: "Daniel Cho 어디 살아?"
        {QStringLiteral("사니"), QStringLiteral("거주지")},
        {QStringLiteral("사냐"), QStringLiteral("거주지")},
        // "서울에 사는 사람은?", "부산에 살고 있는 후보자는?": the modifier and connective forms. Asked with a
        // place, the place is the word (AnswerText::words); without one (KorQuAD's "…에 사는 물고기") three
        // answers of 5,774 quote other sentences, their gold span still in them.
        {QStringLiteral("사는"), QStringLiteral("거주지")},
        {QStringLiteral("살고"), QStringLiteral("거주지")},
    };
    return map;
}

QString spokenSpacing(const QString &folded)
{
    // A spoken question often glues its question word or the person asked for to the word before ("연봉얼마?", "자격증
    // 뭐있어?", "쿠버네티스 할줄아는사람?"): set apart, each is read as it is written spaced. Only after two syllables,
    // so that a word starting with one ("얼마나", "누구나") stays whole. KorQuAD's questions glue none of them.
    // A who-noun only after a verb's modifier ("쓰는사람", "써본사람"): "경선후보자", "마을사람들" are nouns of their own.
    static const QRegularExpression glued(QStringLiteral(
        "(?<=[가-힣]{2})(?=얼마|뭐|몇|어디|언제|누구)|(?<=[가-힣][는던본한된])(?=(?:사람|후보자|지원자)(?:들)?(?:은|는|이|가)?(?:[\\s?.!]|$))"
        // "뭐있어": the having apart, a function word of its own.
        "|(?<=뭐)(?=있)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "경력 몇년?": the unit asked for with 몇, ending the question, is no word a document writes (it writes "8 years").
    static const QRegularExpression howManyUnit(QStringLiteral("(?<![가-힣])몇[가-힣]\\s*(?=[?.!]?\\s*$)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    // "언제부터 일할 수 있어?": when one can start, which a résumé writes as 입사 가능일 or a notice period.
    static const QRegularExpression start(QStringLiteral(
        "언제(?:부터)?\\s*(?:(?:일할|근무할|출근할|입사할|합류할|일\\s*시작할)\\s*수\\s*있|(?:출근|입사|근무|합류)\\s*가능)\\S*"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "김지원 몇년차?", "연차가 어떻게 돼?": the year of one's career one is in, which a résumé writes as 경력 ("경력 9년",
    // "8 years"). Only ending the question: "연차 휴가", "연차총회" are other words.
    static const QRegularExpression yearOfCareer(QStringLiteral(
        "(?<![가-힣])(?:몇\\s*년\\s*차|연차)(?:야|예요|이야|에요|인가요|입니까|인지|는|가|는요)?(?:\\s*어떻게\\s*[^\\s?.!]+)?(?=\\s*[?.!]?\\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "학교 어디 나왔어?", "대학은 어디 나오셨어요?", "어느 학교 졸업하셨나요?": the school one graduated from, which a
    // résumé writes in its education section ("가상과학기술원 산업공학과 석사", no 대학 nor 졸업) and a letter with 졸업: one
    // term, 출신학교, that either answers (ResumeGlossaryWords::oneWay). Spoken or polite only: KorQuAD asks "나온 대학교는?",
    // "어느 대학을 졸업했는가?" of passages that write the school's name without 졸업.
    static const QRegularExpression graduatedFrom(QStringLiteral(
        "(?:학교|대학교?|대학원)(?:은|는|를)?\\s*(?:어디|어느\\s*곳)\\s*(?:를|에서)?\\s*(?:나(?:왔|오셨|온|오신)|졸업)\\S*"
        "|어느\\s*(?:학교|대학교?|대학원)\\s*(?:나왔어|나오셨어|졸업했어|졸업하셨|다녔어|다니셨)\\S*"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "메일 주소가 뭐예요?", "email address": the address of one's mail is the e-mail field, not where one lives (주소).
    static const QRegularExpression mailAddress(QStringLiteral("((?:이)?메일|\\be-?mail)\\s*(?:주소|address(?:es)?\\b)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString out = folded;
    out.replace(yearOfCareer, QStringLiteral("경력 몇년"));
    out.replace(graduatedFrom, QStringLiteral(" 출신학교 "));
    out.replace(mailAddress, QStringLiteral("\\1"));
    out.replace(glued, QStringLiteral(" "));
    out.replace(howManyUnit, QStringLiteral(" "));
    out.replace(start, QStringLiteral("입사 언제"));
    // "Kubernetes 할 줄 아는 사람?": knowing how, spaced, is the one word YesNoQuestion reads as glued ("할줄아는").
    static const QRegularExpression knowsHow(QStringLiteral("(?<![가-힣])(할|쓸|다룰)\\s+줄\\s*(?=아는|알아|아나요|압니까)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    out.replace(knowsHow, QStringLiteral("\\1줄"));
    return out;
}

QString doneCareerWording(const QString &folded)
{
    // "Kafka 경력을 가진 후보자": 경력 says Kafka was done, as 경험 does ("Kafka 경험이 있는"); résumés write Kafka or
    // 팀장, not "팀장 경력".
    static const QRegularExpression hadDone(QStringLiteral("(?<!\\S)(\\S+)\\s+경력[이을]?(?=\\s+(?:있|가진|가지|보유))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bar(QStringLiteral("\\d|^(?:이상|이하|초과|미만|넘는|넘게)$"));
    QString out = folded;
    for (auto m = hadDone.match(out); m.hasMatch(); m = hadDone.match(out, m.capturedStart() + 1)) {
        if (!bar.match(m.captured(1)).hasMatch()) {
            out.replace(m.capturedEnd(1), m.capturedEnd() - m.capturedEnd(1), QStringLiteral(" "));
            break;
        }
    }
    return out;
}

QString compoundTermWording(const QString &folded)
{
    // A role of two words is one too ("데이터 엔지니어 있어?", "Who is a data engineer?"): an ML engineer or a data analyst
    // is none, though each writes one of its words.
    static const QList<std::pair<QRegularExpression, QString>> fields = {
        {QRegularExpression(QStringLiteral("\\bcomputer\\s+(?:science|engineering)\\b")), QStringLiteral("컴퓨터공학")},
        {QRegularExpression(QStringLiteral("\\bdata\\s+science\\b")), QStringLiteral("데이터과학")},
        {QRegularExpression(QStringLiteral("데이터\\s*엔지니어(?:링)?|\\bdata\\s+engineer(?:s|ing)?\\b")), QStringLiteral("데이터엔지니어")},
        {QRegularExpression(QStringLiteral("데이터\\s*분석가|\\bdata\\s+analysts?\\b")), QStringLiteral("데이터분석가")},
        {QRegularExpression(QStringLiteral("데이터\\s*사이언티스트|\\bdata\\s+scientists?\\b")), QStringLiteral("데이터사이언티스트")},
    };
    QString out = folded;
    for (const auto &[phrase, term] : fields)
        out.replace(phrase, u' ' + term + u' ');
    return out;
}

bool asksForRole(const QString &question)
{
    // So does the polite person after a verb's modifier, with having ("Kafka 써보신 분 있나요?"): not "…퇴임한 분은?", which
    // asks who one person in an article is.
    static const QRegularExpression re(QStringLiteral("(?:") + koreanRoleNouns() + QStringLiteral(
        "|(?<=[는던본신한된]\\s)분)(?:들)?(?:은|는|이|가|도)?\\s*(?:있나요|있습니까|있어요|있어|있니|있냐|있을까요?|있으신가요|있는지|계신가요|계세요)\\s*[?.!]?\\s*$"
        "|^\\s*(?:is\\s+there|are\\s+there|do\\s+we\\s+have|any)\\s+(?:an?\\s+)?\\S+(?:\\s+\\S+)?\\s+"
        "(?:developers?|engineers?|analysts?|designers?|scientists?|managers?|leads?)\\s*[?.!]?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(question.normalized(QString::NormalizationForm_C)).hasMatch();
}

QString withoutGenericRole(const QString &folded)
{
    // "Python 개발자 있어?", "백엔드 개발자 있어?", "Who is a React developer?": the tool or the field makes the role; 개발자 /
    // developer alone is written by every developer's header, whatever they use. Only after a word with no particle.
    static const QRegularExpression generic(QStringLiteral(
        "(?<=[a-z0-9+#]|[a-z0-9+#]\\s|[가-힣]엔드\\s|[가-힣]엔드)(?:개발자|엔지니어)(?:들)?|(?<=[a-z0-9+#]\\s)developers?\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return QString(folded).replace(generic, QStringLiteral(" "));
}

QString koreanRoleNouns()
{
    return QStringLiteral("개발자|엔지니어|디렉터|매니저|팀장|파트장|실장|본부장|분석가|연구원|디자이너|기획자|아키텍트|컨설턴트");
}

namespace {

// Everyone, asked: a quantifier before the who-noun ("모든 후보자의", "전체 지원자", "각 후보자"), after it ("후보자들 모두",
// "지원자 전원"), or alone as the subject ("다들 학력이 어떻게 돼?", "각자 희망 연봉은?"); in English every / each / all
// candidates and everyone. The quantifier is no word a passage writes.
const QRegularExpression &everyonePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|(?<=\\s))(?:모든|각|전체|전)\\s*(?=(?:후보자|지원자))"
        "|(?<=후보자|지원자|후보자들|지원자들)(?:의)?\\s*(?:모두|전원|전부|다)(?=[\\s?.!]|$)"
        "|(?:^|(?<=\\s))(?:다들|각자|모두들)(?=[\\s?.!]|$)"
        "|\\b(?:every|each|all)(?=\\s+(?:the\\s+)?(?:candidate|candidates|applicant|applicants)\\b)"
        "|\\b(?:everyone|everybody)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

bool asksEveryone(const QString &question)
{
    return everyonePattern().match(question.normalized(QString::NormalizationForm_C)).hasMatch();
}

QString withoutEveryone(const QString &folded)
{
    return QString(folded).replace(everyonePattern(), QStringLiteral(" "));
}

} // namespace Protostar::QuestionVocabulary
