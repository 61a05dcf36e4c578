// SPDX-License-Identifier: MIT
// Evidence and answer helpers shared by the ExtractiveAnswerProvider tests.
#pragma once

#include "providers/answerprovider.h"
#include "providers/answertext.h"
#include "providers/extractiveanswerprovider.h"

#include <QRegularExpression>
#include <QStringList>

#include <atomic>

namespace Protostar::Test {

inline AnswerRequest requestOf(const QString &question, const QStringList &passages)
{
    AnswerRequest r;
    r.question = question;
    r.language = AnswerText::language(question);
    for (qsizetype i = 0; i < passages.size(); ++i) {
        Evidence e;
        e.n = int(i + 1);
        e.ref.chunk.id = 10 + i;
        e.ref.chunk.text = passages.at(i);
        r.evidence.append(e);
    }
    return r;
}

// The same with a candidate name and a heading path on every passage, as imported résumés have them.
inline AnswerRequest requestOf(const QString &question, const QStringList &passages, const QString &candidate, const QStringList &heading)
{
    AnswerRequest r = requestOf(question, passages);
    for (Evidence &e : r.evidence) {
        e.ref.candidateName = candidate;
        e.ref.chunk.headingPath = heading;
    }
    return r;
}

// Passages of several candidates, each a (candidate id, name, heading path, text).
struct Owned {
    CandidateId id;
    QString name;
    QStringList heading;
    QString text;
};
inline AnswerRequest ownedRequest(const QString &question, const QList<Owned> &passages)
{
    QStringList texts;
    for (const Owned &p : passages)
        texts.append(p.text);
    AnswerRequest r = requestOf(question, texts);
    for (qsizetype i = 0; i < passages.size(); ++i) {
        r.evidence[i].ref.candidateId = passages.at(i).id;
        r.evidence[i].ref.candidateName = passages.at(i).name;
        r.evidence[i].ref.chunk.headingPath = passages.at(i).heading;
    }
    return r;
}

struct Quote {
    QString sentence;
    int n = 0;
};

// "sentence [n] sentence [m]" -> pairs; what a reader of the answer sees as "this came from [n]".
inline QList<Quote> quotes(const QString &answer)
{
    QList<Quote> out;
    static const QRegularExpression re(QStringLiteral("\\s*(.+?) \\[(\\d+)\\]"));
    auto it = re.globalMatch(answer);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.captured(1), m.captured(2).toInt()});
    }
    return out;
}

// The provider's answer to `r`, empty when it fails or finds nothing (the caller's QCOMPARE then shows it).
inline QString foundAnswer(const AnswerRequest &r)
{
    ExtractiveAnswerProvider provider;
    const std::atomic_bool cancelled = false;
    auto a = provider.generate(r, {}, cancelled);
    return a.ok() && a->found ? a->text : QString();
}

} // namespace Protostar::Test
