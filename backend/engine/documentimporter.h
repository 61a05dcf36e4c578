// SPDX-License-Identifier: MIT
#pragma once

#include "core/error.h"
#include "engine/importoutcome.h"
#include "ingest/paragraphchunker.h"

#include <QHash>

#include <atomic>
#include <functional>

namespace Protostar {

class Store;

struct ImportOptions {
    QString candidate;                           // empty = name from the title line, else the file's base name
    qint64 maxFileBytes = 50ll * 1024 * 1024;   // larger files fail with a message
    ChunkerOptions chunker;
};

// Imports files into a Store synchronously: read, hash, chunk, decide the candidate, store. A file
// whose bytes are already stored for that candidate is Unchanged; a changed file replaces its old
// document in one transaction; a failure stores nothing. Used by the CLI, ImportService and tests.
// Lives on the thread that owns the Store.
class DocumentImporter
{
public:
    explicit DocumentImporter(Store &store, ImportOptions options = {});

    // Files and folders to the files to import, in order: folders recursively (sorted, hidden entries and
    // unsupported suffixes skipped); named files are kept as given, so a missing or unsupported one fails visibly.
    static QStringList expandPaths(const QStringList &paths);

    ImportOutcome importFile(const QString &path);

    using Progress = std::function<void(int index, int total, const ImportOutcome &outcome)>;
    // Expands and imports `paths`; one failing file never stops the rest. When `cancel` becomes true the
    // remaining files are Cancelled (the file in progress finishes first).
    QList<ImportOutcome> importPaths(const QStringList &paths, const Progress &progress = {},
                                     const std::atomic_bool *cancel = nullptr);

    static ImportSummary summarize(const QList<ImportOutcome> &outcomes);
    // "imported (12 chunks)", "unchanged", "failed: <reason>", "cancelled".
    static QString describe(const ImportOutcome &outcome);

private:
    ImportOutcome failed(ImportOutcome outcome, const Error &error) const;

    Store &m_store;
    ImportOptions m_options;
    // Candidates this importer stored a document for: a folder of one person's files looks them up once.
    QHash<QString, CandidateId> m_knownCandidates;
};

} // namespace Protostar
