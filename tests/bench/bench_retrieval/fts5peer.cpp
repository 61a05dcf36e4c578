// SPDX-License-Identifier: MIT
#include "fts5peer.h"

#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

Fts5Peer::Fts5Peer(const QString &path)
{
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    char *err = nullptr;
    const char *setup = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram');";
    if (sqlite3_exec(m_db, setup, nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QString::fromUtf8(err);
        sqlite3_free(err);
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_prepare_v2(m_db, "INSERT INTO t(rowid, body) VALUES (?, ?)", -1, &m_insert, nullptr);
    sqlite3_prepare_v2(m_db, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?", -1, &m_select, nullptr);
}

Fts5Peer::~Fts5Peer()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_select);
    sqlite3_close(m_db);
}

void Fts5Peer::begin()
{
    sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
}

void Fts5Peer::commit()
{
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

void Fts5Peer::add(qint64 rowid, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_int64(m_insert, 1, rowid);
    sqlite3_bind_text(m_insert, 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
}

QString Fts5Peer::matchExpression(const QString &query)
{
    // Trigrams of each word (FTS5's trigram tokenizer folds case itself); a word shorter than three characters
    // cannot be searched by this tokenizer at all, which is the known weakness for 연봉, 경력, 팀장.
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    QStringList terms;
    QSet<QString> seen;
    for (const QString &word : query.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts)) {
        for (qsizetype i = 0; i + 3 <= word.size(); ++i) {
            const QString tri = word.mid(i, 3);
            if (seen.contains(tri))
                continue;
            seen.insert(tri);
            terms.append(u'"' + QString(tri).replace(u'"', QLatin1String("\"\"")) + u'"');
        }
    }
    return terms.join(QLatin1String(" OR "));
}

QList<qint64> Fts5Peer::search(const QString &query, int k)
{
    QList<qint64> out;
    const QByteArray expr = matchExpression(query).toUtf8();
    if (expr.isEmpty())
        return out;
    sqlite3_bind_text(m_select, 1, expr.constData(), int(expr.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(m_select, 2, k);
    while (sqlite3_step(m_select) == SQLITE_ROW)
        out.append(sqlite3_column_int64(m_select, 0));
    sqlite3_reset(m_select);
    return out;
}

qint64 Fts5Peer::bytes() const
{
    qint64 pages = 0, size = 0;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(m_db, "PRAGMA page_count", -1, &s, nullptr);
    if (sqlite3_step(s) == SQLITE_ROW)
        pages = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_prepare_v2(m_db, "PRAGMA page_size", -1, &s, nullptr);
    if (sqlite3_step(s) == SQLITE_ROW)
        size = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return pages * size;
}
