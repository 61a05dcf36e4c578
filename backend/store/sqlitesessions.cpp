// SPDX-License-Identifier: MIT
// SqliteStore's conversation tables: sessions, turns, summaries and the key-value settings. The
// catalog (candidates, documents, chunks) and the schema are in sqlitestore.cpp.
#include "store/sqlitestore.h"

#include "core/tr.h"
#include "store/sqliterows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Protostar {

using SqliteRows::collect;
using SqliteRows::fromMs;
using SqliteRows::nowMs;

namespace {

// Turn::unverified is kept as a JSON array of strings: sentences contain any character, so no separator is safe.
QString sentencesToJson(const QStringList &sentences)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sentences)).toJson(QJsonDocument::Compact));
}

QStringList sentencesFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QString jsonOrEmptyList(const QByteArray &json)
{
    return json.isEmpty() ? QStringLiteral("[]") : QString::fromUtf8(json);
}

} // namespace

Result<SessionId> SqliteStore::createSession(const QString &title)
{
    auto q = query(QStringLiteral("INSERT INTO sessions(title, created_ms, updated_ms) VALUES (?, ?, ?)"), {title, nowMs(), nowMs()});
    if (!q)
        return q.error();
    if (auto r = q->run(); !r)
        return r.error();
    return SessionId(m_db.lastInsertId());
}

Result<void> SqliteStore::ensureSession(SessionId id, const QString &title)
{
    if (id <= 0)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("A session id is a positive number."));
    auto q = query(QStringLiteral("INSERT INTO sessions(id, title, created_ms, updated_ms) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
                   {id, title, nowMs(), nowMs()});
    return q ? q->run() : Result<void>(q.error());
}

Result<QList<Session>> SqliteStore::sessions()
{
    return collect<Session>(query(QStringLiteral("SELECT s.id, s.title, s.created_ms, s.updated_ms, (SELECT count(*) FROM turns t WHERE t.session_id = s.id) "
                                                 "FROM sessions s ORDER BY s.updated_ms DESC, s.id DESC"),
                                  {}),
                            [](const SqliteStatement &q) {
                                return Session{q.int64(0), q.text(1), fromMs(q.int64(2)), fromMs(q.int64(3)), int(q.int64(4))};
                            });
}

Result<void> SqliteStore::renameSession(SessionId id, const QString &title)
{
    auto q = query(QStringLiteral("UPDATE sessions SET title = ? WHERE id = ?"), {title, id});
    if (!q)
        return q.error();
    if (auto r = q->run(); !r)
        return r;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("There is no session %1.").arg(id));
    return {};
}

Result<void> SqliteStore::deleteSession(SessionId id)
{
    auto q = query(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id});
    return q ? q->run() : Result<void>(q.error());
}

Result<TurnId> SqliteStore::appendTurn(const Turn &turn)
{
    TurnId id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto exists = query(QStringLiteral("UPDATE sessions SET updated_ms = ? WHERE id = ?"), {nowMs(), turn.sessionId});
        if (!exists)
            return exists.error();
        if (auto run = exists->run(); !run)
            return run;
        if (m_db.changes() == 0)
            return makeError(ErrorCode::NotFound, Tr::tr("There is no session %1.").arg(turn.sessionId));
        auto q = query(QStringLiteral("INSERT INTO turns(session_id, ordinal, question, answer, found, citations, created_ms, related, unverified) "
                                      "VALUES (?, (SELECT coalesce(max(ordinal), -1) + 1 FROM turns WHERE session_id = ?), ?, ?, ?, ?, ?, ?, ?)"),
                       {turn.sessionId, turn.sessionId, turn.question, turn.answer, turn.found, jsonOrEmptyList(turn.citationsJson), nowMs(),
                        jsonOrEmptyList(turn.relatedJson), sentencesToJson(turn.unverified)});
        if (!q)
            return q.error();
        if (auto run = q->run(); !run)
            return run;
        id = m_db.lastInsertId();
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<QList<Turn>> SqliteStore::turns(SessionId id)
{
    return collect<Turn>(query(QStringLiteral("SELECT id, session_id, ordinal, question, answer, found, citations, created_ms, related, unverified "
                                              "FROM turns WHERE session_id = ? ORDER BY ordinal"),
                               {id}),
                         [](const SqliteStatement &q) {
                             return Turn{q.int64(0), q.int64(1), int(q.int64(2)), q.text(3), q.text(4), q.int64(5) != 0, q.text(6).toUtf8(),
                                         fromMs(q.int64(7)), q.text(8).toUtf8(), sentencesFromJson(q.text(9))};
                         });
}

Result<qint64> SqliteStore::addSummary(const Summary &summary)
{
    auto q = query(QStringLiteral("INSERT INTO summaries(session_id, turn_id, text, created_ms) VALUES (?, ?, ?, ?)"),
                   {summary.sessionId, summary.turnId ? QVariant(summary.turnId) : QVariant(), summary.text, nowMs()});
    if (!q)
        return q.error();
    if (auto r = q->run(); !r)
        return r.error();
    return m_db.lastInsertId();
}

Result<QList<Summary>> SqliteStore::summaries(SessionId id)
{
    return collect<Summary>(query(QStringLiteral("SELECT id, session_id, coalesce(turn_id, 0), text, created_ms FROM summaries WHERE session_id = ? ORDER BY id"),
                                  {id}),
                            [](const SqliteStatement &q) {
                                return Summary{q.int64(0), q.int64(1), q.int64(2), q.text(3), fromMs(q.int64(4))};
                            });
}

Result<QString> SqliteStore::value(const QString &key, const QString &fallback)
{
    auto q = query(QStringLiteral("SELECT value FROM kv WHERE key = ?"), {key});
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return *row ? q->text(0) : fallback;
}

Result<void> SqliteStore::setValue(const QString &key, const QString &value)
{
    auto q = query(QStringLiteral("INSERT INTO kv(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {key, value});
    return q ? q->run() : Result<void>(q.error());
}

} // namespace Protostar
