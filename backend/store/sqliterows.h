// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/sqlitedatabase.h"

#include <QDateTime>
#include <QList>

// Row helpers shared by SqliteStore's translation units (sqlitestore.cpp: catalog, sqlitesessions.cpp:
// conversations); not part of the store's interface.
namespace Protostar::SqliteRows {

inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
inline QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms); }

// Steps `q` to the end, reading each row with `read`.
template<typename T, typename Read>
Result<QList<T>> collect(Result<SqliteStatement> q, Read read)
{
    if (!q)
        return q.error();
    QList<T> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(read(*q));
    }
}

} // namespace Protostar::SqliteRows
