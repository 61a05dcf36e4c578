// SPDX-License-Identifier: MIT
#include "engine/refusalevaluation.h"

#include "engine/evaldatasets.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/retrievalevaluation.h"
#include "providers/answertext.h"
#include "providers/extractiveanswerprovider.h"
#include "providers/writtenfigures.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Protostar {

namespace {

void count(RefusalMetrics &m, const RefusalRecord &r, const RefusalThreshold &t)
{
    const bool answered = r.answerable.passes(t);
    ++m.answerable;
    m.answeredWithGold += answered && r.goldCited ? 1 : 0;
    m.goldFigures += r.goldFigures;
    m.figuresFound += answered ? r.figuresInAnswer : 0;
    ++m.unanswerable;
    m.refused += r.unanswerable.passes(t) ? 0 : 1;
    m.answeredLikeGold += r.unanswerable.passes(t) && r.goldTermsUnanswerable > 0.0 && r.goldTermsUnanswerable >= r.goldTermsAnswerable ? 1 : 0;
}

double goldTermsIn(const QString &goldAnswer, const Answer &answer)
{
    const QStringList terms = AnswerText::terms(goldAnswer);
    if (terms.isEmpty() || !answer.found)
        return 0.0;
    const QString folded = AnswerText::foldForMatching(AnswerText::stripMarkers(answer.text));
    const auto found = std::count_if(terms.cbegin(), terms.cend(), [&](const QString &t) { return folded.contains(t); });
    return double(found) / double(terms.size());
}

QStringList evidenceOf(const AnswerTrace &trace)
{
    QStringList out;
    for (const SearchHit &h : trace.hits)
        out.append(h.ref.documentName + u'\n' + h.ref.chunk.headingPath.join(u' ') + u'\n' + h.ref.chunk.text);
    return out;
}

} // namespace

RefusalSignals RefusalSignals::of(const AnswerTrace &trace, bool found)
{
    return {trace.support, trace.sentenceSupport, trace.margin, trace.wordSupport, trace.figureSupport, trace.phraseSupport, found, trace.providerScore};
}

QJsonObject RefusalMetrics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("answered_with_gold"), answeredWithGoldRate()},
        {QStringLiteral("refused_unanswerable"), refusedRate()},
        {QStringLiteral("figure_recall"), figureRecall()},
        {QStringLiteral("answerable"), answerable},
        {QStringLiteral("unanswerable"), unanswerable},
    };
}

RefusalThreshold RefusalEvaluation::defaultThreshold()
{
    const AnswererOptions defaults;
    return {defaults.minSupport, defaults.minSentenceSupport, defaults.minPhraseSupport};
}

RefusalReport RefusalEvaluation::score(const QList<RefusalRecord> &records, const RefusalThreshold &threshold)
{
    RefusalReport report;
    report.threshold = threshold;
    report.records = records;
    for (const RefusalRecord &r : records) {
        count(report.all, r, threshold);
        count(r.heldOut ? report.heldout : report.tuning, r, threshold);
    }
    return report;
}

RefusalThreshold RefusalEvaluation::calibrate(const QList<RefusalRecord> &records, int maxCuts)
{
    // Every observed support value is a candidate cut; ties go to the lower (more answering) pair.
    QList<double> passageCuts{0.0};
    QList<double> sentenceCuts{0.0};
    QList<double> phraseCuts{0.0};
    for (const RefusalRecord &r : records) {
        if (!r.heldOut) {
            passageCuts << r.answerable.support << r.unanswerable.support + 1e-9;
            sentenceCuts << r.answerable.sentenceSupport << r.unanswerable.sentenceSupport + 1e-9;
            for (double v : {r.answerable.phraseSupport, r.unanswerable.phraseSupport + 1e-9}) {
                if (v <= 1.0 && !phraseCuts.contains(v))
                    phraseCuts << v;
            }
        }
    }
    for (QList<double> *cuts : {&passageCuts, &sentenceCuts, &phraseCuts}) {
        std::sort(cuts->begin(), cuts->end());
        cuts->erase(std::unique(cuts->begin(), cuts->end()), cuts->end());
        if (maxCuts > 1 && cuts->size() > maxCuts) {
            QList<double> kept;
            for (int i = 0; i < maxCuts; ++i)
                kept.append(cuts->at(qsizetype(i) * (cuts->size() - 1) / (maxCuts - 1)));
            *cuts = kept;
        }
    }
    // Equal sums go to the rule that answers more (a refusal of an answerable question costs the user an
    // answer they could check; an answer from a sister document is often right), then to the lowest cuts.
    RefusalThreshold best;
    std::pair<int, int> bestScore{-1, -1};
    for (double q : phraseCuts) {
        for (double p : passageCuts) {
            for (double s : sentenceCuts) {
                const RefusalMetrics m = score(records, {p, s, q}).tuning;
                const std::pair<int, int> value{m.answeredWithGold + m.refused, m.answeredWithGold};
                if (value > bestScore) {
                    bestScore = value;
                    best = {p, s, q};
                }
            }
        }
    }
    return best;
}

RefusalCorpus RefusalEvaluation::corpus(const EvalDataset &data, bool paragraphs)
{
    RefusalCorpus out;
    for (qsizetype i = 0; i < data.passages.size(); ++i) {
        const EvalPassage &p = data.passages.at(i);
        const DocumentId doc = out.documentOfSource.value(p.source, DocumentId(out.documentOfSource.size() + 1));
        out.documentOfSource.insert(p.source, doc);
        if (paragraphs)
            continue;
        ChunkRef ref;
        ref.chunk.id = i + 1;
        ref.chunk.ordinal = p.page;
        ref.chunk.text = p.text;
        ref.chunk.endOffset = p.text.size();
        ref.chunk.documentId = doc;
        ref.chunk.page = p.page;
        ref.candidateId = 1;
        ref.candidateName = p.source.section(QStringLiteral(" - "), 0, 0);
        ref.documentName = p.title;
        out.passageOfChunk.insert(ref.chunk.id, int(i));
        out.chunks.append(ref);
    }
    if (!paragraphs)
        return out;
    // paragraphChunks() numbers documents by page (passage index + 1); here a document is the whole PDF.
    for (ChunkRef ref : data.paragraphChunks()) {
        const int passage = int(ref.chunk.documentId - 1);
        const EvalPassage &p = data.passages.at(passage);
        ref.chunk.documentId = out.documentOfSource.value(p.source);
        ref.chunk.page = p.page;
        ref.candidateName = p.source.section(QStringLiteral(" - "), 0, 0);
        out.passageOfChunk.insert(ref.chunk.id, passage);
        out.chunks.append(ref);
    }
    return out;
}

Result<RefusalReport> RefusalEvaluation::run(const QString &dataDir, const RefusalEvalOptions &options)
{
    auto loaded = EvalDatasets::load(QStringLiteral("ko-rag-eval"), dataDir);
    if (!loaded)
        return loaded.error();
    const EvalDataset &data = *loaded;

    const RefusalCorpus corpus = RefusalEvaluation::corpus(data, options.paragraphs);
    const QHash<QString, DocumentId> &docOfSource = corpus.documentOfSource;
    const QHash<ChunkId, int> &passageOfChunk = corpus.passageOfChunk;
    const QList<ChunkRef> &all = corpus.chunks;
    QHash<DocumentId, QList<ChunkRef>> chunksOfDoc;
    for (const ChunkRef &ref : all)
        chunksOfDoc[ref.chunk.documentId].append(ref);
    KnowledgeBase knowledge;
    if (options.scope)
        knowledge.setSupportScope(*options.scope);
    knowledge.add(all);
    ExtractiveAnswerProvider provider;
    QuestionAnswerer answerer(knowledge, provider, nullptr, AnswererOptions::ungated());

    QList<RefusalRecord> records;
    for (const EvalQuestion &q : data.questions) {
        RefusalRecord r;
        r.id = q.id;
        r.heldOut = RetrievalEvaluation::isHeldOut(q.id);
        QSet<int> gold; // passage indexes
        DocumentId goldDoc = 0;
        for (const QString &id : q.goldIds) {
            const int idx = data.passageIndex(id);
            if (idx >= 0) {
                gold.insert(idx);
                if (!goldDoc) {
                    goldDoc = docOfSource.value(data.passages.at(idx).source);
                    r.goldSource = data.passages.at(idx).source;
                }
            }
        }
        Question question;
        question.text = q.query;
        question.k = options.k;
        AnswerTrace trace;
        auto a = answerer.answer(question, {}, nullptr, &trace);
        if (!a)
            return a.error();
        r.answerable = RefusalSignals::of(trace, a->found);
        r.goldCited = std::any_of(a->citations.cbegin(), a->citations.cend(), [&](const Citation &c) { return gold.contains(passageOfChunk.value(c.chunkId, -1)); });
        QSet<QString> figures;
        for (const QString &answerText : q.answers.mid(0, 1)) {
            for (const QString &f : WrittenFigures::of(answerText))
                figures.insert(f);
        }
        r.goldFigures = int(figures.size());
        r.goldTermsAnswerable = goldTermsIn(q.answers.value(0), *a);
        r.question = q.query;
        r.answerableEvidence = evidenceOf(trace);
        r.answerableAnswer = a->text;
        for (qsizetype i = 0; i < trace.hits.size(); ++i) {
            const ChunkRef &hit = trace.hits.at(i).ref;
            r.hitPages.append(QStringLiteral("%1:%2").arg(hit.chunk.documentId).arg(hit.chunk.page));
            if (gold.contains(passageOfChunk.value(hit.chunk.id, -1)))
                r.goldRanks.append(int(i + 1));
            if (a->found && std::any_of(a->citations.cbegin(), a->citations.cend(), [&](const Citation &c) { return c.chunkId == hit.chunk.id; }))
                r.citedRanks.append(int(i + 1));
        }
        for (const QString &f : std::as_const(figures))
            r.figuresInAnswer += r.answerable.found && WrittenFigures::contains(a->text, f) ? 1 : 0;

        knowledge.removeDocument(goldDoc);
        AnswerTrace without;
        auto u = answerer.answer(question, {}, nullptr, &without);
        knowledge.add(chunksOfDoc.value(goldDoc));
        if (!u)
            return u.error();
        r.unanswerable = RefusalSignals::of(without, u->found);
        r.goldTermsUnanswerable = goldTermsIn(q.answers.value(0), *u);
        r.unanswerableEvidence = evidenceOf(without);
        r.unanswerableAnswer = u->text;
        if (!without.hits.isEmpty())
            r.unanswerableSource = without.hits.first().ref.documentName;
        records.append(r);
    }
    return score(records, options.threshold.value_or(defaultThreshold()));
}

} // namespace Protostar
