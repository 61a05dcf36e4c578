// SPDX-License-Identifier: MIT
#include "providers/answertext.h"

#include "providers/resumeglossary.h"

#include "core/sentencesplitter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Protostar {

namespace {

bool isHangul(QChar c)
{
    const ushort u = c.unicode();
    return u >= 0xAC00 && u <= 0xD7A3;
}

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
        QStringLiteral("이상"), QStringLiteral("이하"), QStringLiteral("초과"), QStringLiteral("미만"), QStringLiteral("넘는"),
        QStringLiteral("이상인"), QStringLiteral("이하인"), QStringLiteral("초과인"), QStringLiteral("미만인"),
        QStringLiteral("넘게"), QStringLiteral("넘은"), QStringLiteral("있는"), QStringLiteral("없는"), QStringLiteral("가진"),
        // "X 경험이 있는" asks whether X occurs; résumés rarely write the word itself, nor "X를 쓰는/다루는/아는"
        // or "X 근무" (work, as English "work").
        QStringLiteral("경험"), QStringLiteral("근무"), QStringLiteral("쓰는"), QStringLiteral("쓴"), QStringLiteral("다루는"), QStringLiteral("다룰"),
        QStringLiteral("아는"), QStringLiteral("경험자"),
        // "가장 경력이 긴", "개선 수치는": asking for the extreme or the figure, which the passage states.
        QStringLiteral("가장"), QStringLiteral("수치"), QStringLiteral("숫자"),
    };
    return words;
}

// Verb endings of questions, longest first.
const QStringList &koreanQuestionEndings()
{
    static const QStringList endings = {
        QStringLiteral("했습니까"), QStringLiteral("했나요"), QStringLiteral("하나요"), QStringLiteral("었나요"), QStringLiteral("였나요"),
        QStringLiteral("인가요"), QStringLiteral("할까요"), QStringLiteral("습니까"), QStringLiteral("합니까"), QStringLiteral("입니까"),
        QStringLiteral("됩니까"), QStringLiteral("되나요"), QStringLiteral("하는지"), QStringLiteral("했는지"), QStringLiteral("되는지"),
        QStringLiteral("나요"), QStringLiteral("니까"), QStringLiteral("까요"), QStringLiteral("는지"), QStringLiteral("는가"),
        // Verbs turned into modifiers ("운영한 사람", "개발하는 팀"): the noun stem is what documents write.
        QStringLiteral("했던"), QStringLiteral("하던"), QStringLiteral("해본"), QStringLiteral("하는"), QStringLiteral("한"),
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
                              "worked", "done"})
            s.insert(QString::fromLatin1(w));
        s.unite(englishAskingWords());
        return s;
    }();
    return words;
}

const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(QStringLiteral("\\s?\\[\\d+(?:\\s*,\\s*\\d+)*\\]"));
    return re;
}

const QRegularExpression &figurePattern()
{
    // A number (optionally with currency sign, thousands separators, decimals or dotted date parts),
    // its attached multipliers (10k, 1,200만, 3조) and one optional unit, possibly after one space
    // (1,200만 건). Digits glued to Latin letters (B2B, v2, H100) are names, not figures.
    static const QRegularExpression re(QStringLiteral(
        "(?<![A-Za-z0-9.,])[$₩€£]?\\d+(?:,\\d{3})*(?:\\.\\d+)*"
        "(?:[kKmMbB](?![A-Za-z]))?"
        "(?:\\s?[십백천만억조]+)*"
        "(?:\\s?(?:%p|%|％|퍼센트|개월|원|달러|엔|유로|위안|건|명|개|년|월|일|주|시간|분|초|배|회|차|세|살|위|점|장|권|곳|층|평|㎡"
        "|(?:TPS|QPS|RPS|ms|MB|GB|TB|KB|Mbps|Gbps|km|kg|cm|mm|pp|bp|percent|USD|KRW)(?![A-Za-z])))?"),
        QRegularExpression::UseUnicodePropertiesOption);
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
        {QStringLiteral("studied"), QStringLiteral("education")},
        {QStringLiteral("전공"), QStringLiteral("학력")},
    };
    return map;
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
    QString folded = question.normalized(QString::NormalizationForm_C).toLower();
    folded.replace(thresholdPattern(), QStringLiteral(" "));
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
    while (i < n) {
        const QChar c = folded.at(i);
        if (isHangul(c)) {
            qsizetype j = i;
            while (j < n && isHangul(folded.at(j)))
                ++j;
            QString word = folded.mid(i, j - i);
            const bool unitAsked = std::exchange(afterHowMany, false)
                && (word.endsWith(QStringLiteral("인지"))
                    || std::any_of(koreanQuestionEndings().cbegin(), koreanQuestionEndings().cend(),
                                   [&](const QString &ending) { return word.endsWith(ending); }));
            bool stop = koreanFunctionWords().contains(word) || unitAsked;
            afterHowMany = word == QStringLiteral("몇");
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
            if (!stop && word.size() >= 3) {
                // "지방은행이" and "지방은행의" ask for the same thing as "지방은행".
                for (const QString &particle : koreanParticles()) {
                    if (word.size() - particle.size() >= 2 && word.endsWith(particle)) {
                        word.chop(particle.size());
                        break;
                    }
                }
            }
            stop = stop || koreanFunctionWords().contains(word);
            if (!stop && word.size() >= 2)
                add(sectionSynonyms().value(word, latinSpellingOf(word)));
            i = j;
        } else if (c.isLetterOrNumber()) {
            qsizetype j = i;
            while (j < n && folded.at(j).isLetterOrNumber() && !isHangul(folded.at(j)))
                ++j;
            const QString word = folded.mid(i, j - i);
            if (!englishStopWords().contains(word) && (word.size() >= 2 || word.at(0).isDigit()))
                add(sectionSynonyms().value(word, word));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

QStringList AnswerText::sectionWordsFor(const QString &question)
{
    QStringList out;
    for (const QString &w : words(question)) {
        for (auto it = sectionSynonyms().cbegin(); it != sectionSynonyms().cend(); ++it) {
            if (it.value() == w && !out.contains(w))
                out.append(w);
        }
    }
    return out;
}

bool AnswerText::asksWho(const QString &question)
{
    // 누구/누가, a who-noun ending the question (…운영한 사람은?, 후보자가 있나요?; not "낼 사람이 기한까지"),
    // or English who / which candidate.
    static const QRegularExpression who(QStringLiteral(
        "누구|누가|(?:사람|후보자?|지원자|인물|경험자)(?:들)?(?:은|는|이|가|을|를)?(?:\\s*(?:있나요|있습니까|있어요|있는지))?\\s*[?.!]?\\s*$"
        "|\\b(?:who|whom|anyone|someone|anybody|somebody)\\b|\\bwhich\\s+(?:candidates?|applicants?|people|person)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return who.match(question).hasMatch();
}

QString AnswerText::retrievalQuery(const QString &question)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QString out;
    qsizetype from = 0;
    for (auto it = word.globalMatch(question); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!englishAskingWords().contains(m.captured().toLower()))
            continue;
        out += QStringView(question).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
    }
    out += QStringView(question).mid(from);
    for (const auto &[hangul, latin] : latinSpellings())
        out.replace(hangul, u' ' + latin + u' ');
    const QStringList content = words(out);
    if (content.isEmpty())
        return question;
    // A Korean question about an English résumé, and the other way round, searches both words.
    for (const QString &w : content) {
        if (const QStringList other = ResumeGlossary::counterparts(w); !other.isEmpty())
            out += u' ' + other.join(u' ');
    }
    return out;
}

QStringList AnswerText::bigrams(const QString &word)
{
    if (word.size() < 2 || !isHangul(word.at(0)))
        return {word};
    QStringList out;
    for (qsizetype k = 0; k + 1 < word.size(); ++k)
        out.append(word.mid(k, 2));
    return out;
}

QStringList AnswerText::terms(const QString &question)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &word : words(question)) {
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
    for (QChar c : text) {
        if (isHangul(c) || (c.unicode() >= 0x1100 && c.unicode() <= 0x11FF) || (c.unicode() >= 0x3130 && c.unicode() <= 0x318F))
            return QStringLiteral("ko");
    }
    return QStringLiteral("en");
}

QString AnswerText::collapseSpaces(const QString &text)
{
    return text.simplified();
}

QString AnswerText::foldForMatching(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toLower().simplified();
}

QStringList AnswerText::figures(const QString &text)
{
    QStringList out;
    const QString clean = stripMarkers(text).normalized(QString::NormalizationForm_C).simplified();
    auto it = figurePattern().globalMatch(clean);
    while (it.hasNext()) {
        const QString f = it.next().captured(0).trimmed();
        if (!f.isEmpty())
            out.append(f);
    }
    return out;
}

bool AnswerText::containsFigure(const QString &haystack, const QString &figure)
{
    const QString h = haystack.normalized(QString::NormalizationForm_C).simplified();
    const QString f = figure.normalized(QString::NormalizationForm_C).simplified();
    if (f.isEmpty())
        return true;
    const bool endsWithDigit = f.back().isDigit();
    for (qsizetype at = h.indexOf(f); at >= 0; at = h.indexOf(f, at + 1)) {
        // "200만" inside "1,200만" or "2023" inside "12023" is a different figure.
        if (at > 0) {
            const QChar before = h.at(at - 1);
            if (before.isDigit())
                continue;
            if ((before == u',' || before == u'.') && at > 1 && h.at(at - 2).isDigit())
                continue;
        }
        const qsizetype end = at + f.size();
        if (endsWithDigit && end < h.size()) {
            const QChar after = h.at(end);
            if (after.isDigit())
                continue;
            if ((after == u',' || after == u'.') && end + 1 < h.size() && h.at(end + 1).isDigit())
                continue;
        }
        return true;
    }
    return false;
}

QString AnswerText::stripMarkers(const QString &text)
{
    QString out = text;
    out.remove(markerPattern());
    return out;
}

} // namespace Protostar
