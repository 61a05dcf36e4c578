// SPDX-License-Identifier: MIT
#pragma once

#include "store/sqlitedatabase.h"
#include "store/store.h"

#include <memory>

namespace Protostar {

// The embedded store: one SQLite file in WAL mode with foreign keys on. Owned by one thread;
// other threads open their own SqliteStore on the same file.
class SqliteStore final : public Store
{
public:
    // Opens (creating if needed) and migrates the file. ":memory:" works for tests. Without an access, the one
    // accessFor() picks: a shared or archived file the user may not write still answers questions.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path);
    // ReadOnly changes nothing on open (no pragma that writes, no migration: a file that needs one is refused
    // with what to do); every later write fails with "read-only" and what to do.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path, SqliteDatabase::Access access);
    // ReadOnly for an existing file the user may not write, or one in a folder the user may not write (where no
    // -wal or -journal file can be made, so no write could succeed); ReadWrite otherwise.
    static SqliteDatabase::Access accessFor(const QString &path);
    bool isReadOnly() const { return m_db.isReadOnly(); }
    // The schema version this build writes; see the history in sqliteschema.cpp.
    static int schemaVersion();

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
    SqliteStore() = default;
    Result<SqliteStatement> query(const QString &sql, std::initializer_list<QVariant> binds);

    SqliteDatabase m_db;
};

} // namespace Protostar
