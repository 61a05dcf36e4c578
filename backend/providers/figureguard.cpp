// SPDX-License-Identifier: MIT
#include "providers/figureguard.h"

#include "providers/answertext.h"
#include "providers/writtenfigures.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

const QRegularExpression &markerGroup()
{
    static const QRegularExpression re(QStringLiteral("\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]"));
    return re;
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'。';
}

// Length of the run of (space-separated) marker groups starting at `from`, or 0.
qsizetype markerRunLength(const QString &text, qsizetype from)
{
    qsizetype pos = from;
    qsizetype matched = 0;
    while (true) {
        qsizetype p = pos;
        while (p < text.size() && (text.at(p) == u' ' || text.at(p) == u'\t'))
            ++p;
        const auto m = markerGroup().match(text, p, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            break;
        pos = m.capturedEnd(0);
        matched = pos - from;
    }
    return matched;
}

// An answer's sentences, each with its trailing markers and whitespace, so dropping one leaves the
// rest intact. Markers close a sentence: "A [1] B [2]" is two sentences even without full stops.
QStringList segments(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    auto cut = [&](qsizetype end) {
        while (end < n && text.at(end).isSpace())
            ++end;
        if (end > start)
            out.append(text.mid(start, end - start));
        start = end;
        return end;
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            i = cut(i + 1);
            continue;
        }
        if (isTerminator(c) && (i + 1 == n || text.at(i + 1).isSpace() || text.at(i + 1) == u'[')) {
            i = cut(i + 1 + markerRunLength(text, i + 1));
            continue;
        }
        if (c == u'[') {
            const qsizetype run = markerRunLength(text, i);
            if (run > 0) {
                const qsizetype end = i + run;
                if (end == n || text.at(end).isSpace()) {
                    i = cut(end);
                    continue;
                }
                i = end;
                continue;
            }
        }
        ++i;
    }
    if (start < n)
        out.append(text.mid(start));
    return out;
}

QList<int> markerNumbers(const QString &segment)
{
    QList<int> out;
    auto it = markerGroup().globalMatch(segment);
    while (it.hasNext()) {
        const auto m = it.next();
        for (const QString &part : m.captured(1).split(u',')) {
            out.append(part.trimmed().toInt());
        }
    }
    return out;
}

// Rewrites each marker group keeping only numbers that exist; a group left empty goes with the
// space before it.
QString keepValidMarkers(const QString &segment, const QHash<int, QString> &evidence, QList<int> &invented)
{
    QString out;
    qsizetype last = 0;
    auto it = markerGroup().globalMatch(segment);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringList kept;
        for (const QString &part : m.captured(1).split(u',')) {
            const int n = part.trimmed().toInt();
            if (evidence.contains(n))
                kept.append(QString::number(n));
            else if (!invented.contains(n))
                invented.append(n);
        }
        QString before = segment.mid(last, m.capturedStart(0) - last);
        if (kept.isEmpty()) {
            while (before.endsWith(u' '))
                before.chop(1);
            out += before;
        } else {
            out += before + u'[' + kept.join(QStringLiteral("][")) + u']';
        }
        last = m.capturedEnd(0);
    }
    out += segment.mid(last);
    return out;
}

} // namespace

GuardedAnswer FigureGuard::apply(const QString &answer, const QList<Evidence> &evidence)
{
    GuardedAnswer result;
    QHash<int, QString> passages;
    for (const Evidence &e : evidence)
        // A quoted heading is the passage's own text too (an extractive answer may quote it).
        passages.insert(e.n, QString(e.ref.chunk.headingPath.join(u'\n') + u'\n' + e.ref.chunk.text).normalized(QString::NormalizationForm_C));

    const QString text = answer.normalized(QString::NormalizationForm_C);
    QStringList parts = segments(text);
    QList<QList<int>> partCitations;
    QSet<int> citedAnywhere;
    for (QString &part : parts) {
        part = keepValidMarkers(part, passages, result.inventedCitations);
        QList<int> ns = markerNumbers(part);
        partCitations.append(ns);
        for (int n : ns)
            citedAnywhere.insert(n);
    }

    QList<int> fallback = citedAnywhere.values();
    if (fallback.isEmpty())
        fallback = passages.keys();

    QString kept;
    QSet<int> keptCitations;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const QStringList figures = WrittenFigures::of(part);
        const QList<int> &sources = partCitations.at(i).isEmpty() ? fallback : partCitations.at(i);
        bool verified = true;
        for (const QString &figure : figures) {
            const bool found = std::any_of(sources.begin(), sources.end(), [&](int n) {
                return WrittenFigures::contains(passages.value(n), figure);
            });
            if (!found) {
                verified = false;
                break;
            }
        }
        if (verified) {
            kept += part;
            for (int n : partCitations.at(i))
                keptCitations.insert(n);
        } else {
            const QString clean = AnswerText::collapseSpaces(AnswerText::stripMarkers(part));
            if (!clean.isEmpty())
                result.unverified.append(clean);
        }
    }
    result.text = kept.trimmed();
    result.cited = keptCitations.values();
    std::sort(result.cited.begin(), result.cited.end());
    std::sort(result.inventedCitations.begin(), result.inventedCitations.end());
    return result;
}

} // namespace Protostar
