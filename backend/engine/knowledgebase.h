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

// The searchable form of everything stored: a PageFusedIndex (chunks ranked with their page) plus the corpus frequency of answer terms
// (to judge whether a passage really answers). Thread-safe: searches share a read lock, loads and
// refreshes take the write lock, so one instance can serve several ChatServices.
class KnowledgeBase
{
public:
    KnowledgeBase();
    explicit KnowledgeBase(const LexicalRankingOptions &ranking, const PageFusionOptions &fusion = {});
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
        double figures = 1.0; // share of the question's figures (AnswerText::figures) written in the passage or its label
        double words = 0.0; // share of the question's whole content words (AnswerText::words) in the passage or its label
        double phrases = 1.0; // share of the question's quoted names and codes (RequiredPhrases) the passage or its label writes
    };
    Support support(const QString &question, const QString &text) const;
    // The same for a retrieved chunk. Its document name and heading path count at half weight: a heading
    // says what the passage is about ("직전 회사", "Education"), not that it states the answer. The
    // candidate's name is no evidence (every chunk of theirs carries it): leave it out of `question`
    // (withoutCandidateNames) when the question names them.
    Support support(const QString &question, const ChunkRef &chunk) const;

    // The candidates whose names occur in `question` (case-insensitive, longest name first), and the
    // question with those names blanked out: names pick whose documents to search, they are not content.
    struct NamedCandidates {
        QList<CandidateId> ids;
        QString rest;
    };
    NamedCandidates namedCandidates(const QString &question) const;
    // Every candidate with chunks in the index (id and name only).
    QList<Candidate> candidates() const;

private:
    void addLocked(const QList<ChunkRef> &chunks);
    void removeLocked(DocumentId id);
    Support supportOf(const QString &question, const QString &text, const QString &label) const;

    mutable QReadWriteLock m_lock;
    PageFusedIndex m_index;
    QHash<QString, int> m_documentFrequency;          // term -> chunks containing it
    QHash<DocumentId, QHash<QString, int>> m_byDocument; // what to subtract when a document goes
    int m_chunkCount = 0;
    QHash<DocumentId, CandidateId> m_documentCandidate;
    QHash<CandidateId, QPair<QString, int>> m_candidates; // name, documents indexed
};

} // namespace Protostar
