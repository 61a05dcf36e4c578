// SPDX-License-Identifier: MIT
#include "engine/answercitations.h"

#include "engine/quotedsentences.h"

#include <QHash>
#include <QRegularExpression>

namespace Protostar {

namespace {

// The answer's markers renumbered 1, 2, 3… in the order the passages are first cited, so the sources
// list has no gaps ("[1] … [5]" with 2 to 4 uncited) and reads in the order of the answer. `order`
// receives the evidence numbers in that order. Every marker left by the figure guard is a valid one
// written "[n]", so one pass over "[digits]" sees them all.
QString renumberMarkers(const QString &text, const QSet<int> &cited, QList<int> &order)
{
    static const QRegularExpression marker(QStringLiteral("\\[(\\d+)\\]"));
    QHash<int, int> dense;
    QString out;
    qsizetype last = 0;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        if (!cited.contains(n))
            continue;
        if (!dense.contains(n)) {
            dense.insert(n, int(order.size() + 1));
            order.append(n);
        }
        out += text.mid(last, m.capturedStart(0) - last) + u'[' + QString::number(dense.value(n)) + u']';
        last = m.capturedEnd(0);
    }
    out += text.mid(last);
    return out;
}

} // namespace

Citation AnswerCitations::of(int n, const ChunkRef &ref)
{
    Citation c;
    c.n = n;
    c.chunkId = ref.chunk.id;
    c.documentId = ref.chunk.documentId;
    c.candidate = ref.candidateName;
    c.document = ref.documentName;
    c.page = ref.chunk.page;
    c.headingPath = ref.chunk.headingPath;
    c.quote = ref.chunk.text;
    return c;
}

QList<Citation> AnswerCitations::number(const QString &text, const QSet<int> &cited, const QList<ChunkRef> &sources, QString &numbered)
{
    QList<int> order;
    numbered = renumberMarkers(text, cited, order);
    QList<Citation> out;
    for (qsizetype i = 0; i < order.size(); ++i)
        out.append(of(int(i + 1), sources.at(order.at(i) - 1)));
    QuotedSentences::attach(numbered, out);
    return out;
}

} // namespace Protostar
