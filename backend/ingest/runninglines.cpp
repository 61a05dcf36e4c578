// SPDX-License-Identifier: MIT
#include "ingest/runninglines.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Protostar {

namespace {

// Headers and footers sit in the outer tenth of a page; body text rarely does.
constexpr double kEdgeShare = 0.1;

enum class Edge { None, Top, Bottom };

Edge edgeOf(const RunningLines::Line &line, double height)
{
    if (height <= 0)
        return Edge::None;
    if (line.bottom <= kEdgeShare * height)
        return Edge::Top;
    if (line.top >= (1 - kEdgeShare) * height)
        return Edge::Bottom;
    return Edge::None;
}

// The line as it repeats from page to page: page numbers and dates differ, so digits do not count.
QString repeatKey(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return QString(text).replace(digits, QStringLiteral("#")).simplified().toCaseFolded();
}

// A page number as footers write it: "- 3 -", "(5)", "3 / 12", "Page 4 of 9", "12쪽". A year ("2021") or a period
// ("2019 - 2023") at the edge of a page is a résumé's line, not a page number, and stays.
bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^[-–—(\\[]*\\s*(page|p\\.|pg\\.?)?\\s*(\\d{1,4})\\s*(?:(?:/|of)\\s*(\\d{1,4}))?\\s*(쪽|페이지|면)?\\s*[-–—)\\]]*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = number.match(text.simplified());
    if (!m.hasMatch())
        return false;
    if (!m.captured(1).isEmpty() || !m.captured(4).isEmpty())
        return true; // a page word says so
    const int page = m.captured(2).toInt();
    if (!m.captured(3).isEmpty())
        return page >= 1 && page <= m.captured(3).toInt();
    return page >= 1 && page < 1000;
}

} // namespace

QList<QList<bool>> RunningLines::find(const QList<Page> &pages)
{
    // On how many pages each edge line comes back, per edge.
    QHash<QString, QSet<int>> seen[2];
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (const Line &line : pages[p].lines) {
            const Edge edge = edgeOf(line, pages[p].height);
            if (edge != Edge::None)
                seen[edge == Edge::Top ? 0 : 1][repeatKey(line.text)].insert(int(p));
        }
    }
    static const QRegularExpression kLetter(QStringLiteral("\\p{L}"));
    QSet<QString> headerKept;
    QList<QList<bool>> drop;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QList<bool> pageDrop;
        for (const Line &line : pages[p].lines) {
            const Edge edge = edgeOf(line, pages[p].height);
            bool running = false;
            if (edge != Edge::None && isPageNumber(line.text)) {
                running = true;
            } else if (edge != Edge::None) {
                const QString key = repeatKey(line.text);
                // Without a letter the key is only a shape ("#.# – #.#": two jobs' periods), no running line.
                const bool repeated = key.contains(kLetter) && seen[edge == Edge::Top ? 0 : 1].value(key).size() >= 2;
                if (repeated && edge == Edge::Top)
                    running = headerKept.contains(key) || (headerKept.insert(key), false);
                else
                    running = repeated;
            }
            pageDrop.append(running);
        }
        drop.append(pageDrop);
    }
    return drop;
}

QString RunningLines::joinHyphenated(const QString &line, const QString &next)
{
    static const QRegularExpression hyphenEnd(QStringLiteral("[A-Za-z]{2}-$"));
    static const QRegularExpression lowerStart(QStringLiteral("^[a-z]{2}"));
    const QString head = line.trimmed();
    const QString tail = next.trimmed();
    if (!hyphenEnd.match(head).hasMatch() || !lowerStart.match(tail).hasMatch())
        return {};
    return head.chopped(1) + tail;
}

} // namespace Protostar
