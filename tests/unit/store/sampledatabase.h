// SPDX-License-Identifier: MIT
// The store tests' sample database, written as the app writes it: one candidate (김서연) with one two-passage
// document and one kept conversation.
#pragma once

#include "store/sqlitestore.h"

namespace Protostar::Test {

inline bool fillSampleStore(Store &store)
{
    auto candidate = store.ensureCandidate(QStringLiteral("김서연"));
    if (!candidate)
        return false;
    DocumentInfo d;
    d.candidateId = *candidate;
    d.path = QStringLiteral("/cv/kim.txt");
    d.fileName = QStringLiteral("kim.txt");
    d.format = QStringLiteral("txt");
    d.sha256 = "abc";
    d.sizeBytes = 10;
    QList<Chunk> chunks;
    for (int i = 0; i < 2; ++i) {
        Chunk c;
        c.headingPath = {QStringLiteral("[경력사항]")};
        c.text = QStringLiteral("문단 %1: 월 1,200만 건 처리").arg(i);
        c.startOffset = i * 10;
        c.endOffset = i * 10 + 9;
        chunks << c;
    }
    return store.putDocument(d, QStringLiteral("본문"), chunks).ok() && store.ensureSession(1, QStringLiteral("첫 대화")).ok();
}

// The sample at `path`, closed and left in `journalMode` (WAL or DELETE); a WAL file is checkpointed and removed.
inline bool writeSampleDatabase(const QString &path, const QString &journalMode)
{
    {
        auto s = SqliteStore::open(path, SqliteDatabase::Access::ReadWrite);
        if (!s || !fillSampleStore(**s))
            return false;
    } // closed first: changing the journal mode needs the only connection
    SqliteDatabase raw; // the journal mode a file was left in stays in its header
    return raw.open(path).ok() && raw.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)).ok();
}

} // namespace Protostar::Test
