// SPDX-License-Identifier: MIT
#include "engine/korquadrefusal.h"

#include "engine/evaldatasets.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/retrievalevaluation.h"
#include "providers/extractiveanswerprovider.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Protostar {

Result<QList<RefusalRecord>> KorQuadRefusal::run(const QString &dataDir, int k, int limit)
{
    auto loaded = EvalDatasets::load(QStringLiteral("korquad"), dataDir);
    if (!loaded)
        return loaded.error();
    const EvalDataset &data = *loaded;

    // passageChunks(): chunk id = document id = passage index + 1.
    const QList<ChunkRef> chunks = data.passageChunks();
    QHash<QString, QList<int>> passagesOfArticle;
    for (qsizetype i = 0; i < data.passages.size(); ++i)
        passagesOfArticle[data.passages.at(i).source].append(int(i));

    KnowledgeBase knowledge;
    knowledge.add(chunks);
    ExtractiveAnswerProvider provider;
    QuestionAnswerer answerer(knowledge, provider, nullptr, AnswererOptions::ungated());

    QList<EvalQuestion> questions;
    const qsizetype total = data.questions.size();
    const qsizetype asked = limit > 0 ? std::min<qsizetype>(limit, total) : total;
    for (qsizetype i = 0; i < asked; ++i)
        questions.append(data.questions.at(i * total / asked));

    QList<RefusalRecord> records;
    QHash<QString, QList<qsizetype>> recordsOfArticle; // the unanswerable runs are asked article by article
    for (const EvalQuestion &q : std::as_const(questions)) {
        const int gold = data.passageIndex(q.goldIds.value(0));
        if (gold < 0)
            continue;
        RefusalRecord r;
        r.id = q.id;
        r.heldOut = RetrievalEvaluation::isHeldOut(q.id);
        r.question = q.query;
        r.goldSource = data.passages.at(gold).source;
        Question question;
        question.text = q.query;
        question.k = k;
        AnswerTrace trace;
        auto a = answerer.answer(question, {}, nullptr, &trace);
        if (!a)
            return a.error();
        r.answerable = RefusalSignals::of(trace, a->found);
        r.goldCited = std::any_of(a->citations.cbegin(), a->citations.cend(), [&](const Citation &c) { return c.chunkId == gold + 1; });
        r.answerableAnswer = a->text;
        recordsOfArticle[r.goldSource].append(records.size());
        records.append(r);
    }
    // In a fixed order, so that a run repeats exactly (the index re-adds an article's paragraphs at its end).
    QStringList articles = recordsOfArticle.keys();
    std::sort(articles.begin(), articles.end());
    for (const QString &article : std::as_const(articles)) {
        const QList<int> removed = passagesOfArticle.value(article);
        for (int p : removed)
            knowledge.removeDocument(p + 1);
        for (qsizetype at : recordsOfArticle.value(article)) {
            RefusalRecord &r = records[at];
            Question question;
            question.text = r.question;
            question.k = k;
            AnswerTrace without;
            auto u = answerer.answer(question, {}, nullptr, &without);
            if (!u)
                return u.error();
            r.unanswerable = RefusalSignals::of(without, u->found);
            r.unanswerableAnswer = u->text;
            if (!without.hits.isEmpty())
                r.unanswerableSource = without.hits.first().ref.documentName;
        }
        QList<ChunkRef> back;
        for (int p : removed)
            back.append(chunks.at(p));
        knowledge.add(back);
    }
    return records;
}

} // namespace Protostar
