// SPDX-License-Identifier: MIT
#include "providers/inlineentries.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

qsizetype indentOf(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

} // namespace

bool InlineEntries::isEntryLine(QStringView line)
{
    // The period right after the bullet or within the line, as HeadingDetector::statesPeriod reads an
    // entry heading ("2017.01 ~", "2021-03 –", "2022년 1월 - 현재").
    static const QRegularExpression entry(QStringLiteral(
        "^\\s*[-•·*▪◦]\\s+.*\\d{4}\\s*(?:[./-]\\s*\\d{1,2}\\.?|년\\s*\\d{1,2}\\s*월)\\s*[~–-]"));
    return entry.match(line).hasMatch();
}

bool InlineEntries::isEntryTitle(QStringView line)
{
    // "**Bluewave Logistics — Senior Data Engineer, Mar 2019 – Present**", "다온은행 (2021.04 ~ 2023.10)": no
    // bullet, a period written with digits or an English month.
    static const QRegularExpression title(QStringLiteral(
        "^\\s*(?:\\*\\*|[^-•·*▪◦\\s]).*(?:\\d{4}\\s*(?:[./-]\\s*\\d{1,2}\\.?|년\\s*\\d{1,2}\\s*월)?"
        "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{4})"
        "\\s*[~–-]\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?(?:\\d{4}|현재|재직|present|now|current)"),
        QRegularExpression::CaseInsensitiveOption);
    return title.match(line).hasMatch();
}

bool InlineEntries::isPeriodLine(QStringView line)
{
    // One date: an English month and year, a year and month in digits ("2021.04", "2021-04", "2021/04") or in
    // Korean ("2021년 4월"), or a year alone; the end may instead say "until now".
    static const QString date = QStringLiteral("(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
                                               "|\\d{4}\\s*(?:[./-]\\s*\\d{1,2}\\.?|년(?:\\s*\\d{1,2}\\s*월)?)?)");
    static const QRegularExpression period(QStringLiteral("^\\s*[(\\[]?\\s*") + date + QStringLiteral("\\s*[~–—-]\\s*(?:") + date
                                               + QStringLiteral("|현재|재직\\s*중?|present|now|current|today)\\s*[)\\]]?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return period.match(line).hasMatch();
}

bool InlineEntries::isBullet(QStringView line)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-•·*▪◦]\\s+\\S"));
    return bullet.match(line).hasMatch();
}

InlineEntries::InlineEntries(const QString &passage)
{
    struct Line {
        qsizetype start;
        qsizetype end;
    };
    QList<Line> lines;
    for (qsizetype at = 0; at <= passage.size();) {
        qsizetype end = passage.indexOf(u'\n', at);
        if (end < 0)
            end = passage.size();
        lines.append({at, end});
        at = end + 1;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = QStringView(passage).mid(lines.at(i).start, lines.at(i).end - lines.at(i).start);
        const bool bulletEntry = isEntryLine(line);
        if (!bulletEntry && !isEntryTitle(line))
            continue;
        // Its details: the lines after it indented deeper than it, up to a blank line or one that is not; under
        // an entry line without a bullet, the bullets that follow it.
        const qsizetype indent = indentOf(line);
        qsizetype j = i + 1;
        while (j < lines.size()) {
            const QStringView next = QStringView(passage).mid(lines.at(j).start, lines.at(j).end - lines.at(j).start);
            if (next.trimmed().isEmpty() || (bulletEntry ? indentOf(next) <= indent : indentOf(next) < indent || !isBullet(next)))
                break;
            ++j;
        }
        if (j == i + 1)
            continue;
        m_entries.append(Entry{lines.at(i).start, lines.at(i).end, lines.at(j - 1).end, line.trimmed().toString()});
        i = j - 1;
    }
}

const InlineEntries::Entry *InlineEntries::detailsAt(qsizetype offset) const
{
    for (const Entry &e : m_entries) {
        if (offset >= e.lineEnd && offset < e.detailsEnd)
            return &e;
    }
    return nullptr;
}

} // namespace Protostar
