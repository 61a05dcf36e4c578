// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/error.h"
#include "store/store.h"

#include <QStringList>

#include <atomic>
#include <optional>
#include <utility>

namespace Protostar {

// What one scan of a linked folder found on disk and did to the store.
struct FolderScan {
    QString folder;
    QStringList directories; // the folder and its subfolders, to watch for created/removed files
    QStringList files;       // supported documents now on disk (sorted), to watch for modifications
    QStringList toImport;    // new, or size/content differs from the stored document
    QList<std::pair<DocumentId, QString>> removed; // deleted from the store because the file is gone
    std::optional<Error> error;
};

// Compares a folder on disk with the documents stored under it (path, then size, then mtime and
// SHA-256) and deletes the documents whose files are gone. Plain and synchronous; run it off the
// GUI thread with a store owned by the calling thread.
class FolderScanner
{
public:
    static FolderScan scan(Store &store, const QString &folder, const std::atomic_bool &cancelled);
    static bool isUnder(const QString &path, const QString &folder);
};

} // namespace Protostar
