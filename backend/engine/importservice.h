// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engineconfig.h"
#include "engine/importoutcome.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Protostar {

// Imports files and folders on its own thread with its own store connection; reports by queued
// signals. Lives on the thread that created it (the GUI thread); the work runs on an owned QThread.
// Batches queue up in order; cancel() stops the running batch after the current file (which is
// either fully stored or not at all) and drops queued ones. The destructor cancels and joins.
class ImportService : public QObject
{
    Q_OBJECT
public:
    explicit ImportService(const EngineConfig &config, QObject *parent = nullptr);
    ~ImportService() override;

    // Returns the batch id. `candidate` empty = name from each document's title line, else the file's base name.
    int importPaths(const QStringList &paths, const QString &candidate = {});
    void cancel();

    // Resume after a crash: the files a batch had not finished when the process died (or the service was
    // destroyed mid-batch) are kept in the store's key/value table under pendingKey(). Read when the
    // service is constructed, so the GUI can offer to resume on start.
    QStringList pendingFromLastRun() const;
    // Imports the pending files as a new batch (with the candidate they were started with); returns its
    // batch id, or 0 when nothing was pending.
    int resumePending();
    // Forgets the pending files without importing them.
    void discardPending();
    static QString pendingKey();

Q_SIGNALS:
    void batchStarted(int batchId, int fileCount, qint64 totalBytes);
    void fileStarted(int batchId, const QString &path);
    void fileFinished(int batchId, const Protostar::ImportOutcome &outcome);
    // Emitted after each stored (imported or replaced) document so indexes can refresh.
    void documentStored(Protostar::DocumentId documentId);
    void batchFinished(int batchId, const Protostar::ImportSummary &summary);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Protostar
