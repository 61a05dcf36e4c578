// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QHash>

#include <optional>


namespace Protostar {

// Where candidates, documents, chunks, sessions and turns live. SqliteStore now, PostgresStore later.
// An instance is used by one thread at a time; open one per thread.
class Store
{
public:
    virtual ~Store() = default;

    // Candidates
    virtual Result<CandidateId> ensureCandidate(const QString &name) = 0;
    virtual Result<QList<Candidate>> candidates() = 0;
    virtual Result<std::optional<Candidate>> candidateByName(const QString &name) = 0;
    virtual Result<void> deleteCandidate(CandidateId id) = 0; // removes every trace: documents, chunks
    // Each candidate's skills: the items of their documents' skills sections (SkillsLine), at most 12, in
    // document order. Candidates without such a section are absent.
    virtual Result<QHash<CandidateId, QStringList>> candidateSkills() = 0;

    // Documents: putDocument is one transaction; a document with the same path for that candidate is
    // replaced (old chunks go), and a failure leaves the store as it was.
    virtual Result<std::optional<DocumentInfo>> documentBySha(CandidateId candidate, const QByteArray &sha256) = 0;
    virtual Result<DocumentId> putDocument(const DocumentInfo &info, const QString &text, const QList<Chunk> &chunks) = 0;
    virtual Result<QList<DocumentInfo>> documents(std::optional<CandidateId> candidate = std::nullopt) = 0;
    virtual Result<Document> document(DocumentId id) = 0;
    virtual Result<void> deleteDocument(DocumentId id) = 0;
    virtual Result<QList<Chunk>> chunks(DocumentId id) = 0;
    // Every chunk with its candidate and document names, in (document, ordinal) order: the index is built from this.
    virtual Result<QList<ChunkRef>> allChunks() = 0;
    virtual Result<std::optional<ChunkRef>> chunk(ChunkId id) = 0;

    // Sessions
    virtual Result<SessionId> createSession(const QString &title) = 0;
    // Creates session `id` with `title` unless it exists (a script names its conversation: `ask --session 7`).
    virtual Result<void> ensureSession(SessionId id, const QString &title) = 0;
    virtual Result<QList<Session>> sessions() = 0;
    virtual Result<void> renameSession(SessionId id, const QString &title) = 0;
    virtual Result<void> deleteSession(SessionId id) = 0;
    virtual Result<TurnId> appendTurn(const Turn &turn) = 0; // ordinal is assigned
    virtual Result<QList<Turn>> turns(SessionId id) = 0;
    virtual Result<qint64> addSummary(const Summary &summary) = 0;
    virtual Result<QList<Summary>> summaries(SessionId id) = 0;

    // Small key/value settings the engine keeps with the data (e.g. "demo.imported").
    virtual Result<QString> value(const QString &key, const QString &fallback = {}) = 0;
    virtual Result<void> setValue(const QString &key, const QString &value) = 0;
};

} // namespace Protostar
