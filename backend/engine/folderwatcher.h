// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "engine/engineconfig.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Protostar {

class ImportService;

// Keeps linked ("watched") folders in step with the store: new and changed files go to the
// ImportService, files gone from disk are deleted from the store, and the list of linked folders
// is kept in the store's key/value table (key "watch.folders") so it survives a restart.
// Lives on the GUI thread; scans (listing, hashing, store reads and deletes) run one at a time on
// an owned pool thread with their own store connection. The destructor cancels and joins.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    // `importer` is not owned and must outlive the watcher.
    FolderWatcher(const EngineConfig &config, ImportService *importer, QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Loads the linked folders from the store and scans each one; call once after construction.
    void start();
    // Links `path` (a readable folder) and scans it; linking an already linked folder rescans it.
    Result<void> linkFolder(const QString &path);
    // Stops watching `path`. Its documents stay in the store: unlinking is not deleting.
    void unlinkFolder(const QString &path);
    // Canonical paths of the linked folders, in linking order.
    QStringList folders() const;
    // Scans one linked folder now, or every one when `folder` is empty.
    void rescan(const QString &folder = {});
    // How long file-system events are gathered before a rescan (editors write files in bursts).
    void setDebounceInterval(std::chrono::milliseconds interval);
    // True while a scan runs or is queued, or a batch this watcher queued is still importing.
    bool isBusy() const;

    static QString settingsKey() { return QStringLiteral("watch.folders"); }

Q_SIGNALS:
    void foldersChanged(const QStringList &folders);
    // Something changed on disk under `folder`; a rescan is starting.
    void folderChanged(const QString &folder);
    // New or changed files under `folder` were handed to the ImportService as batch `batchId`.
    void filesQueued(const QString &folder, int batchId, const QStringList &paths);
    // A document whose file is gone was deleted from the store (refresh indexes with its id).
    void documentRemoved(Protostar::DocumentId documentId, const QString &path);
    void scanFinished(const QString &folder, int queuedCount, int removedCount);
    void scanFailed(const QString &folder, const Protostar::Error &error);
    // Every scan is done and every batch this watcher queued has finished.
    void idle();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Protostar
