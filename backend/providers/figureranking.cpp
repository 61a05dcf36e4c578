// SPDX-License-Identifier: MIT
#include "providers/figureranking.h"

#include "core/hangul.h"
#include "core/resumesection.h"
#include "providers/answertext.h"
#include "providers/figurevalues.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Protostar {

namespace {

constexpr qsizetype kMaxLabelChars = 30;

const QRegularExpression &payWords()
{
    static const QRegularExpression re(QStringLiteral("연봉|급여|월급|보수|몸값|\\bsalar(?:y|ies)\\b|\\bpay\\b|\\bcompensation\\b|\\bwages?\\b"));
    return re;
}

// "asks the least": asking, as a verb of the candidate, is for pay.
const QRegularExpression &askingWords()
{
    static const QRegularExpression re(QStringLiteral("\\bask(?:s|ing)?\\b"));
    return re;
}

// "Who is the cheapest candidate?", "가장 저렴한 후보자는?": of a candidate, what they cost is the pay they ask.
const QRegularExpression &costWords()
{
    static const QRegularExpression re(QStringLiteral("저렴|비싼|비싸|\\bcheap(?:er|est)?\\b|\\bexpensive\\b|\\bcostl(?:y|ier|iest)\\b"));
    return re;
}

const QRegularExpression &careerWords()
{
    static const QRegularExpression re(QStringLiteral("경력|연차|년차|\\bexperience[ds]?\\b|\\bcareers?\\b"));
    return re;
}

const QRegularExpression &desiredWords()
{
    static const QRegularExpression re(QStringLiteral("희망|기대|요구|\\bexpect(?:s|ed|ing|ations?)?\\b|\\bdesired\\b|\\basking\\b|\\btarget\\b"));
    return re;
}

// Which end the question asks for first, if it asks a superlative: "가장 높은", "제일 적게", "최고", "highest", "the
// least" ("at least 5 years" is a bar, FigureComparison).
std::optional<bool> highestAsked(const QString &folded)
{
    static const QRegularExpression korean(QStringLiteral("(?:가장|제일)\\s*(?:\\S+\\s+)?(높|많|길|긴|오래|큰|크|최근|늦|비싼|비싸|낮|적은|적게|짧|작은|일찍|먼저|저렴)"));
    static const QRegularExpression koreanWord(QStringLiteral("(최고|최대|최저|최소)"));
    static const QRegularExpression english(QStringLiteral(
        "\\b(highest|most|longest|largest|biggest|greatest|top|latest|lowest|least|fewest|shortest|smallest|cheapest|earliest)\\b"));
    static const QRegularExpression bar(QStringLiteral("\\bat (?:least|most)\\b"));
    if (const QRegularExpressionMatch m = korean.match(folded); m.hasMatch()) {
        static const QStringList low = {QStringLiteral("낮"), QStringLiteral("적은"), QStringLiteral("적게"), QStringLiteral("짧"),
                                        QStringLiteral("작은"), QStringLiteral("일찍"), QStringLiteral("먼저"), QStringLiteral("저렴")};
        return !low.contains(m.captured(1));
    }
    if (const QRegularExpressionMatch m = koreanWord.match(folded); m.hasMatch())
        return m.captured(1) == u"최고"_s || m.captured(1) == u"최대"_s;
    if (bar.match(folded).hasMatch())
        return std::nullopt;
    if (const QRegularExpressionMatch m = english.match(folded); m.hasMatch()) {
        static const QStringList low = {QStringLiteral("lowest"), QStringLiteral("least"), QStringLiteral("fewest"),
                                        QStringLiteral("shortest"), QStringLiteral("smallest"), QStringLiteral("cheapest"),
                                        QStringLiteral("earliest")};
        return !low.contains(m.captured(1));
    }
    return std::nullopt;
}

// Whether every word of the question belongs to asking a superlative of a field of someone: "Who has the most
// experience with Kafka?" asks for Kafka, and "가장 많은 프로젝트를 한 사람" counts something else.
bool asksNothingElse(const QString &folded)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList stems = {
        // Korean: the superlative, the field, whose, and the endings of asking
        u"가장"_s, u"제일"_s, u"최고"_s, u"최대"_s, u"최저"_s, u"최소"_s, u"높"_s, u"많"_s, u"길"_s, u"긴"_s, u"오래"_s, u"큰"_s, u"크"_s,
        u"저렴"_s, u"비싼"_s, u"비싸"_s, u"낮"_s, u"적은"_s, u"적게"_s, u"짧"_s, u"작은"_s, u"연봉"_s, u"급여"_s, u"월급"_s, u"보수"_s, u"몸값"_s, u"경력"_s, u"연차"_s,
        u"년차"_s, u"졸업"_s, u"최근"_s, u"늦"_s, u"일찍"_s, u"먼저"_s, u"학교"_s, u"대학"_s, u"희망"_s, u"기대"_s, u"요구"_s, u"원하"_s, u"사람"_s, u"후보"_s, u"지원자"_s, u"누구"_s, u"누가"_s,
        // asking the figure with the name ("누구이고 얼마인가요?", "and how much?"): the ranked lines write it
        u"얼마"_s, u"인가"_s, u"입니까"_s, u"이에요"_s, u"예요"_s, u"인지"_s, u"가진"_s, u"가지"_s, u"있"_s, u"쌓"_s, u"하는"_s, u"받"_s,
        u"알려"_s, u"찾아"_s, u"어느"_s, u"어떤"_s,
        // English
        u"who"_s, u"whose"_s, u"which"_s, u"candidate"_s, u"candidates"_s, u"person"_s, u"applicant"_s, u"applicants"_s, u"has"_s,
        u"have"_s, u"is"_s, u"are"_s, u"does"_s, u"do"_s, u"the"_s, u"a"_s, u"of"_s, u"for"_s, u"among"_s, u"them"_s, u"all"_s,
        u"most"_s, u"least"_s, u"highest"_s, u"lowest"_s, u"longest"_s, u"shortest"_s, u"largest"_s, u"smallest"_s, u"biggest"_s,
        u"greatest"_s, u"top"_s, u"fewest"_s, u"cheapest"_s, u"expensive"_s, u"costliest"_s, u"expected"_s, u"desired"_s, u"asking"_s, u"asks"_s, u"ask"_s,
        u"expects"_s, u"expect"_s, u"expecting"_s, u"expectation"_s, u"expectations"_s,
        u"target"_s, u"salary"_s, u"salaries"_s, u"pay"_s, u"compensation"_s, u"wage"_s, u"wages"_s, u"experience"_s,
        u"experienced"_s, u"years"_s, u"year"_s, u"career"_s, u"total"_s, u"wants"_s, u"want"_s, u"graduated"_s, u"graduate"_s,
        u"and"_s, u"how"_s, u"much"_s, u"many"_s, u"what"_s,
        u"latest"_s, u"earliest"_s, u"recently"_s, u"recent"_s, u"last"_s, u"from"_s, u"school"_s, u"university"_s, u"college"_s,
    };
    // Particles and one-syllable words stand alone ("총 경력", "몇 년으로"): as the start of a word they would take in
    // 은행, 이커머스, 총괄, 한국어 — a field of their own ("은행 경력이 가장 긴 사람은?" asks for banking).
    static const QSet<QString> whole = {u"은"_s, u"는"_s, u"이"_s, u"가"_s, u"을"_s, u"를"_s, u"의"_s, u"한"_s, u"총"_s,
                                        u"몇"_s, u"년"_s, u"년으로"_s, u"년인가요"_s, u"년이고"_s};
    for (auto it = word.globalMatch(folded); it.hasNext();) {
        const QString w = it.next().captured();
        const bool korean = isHangulSyllable(w.at(0));
        const bool known = korean ? whole.contains(w) || std::ranges::any_of(stems, [&](const QString &s) { return w.startsWith(s); })
                                  : stems.contains(w);
        if (!known)
            return false;
    }
    return true;
}

} // namespace

std::optional<FigureRanking> FigureRanking::inQuestion(const QString &question)
{
    const QString folded = AnswerText::foldForMatching(question);
    const std::optional<bool> highest = highestAsked(folded);
    if (!highest || !asksNothingElse(folded))
        return std::nullopt;
    FigureRanking r;
    r.highestFirst = *highest;
    static const QRegularExpression graduation(QStringLiteral("졸업|\\bgraduat"));
    if (graduation.match(folded).hasMatch())
        r.field = Field::Graduation;
    else if (payWords().match(folded).hasMatch() || askingWords().match(folded).hasMatch() || costWords().match(folded).hasMatch())
        r.field = Field::Pay;
    else if (careerWords().match(folded).hasMatch() || folded.contains(u"years"_s))
        r.field = Field::CareerYears;
    else
        return std::nullopt;
    // "Who asks the least?" asks what they ask for: the desired pay, as 희망 does.
    // So does "the cheapest": what a candidate would cost is what they ask.
    r.desired = r.field == Field::Pay
        && (desiredWords().match(folded).hasMatch() || askingWords().match(folded).hasMatch() || costWords().match(folded).hasMatch());
    return r;
}

QString FigureRanking::fieldWords(const QString &question) const
{
    // A career's length is written "경력 9년", "8 years", "N년차" whatever the question's word ("most experienced").
    if (field == Field::CareerYears)
        return QStringLiteral("경력 년차 years experience");
    if (field == Field::Graduation)
        return QStringLiteral("대학교 학사 university");
    const QString folded = AnswerText::foldForMatching(question);
    QStringList words;
    for (const QRegularExpression *re : {&desiredWords(), &payWords()}) {
        for (auto it = re->globalMatch(folded); it.hasNext();)
            words.append(it.next().captured());
    }
    // Résumés write 희망 / expected, not the asker's 요구, 기대 or target.
    words.removeIf([](const QString &w) { return w != u"희망"_s && w != u"expected"_s && w != u"desired"_s && desiredWords().match(w).hasMatch(); });
    // Résumés write their pay as 연봉 or salary: "Who asks for the highest pay?" searches those too.
    static const QRegularExpression written(QStringLiteral("연봉|\\bsalar(?:y|ies)\\b"));
    if (field == Field::Pay && !written.match(folded).hasMatch())
        words.append(AnswerText::language(question) == u"ko"_s ? QStringLiteral("연봉") : QStringLiteral("salary 연봉"));
    return words.join(u' ');
}

bool FigureRanking::isHeader(const QStringList &headingPath)
{
    const ResumeSection::Kind section = ResumeSection::under(headingPath);
    return ResumeSection::introduces(section) || section == ResumeSection::Kind::Contact;
}

std::optional<double> FigureRanking::valueIn(const QString &text, bool headerLine, const QString &label) const
{
    const std::optional<FigureValues::Stated> figure = figureIn(text, headerLine, label);
    if (!figure)
        return std::nullopt;
    // No rate turns dollars or pounds into 원 (none is invented): an amount in another currency orders after every 원
    // amount, whichever end is asked for first, each currency after the one before it (FigureValues::currencyOrder),
    // and within its own currency by value. Pay is far below a band's width.
    constexpr double kCurrencyBand = 1e12;
    if (const int band = field == Field::Pay ? FigureValues::currencyOrder(figure->unit) : 0; band > 0)
        return highestFirst ? figure->value - band * kCurrencyBand : figure->value + band * kCurrencyBand;
    return figure->value;
}

QString FigureRanking::currencyIn(const QString &text, bool headerLine, const QString &label) const
{
    if (field != Field::Pay)
        return {};
    const std::optional<FigureValues::Stated> figure = figureIn(text, headerLine, label);
    return figure ? figure->unit : QString();
}

std::optional<FigureValues::Stated> FigureRanking::figureIn(const QString &text, bool headerLine, const QString &label) const
{
    const QString folded = AnswerText::foldForMatching(text);
    const QList<FigureValues::Stated> figures = FigureValues::stated(folded);
    // Where the field's own word is: its figure is the first of the unit after it ("경력 7년 연봉 희망 6,500만원").
    qsizetype anchor = -1;
    if (field == Field::Graduation) {
        // A school's line ("한국가상대학교 컴퓨터공학과 학사 (2009.03 ~ 2015.02)"): its last date is when it ended.
        static const QRegularExpression school(QStringLiteral("대학|학교|university|college|institute|school"));
        static const QRegularExpression date(QStringLiteral("((?:19|20)\\d{2})(?:\\s*[./-]\\s*(\\d{1,2}))?"));
        if (!school.match(folded).hasMatch())
            return std::nullopt;
        std::optional<FigureValues::Stated> last;
        for (auto it = date.globalMatch(folded); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            last = FigureValues::Stated{m.capturedStart(), m.capturedEnd(), double(m.captured(1).toInt() * 100 + m.captured(2).toInt()), {}};
        }
        return last;
    }
    auto isUnit = [&](const FigureValues::Stated &f) {
        if (field == Field::Pay)
            return FigureValues::isCurrency(f.unit);
        return f.unit == u"년"_s && !(f.value >= 1900 && f.value < 2200); // "2019년" is a date, not 2,019 years
    };
    if (field == Field::Pay) {
        const QRegularExpressionMatch desiredAt = desired ? desiredWords().match(folded) : QRegularExpressionMatch();
        const QRegularExpressionMatch payAt = payWords().match(folded);
        // "희망 연봉" over "8,000만원 (현재 연봉 7,100만원)": the line is the label's value, its first figure the one
        // asked; the parenthesis names another field. A line naming a field before its figure speaks for itself.
        const QString labelFolded = AnswerText::foldForMatching(label);
        if (payWords().match(labelFolded).hasMatch() && (!desired || desiredWords().match(labelFolded).hasMatch())) {
            // "현재 5,000만원 / 희망 6,900만원" names its own fields first.
            static const QRegularExpression current(QStringLiteral("현재|기존|\\bcurrent\\b|\\bpresent\\b"));
            qsizetype ownWord = folded.size();
            for (const QRegularExpression *re : {&payWords(), &desiredWords(), &current}) {
                if (const QRegularExpressionMatch m = re->match(folded); m.hasMatch())
                    ownWord = std::min(ownWord, m.capturedStart());
            }
            // Only a line that is nothing but the value: "성과급 1,000만원 별도, 기본 연봉 6,000만원" names a bonus first.
            static const QRegularExpression bare(QStringLiteral("^[\\s\\p{P}\\p{S}]*(?:krw|usd|gbp|eur|jpy|cny|rmb)?[\\s\\p{P}\\p{S}]*$"));
            const auto first = std::ranges::find_if(figures, isUnit);
            if (first != figures.cend() && first->start < ownWord && bare.match(folded.left(first->start)).hasMatch())
                return *first;
        }
        if (!payAt.hasMatch() && !desiredAt.hasMatch())
            return std::nullopt;
        // Asked the desired pay, a line whose only pay is the current one ("현재 연봉 7,100만원") states none.
        static const QRegularExpression currentBefore(QStringLiteral("(?:현재|기존|\\bcurrent|\\bpresent)\\s*$"));
        if (desired && !desiredAt.hasMatch() && currentBefore.match(folded.left(payAt.capturedStart())).hasMatch())
            return std::nullopt;
        // "현재 연봉 6,000만원, 희망 연봉 7,000만원" asked the desired pay: the figure after 희망.
        anchor = desiredAt.hasMatch() ? desiredAt.capturedStart() : payAt.capturedStart();
    } else {
        const QRegularExpressionMatch careerAt = careerWords().match(folded);
        if (!careerAt.hasMatch() && !headerLine)
            return std::nullopt;
        anchor = careerAt.hasMatch() ? careerAt.capturedStart() : 0;
    }
    auto pick = [&](bool afterAnchor) -> std::optional<FigureValues::Stated> {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            FigureValues::Stated f = figures.at(i);
            if ((afterAnchor && f.start < anchor) || !isUnit(f))
                continue;
            // "6년 4개월" is longer than "6년": the months order it, and are never written into the answer.
            if (field == Field::CareerYears && i + 1 < figures.size() && figures.at(i + 1).unit == u"개월"_s
                && figures.at(i + 1).start - f.end <= 3)
                f.value += figures.at(i + 1).value / 12.0;
            return f;
        }
        return std::nullopt;
    };
    if (const std::optional<FigureValues::Stated> v = pick(true))
        return v;
    // "9 years of experience", "3년의 경력": the figure before the word.
    return pick(false);
}

QString FigureRanking::labelOf(const QString &passage, qsizetype start, const QStringList &headingPath)
{
    QString before = passage.left(std::max<qsizetype>(start, 0));
    while (!before.isEmpty() && (before.back() == u' ' || before.back() == u'\t'))
        before.chop(1);
    // A sentence in the middle of a line stands under nothing but the line's own start.
    if (!before.isEmpty() && before.back() != u'\n')
        return {};
    before = before.trimmed();
    if (!before.isEmpty()) {
        // A label is short and states no figure: a sentence about pay ("연봉보다 성장을 중시합니다") labels nothing.
        const QString line = before.mid(before.lastIndexOf(u'\n') + 1).trimmed();
        return line.size() <= kMaxLabelChars && FigureValues::stated(AnswerText::foldForMatching(line)).isEmpty() ? line : QString();
    }
    return headingPath.isEmpty() ? QString() : headingPath.last();
}

QList<SearchHit> FigureRanking::rank(const QList<SearchHit> &hits, int max) const
{
    return firstOfEach(
        hits, [](const SearchHit &h) { return h.ref.candidateId; },
        [&](const SearchHit &h) {
            const Chunk &c = h.ref.chunk;
            return valueIn(c.text, isHeader(c.headingPath), labelOf(c.text, 0, c.headingPath));
        },
        max);
}

} // namespace Protostar
