// SPDX-License-Identifier: MIT
#include "ingest/headingdetector.h"

#include "core/fieldline.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

constexpr qsizetype kMaxHeadingChars = 40;
constexpr qsizetype kMaxDatedTitleChars = 64;
constexpr int kMaxTitleWords = 8;
constexpr int kMaxDatedTitleWords = 12; // the period adds three or four ("(2018.03", "~", "2020.12)", "—")

bool isBulletMarker(QChar c)
{
    static const QString bullets = QStringLiteral("-*•·▪◦‣∙●○–—※✓✔");
    return bullets.contains(c);
}

// Résumés mark section titles with these; longer sentences after them are bullets.
bool isHeadingMarker(QChar c)
{
    static const QString markers = QStringLiteral("■□◆◇▣▶►◼");
    return markers.contains(c);
}

QString numberStyle(const QString &number, const QString &delimiter)
{
    QString kind;
    if (number.front().isDigit())
        kind = QStringLiteral("1");
    else if (number.front().unicode() >= 0x2160 && number.front().unicode() <= 0x217F)
        kind = QStringLiteral("I");
    else if (number.front().unicode() >= 0xAC00)
        kind = QStringLiteral("가");
    else if (number.front().isUpper())
        kind = number.size() > 1 || QStringLiteral("IVX").contains(number.front()) ? QStringLiteral("I") : QStringLiteral("A");
    else
        kind = QStringLiteral("a");
    if (delimiter == u"(")
        return QString(u'(' + kind + u')');
    return QString(kind + delimiter);
}

} // namespace

bool HeadingDetector::endsLikeSentence(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    const QChar last = t.back();
    static const QString punctuation = QStringLiteral(".?!。？！…,;，");
    if (punctuation.contains(last))
        return true;
    // Korean predicates: "…했다", "…해요", "…습니다" end sentences even without a full stop.
    return last == u'다' || last == u'요';
}

bool HeadingDetector::statesPeriod(QStringView line)
{
    // "2017.01 ~", "2021-03 –", and Korean "2022년 1월 - 현재".
    static const QRegularExpression period(
        QStringLiteral("\\d{4}\\s*(?:[./-]\\s*\\d{1,2}\\.?|년\\s*\\d{1,2}\\s*월)\\s*[~–-]"));
    return period.match(line).hasMatch();
}

bool HeadingDetector::looksLikeTitle(QStringView line)
{
    const QStringView t = line.trimmed();
    // A job or project line carries its period, which makes it longer than other titles.
    const bool dated = statesPeriod(t);
    // A résumé's "부서: 모바일뱅킹팀" is one field of the entry above, not a title over the next line; a
    // dated one ("회사: 초록은행 (2020.09 ~ 2024.08)") still opens its entry.
    if (!dated && isFieldLine(t))
        return false;
    const qsizetype maxChars = dated ? kMaxDatedTitleChars : kMaxHeadingChars;
    if (t.isEmpty() || t.size() > maxChars || endsLikeSentence(t) || t.back() == u':')
        return false;
    if (isBulletMarker(t.front()) || t.front() == u'|' || t.front() == u'#')
        return false;
    bool hasLetter = false;
    for (QChar c : t)
        hasLetter = hasLetter || c.isLetter();
    return hasLetter && t.split(u' ', Qt::SkipEmptyParts).size() <= (dated ? kMaxDatedTitleWords : kMaxTitleWords);
}

HeadingDetector::Line HeadingDetector::classify(QStringView line)
{
    const QString t = line.trimmed().toString();
    Line out;
    if (t.isEmpty())
        return out;

    static const QRegularExpression markdown(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    if (const auto m = markdown.match(t); m.hasMatch() && !m.captured(2).isEmpty()) {
        out.kind = LineKind::Heading;
        out.level = int(m.capturedLength(1));
        out.style = u'#' + QString::number(out.level);
        out.title = m.captured(2);
        return out;
    }

    if (t.front() == u'|' || t.count(u'|') >= 2 || t.count(u'\t') >= 2) {
        out.kind = LineKind::TableRow;
        return out;
    }

    static const QRegularExpression bracketed(QStringLiteral("^(?:\\[\\s*(.+?)\\s*\\]|【\\s*(.+?)\\s*】|〔\\s*(.+?)\\s*〕|<\\s*(.+?)\\s*>)$"));
    // Length first: on a long line with many inner spaces ("[a      …b") the lazy group backtracks
    // quadratically, minutes for a 1 MB line.
    if (const auto m = t.size() <= kMaxHeadingChars ? bracketed.match(t) : QRegularExpressionMatch(); m.hasMatch()) {
        out.kind = LineKind::Heading;
        out.style = QStringLiteral("[]");
        for (int i = 1; i <= 4 && out.title.isEmpty(); ++i)
            out.title = m.captured(i);
        return out;
    }

    if (isHeadingMarker(t.front())) {
        const QString rest = t.mid(1).trimmed();
        if (!rest.isEmpty() && rest.size() <= kMaxHeadingChars && !endsLikeSentence(rest)) {
            out.kind = LineKind::Heading;
            out.style = t.left(1);
            out.title = rest;
        } else {
            out.kind = LineKind::ListItem;
        }
        return out;
    }
    if (isBulletMarker(t.front()) && (t.size() == 1 || t.at(1).isSpace())) {
        out.kind = LineKind::ListItem;
        return out;
    }
    // Circled numbers are always list items.
    if (t.front().unicode() >= 0x2460 && t.front().unicode() <= 0x2473) {
        out.kind = LineKind::ListItem;
        return out;
    }

    static const QRegularExpression numbered(
        QStringLiteral("^(?:\\(([0-9]{1,2}|[가-하]|[a-zA-Z])\\)|([0-9]{1,2}|[IVX]{1,4}|[\\x{2160}-\\x{217F}]|[가나다라마바사아자차카타파하]|[A-Za-z])([.)]))\\s*(.+)$"));
    if (const auto m = numbered.match(t); m.hasMatch()) {
        const bool parenthesised = m.capturedLength(1) > 0;
        const QString number = parenthesised ? m.captured(1) : m.captured(2);
        const QString delimiter = parenthesised ? QStringLiteral("(") : m.captured(3);
        const QString title = m.captured(4).trimmed();
        // Without a space after "1." only Roman numerals and Hangul count ("Ⅰ.개요"); "3.5억" is text.
        const qsizetype afterDelimiter = m.capturedEnd(parenthesised ? 1 : 3) + (parenthesised ? 1 : 0);
        const bool spaced = afterDelimiter < t.size() && t.at(afterDelimiter).isSpace();
        if (!spaced && (number.front().isDigit() || number.front().unicode() < 0x80))
            return out;
        out.numbered = true;
        if (title.size() <= kMaxHeadingChars && !endsLikeSentence(title) && title.front().isLetter()) {
            out.kind = LineKind::Heading;
            out.style = numberStyle(number, delimiter);
            out.title = title;
        } else {
            out.kind = LineKind::ListItem;
        }
        return out;
    }
    return out;
}

} // namespace Protostar
