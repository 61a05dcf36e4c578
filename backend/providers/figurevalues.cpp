// SPDX-License-Identifier: MIT
#include "providers/figurevalues.h"

#include "core/hangul.h"
#include "rag/figurenormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Protostar {

namespace {

struct PlainFigure {
    qsizetype start = 0;
    qsizetype end = 0;
    QString value;
    bool multiplied = false; // a Korean unit or an English multiplier word was applied
};

// Every figure of `folded` with its value: FigureNormalizer's Korean units, then "thousand / million / billion".
QList<PlainFigure> plainFiguresOf(const QString &folded)
{
    static const QRegularExpression multiplier(QStringLiteral("\\G ?(thousand|million|billion)\\b"));
    QList<PlainFigure> out;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (!(c >= u'0' && c <= u'9'))
            continue;
        if (i > 0 && (folded.at(i - 1).isDigit() || folded.at(i - 1) == u'.' || folded.at(i - 1) == u','
                      || (folded.at(i - 1).isLetter() && folded.at(i - 1).unicode() < 0x0250))) {
            while (i + 1 < folded.size() && folded.at(i + 1).isDigit())
                ++i;
            continue;
        }
        // "3천5백만원" is (3천 5백)만, which FigureNormalizer reads group by group.
        static const QRegularExpression grouped(QStringLiteral("\\G(?:(\\d)천)?(?:(\\d)백)?(?:(\\d)십)?(\\d)?([만억조])"));
        if (const QRegularExpressionMatch g = grouped.match(folded, i);
            g.hasMatch() && (i == 0 || folded.at(i - 1) != u'제') && (!g.captured(1).isEmpty() || !g.captured(2).isEmpty() || !g.captured(3).isEmpty())) {
            int small = 0;
            for (int k = 1; k <= 4; ++k)
                small += g.captured(k).toInt() * (k == 1 ? 1000 : k == 2 ? 100 : k == 3 ? 10 : 1);
            const int zeros = g.captured(5) == u"만" ? 4 : g.captured(5) == u"억" ? 8 : 12;
            out.append({i, g.capturedEnd(), QString::number(small) + QString(zeros, u'0'), true});
            i = g.capturedEnd() - 1;
            continue;
        }
        const FigureNormalizer::Figure f = FigureNormalizer::parseAt(folded, i);
        if (f.end <= i)
            continue;
        // "제3조", "제12호": an article number, not 3 trillion.
        const bool ordinal = i > 0 && folded.at(i - 1) == u'제';
        PlainFigure p{i, f.end, ordinal ? f.number : f.value, f.value != f.number && !ordinal};
        if (const QRegularExpressionMatch m = multiplier.match(folded, f.end); m.hasMatch() && !p.multiplied) {
            const int zeros = m.captured(1) == u"thousand" ? 3 : m.captured(1) == u"million" ? 6 : 9;
            const QString n = f.number;
            const qsizetype point = n.indexOf(u'.');
            const int decimals = point < 0 ? 0 : int(n.size() - point - 1);
            if (decimals <= zeros) {
                QString digits = QString(n).remove(u'.') + QString(zeros - decimals, u'0');
                while (digits.size() > 1 && digits.startsWith(u'0'))
                    digits.remove(0, 1);
                p = {i, m.capturedEnd(), digits, true};
            }
        }
        out.append(p);
        i = p.end - 1;
    }
    return out;
}

// The currency a code, sign or word names, as units are written ("원", "$", "£", "€", "JPY", "CNY", "¥"), or empty. A
// dollar of another country ("C$", "HK$") is its own currency; "US$" is the dollar. A bare "¥" is written for the yen
// and the yuan alike: it is neither JPY nor CNY but a currency of its own, "¥" (FigureValues::isCurrency).
QString currencyNamed(const QString &folded)
{
    static const QHash<QString, QString> names = {
        {u"krw"_s, u"원"_s},   {u"won"_s, u"원"_s},     {u"₩"_s, u"원"_s},      {u"￦"_s, u"원"_s},     {u"원"_s, u"원"_s},
        {u"usd"_s, u"$"_s},    {u"us$"_s, u"$"_s},      {u"$"_s, u"$"_s},       {u"dollar"_s, u"$"_s},  {u"dollars"_s, u"$"_s},
        {u"달러"_s, u"$"_s},   {u"gbp"_s, u"£"_s},      {u"£"_s, u"£"_s},       {u"pound"_s, u"£"_s},   {u"pounds"_s, u"£"_s},
        {u"파운드"_s, u"£"_s}, {u"eur"_s, u"€"_s},      {u"€"_s, u"€"_s},       {u"euro"_s, u"€"_s},    {u"euros"_s, u"€"_s},
        {u"유로"_s, u"€"_s},   {u"jpy"_s, u"JPY"_s},    {u"¥"_s, u"¥"_s},       {u"￥"_s, u"¥"_s},      {u"jp¥"_s, u"JPY"_s},
        {u"yen"_s, u"JPY"_s},  {u"엔"_s, u"JPY"_s},     {u"円"_s, u"JPY"_s},    {u"cny"_s, u"CNY"_s},   {u"rmb"_s, u"CNY"_s},
        {u"cn¥"_s, u"CNY"_s},
        {u"yuan"_s, u"CNY"_s}, {u"위안"_s, u"CNY"_s},   {u"元"_s, u"CNY"_s},
    };
    if (const auto it = names.constFind(folded); it != names.cend())
        return *it;
    // "c$", "hk$", "nt$": another country's dollar, never compared with "$".
    static const QRegularExpression otherDollar(QStringLiteral("^([a-z]{1,2})\\$$"));
    if (const QRegularExpressionMatch m = otherDollar.match(folded); m.hasMatch())
        return m.captured(1).toUpper() + u'$';
    return {};
}

// The unit written next to the figure at [start, end): a currency sign or code before it ("KRW 95,000,000",
// "USD 120,000", "GBP 95,000", "€ 720"), else a currency sign, code or word, or a counter after it (원, 건, 명,
// "720 EUR", "95,000€", won / KRW as 원, dollars / USD as $). Anything else ("이상", "or more") is none.
QString unitOf(const QString &folded, qsizetype start, qsizetype end)
{
    static const QString signs = QStringLiteral("$₩￦£€¥￥元円");
    qsizetype b = start;
    if (b > 0 && folded.at(b - 1) == u' ')
        --b;
    if (b > 0 && signs.contains(folded.at(b - 1))) {
        // The letters glued before a sign name whose it is: "us$", "hk$", "cn¥".
        qsizetype from = b - 1;
        while (from > 0 && from > b - 3 && folded.at(from - 1).isLetter() && folded.at(from - 1).unicode() < 0x0250)
            --from;
        if (from > 0 && folded.at(from - 1).isLetter())
            from = b - 1; // the end of a longer word ("fees$"), not a country's prefix
        if (const QString unit = currencyNamed(folded.mid(from, b - from)); !unit.isEmpty())
            return unit;
        return currencyNamed(folded.mid(b - 1, 1));
    }
    static const QRegularExpression codeBefore(QStringLiteral("\\b(krw|usd|gbp|eur|jpy|cny|rmb) ?$"));
    const qsizetype from = std::max<qsizetype>(0, start - 5);
    if (const QRegularExpressionMatch m = codeBefore.match(folded.mid(from, start - from)); m.hasMatch())
        return currencyNamed(m.captured(1));
    qsizetype i = end;
    if (i < folded.size() && folded.at(i) == u' ')
        ++i;
    if (i < folded.size() && signs.contains(folded.at(i)))
        return currencyNamed(folded.mid(i, 1));
    if (i >= folded.size() || !folded.at(i).isLetter())
        return {};
    static const QString counters = QStringLiteral("원건명개회년월일주배곳대톤평장권편호번점");
    if (isHangulSyllable(folded.at(i))) {
        // 달러, 유로, 파운드, 위안; 엔 only standing alone ("5,000엔", not "3 엔지니어").
        for (const QString &word : {u"달러"_s, u"유로"_s, u"파운드"_s, u"위안"_s}) {
            if (folded.mid(i, word.size()) == word)
                return currencyNamed(word);
        }
        if (folded.at(i) == u'엔' && (i + 1 >= folded.size() || !folded.at(i + 1).isLetter()))
            return u"JPY"_s;
        return counters.contains(folded.at(i)) ? folded.mid(i, 1) : QString();
    }
    qsizetype j = i;
    while (j < folded.size() && folded.at(j).isLetter())
        ++j;
    return currencyNamed(folded.mid(i, j - i));
}

// Whether two units may name one currency: the same, or a bare "¥" beside the yen or the yuan, either of which it may
// be (an amount asked in ¥ may be the one a résumé writes in JPY). Ranking never takes them for one (currencyOrder).
bool mayBeSameCurrency(const QString &a, const QString &b)
{
    auto yenOrYuan = [](const QString &u) { return u == u"JPY"_s || u == u"CNY"_s; };
    return a == b || (a == u"¥"_s && yenOrYuan(b)) || (b == u"¥"_s && yenOrYuan(a));
}

const QRegularExpression &amountPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{5,})(.*)$"));
    return re;
}

} // namespace

QString FigureValues::plain(const QString &folded)
{
    QString out = folded;
    const QList<PlainFigure> figures = plainFiguresOf(folded);
    for (auto it = figures.crbegin(); it != figures.crend(); ++it) {
        if (it->multiplied)
            out.replace(it->start, it->end - it->start, it->value);
    }
    return out;
}

QStringList FigureValues::values(const QString &folded)
{
    QStringList out;
    for (const PlainFigure &f : plainFiguresOf(folded))
        out.append(f.value);
    return out;
}

bool FigureValues::writes(const QString &folded, const QString &plain)
{
    const QList<PlainFigure> figures = plainFiguresOf(folded);
    return std::any_of(figures.cbegin(), figures.cend(), [&](const PlainFigure &f) { return f.value == plain; });
}

QStringList FigureValues::amounts(const QString &folded)
{
    QStringList out;
    for (const PlainFigure &f : plainFiguresOf(folded)) {
        if (f.value.size() >= 5 && !f.value.contains(u'.'))
            out.append(f.value + unitOf(folded, f.start, f.end));
    }
    return out;
}

bool FigureValues::writesAmount(const QString &folded, const QString &amount)
{
    const QRegularExpressionMatch m = amountPattern().match(amount);
    if (!m.hasMatch())
        return false;
    const QList<PlainFigure> figures = plainFiguresOf(folded);
    return std::any_of(figures.cbegin(), figures.cend(), [&](const PlainFigure &f) {
        if (f.value != m.captured(1))
            return false;
        const QString unit = unitOf(folded, f.start, f.end);
        return m.captured(2).isEmpty() || unit.isEmpty() || mayBeSameCurrency(unit, m.captured(2));
    });
}

QList<FigureValues::Stated> FigureValues::stated(const QString &folded)
{
    static const QRegularExpression yearWord(QStringLiteral("\\G\\+? ?(?:years?|yrs)\\b"));
    QList<Stated> out;
    for (const PlainFigure &f : plainFiguresOf(folded)) {
        qsizetype after = f.end;
        if (after < folded.size() && folded.at(after) == u'+')
            ++after; // "8+ years"
        QString unit = unitOf(folded, f.start, after);
        if (unit.isEmpty() && yearWord.match(folded, f.end).hasMatch())
            unit = QStringLiteral("년");
        else if (unit == u"개" && folded.mid(after).trimmed().startsWith(u"개월"))
            unit = QStringLiteral("개월");
        out.append({f.start, f.end, f.value.toDouble(), unit});
    }
    return out;
}

bool FigureValues::isCurrency(const QString &unit)
{
    return currencyOrder(unit) >= 0;
}

int FigureValues::currencyOrder(const QString &unit)
{
    static const QStringList known = {u"원"_s, u"$"_s, u"£"_s, u"€"_s, u"JPY"_s, u"CNY"_s, u"¥"_s};
    if (const qsizetype at = known.indexOf(unit); at >= 0)
        return int(at);
    return unit.size() > 1 && unit.endsWith(u'$') ? int(known.size()) : -1;
}

} // namespace Protostar
