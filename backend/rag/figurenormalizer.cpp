// SPDX-License-Identifier: MIT
#include "rag/figurenormalizer.h"

namespace Protostar {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Exact decimal arithmetic on digit strings: amounts like 1.2억 must become 120000000, not 119999999.99.
struct Decimal {
    QString digits; // no leading zeros except "0"
    int scale = 0;  // digits after the point
};

QString trimmed(Decimal v)
{
    while (v.scale > 0 && v.digits.endsWith(u'0')) {
        v.digits.chop(1);
        --v.scale;
    }
    QString s = v.digits;
    if (v.scale > 0) {
        while (s.size() <= v.scale)
            s.prepend(u'0');
        s.insert(s.size() - v.scale, u'.');
    }
    qsizetype lead = 0;
    while (lead + 1 < s.size() && s.at(lead) == u'0' && s.at(lead + 1) != u'.')
        ++lead;
    return s.mid(lead);
}

Decimal times10(Decimal v, int power)
{
    const int shift = qMin(power, v.scale);
    v.scale -= shift;
    power -= shift;
    v.digits += QString(power, u'0');
    return v;
}

// Adds two non-negative integers written in decimal.
QString addIntegers(const QString &a, const QString &b)
{
    QString out;
    int carry = 0;
    for (qsizetype i = a.size() - 1, j = b.size() - 1; i >= 0 || j >= 0 || carry; --i, --j) {
        const int s = (i >= 0 ? a.at(i).unicode() - u'0' : 0) + (j >= 0 ? b.at(j).unicode() - u'0' : 0) + carry;
        out.prepend(QChar(u'0' + s % 10));
        carry = s / 10;
    }
    return out;
}

int smallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'십': return 1;
    case u'백': return 2;
    case u'천': return 3;
    default: return 0;
    }
}

int bigUnit(QChar c)
{
    switch (c.unicode()) {
    case u'만': return 4;
    case u'억': return 8;
    case u'조': return 12;
    default: return 0;
    }
}

// Reads digits with thousands separators and one decimal point; returns the end.
qsizetype readNumber(const QString &text, qsizetype pos, Decimal &out)
{
    qsizetype i = pos;
    bool point = false;
    QString digits;
    int scale = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isDigit(c)) {
            digits += c;
            if (point)
                ++scale;
            ++i;
        } else if ((c == u',' || (c == u'.' && !point)) && i + 1 < text.size() && isDigit(text.at(i + 1))) {
            point = point || c == u'.';
            ++i;
        } else {
            break;
        }
    }
    out = Decimal{digits, scale};
    return i;
}

} // namespace

FigureNormalizer::Figure FigureNormalizer::parseAt(const QString &text, qsizetype pos)
{
    Figure f;
    f.end = pos;
    if (pos >= text.size() || !isDigit(text.at(pos)))
        return f;
    Decimal first;
    qsizetype i = readNumber(text, pos, first);
    f.number = trimmed(first);
    f.end = i;

    // Korean amounts: groups of <number><십|백|천>?<만|억|조>? separated by at most one space, largest first.
    QString total = QStringLiteral("0");
    bool anyUnit = false;
    Decimal current = first;
    int lastBig = 99;
    while (true) {
        int power = 0;
        qsizetype j = i;
        if (j < text.size() && smallUnit(text.at(j))) {
            power += smallUnit(text.at(j));
            ++j;
        }
        int big = j < text.size() ? bigUnit(text.at(j)) : 0;
        if (big >= lastBig)
            big = 0;
        if (big) {
            power += big;
            ++j;
        }
        if (power == 0)
            break;
        anyUnit = true;
        const Decimal scaled = times10(current, power);
        if (scaled.scale != 0) { // a fraction left over (1.23만): keep the amount as written
            anyUnit = false;
            break;
        }
        total = addIntegers(total, scaled.digits);
        i = j;
        f.end = i;
        if (!big)
            break;
        lastBig = big;
        // Another group may follow: "1억 2,000만".
        qsizetype k = i;
        if (k < text.size() && text.at(k) == u' ')
            ++k;
        if (k >= text.size() || !isDigit(text.at(k)))
            break;
        Decimal next;
        const qsizetype nextEnd = readNumber(text, k, next);
        const bool followedByUnit = nextEnd < text.size() && (smallUnit(text.at(nextEnd)) || bigUnit(text.at(nextEnd)));
        if (!followedByUnit)
            break;
        current = next;
        i = nextEnd;
    }
    f.value = anyUnit ? trimmed(Decimal{total, 0}) : f.number;
    return f;
}

QString FigureNormalizer::canonical(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isDigit(text.at(i)))
            return parseAt(text, i).value;
    }
    return {};
}

} // namespace Protostar
