// SPDX-License-Identifier: MIT
#pragma once

#include "store/scratchsessions.h"
#include "store/store.h"

#include <memory>

namespace Protostar {

// A database that may not be written, seen as one that holds conversations: candidates, documents, chunks and the
// sessions kept in the file are read from `stored`; new sessions, turns and summaries go to `scratch` (in memory),
// and are read back merged with the file's, so a new conversation remembers as usual and is simply not saved.
// Nothing is ever written to `stored`: every other write is refused with the read-only message.
class ScratchStore final : public Store
{
public:
    ScratchStore(Store &stored, std::shared_ptr<ScratchSessions> scratch);

    Result<CandidateId> ensureCandidate(const QString &name) override;
    Result<QList<Candidate>> candidates() override;
    Result<std::optional<Candidate>> candidateByName(const QString &name) override;
    Result<void> deleteCandidate(CandidateId id) override;
    Result<QHash<CandidateId, QStringList>> candidateSkills() override;

    Result<std::optional<DocumentInfo>> documentBySha(CandidateId candidate, const QByteArray &sha256) override;
    Result<DocumentId> putDocument(const DocumentInfo &info, const QString &text, const QList<Chunk> &chunks) override;
    Result<QList<DocumentInfo>> documents(std::optional<CandidateId> candidate) override;
    Result<Document> document(DocumentId id) override;
    Result<void> deleteDocument(DocumentId id) override;
    Result<QList<Chunk>> chunks(DocumentId id) override;
    Result<QList<ChunkRef>> allChunks() override;
    Result<std::optional<ChunkRef>> chunk(ChunkId id) override;

    // Sessions of the file first merged with what was added to them here, then the ones made here; a session of
    // the file cannot be renamed or deleted (read-only message), one made here can.
    Result<SessionId> createSession(const QString &title) override;
    Result<void> ensureSession(SessionId id, const QString &title) override;
    Result<QList<Session>> sessions() override;
    Result<void> renameSession(SessionId id, const QString &title) override;
    Result<void> deleteSession(SessionId id) override;
    Result<TurnId> appendTurn(const Turn &turn) override;
    Result<QList<Turn>> turns(SessionId id) override;
    Result<qint64> addSummary(const Summary &summary) override;
    Result<QList<Summary>> summaries(SessionId id) override;

    Result<QString> value(const QString &key, const QString &fallback) override;
    Result<void> setValue(const QString &key, const QString &value) override;

private:
    Result<bool> storedSession(SessionId id);

    Store &m_stored;
    std::shared_ptr<ScratchSessions> m_scratch;
};

} // namespace Protostar
