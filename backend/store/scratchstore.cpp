// SPDX-License-Identifier: MIT
#include "store/scratchstore.h"

#include "core/tr.h"
#include "store/sqlitedatabase.h"

#include <algorithm>

namespace Protostar {

namespace {

Error refused()
{
    return makeError(ErrorCode::Database, SqliteDatabase::readOnlyMessage(), QStringLiteral("write refused by ScratchStore"));
}

Error noSession(SessionId id)
{
    return makeError(ErrorCode::NotFound, Tr::tr("There is no session %1.").arg(id));
}

// What the file holds for session `id` (none for an id made in memory), then what memory added.
template<typename T, typename ReadFile>
Result<QList<T>> fileThenMemory(SessionId id, ReadFile readFile, const QList<T> &inMemory)
{
    if (id <= 0)
        return inMemory;
    auto stored = readFile(id);
    if (!stored)
        return stored.error();
    return *stored + inMemory;
}

} // namespace

ScratchStore::ScratchStore(Store &stored, std::shared_ptr<ScratchSessions> scratch)
    : m_stored(stored), m_scratch(std::move(scratch))
{
}

Result<CandidateId> ScratchStore::ensureCandidate(const QString &) { return refused(); }
Result<QList<Candidate>> ScratchStore::candidates() { return m_stored.candidates(); }
Result<std::optional<Candidate>> ScratchStore::candidateByName(const QString &name) { return m_stored.candidateByName(name); }
Result<void> ScratchStore::deleteCandidate(CandidateId) { return refused(); }
Result<QHash<CandidateId, QStringList>> ScratchStore::candidateSkills() { return m_stored.candidateSkills(); }

Result<std::optional<DocumentInfo>> ScratchStore::documentBySha(CandidateId candidate, const QByteArray &sha256)
{
    return m_stored.documentBySha(candidate, sha256);
}

Result<DocumentId> ScratchStore::putDocument(const DocumentInfo &, const QString &, const QList<Chunk> &) { return refused(); }

Result<QList<DocumentInfo>> ScratchStore::documents(std::optional<CandidateId> candidate)
{
    return m_stored.documents(candidate);
}

Result<Document> ScratchStore::document(DocumentId id) { return m_stored.document(id); }
Result<void> ScratchStore::deleteDocument(DocumentId) { return refused(); }
Result<QList<Chunk>> ScratchStore::chunks(DocumentId id) { return m_stored.chunks(id); }
Result<QList<ChunkRef>> ScratchStore::allChunks() { return m_stored.allChunks(); }
Result<std::optional<ChunkRef>> ScratchStore::chunk(ChunkId id) { return m_stored.chunk(id); }

Result<bool> ScratchStore::storedSession(SessionId id)
{
    if (id <= 0)
        return false; // the file's ids are positive
    auto stored = m_stored.sessions();
    if (!stored)
        return stored.error();
    return std::any_of(stored->cbegin(), stored->cend(), [id](const Session &s) { return s.id == id; });
}

Result<SessionId> ScratchStore::createSession(const QString &title)
{
    return m_scratch->create(title);
}

Result<void> ScratchStore::ensureSession(SessionId id, const QString &title)
{
    if (id <= 0)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A session id is a positive number."));
    auto stored = storedSession(id);
    if (!stored)
        return stored.error();
    if (!*stored)
        m_scratch->ensure(id, title);
    return {};
}

Result<QList<Session>> ScratchStore::sessions()
{
    auto stored = m_stored.sessions();
    if (!stored)
        return stored.error();
    QList<Session> out = m_scratch->sessions();
    for (const Session &s : std::as_const(*stored))
        out << m_scratch->withAddedTurns(s);
    std::stable_sort(out.begin(), out.end(), [](const Session &a, const Session &b) { return a.updatedAt > b.updatedAt; });
    return out;
}

Result<void> ScratchStore::renameSession(SessionId id, const QString &title)
{
    if (m_scratch->rename(id, title))
        return {};
    auto stored = storedSession(id);
    if (!stored)
        return stored.error();
    return *stored ? refused() : noSession(id);
}

Result<void> ScratchStore::deleteSession(SessionId id)
{
    if (m_scratch->remove(id))
        return {};
    auto stored = storedSession(id);
    if (!stored)
        return stored.error();
    return *stored ? Result<void>(refused()) : Result<void>(); // like the file: deleting a missing session is no error
}

Result<TurnId> ScratchStore::appendTurn(const Turn &turn)
{
    if (m_scratch->contains(turn.sessionId))
        return m_scratch->appendTurn(turn, 0);
    auto stored = storedSession(turn.sessionId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return noSession(turn.sessionId);
    auto storedTurns = m_stored.turns(turn.sessionId);
    if (!storedTurns)
        return storedTurns.error();
    return m_scratch->appendTurn(turn, int(storedTurns->size()));
}

Result<QList<Turn>> ScratchStore::turns(SessionId id)
{
    return fileThenMemory<Turn>(id, [this](SessionId s) { return m_stored.turns(s); }, m_scratch->turns(id));
}

Result<qint64> ScratchStore::addSummary(const Summary &summary)
{
    return m_scratch->addSummary(summary);
}

Result<QList<Summary>> ScratchStore::summaries(SessionId id)
{
    return fileThenMemory<Summary>(id, [this](SessionId s) { return m_stored.summaries(s); }, m_scratch->summaries(id));
}

Result<QString> ScratchStore::value(const QString &key, const QString &fallback) { return m_stored.value(key, fallback); }
Result<void> ScratchStore::setValue(const QString &, const QString &) { return refused(); }

} // namespace Protostar
