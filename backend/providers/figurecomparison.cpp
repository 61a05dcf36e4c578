// SPDX-License-Identifier: MIT
#include "providers/figurecomparison.h"

#include "providers/answertext.h"
#include "rag/figurenormalizer.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Protostar {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct ReadFigure {
    double value = 0.0;
    qsizetype end = 0; // == start when there is no figure
};

// A number with its Korean units (1만 2천, 3,500만) or a k/m/b multiplier (10k, 1.2m), as FigureNormalizer reads it.
ReadFigure readFigure(const QString &folded, qsizetype pos)
{
    const FigureNormalizer::Figure f = FigureNormalizer::parseAt(folded, pos);
    if (f.end <= pos)
        return {0.0, pos};
    bool ok = false;
    double value = f.value.toDouble(&ok);
    if (!ok)
        return {0.0, pos};
    qsizetype end = f.end;
    if (end < folded.size() && (end + 1 >= folded.size() || !isAsciiLetter(folded.at(end + 1)))) {
        switch (folded.at(end).unicode()) {
        case u'k': value *= 1e3; ++end; break;
        case u'm': value *= 1e6; ++end; break;
        case u'b': value *= 1e9; ++end; break;
        default: break;
        }
    }
    // "35 million won", "1.5 billion": an English multiplier word.
    static const QRegularExpression multiplier(QStringLiteral("\\G ?(thousand|million|billion)\\b"));
    if (end == f.end) {
        if (const QRegularExpressionMatch m = multiplier.match(folded, end); m.hasMatch()) {
            value *= m.captured(1) == u"thousand"_s ? 1e3 : m.captured(1) == u"million"_s ? 1e6 : 1e9;
            end = m.capturedEnd();
        }
    }
    return {value, end};
}

// The unit written right after a figure ("12k tps", "8명", "3개월"), canonical, or "".
QString unitAfter(const QString &folded, qsizetype end)
{
    qsizetype i = end;
    if (i < folded.size() && folded.at(i) == u' ')
        ++i;
    if (i >= folded.size())
        return {};
    if (folded.at(i) == u'%')
        return QStringLiteral("%");
    if (isAsciiLetter(folded.at(i))) {
        qsizetype j = i;
        while (j < folded.size() && isAsciiLetter(folded.at(j)))
            ++j;
        return FigureComparison::canonicalUnit(folded.mid(i, j - i));
    }
    if (folded.mid(i, 2) == QLatin1String("개월"))
        return QStringLiteral("개월");
    return FigureComparison::canonicalUnit(folded.mid(i, 1));
}

// A Latin unit written right before a figure ("tps 1만 2천"), canonical, or "".
QString unitBefore(const QString &folded, qsizetype start)
{
    qsizetype j = start;
    if (j > 0 && folded.at(j - 1) == u' ')
        --j;
    qsizetype i = j;
    while (i > 0 && isAsciiLetter(folded.at(i - 1)))
        --i;
    return i < j ? FigureComparison::canonicalUnit(folded.mid(i, j - i)) : QString();
}

} // namespace

QString FigureComparison::canonicalUnit(const QString &token)
{
    static const QHash<QString, QString> units = {
        {QStringLiteral("tps"), QStringLiteral("tps")},   {QStringLiteral("qps"), QStringLiteral("qps")},
        {QStringLiteral("rps"), QStringLiteral("rps")},   {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("percent"), QStringLiteral("%")}, {QStringLiteral("퍼센트"), QStringLiteral("%")},
        {QStringLiteral("년"), QStringLiteral("년")},     {QStringLiteral("years"), QStringLiteral("년")},
        {QStringLiteral("year"), QStringLiteral("년")},   {QStringLiteral("yrs"), QStringLiteral("년")},
        {QStringLiteral("개월"), QStringLiteral("개월")}, {QStringLiteral("months"), QStringLiteral("개월")},
        {QStringLiteral("month"), QStringLiteral("개월")}, {QStringLiteral("명"), QStringLiteral("명")},
        {QStringLiteral("people"), QStringLiteral("명")}, {QStringLiteral("engineers"), QStringLiteral("명")},
        {QStringLiteral("developers"), QStringLiteral("명")}, {QStringLiteral("members"), QStringLiteral("명")},
        {QStringLiteral("원"), QStringLiteral("원")},     {QStringLiteral("won"), QStringLiteral("원")},
        {QStringLiteral("krw"), QStringLiteral("원")},    {QStringLiteral("건"), QStringLiteral("건")},
        {QStringLiteral("ms"), QStringLiteral("ms")},     {QStringLiteral("gb"), QStringLiteral("gb")},
        {QStringLiteral("tb"), QStringLiteral("tb")},     {QStringLiteral("배"), QStringLiteral("배")},
    };
    return units.value(token);
}

std::optional<FigureComparison> FigureComparison::inQuestion(const QString &question)
{
    const QString folded = AnswerText::foldForMatching(question);
    static const QRegularExpression korean(QStringLiteral(
        "(\\d[\\d,.]*(?:\\s?[kmb](?![a-z]))?(?:\\s?[십백천만억조]+)*)\\s?(%|[a-z]+|개월|[가-힣])?\\s?(?:[가-힣]{0,2}\\s?)?"
        "(이상|초과|넘|이하|미만)"));
    static const QRegularExpression english(QStringLiteral(
        "(no less than|at least|more than|greater than|over|above|exceeding|no more than|at most|fewer than|less than|"
        "below|under)\\s+[$₩]?(\\d[\\d,.]*)\\s?(?:[kmb](?![a-z]))?(?:\\s?[십백천만억조]+)*(?:\\s?(?:thousand|million|billion)\\b)?"
        "\\s?(%|[a-z]+|개월|[가-힣])?"));
    FigureComparison c;
    qsizetype numberAt = -1;
    QString opWord;
    if (const auto m = korean.match(folded); m.hasMatch()) {
        numberAt = m.capturedStart(1);
        c.unit = canonicalUnit(m.captured(2));
        opWord = m.captured(3);
    } else if (const auto e = english.match(folded); e.hasMatch()) {
        numberAt = e.capturedStart(2);
        c.unit = canonicalUnit(e.captured(3));
        opWord = e.captured(1);
    }
    if (numberAt < 0 || c.unit.isEmpty())
        return std::nullopt;
    const ReadFigure figure = readFigure(folded, numberAt);
    if (figure.end <= numberAt)
        return std::nullopt;
    c.value = figure.value;
    static const QHash<QString, Op> ops = {
        {QStringLiteral("이상"), Op::AtLeast},       {QStringLiteral("at least"), Op::AtLeast},
        {QStringLiteral("no less than"), Op::AtLeast}, {QStringLiteral("초과"), Op::MoreThan},
        {QStringLiteral("넘"), Op::MoreThan},         {QStringLiteral("more than"), Op::MoreThan},
        {QStringLiteral("greater than"), Op::MoreThan}, {QStringLiteral("over"), Op::MoreThan},
        {QStringLiteral("above"), Op::MoreThan},      {QStringLiteral("exceeding"), Op::MoreThan},
        {QStringLiteral("이하"), Op::AtMost},         {QStringLiteral("at most"), Op::AtMost},
        {QStringLiteral("no more than"), Op::AtMost}, {QStringLiteral("미만"), Op::LessThan},
        {QStringLiteral("fewer than"), Op::LessThan}, {QStringLiteral("less than"), Op::LessThan},
        {QStringLiteral("below"), Op::LessThan},      {QStringLiteral("under"), Op::LessThan},
    };
    c.op = ops.value(opWord, Op::AtLeast);
    return c;
}

bool FigureComparison::meets(double stated) const
{
    switch (op) {
    case Op::AtLeast: return stated >= value;
    case Op::MoreThan: return stated > value;
    case Op::AtMost: return stated <= value;
    case Op::LessThan: return stated < value;
    }
    return true;
}

FigureComparison::Verdict FigureComparison::judge(const QString &sentence) const
{
    const QString folded = AnswerText::foldForMatching(sentence);
    Verdict verdict = Verdict::NoFigure;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (!isAsciiDigit(folded.at(i)) || (i > 0 && (isAsciiDigit(folded.at(i - 1)) || folded.at(i - 1) == u'.' || folded.at(i - 1) == u',')))
            continue;
        const ReadFigure f = readFigure(folded, i);
        if (f.end <= i)
            continue;
        const bool sameUnit = unitAfter(folded, f.end) == unit || unitBefore(folded, i) == unit;
        // "2019년" is a calendar year, not a duration of 2,019 years.
        const bool calendarYear = unit == u"년"_s && f.value >= 1900 && f.value < 2200;
        if (sameUnit && !calendarYear) {
            if (meets(f.value))
                return Verdict::Meets;
            verdict = Verdict::Fails;
        }
        i = f.end - 1;
    }
    return verdict;
}

} // namespace Protostar
