// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>

namespace Protostar {

// One sentence of a text: [start, start + length) with surrounding whitespace excluded.
struct SentenceSpan {
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool operator==(const SentenceSpan &) const = default;
};

// Splits Korean and English text into sentences with offsets. Stateless, so thread-safe.
// A sentence ends at ., ?, ! or … followed by whitespace (Korean endings such as "다." or "요." included),
// at 。？！ anywhere, and at a blank line. Decimals ("3.5", "1,200.5억"), versions ("v2.1"), URLs, dates
// ("2019. 3."), initials and common abbreviations ("Dr.", "e.g.") do not end a sentence.
class SentenceSplitter
{
public:
    static QList<SentenceSpan> split(QStringView text);
};

// Defined inline here rather than in a .cpp: backend/core/CMakeLists.txt lists its sources by name, and
// every library that includes this header must link without a build change.
namespace detail {

inline bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case u'}': case 0x201D /*”*/: case 0x2019 /*’*/:
    case 0x300D /*」*/: case 0x300F /*』*/: case 0x3009 /*〉*/: case 0x300B /*》*/: case 0xFF09 /*）*/:
        return true;
    default:
        return false;
    }
}

inline bool isFullStopAnywhere(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF1F) || c == QChar(0xFF01); // 。？！
}

// The word right before a '.' at `dot`, with inner dots ("e.g"), lower-cased.
inline QString wordBefore(QStringView text, qsizetype dot)
{
    qsizetype b = dot;
    while (b > 0 && (text[b - 1].isLetterOrNumber() || text[b - 1] == u'.'))
        --b;
    return text.mid(b, dot - b).toString().toLower();
}

// Whether the '.' at `dot`, followed by whitespace, is part of an abbreviation, an initial or a date.
inline bool dotIsNotAnEnd(QStringView text, qsizetype dot, qsizetype next)
{
    static const std::array<QStringView, 27> abbreviations = {
        u"dr", u"mr", u"mrs", u"ms", u"prof", u"sr", u"jr", u"st", u"vs", u"etc", u"e.g", u"i.e", u"inc", u"ltd",
        u"co", u"corp", u"fig", u"approx", u"dept", u"u.s", u"ph.d", u"m.s", u"b.s", u"a.m", u"p.m", u"jan",
        u"feb"};
    const QString word = wordBefore(text, dot);
    if (word.isEmpty())
        return false;
    // "etc." often ends a sentence; only treat it as inner when a lower-case word follows.
    const bool nextIsLower = next < text.size() && text[next].isLower();
    if (word == u"etc")
        return nextIsLower;
    if (std::find(abbreviations.begin(), abbreviations.end(), QStringView(word)) != abbreviations.end())
        return true;
    if (word.size() == 1 && word[0].isLetter() && text[dot - 1].isUpper() && text[dot - 1].unicode() < 0x80)
        return true; // an initial: "J. Smith"
    // Dotted abbreviations beyond the list: degrees and the like ("M.Sc.", "B.Eng.", "M.B.A."), every part a few
    // Latin letters. A degree ends its sentence only by accident; splitting it drops the degree from the quote.
    if (word.contains(u'.')) {
        const QStringList parts = word.split(u'.');
        if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) {
                return !p.isEmpty() && p.size() <= 3
                    && std::all_of(p.cbegin(), p.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
            }))
            return true;
    }
    // Korean dates are written "2019. 3. 1." and lists of years "2019. ~ 2021.": digits then a digit or '~'.
    bool allDigits = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    if (allDigits && next < text.size() && (text[next].isDigit() || text[next] == u'~' || text[next] == u'-'))
        return true;
    // ... and the month in "2019. 3. 입사" follows the year's dot.
    if (allDigits && word.size() <= 2) {
        qsizetype b = dot - word.size();
        while (b > 0 && text[b - 1] == u' ')
            --b;
        if (b >= 2 && text[b - 1] == u'.' && text[b - 2].isDigit())
            return true;
    }
    // English sentences start upper-case; a lower-case continuation means the dot was inner.
    if (nextIsLower && text[dot - 1].unicode() < 0x80)
        return true;
    return false;
}

} // namespace detail

inline QList<SentenceSpan> SentenceSplitter::split(QStringView text)
{
    QList<SentenceSpan> out;
    const qsizetype n = text.size();
    qsizetype start = 0;
    auto emitUpTo = [&](qsizetype end) {
        qsizetype b = start, e = end;
        while (b < e && text[b].isSpace())
            ++b;
        while (e > b && text[e - 1].isSpace())
            --e;
        if (e > b)
            out.append(SentenceSpan{b, e - b});
        start = end;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' && i + 1 < n && text[i + 1] == u'\n') {
            emitUpTo(i);
            continue;
        }
        if (detail::isFullStopAnywhere(c)) {
            qsizetype e = i + 1;
            while (e < n && (detail::isFullStopAnywhere(text[e]) || detail::isClosingMark(text[e])))
                ++e;
            emitUpTo(e);
            i = e - 1;
            continue;
        }
        if (c != u'.' && c != u'?' && c != u'!' && c != QChar(0x2026))
            continue;
        // Runs such as "?!", "..." and a closing quote or bracket belong to the sentence they end.
        qsizetype e = i + 1;
        while (e < n && (text[e] == u'.' || text[e] == u'?' || text[e] == u'!' || text[e] == QChar(0x2026)))
            ++e;
        while (e < n && detail::isClosingMark(text[e]))
            ++e;
        // Only whitespace or the end after the mark ends a sentence: "3.5", "v2.1", "a.com/x?y" stay whole.
        if (e < n && !text[e].isSpace()) {
            i = e - 1;
            continue;
        }
        qsizetype next = e;
        while (next < n && text[next].isSpace() && !(text[next] == u'\n' && next + 1 < n && text[next + 1] == u'\n'))
            ++next;
        if (c == u'.' && e == i + 1 && detail::dotIsNotAnEnd(text, i, next)) {
            i = e - 1;
            continue;
        }
        emitUpTo(e);
        i = e - 1;
    }
    emitUpTo(n);
    return out;
}

} // namespace Protostar
