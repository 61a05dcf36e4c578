// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

namespace Protostar {

class SqliteDatabase;

// The store's tables: their history (PRAGMA user_version) and the migrations that bring a file written by an older
// build up to date. Stateless; works on the connection it is given, on that connection's thread.
class SqliteSchema
{
public:
    // The schema version this build writes.
    static int version();
    // Brings the file to `target` (version() when 0), one transaction per step; refuses a file that a newer
    // build wrote. An older target writes a file as an older build did, for the upgrade tests. On a read-only
    // connection it only checks: a current schema passes, one that needs a step is refused with what to do.
    static Result<void> migrate(SqliteDatabase &db, int target = 0);
};

} // namespace Protostar
