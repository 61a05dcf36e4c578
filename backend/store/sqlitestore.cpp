// SPDX-License-Identifier: MIT
#include "store/sqlitestore.h"

#include "store/sqliterows.h"
#include "store/sqliteschema.h"
#include "store/skillsline.h"

#include "core/resumesection.h"
#include "core/tr.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Protostar {

using SqliteRows::collect;
using SqliteRows::fromMs;
using SqliteRows::nowMs;

namespace {

QString encodePath(const QStringList &path)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(path)).toJson(QJsonDocument::Compact));
}

QStringList decodePath(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

// Reads the chunk columns starting at `col`: id, document_id, ordinal, heading_path, text, page, start, end.
Chunk readChunk(const SqliteStatement &q, int col)
{
    Chunk c;
    c.id = q.int64(col);
    c.documentId = q.int64(col + 1);
    c.ordinal = int(q.int64(col + 2));
    c.headingPath = decodePath(q.text(col + 3));
    c.text = q.text(col + 4);
    c.page = int(q.int64(col + 5));
    c.startOffset = q.int64(col + 6);
    c.endOffset = q.int64(col + 7);
    return c;
}

const char kChunkColumns[] = "c.id, c.document_id, c.ordinal, c.heading_path, c.text, c.page, c.start_offset, c.end_offset";
const char kDocumentColumns[] = "d.id, d.candidate_id, k.name, d.path, d.file_name, d.format, d.sha256, d.size_bytes, d.title, "
                                "d.page_count, (SELECT count(*) FROM chunks c WHERE c.document_id = d.id), d.imported_ms";

DocumentInfo readDocument(const SqliteStatement &q)
{
    DocumentInfo d;
    d.id = q.int64(0);
    d.candidateId = q.int64(1);
    d.candidateName = q.text(2);
    d.path = q.text(3);
    d.fileName = q.text(4);
    d.format = q.text(5);
    d.sha256 = q.text(6).toLatin1();
    d.sizeBytes = q.int64(7);
    d.title = q.text(8);
    d.pageCount = int(q.int64(9));
    d.chunkCount = int(q.int64(10));
    d.importedAt = fromMs(q.int64(11));
    return d;
}

} // namespace

int SqliteStore::schemaVersion()
{
    return SqliteSchema::version();
}

SqliteDatabase::Access SqliteStore::accessFor(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return SqliteDatabase::Access::ReadWrite;
    const QFileInfo file(path);
    if (!file.exists())
        return SqliteDatabase::Access::ReadWrite; // to be created; a folder that refuses says so on open
    const QFileInfo folder(file.absolutePath());
    return file.isWritable() && folder.isWritable() ? SqliteDatabase::Access::ReadWrite : SqliteDatabase::Access::ReadOnly;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{
    return open(path, accessFor(path));
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, SqliteDatabase::Access access)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore);
    if (auto r = store->m_db.open(path, access); !r)
        return r.error();
    // journal_mode = WAL writes the file header; a read-only file keeps the mode it was left in.
    QList<const char *> pragmas{"PRAGMA foreign_keys = ON"};
    if (access == SqliteDatabase::Access::ReadWrite)
        pragmas << "PRAGMA journal_mode = WAL" << "PRAGMA synchronous = NORMAL";
    for (const char *pragma : pragmas) {
        if (auto r = store->m_db.exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (auto r = SqliteSchema::migrate(store->m_db); !r)
        return r.error();
    return store;
}

Result<CandidateId> SqliteStore::ensureCandidate(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A candidate needs a name."));
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO candidates(name, created_ms) VALUES (?, ?) ON CONFLICT(name) DO NOTHING"));
    if (!ins)
        return ins.error();
    if (auto r = ins->bindAll({trimmed, nowMs()}).run(); !r)
        return r.error();
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM candidates WHERE name = ?"));
    if (!q)
        return q.error();
    q->bind(1, trimmed);
    auto row = q->step();
    if (!row)
        return row.error();
    return CandidateId(q->int64(0));
}

Result<QList<Candidate>> SqliteStore::candidates()
{
    auto list = collect<Candidate>(
        m_db.prepare(QStringLiteral(
            "SELECT k.id, k.name, (SELECT count(*) FROM documents d WHERE d.candidate_id = k.id), "
            "(SELECT count(*) FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.candidate_id = k.id), "
            "(SELECT max(imported_ms) FROM documents d WHERE d.candidate_id = k.id) FROM candidates k ORDER BY k.name")),
        [](const SqliteStatement &q) {
            Candidate c;
            c.id = q.int64(0);
            c.name = q.text(1);
            c.documentCount = int(q.int64(2));
            c.chunkCount = int(q.int64(3));
            if (!q.isNull(4))
                c.lastImport = fromMs(q.int64(4));
            return c;
        });
    if (!list)
        return list;
    // Top-level headings per candidate, most frequent first: what the candidate list shows as "skills / sections".
    auto heads = m_db.prepare(QStringLiteral(
        "SELECT json_extract(c.heading_path, '$[#-1]') AS h, count(*) AS n FROM chunks c JOIN documents d ON d.id = c.document_id "
        "WHERE d.candidate_id = ? AND json_array_length(c.heading_path) > 0 GROUP BY h ORDER BY n DESC, h LIMIT 8"));
    if (!heads)
        return heads.error();
    for (Candidate &c : *list) {
        heads->reset();
        heads->bind(1, c.id);
        for (;;) {
            auto row = heads->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            c.headings << heads->text(0);
        }
    }
    return list;
}

Result<QHash<CandidateId, QStringList>> SqliteStore::candidateSkills()
{
    // The LIKEs filter cheaply to chunks under a heading holding a word every skills heading holds; ResumeSection
    // decides. One LIKE a word, each bound to "%word%".
    QStringList likes;
    QVariantList words;
    for (const QString &word : ResumeSection::skillsWords()) {
        likes << QStringLiteral("lower(c.heading_path) LIKE ?");
        words << QVariant(u'%' + word + u'%');
    }
    auto q = m_db.prepare(QStringLiteral(
        "SELECT d.candidate_id, json_extract(c.heading_path, '$[#-1]'), c.text FROM chunks c JOIN documents d ON d.id = c.document_id "
        "WHERE json_array_length(c.heading_path) > 0 AND (%1) ORDER BY d.candidate_id, d.imported_ms, d.id, c.ordinal")
                              .arg(likes.join(QStringLiteral(" OR "))));
    if (!q)
        return q.error();
    for (int i = 0; i < words.size(); ++i)
        q->bind(i + 1, words.at(i));
    constexpr int kLimit = 12;
    QHash<CandidateId, QStringList> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        if (ResumeSection::of(q->text(1)) != ResumeSection::Kind::Skills)
            continue;
        QStringList &skills = out[q->int64(0)];
        SkillsLine::merge(skills, SkillsLine::items(q->text(2)), kLimit);
    }
}

Result<std::optional<Candidate>> SqliteStore::candidateByName(const QString &name)
{
    // Called once per imported file: a direct lookup, not the full candidates() listing with its counts.
    auto list = collect<Candidate>(query(QStringLiteral("SELECT k.id, k.name, (SELECT count(*) FROM documents d WHERE d.candidate_id = k.id), "
                                                        "(SELECT max(imported_ms) FROM documents d WHERE d.candidate_id = k.id) "
                                                        "FROM candidates k WHERE k.name = ?1 OR lower(k.name) = lower(?1) ORDER BY k.name = ?1 DESC LIMIT 1"),
                                                 {name.trimmed()}),
                                   [](const SqliteStatement &q) {
                                       Candidate c;
                                       c.id = q.int64(0);
                                       c.name = q.text(1);
                                       c.documentCount = int(q.int64(2));
                                       if (!q.isNull(3))
                                           c.lastImport = QDateTime::fromMSecsSinceEpoch(q.int64(3));
                                       return c;
                                   });
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Candidate>() : std::optional<Candidate>(list->first());
}

Result<void> SqliteStore::deleteCandidate(CandidateId id)
{
    return m_db.transaction([&]() -> Result<void> {
        auto q = m_db.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
        if (!q)
            return q.error();
        return q->bind(1, id).run();
    });
}

Result<SqliteStatement> SqliteStore::query(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = m_db.prepare(sql);
    if (q)
        q->bindAll(binds);
    return q;
}

Result<std::optional<DocumentInfo>> SqliteStore::documentBySha(CandidateId candidate, const QByteArray &sha256)
{
    auto list = collect<DocumentInfo>(query(QStringLiteral("SELECT %1 FROM documents d JOIN candidates k ON k.id = d.candidate_id "
                                                           "WHERE d.candidate_id = ? AND d.sha256 = ? LIMIT 1")
                                                .arg(QLatin1String(kDocumentColumns)),
                                            {candidate, QString::fromLatin1(sha256)}),
                                      readDocument);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<DocumentInfo>() : std::optional<DocumentInfo>(list->first());
}

Result<DocumentId> SqliteStore::putDocument(const DocumentInfo &info, const QString &text, const QList<Chunk> &chunks)
{
    DocumentId id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        // A changed file replaces the old document wholesale; cascades remove its chunks.
        if (auto del = query(QStringLiteral("DELETE FROM documents WHERE candidate_id = ? AND path = ?"), {info.candidateId, info.path}); !del)
            return del.error();
        else if (auto run = del->run(); !run)
            return run;
        auto ins = query(QStringLiteral("INSERT INTO documents(candidate_id, path, file_name, format, sha256, size_bytes, title, page_count, text, imported_ms) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {info.candidateId, info.path, info.fileName, info.format, QString::fromLatin1(info.sha256), info.sizeBytes, info.title,
                          info.pageCount, text, nowMs()});
        if (!ins)
            return ins.error();
        if (auto run = ins->run(); !run)
            return run;
        id = m_db.lastInsertId();
        auto chunk = m_db.prepare(QStringLiteral("INSERT INTO chunks(document_id, ordinal, heading_path, text, page, start_offset, end_offset) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!chunk)
            return chunk.error();
        int ordinal = 0;
        for (const Chunk &c : chunks) {
            chunk->reset();
            chunk->bindAll({id, ordinal++, encodePath(c.headingPath), c.text, c.page, qint64(c.startOffset), qint64(c.endOffset)});
            if (auto run = chunk->run(); !run)
                return run;
        }
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<QList<DocumentInfo>> SqliteStore::documents(std::optional<CandidateId> candidate)
{
    const QString sql = QStringLiteral("SELECT %1 FROM documents d JOIN candidates k ON k.id = d.candidate_id %2 ORDER BY k.name, d.file_name")
                            .arg(QLatin1String(kDocumentColumns), candidate ? QStringLiteral("WHERE d.candidate_id = ?") : QString());
    return collect<DocumentInfo>(candidate ? query(sql, {*candidate}) : query(sql, {}), readDocument);
}

Result<Document> SqliteStore::document(DocumentId id)
{
    auto q = query(QStringLiteral("SELECT %1, d.text FROM documents d JOIN candidates k ON k.id = d.candidate_id WHERE d.id = ?")
                       .arg(QLatin1String(kDocumentColumns)),
                   {id});
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, Tr::tr("There is no document %1.").arg(id));
    return Document{readDocument(*q), q->text(12)};
}

Result<void> SqliteStore::deleteDocument(DocumentId id)
{
    return m_db.transaction([&]() -> Result<void> {
        auto q = query(QStringLiteral("DELETE FROM documents WHERE id = ?"), {id});
        return q ? q->run() : Result<void>(q.error());
    });
}

Result<QList<Chunk>> SqliteStore::chunks(DocumentId id)
{
    return collect<Chunk>(query(QStringLiteral("SELECT %1 FROM chunks c WHERE c.document_id = ? ORDER BY c.ordinal").arg(QLatin1String(kChunkColumns)), {id}),
                          [](const SqliteStatement &q) { return readChunk(q, 0); });
}

namespace {
ChunkRef readChunkRef(const SqliteStatement &q)
{
    return ChunkRef{readChunk(q, 0), q.int64(8), q.text(9), q.text(10)};
}
} // namespace

Result<QList<ChunkRef>> SqliteStore::allChunks()
{
    return collect<ChunkRef>(query(QStringLiteral("SELECT %1, d.candidate_id, k.name, d.file_name FROM chunks c JOIN documents d ON d.id = c.document_id "
                                                  "JOIN candidates k ON k.id = d.candidate_id ORDER BY c.document_id, c.ordinal")
                                       .arg(QLatin1String(kChunkColumns)),
                                   {}),
                             readChunkRef);
}

Result<std::optional<ChunkRef>> SqliteStore::chunk(ChunkId id)
{
    auto list = collect<ChunkRef>(query(QStringLiteral("SELECT %1, d.candidate_id, k.name, d.file_name FROM chunks c JOIN documents d ON d.id = c.document_id "
                                                       "JOIN candidates k ON k.id = d.candidate_id WHERE c.id = ?")
                                            .arg(QLatin1String(kChunkColumns)),
                                        {id}),
                                  readChunkRef);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<ChunkRef>() : std::optional<ChunkRef>(list->first());
}

} // namespace Protostar
