// SPDX-License-Identifier: MIT
#include "providers/answertext.h"

#include "providers/figurevalues.h"
#include "providers/latestjobquestion.h"
#include "providers/questionvocabulary.h"
#include "providers/resumeglossary.h"
#include "providers/yesnoquestion.h"

#include "core/fieldline.h"
#include "core/hangul.h"
#include "core/sentencesplitter.h"
#include "rag/lexicaltokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Protostar {

using namespace QuestionVocabulary;

namespace {

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'。' || c == u'…';
}

bool startsWithBullet(QStringView line)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-•·*▶►○●□■◦ㅇ※>]|\\d{1,2}[.)]\\s|[①-⑳]|\\(\\d{1,2}\\))"));
    return bullet.match(line.toString()).hasMatch();
}

// Shorter lines are headings or the ends of paragraphs, not wrapped text.
constexpr qsizetype kShortLine = 20;
// A "sentence" longer than this (tables, run-on lists) is cut at its line breaks.
constexpr qsizetype kLongSentence = 320;

const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(QStringLiteral("\\s?\\[\\d+(?:\\s*,\\s*\\d+)*\\]"));
    return re;
}

// A figure the question compares against ("10k TPS 이상", "more than 10k TPS") is a threshold, not a
// figure the answer must contain: the matching passage states its own (1만 2천). The unit stays.
const QRegularExpression &thresholdPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:(?:more|greater|fewer|less)\\s+than|at\\s+least|at\\s+most|over|above|below|under|exceeding)\\s+"
        "[$₩]?\\d[\\d,.]*[kmb]?(?:\\s?[천만억]+)?"
        "|[$₩]?\\d[\\d,.]*[kmb]?(?:\\s?[천만억]+)?(?=\\s?[a-z%]*\\s?[가-힣]{0,2}\\s?(?:이상|초과|이하|미만|넘))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QList<AnswerText::Span> AnswerText::sentences(const QString &text)
{
    // Résumés are lines without full stops ("- 2019~2023 네이버 팀장"), PDF pages are wrapped prose:
    // first cut the text into line blocks where a line clearly ends a unit, then let the
    // SentenceSplitter find the sentences inside each block.
    QList<Span> out;
    const qsizetype n = text.size();
    auto splitBlock = [&](qsizetype from, qsizetype to) {
        const QStringView block = QStringView(text).mid(from, to - from);
        for (const SentenceSpan &s : SentenceSplitter::split(block))
            out.append({from + s.start, s.length});
    };
    qsizetype blockStart = 0;
    qsizetype lineStart = 0;
    while (lineStart < n) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed();
        const qsizetype next = std::min(lineEnd + 1, n);
        qsizetype nextEnd = text.indexOf(u'\n', next);
        if (nextEnd < 0)
            nextEnd = n;
        const QStringView nextLine = QStringView(text).mid(next, nextEnd - next);
        const bool endsUnit = line.isEmpty() || nextLine.trimmed().isEmpty() || isTerminator(line.back())
            || line.size() < kShortLine || startsWithBullet(nextLine) || startsWithBullet(line)
            || (isFieldLine(line) && isFieldLine(nextLine))
            || lineEnd - blockStart > kLongSentence;
        if (endsUnit || lineEnd >= n) {
            splitBlock(blockStart, lineEnd);
            blockStart = next;
        }
        lineStart = lineEnd + 1;
    }
    if (blockStart < n)
        splitBlock(blockStart, n);
    return out;
}

QStringList AnswerText::words(const QString &question)
{
    return wordsOf(question, true);
}

QStringList AnswerText::wordsOf(const QString &question, bool asQuestion)
{
    QString folded = question.normalized(QString::NormalizationForm_C).toLower();
    // "What did Oliver Grant do at his last job?": what was done, asked of the entry FieldFirst keeps (the latest).
    // "Python 개발자 있어?" asks who writes Python (withoutGenericRole); "모든 후보자의 학력은?" asks 학력 (withoutEveryone).
    const bool whoAsked = asQuestion && asksWho(question);
    if (asQuestion)
        folded = LatestJobQuestion::withoutPlace(pastEmployersWording(currentJobWording(compoundTermWording(spokenSpacing(whoAsked ? tradeWording(withoutGenericRole(withoutEveryone(folded))) : folded)))));
    // "김지원의 연봉은 35,000,000원인가요?": the figure asked about is checked against the candidate's line, which
    // writes their own.
    const bool yesNo = asQuestion && YesNoQuestion::is(question);
    if (yesNo)
        folded = YesNoQuestion::withoutAskedFigures(folded);
    folded.replace(thresholdPattern(), QStringLiteral(" "));
    // "3,500만원", "35 million won": one amount, one term (matched by value, ResumeGlossary::contains).
    folded = FigureValues::plain(folded);
    // "95,000,000원" is one amount too, not the words 95 and 000 (a passage may write it 9,500만원).
    static const QRegularExpression groupComma(QStringLiteral("(?<=\\d),(?=\\d{3}(?!\\d))"));
    folded.remove(groupComma);
    folded = asQuestion ? doneCareerWording(folded) : folded; // "팀장 경력이 있는" asks for 팀장
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString &t) {
        if (!seen.contains(t)) {
            seen.insert(t);
            out.append(t);
        }
    };
    qsizetype i = 0;
    const qsizetype n = folded.size();
    // "몇 년인가요", "몇 퍼센트인가요": the unit asked for with the question's ending, which documents
    // never write ("경력 7년"); "몇 년에" stays, as "1990년에" does match it.
    bool afterHowMany = false;
    // "Who has Kafka experience?" asks for Kafka; "What is Daniel Cho's experience?" (nothing else asked)
    // asks for the experience section itself.
    bool experienceAsked = false;
    // "Kafka 경험이 가장 많은 사람은?": asked who, the adjective after 가장 / 제일 asks for the extreme, as English
    // "most", "highest", "longest" do (stop words); no résumé writes 많은 of it, and only FigureRanking ranks. Not
    // of other questions ("가장 많이 쓰이는 체스보드"), whose passage may write the superlative itself.
    bool afterMost = false;
    // "김지원은 Kafka를 써봤나요?", "Has Jane Park used TypeScript?": a résumé lists Kafka without the verb (yesNo).
    while (i < n) {
        const QChar c = folded.at(i);
        if (isHangulSyllable(c)) {
            qsizetype j = i;
            while (j < n && isHangulSyllable(folded.at(j)))
                ++j;
            QString word = folded.mid(i, j - i);
            const bool unitAsked = std::exchange(afterHowMany, false)
                && (word.endsWith(QStringLiteral("인지"))
                    || std::any_of(koreanQuestionEndings().cbegin(), koreanQuestionEndings().cend(),
                                   [&](const QString &ending) { return word.endsWith(ending); }));
            // "어떤 일을 했나요?", "무슨 일을 하나요?": 일 (work, not the day of "1일") asks what someone did, which a
            // résumé states in its experience section without the word.
            static const QSet<QString> work = {QStringLiteral("일을"), QStringLiteral("일은"), QStringLiteral("일이")};
            const bool workAsked = work.contains(word) && !(i > 0 && folded.at(i - 1).isDigit());
            experienceAsked = experienceAsked || workAsked;
            static const QRegularExpression extreme(QStringLiteral("^(?:많|높|긴|길|오래|큰|크)"));
            const bool extremeAsked = (std::exchange(afterMost, false) && extreme.match(word).hasMatch()) || (whoAsked && word == QStringLiteral("제일"));
            // "Kubernetes를 가장 오래 다룬 사람은?": asked who, the verb of use is no term either (the skills line
            // lists the tool without it).
            // "최종 학력" (a Korean form's field, the highest school finished) asks for the education section, which
            // never writes 최종.
            // "영어 가능한 사람은?", "일본어를 할 수 있는 사람": asked who, 가능 says one can, which a résumé writes by
            // the ability itself ("TOEIC 900"), not the word (입사 가능일, 협의 가능).
            static const QRegularExpression ability(QStringLiteral("^가능(?:한|하신|해|하고|하며)?$"));
            const bool finalEducation = word == QStringLiteral("최종")
                && QStringView(folded).mid(j).trimmed().startsWith(QStringLiteral("학력"));
            bool stop = koreanFunctionWords().contains(word) || unitAsked || workAsked || extremeAsked || finalEducation
                || (yesNo && YesNoQuestion::isFrameWord(word)) || (whoAsked && YesNoQuestion::isUseVerb(word))
                || (whoAsked && ability.match(word).hasMatch());
            afterHowMany = word == QStringLiteral("몇");
            afterMost = whoAsked && (word == QStringLiteral("가장") || word == QStringLiteral("제일"));
            for (const QString &stem : koreanQuestionStems())
                stop = stop || word.startsWith(stem);
            if (!stop && word.size() >= 3) {
                // "처리했나요" asks about "처리"; the ending matches no document.
                for (const QString &ending : koreanQuestionEndings()) {
                    if (word.size() - ending.size() >= 2 && word.endsWith(ending)) {
                        word.chop(ending.size());
                        break;
                    }
                }
            }
            if (!stop && word.size() >= 2 && ResumeGlossary::counterparts(word).isEmpty()) {
                // "지방은행이" and "지방은행의" ask for the same thing as "지방은행"; "팀에서" for the field 팀. A field is
                // whole ("데이터분석가" ends in 가).
                for (const QString &particle : koreanParticles()) {
                    const qsizetype stem = word.size() - particle.size();
                    if (word.endsWith(particle)
                        && (stem >= 2 || (stem == 1 && !ResumeGlossary::counterparts(word.left(1)).isEmpty()))) {
                        word.chop(particle.size());
                        break;
                    }
                }
            }
            // "회사들은" asks for each 회사: a résumé field is written without the plural marker. (Other nouns
            // keep it: their bigrams already match the singular.)
            if (!stop && word.size() >= 3 && word.endsWith(u'들') && !ResumeGlossary::counterparts(word.chopped(1)).isEmpty())
                word.chop(1);
            // "군필인 사람은?", "석사인 후보자": the copula's modifier after a résumé field, which is written without it.
            if (!stop && word.size() >= 3 && word.endsWith(u'인') && !ResumeGlossary::counterparts(word.chopped(1)).isEmpty())
                word.chop(1);
            // "4천2백만원인": the currency after an amount is carried by its value (plainFigures), whatever follows it.
            stop = stop || koreanFunctionWords().contains(word)
                || (word.startsWith(u'원') && i > 0 && folded.at(i - 1).isDigit());
            experienceAsked = experienceAsked || word == QStringLiteral("경험");
            if (!stop && (word.size() >= 2 || !ResumeGlossary::counterparts(word).isEmpty()))
                add(sectionSynonyms().value(word, latinSpellingOf(word)));
            i = j;
        } else if (c.isLetterOrNumber()) {
            qsizetype j = i;
            while (j < n && folded.at(j).isLetterOrNumber() && !isHangulSyllable(folded.at(j)))
                ++j;
            j = LexicalTokenizer::wordEnd(folded, i, j);
            const QString word = folded.mid(i, j - i);
            // "35 million won": the currency after an amount is carried by the amount's value.
            static const QRegularExpression afterAmount(QStringLiteral("\\d\\s?$"));
            const bool currency = (word == u"won" || word == u"krw") && afterAmount.match(QStringView(folded).left(i)).hasMatch();
            // "Who has used Kafka?": as the Hangul verbs of use of a who-question (isUseVerb), the skills line lists
            // the tool without "used".
            if (!currency && !englishStopWords().contains(word) && !(yesNo && YesNoQuestion::isFrameWord(word))
                && !(whoAsked && YesNoQuestion::isEnglishUseVerb(word))
                && (word.size() >= 2 || word.at(0).isDigit()))
                add(sectionSynonyms().value(word, word));
            // "What has Olivia Reed worked on?", "What did she do?": with nothing else asked, what was done at
            // each job.
            static const QSet<QString> doneWords = {QStringLiteral("experience"), QStringLiteral("worked"), QStringLiteral("work"),
                                                    QStringLiteral("do"), QStringLiteral("did"), QStringLiteral("does"),
                                                    QStringLiteral("done")};
            experienceAsked = experienceAsked || doneWords.contains(word);
            i = j;
        } else {
            ++i;
        }
    }
    // What follows reads what a question asks for; a passage's words are what it writes.
    if (!asQuestion)
        return out;
    // "Who lives in Busan?": the question names the place itself, which is what a passage must write. Asked yes or
    // no ("이하은은 서울에 사나요?", "Is Daniel Cho based in Seoul?"), where they live is asked: the line that says so
    // (대전, Busan) answers, whichever place it writes (YesNoQuestion::residenceWords).
    if (yesNo && ResumeGlossary::asksResidence(question))
        out = YesNoQuestion::residenceWords(out);
    else
        out.removeIf([&](const QString &w) { return ResumeGlossary::writesValueOf(folded, w); });
    // "김지원은 석사인가요?": her degree line (학사) answers; "윤지호는 군필인가요?": his 병역 line; "박서준은 현재 재직
    // 중인가요?": his latest job entry.
    if (yesNo) {
        out = YesNoQuestion::militaryWords(YesNoQuestion::degreeWords(out));
        if (YesNoQuestion::asksEmployment(question))
            out = YesNoQuestion::employmentWords(out);
    }
    // "이메일 주소", "email address": the address of the e-mail, not where one lives.
    if (out.contains(QStringLiteral("이메일")) || out.contains(QStringLiteral("email")) || out.contains(QStringLiteral("mail"))) {
        if (!folded.contains(QStringLiteral("거주지")))
            out.removeAll(QStringLiteral("거주지")); // 주소, filed as 거주지 (sectionSynonyms)
        out.removeAll(QStringLiteral("address"));
    }
    // "phone number", "전화 번호": the number is the phone's.
    if (out.contains(QStringLiteral("phone")) || out.contains(QStringLiteral("mobile")) || out.contains(QStringLiteral("전화"))) {
        out.removeAll(QStringLiteral("number"));
        out.removeAll(QStringLiteral("번호"));
    }
    if (out.isEmpty() && experienceAsked)
        out.append(QStringLiteral("experience"));
    // "What tools does Lena Fischer use?": the skills list names the tools without the verb of use.
    if (std::ranges::any_of(out, [](const QString &w) { return ResumeGlossary::counterparts(w).contains(QStringLiteral("기술")); }))
        out.removeIf([](const QString &w) { return YesNoQuestion::isEnglishUseVerb(w); });
    // "직전 회사는?", "What is Olivia Reed's current company?": the latest job entry (AnswerText::asksLatestJob),
    // which a résumé rarely labels so; when the company is the last thing asked (not "직전 회사 성과는?"), the
    // recency word before it is no term.
    // A workplace or job asked so is the company of the entry ("현재 직장은?").
    if (out.size() >= 2 && asksLatestJob(question)) {
        if (out.last() == QStringLiteral("직장"))
            out.last() = QStringLiteral("회사");
        else if (out.last() == QStringLiteral("workplace") || out.last() == QStringLiteral("job"))
            out.last() = QStringLiteral("company");
        if (ResumeGlossary::asksCompany(out.last()))
            out.removeAt(out.size() - 2);
    }
    return out;
}

bool AnswerText::asksWho(const QString &question)
{
    // 누구/누가, a who-noun ending the question (…운영한 사람은?, 후보자가 있나요?, 써본 사람 있어?; not "낼 사람이
    // 기한까지"), a who-noun after 어떤 / 어느 wherever it stands ("어떤 사람이 Kafka를 써봤어?": the spoken order puts
    // the person first), or English who / which candidate.
    static const QRegularExpression who(QStringLiteral(
        "누구|누가|(?:사람|후보자?|지원자|인물|경험자|희망자|보유자|소지자|전공자|출신자)(?:들)?(?:은|는|이|가|을|를)?"
        "(?:\\s*(?:있나요|있습니까|있어요|있는지|있어|있니|있냐|있을까요?|있는가))?\\s*[?.!]?\\s*$"
        "|(?:^|\\s)(?:어떤|어느)\\s*(?:사람|후보자?|지원자|인물)(?:들)?(?:이|가|은|는|을|를|중에?서?)?(?:\\s|$)"
        "|\\b(?:who|whom|anyone|someone|anybody|somebody)\\b|\\bwhich\\s+(?:candidates?|applicants?|people|person)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return who.match(question).hasMatch() || QuestionVocabulary::asksEveryone(question) || QuestionVocabulary::asksForRole(question);
}

bool AnswerText::asksLatestJob(const QString &question)
{
    return LatestJobQuestion::asksJob(question);
}

bool AnswerText::asksFigure(const QString &question)
{
    // "총 경력", 연차 and "years of experience" ask how long a career is ("경력 9년", "Eight years …"), not for
    // its entries.
    static const QRegularExpression re(QStringLiteral(
        "얼마|몇|며칠|규모|비율|비중|[율률](?:[은는이가을를의도]|\\s|$)|증가|감소|금액|액수|수치|인원|언제|연도|년도|날짜|시기|"
        "총\\s*경력|(?<![가-힣])연차(?![가-힣]{2})|\\byears\\s+of\\s+experience\\b|"
        "\\bhow\\s+(?:many|much|long|large|big|high|fast|old)\\b|\\bwhen\\b|"
        "\\bwhat\\s+(?:share|percentage|proportion|amount|number|rate|year|date)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "이하은의 경력이 5년 이상인가요?": the field's figure, to be read off the candidate's line.
    return re.match(foldForMatching(question)).hasMatch() || YesNoQuestion::checksFigure(question);
}

QStringList AnswerText::bigrams(const QString &word)
{
    if (word.size() < 2 || !isHangulSyllable(word.at(0)))
        return {word};
    QStringList out;
    for (qsizetype k = 0; k + 1 < word.size(); ++k)
        out.append(word.mid(k, 2));
    return out;
}

QStringList AnswerText::terms(const QString &question)
{
    return termsOf(words(question));
}

QStringList AnswerText::passageTerms(const QString &text)
{
    return termsOf(wordsOf(text, false));
}

QStringList AnswerText::termsOf(const QStringList &words)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &word : words) {
        // A résumé field is matched whole, so that its other-language word can stand in (ResumeGlossary).
        const QStringList parts = ResumeGlossary::counterparts(word).isEmpty() ? bigrams(word) : QStringList{word};
        for (const QString &t : parts) {
            if (!seen.contains(t)) {
                seen.insert(t);
                out.append(t);
            }
        }
    }
    return out;
}

QString AnswerText::language(const QString &text)
{
    // By words, not by letters: "What is 김지원's expected salary?" is English and "Jane Park의 희망 연봉은?"
    // Korean. A word with any Hangul counts as Korean; a tie is Korean ("PostgreSQL 경험자는?").
    int korean = 0;
    int other = 0;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        bool hangul = false;
        bool letter = false;
        for (QChar c : word) {
            hangul = hangul || isHangulSyllable(c) || (c.unicode() >= 0x1100 && c.unicode() <= 0x11FF)
                || (c.unicode() >= 0x3130 && c.unicode() <= 0x318F);
            letter = letter || c.isLetter();
        }
        if (hangul)
            ++korean;
        else if (letter)
            ++other;
    }
    return korean > 0 && korean >= other ? QStringLiteral("ko") : QStringLiteral("en");
}

QString AnswerText::collapseSpaces(const QString &text)
{
    return text.simplified();
}

QString AnswerText::foldForMatching(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toLower().simplified();
}

QString AnswerText::stripMarkers(const QString &text)
{
    QString out = text;
    out.remove(markerPattern());
    return out;
}

} // namespace Protostar
