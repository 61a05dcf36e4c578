// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

namespace Protostar {

// What happened to one file of an import.
struct ImportOutcome {
    enum class Status { Imported, Unchanged, Failed, Cancelled };
    QString path;
    Status status = Status::Failed;
    QString candidate;
    DocumentId documentId = 0;
    int chunkCount = 0;
    qint64 bytes = 0;
    QString message; // translated reason when Failed
};

struct ImportSummary {
    int imported = 0;
    int unchanged = 0;
    int failed = 0;
    int cancelled = 0;
    qint64 bytes = 0;
};

} // namespace Protostar

Q_DECLARE_METATYPE(Protostar::ImportOutcome)
Q_DECLARE_METATYPE(Protostar::ImportSummary)
