// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

// The first peer: SQLite FTS5 with tokenize='trigram', ranked by bm25(), queried with the OR of the query's
// trigrams. Owned by one thread.
class Fts5Peer
{
public:
    explicit Fts5Peer(const QString &path); // a file path, or ":memory:"
    ~Fts5Peer();
    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    void begin();
    void add(qint64 rowid, const QString &text);
    void commit();
    QList<qint64> search(const QString &query, int k);
    qint64 bytes() const; // page_count * page_size
    static QString matchExpression(const QString &query);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_select = nullptr;
    QString m_error;
};
