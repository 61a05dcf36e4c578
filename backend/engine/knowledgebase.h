// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "rag/pagefusedindex.h"

#include <QHash>
#include <QReadWriteLock>
#include <QStringList>

namespace Protostar {

class Store;

// What a paragraph chunk's support may draw on besides its own text. The thresholds of AnswererOptions were
// calibrated on one chunk per PDF page; the app cuts pages into paragraphs, which hold fewer of the question's
// words than their page. So a chunk of a real page (page > 0) is judged together with the paragraph before and
// after it on that page, as PageFusedIndex ranks it with its page. A document without pages (a .txt/.md/.docx
// résumé) is one unit there, its "page" the whole résumé, and a whole document holds a question's words
// somewhere far more often than a passage does (a weaker witness, docs/BENCHMARKS.md, refusal round 2): its
// chunks are judged alone. Chosen on the tuning half of ko-rag-eval (docs/BENCHMARKS.md, "Refusal in the shape
// the app imports (round 5)").
struct SupportScope {
    int neighbours = 1;           // chunks either side on the same page that join the passage
    double neighbourWeight = 1.0; // what a term found only in those neighbours counts, relative to one in the chunk
    bool windowAcross = false;    // the best 3-sentence window may run into the neighbours (it must touch the chunk)
};

// The searchable form of everything stored: a PageFusedIndex (chunks ranked with their page) plus the corpus frequency of answer terms
// (to judge whether a passage really answers). Thread-safe: searches share a read lock, loads and
// refreshes take the write lock, so one instance can serve several ChatServices.
class KnowledgeBase
{
public:
    KnowledgeBase();
    explicit KnowledgeBase(const LexicalRankingOptions &ranking, const PageFusionOptions &fusion = {});
    // Applies to the support() calls after it (bench_answers --scope measures alternatives).
    void setSupportScope(const SupportScope &scope);
    ~KnowledgeBase();
    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    // Replaces the contents with every chunk of `store`; returns the chunk count.
    Result<int> load(Store &store);
    // Re-reads one document: its old chunks go, its stored chunks (if it still exists) come in.
    Result<void> refreshDocument(Store &store, DocumentId id);

    void add(const QList<ChunkRef> &chunks);
    void removeDocument(DocumentId id);
    void clear();
    int size() const;

    QList<SearchHit> search(const QString &query, const SearchOptions &options) const;
    // How well `text` covers the question: the share (0..1) of the question terms' weight it contains,
    // terms weighted by rarity in the corpus (a passage matching only common words scores low), over
    // the whole passage and over its best window of consecutive sentences.
    struct Support {
        double passage = 0.0;
        double sentences = 0.0;
        double figures = 1.0; // share of the question's figures (WrittenFigures::of) written in the passage or its label
        double words = 0.0; // share of the question's whole content words (AnswerText::words) in the passage or its label
        double phrases = 1.0; // share of the question's quoted names and codes (RequiredPhrases) the passage or its label writes
    };
    Support support(const QString &question, const QString &text) const;
    // The same for a retrieved chunk. Its document name and heading path count at half weight: a heading
    // says what the passage is about ("직전 회사", "Education"), not that it states the answer. The
    // candidate's name is no evidence (every chunk of theirs carries it): leave it out of `question`
    // (withoutCandidateNames) when the question names them. On a real page the chunks beside it on that page join
    // the passage as SupportScope says (its sentence windows, by default, stay within the chunk).
    Support support(const QString &question, const ChunkRef &chunk) const;

    // The candidates whose names occur in `question` (case-insensitive, longest name first), and the
    // question with those names blanked out: names pick whose documents to search, they are not content.
    struct NamedCandidates {
        QList<CandidateId> ids;
        QString rest;
    };
    NamedCandidates namedCandidates(const QString &question) const;
    // The first person the question names (PersonMentions) who is no candidate and whom no document writes
    // ("김철수의 희망 연봉은?" with no 김철수 imported), or an empty string: every passage found would be about
    // somebody else. A part of a candidate's name ("Emily's" for Emily Stone) is that candidate.
    QString unknownPerson(const QString &question) const;
    // Every candidate with chunks in the index (id and name only).
    QList<Candidate> candidates() const;

private:
    void addLocked(const QList<ChunkRef> &chunks);
    void removeLocked(DocumentId id);
    Support supportOf(const QString &question, const QString &text, const QString &label, const QString &before = {},
                      const QString &after = {}) const;
    using PageKey = QPair<DocumentId, int>;
    struct PageChunk {
        int ordinal = 0;
        ChunkId id = 0;
        QString text; // shares the index's copy
    };

    mutable QReadWriteLock m_lock;
    PageFusedIndex m_index;
    QHash<QString, int> m_documentFrequency;          // term -> chunks containing it
    QHash<DocumentId, QHash<QString, int>> m_byDocument; // what to subtract when a document goes
    int m_chunkCount = 0;
    SupportScope m_scope;
    QHash<PageKey, QList<PageChunk>> m_pageChunks; // chunks of real pages (page > 0) in reading order
    QHash<DocumentId, CandidateId> m_documentCandidate;
    QHash<CandidateId, QPair<QString, int>> m_candidates; // name, documents indexed
};

} // namespace Protostar
