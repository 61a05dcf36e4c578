// SPDX-License-Identifier: MIT
#include "engine/quotedsentences.h"

#include <QRegularExpression>

#include <algorithm>

namespace Protostar {

namespace {

// Quotes shorter than this could match anywhere ("1.", "- ").
constexpr qsizetype kShortestQuote = 4;

// `text` without whitespace, and for each kept character its offset in `text`.
QString squeezed(const QString &text, qsizetype from, qsizetype to, QList<qsizetype> *offsets)
{
    QString out;
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i).isSpace())
            continue;
        out.append(text.at(i));
        if (offsets)
            offsets->append(i);
    }
    return out;
}

} // namespace

QHash<int, QStringList> QuotedSentences::ofAnswer(const QString &answer)
{
    static const QRegularExpression marker(QStringLiteral("\\[(\\d+)\\]"));
    QHash<int, QStringList> out;
    qsizetype segmentStart = 0;
    QString previous;
    for (auto it = marker.globalMatch(answer); it.hasNext();) {
        const auto m = it.next();
        QString segment = answer.mid(segmentStart, m.capturedStart(0) - segmentStart);
        // A line break ends what came before: the quote is on the marker's own line.
        if (const qsizetype br = segment.lastIndexOf(u'\n'); br >= 0)
            segment = segment.mid(br + 1);
        segment = segment.trimmed();
        if (segment.isEmpty())
            segment = previous;
        const int n = m.captured(1).toInt();
        if (!segment.isEmpty() && !out.value(n).contains(segment))
            out[n].append(segment);
        previous = segment;
        segmentStart = m.capturedEnd(0);
    }
    return out;
}

void QuotedSentences::attach(const QString &answer, QList<Citation> &citations)
{
    const QHash<int, QStringList> quoted = ofAnswer(answer);
    for (Citation &c : citations)
        c.quoted = quoted.value(c.n);
}

std::optional<std::pair<qsizetype, qsizetype>> QuotedSentences::locate(const QString &text, qsizetype from, qsizetype to,
                                                                       const QString &sentence)
{
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    QList<qsizetype> offsets;
    const QString haystack = squeezed(text, from, to, &offsets);
    QString candidate = sentence;
    for (;;) {
        const QString needle = squeezed(candidate, 0, candidate.size(), nullptr);
        if (needle.size() >= kShortestQuote) {
            if (const qsizetype at = haystack.indexOf(needle); at >= 0)
                return std::pair(offsets.at(at), offsets.at(at + needle.size() - 1) + 1);
        }
        const qsizetype colon = candidate.indexOf(QStringLiteral(": "));
        if (colon < 0)
            return std::nullopt;
        candidate = candidate.mid(colon + 2);
    }
}

} // namespace Protostar
