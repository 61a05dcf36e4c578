// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "engine/evaldatasets.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Protostar {

// The refusal thresholds of AnswererOptions.
struct RefusalThreshold {
    double passage = 0.0;
    double sentences = 0.0;
    double phrases = 0.0; // minPhraseSupport
};

// What one ungated run of the pipeline measured (AnswerTrace's refusal signals) and whether it answered.
struct RefusalSignals {
    double support = 0.0;
    double sentenceSupport = 0.0;
    double margin = 0.0;
    double wordSupport = 0.0;
    double figureSupport = 0.0;
    double phraseSupport = 1.0; // 1 when the question quotes no name and names no code
    bool found = false; // answered at threshold 0
    double providerScore = -1.0; // AnswerTrace::providerScore

    static RefusalSignals of(const AnswerTrace &trace, bool found);
    bool passes(const RefusalThreshold &t) const
    {
        return found && support >= t.passage && sentenceSupport >= t.sentences && phraseSupport >= t.phrases;
    }
};

// One ko-rag-eval question asked twice: with the full corpus (answerable) and with every page of its
// gold PDF removed (unanswerable). Both runs use support threshold 0, so any threshold can be scored.
struct RefusalRecord {
    QString id;
    bool heldOut = false;
    RefusalSignals answerable;
    RefusalSignals unanswerable;
    bool goldCited = false;         // the answerable run cited the gold page
    int goldFigures = 0;            // distinct figures in generation_gt
    int figuresInAnswer = 0;        // of those, how many the answer quotes
    // Share of generation_gt's content terms (AnswerText::terms) each run's ungated answer writes. An
    // unanswerable run that writes at least as many as the answerable one answered from another
    // document that states the gold answer too (a sister document on the same subject).
    double goldTermsAnswerable = 0.0;
    double goldTermsUnanswerable = 0.0;
    // What each run saw, for offline analysis of refusal rules (bench_answers --dump): the question, the
    // top hits' label + text (best first) and the ungated answer.
    QString question;
    QStringList answerableEvidence;
    QStringList unanswerableEvidence;
    QString answerableAnswer;
    QString unanswerableAnswer;
    // Where the gold page is among the answerable run's hits and which hits its answer cites (1-based ranks,
    // best first), and each hit's page as "document:page": why an answer misses the gold page.
    QList<int> goldRanks;
    QList<int> citedRanks;
    QStringList hitPages;
    QString goldSource;             // the removed PDF
    QString unanswerableSource;     // the document of the best passage once it was removed
};

struct RefusalMetrics {
    int answerable = 0;
    int answeredWithGold = 0;
    int unanswerable = 0;
    int refused = 0;
    int goldFigures = 0;
    int figuresFound = 0;
    int answeredLikeGold = 0;       // unanswerable runs answered whose answer covers the gold answer as well (see RefusalRecord)

    double answeredWithGoldRate() const { return answerable ? double(answeredWithGold) / answerable : 0.0; }
    double refusedRate() const { return unanswerable ? double(refused) / unanswerable : 0.0; }
    double figureRecall() const { return goldFigures ? double(figuresFound) / goldFigures : 0.0; }
    // {"answered_with_gold", "refused_unanswerable", "figure_recall", "answerable", "unanswerable"}
    QJsonObject toJson() const;
};


struct RefusalReport {
    RefusalThreshold threshold;
    RefusalMetrics all;
    RefusalMetrics tuning;  // RetrievalEvaluation::isHeldOut() == false: what the threshold may be calibrated on
    RefusalMetrics heldout;
    QList<RefusalRecord> records;
};

struct RefusalEvalOptions {
    int k = 5;
    // false: one chunk per PDF page; true: pages cut by the ParagraphChunker, as the app imports a PDF (a
    // citation of any chunk of the gold page counts).
    bool paragraphs = false;
    std::optional<RefusalThreshold> threshold; // default: the QuestionAnswerer's (AnswererOptions)
    std::optional<SupportScope> scope;         // default: the KnowledgeBase's
};

// ko-rag-eval as the refusal evaluation indexes it: one document per PDF, its pages as chunks (or, with
// `paragraphs`, the pages cut by the ParagraphChunker as the app imports a PDF), so that removing a document
// removes the whole PDF.
struct RefusalCorpus {
    QList<ChunkRef> chunks;
    QHash<QString, DocumentId> documentOfSource; // PDF -> its document
    QHash<ChunkId, int> passageOfChunk;          // chunk -> its page (index into EvalDataset::passages)
};

// The refusal evaluation of issue 4 on ko-rag-eval (for `protostar-cli eval --unanswerable` and
// bench_answers): answered-with-gold-cited rate, refusal rate on the unanswerable set built by removing
// each question's gold PDF, and figure recall against generation_gt. Plain functions; run() blocks.
class RefusalEvaluation
{
public:
    static RefusalCorpus corpus(const EvalDataset &data, bool paragraphs);
    // `dataDir` holds ko-rag-eval/ (EngineConfig::defaultSharedDataDir()).
    static Result<RefusalReport> run(const QString &dataDir, const RefusalEvalOptions &options = {});
    // Re-scores recorded runs at another threshold.
    static RefusalReport score(const QList<RefusalRecord> &records, const RefusalThreshold &threshold);
    static RefusalThreshold defaultThreshold();
    // The thresholds that maximise answered-with-gold + refused on the tuning half; ties go to more
    // answered-with-gold, then to the lowest cuts (phrases, then passage, then sentences). Every observed value
    // is a cut; with `maxCuts` > 1 and more values than that, evenly spaced quantiles of them (KorQuAD's
    // thousands of runs would take hours otherwise).
    static RefusalThreshold calibrate(const QList<RefusalRecord> &records, int maxCuts = 0);
};

} // namespace Protostar
