// SPDX-License-Identifier: MIT
#include "engine/folderwatcher.h"

#include "core/logging.h"
#include "core/tr.h"
#include "engine/folderscanner.h"
#include "engine/importservice.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <optional>
#include <utility>

namespace Protostar {

namespace {

bool isUnder(const QString &path, const QString &folder)
{
    return FolderScanner::isUnder(path, folder);
}

QStringList parseFolders(const QString &json)
{
    QStringList folders;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty() && !folders.contains(v.toString()))
            folders.append(v.toString());
    }
    return folders;
}

} // namespace

class FolderWatcher::Private
{
public:
    Private(FolderWatcher *q, const EngineConfig &config, ImportService *importer)
        : q(q), config(config), importer(importer)
    {
        pool.setMaxThreadCount(1); // scans and writes of the folder list stay in submission order
        debounce.setSingleShot(true);
        debounce.setInterval(std::chrono::milliseconds(500));
    }

    // Runs `work` on the pool with its own store connection, then `apply` on the GUI thread.
    template<typename Work, typename Apply>
    void submit(Work work, Apply apply)
    {
        ++runningTasks;
        const QString databasePath = config.databasePath;
        const SqliteDatabase::Access access = config.access();
        const auto flag = cancelled;
        pool.start([this, databasePath, access, flag, work = std::move(work), apply = std::move(apply)]() mutable {
            auto store = SqliteStore::open(databasePath, access);
            std::optional<Error> openError;
            decltype(work(std::declval<Store &>(), *flag)) result{};
            if (store)
                result = work(**store, *flag);
            else
                openError = store.error();
            if (*flag)
                return;
            // Queued to the watcher's thread; the destructor joins the pool first, so `this` is alive.
            QMetaObject::invokeMethod(q, [this, result = std::move(result), openError, apply = std::move(apply)]() mutable {
                --runningTasks;
                apply(std::move(result), openError);
                emitIdleIfDone();
            }, Qt::QueuedConnection);
        });
    }

    void scheduleScan(const QString &folder)
    {
        if (queuedScans.contains(folder))
            return;
        queuedScans.insert(folder);
        submit([folder](Store &store, const std::atomic_bool &flag) { return FolderScanner::scan(store, folder, flag); },
               [this, folder](FolderScan scan, const std::optional<Error> &openError) {
                   queuedScans.remove(folder);
                   if (openError)
                       scan.error = openError;
                   applyScan(scan);
               });
    }

    void persistFolders()
    {
        const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(folders)).toJson(QJsonDocument::Compact));
        submit([json](Store &store, const std::atomic_bool &) -> std::optional<Error> {
                   if (auto r = store.setValue(FolderWatcher::settingsKey(), json); !r)
                       return r.error();
                   return std::nullopt;
               },
               [this](std::optional<Error> error, const std::optional<Error> &openError) {
                   if (openError)
                       error = openError;
                   if (error) {
                       qCWarning(lcEngine) << "cannot save linked folders:" << error->toString();
                       Q_EMIT q->scanFailed(QString(), *error);
                   }
               });
    }

    void applyScan(const FolderScan &scan)
    {
        if (!folders.contains(scan.folder))
            return; // unlinked while the scan ran
        updateWatches(scan);
        for (const auto &[id, path] : scan.removed)
            Q_EMIT q->documentRemoved(id, path);
        QStringList queue;
        for (const QString &path : scan.toImport) {
            if (!pending.contains(path))
                queue.append(path);
        }
        if (!queue.isEmpty() && importer) {
            const int batchId = importer->importPaths(queue);
            batchFolder.insert(batchId, scan.folder);
            batchPaths.insert(batchId, queue);
            for (const QString &path : std::as_const(queue))
                pending.insert(path);
            Q_EMIT q->filesQueued(scan.folder, batchId, queue);
        }
        if (scan.error) {
            qCWarning(lcEngine) << "scan of" << scan.folder << "failed:" << scan.error->toString();
            Q_EMIT q->scanFailed(scan.folder, *scan.error);
        }
        Q_EMIT q->scanFinished(scan.folder, int(queue.size()), int(scan.removed.size()));
    }

    void updateWatches(const FolderScan &scan)
    {
        if (scan.error && scan.directories.isEmpty())
            return; // folder missing: keep the old watches so it is noticed when it comes back
        const QStringList wanted = scan.directories + scan.files;
        const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
        QSet<QString> current;
        QStringList stale;
        for (const QString &path : watcher.files() + watcher.directories()) {
            if (!isUnder(path, scan.folder))
                continue;
            current.insert(path);
            if (!wantedSet.contains(path))
                stale.append(path);
        }
        QStringList added;
        for (const QString &path : wanted) {
            if (!current.contains(path))
                added.append(path);
        }
        if (!stale.isEmpty())
            watcher.removePaths(stale);
        if (!added.isEmpty())
            watcher.addPaths(added);
    }

    QString linkedFolderOf(const QString &path) const
    {
        QString best;
        for (const QString &folder : folders) {
            if (isUnder(path, folder) && folder.size() > best.size())
                best = folder;
        }
        return best;
    }

    void onPathChanged(const QString &path)
    {
        const QString folder = linkedFolderOf(path);
        if (folder.isEmpty())
            return;
        dirty.insert(folder);
        // A file rewritten while its import runs would be skipped as pending: rescan after the batch.
        for (auto it = batchFolder.cbegin(); it != batchFolder.cend(); ++it) {
            if (it.value() == folder)
                changedDuringImport.insert(folder);
        }
        debounce.start();
    }

    void onDebounced()
    {
        const QSet<QString> changed = std::exchange(dirty, {});
        for (const QString &folder : changed) {
            Q_EMIT q->folderChanged(folder);
            scheduleScan(folder);
        }
    }

    void onBatchFinished(int batchId)
    {
        const auto folderIt = batchFolder.find(batchId);
        if (folderIt == batchFolder.end())
            return; // someone else's import
        const QString folder = folderIt.value();
        batchFolder.erase(folderIt);
        for (const QString &path : batchPaths.take(batchId))
            pending.remove(path);
        if (changedDuringImport.contains(folder) && !std::any_of(batchFolder.cbegin(), batchFolder.cend(),
                                                                  [&](const QString &f) { return f == folder; })) {
            changedDuringImport.remove(folder);
            scheduleScan(folder);
        }
        emitIdleIfDone();
    }

    bool busy() const
    {
        return runningTasks > 0 || !batchFolder.isEmpty() || !dirty.isEmpty() || debounce.isActive();
    }

    void emitIdleIfDone()
    {
        if (!busy())
            Q_EMIT q->idle();
    }

    FolderWatcher *q;
    EngineConfig config;
    QPointer<ImportService> importer;
    QFileSystemWatcher watcher;
    QTimer debounce;
    QThreadPool pool;
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    QStringList folders;
    QSet<QString> dirty;                // folders with file-system events waiting for the debounce
    QSet<QString> queuedScans;          // scans submitted and not yet applied, so bursts coalesce
    QSet<QString> changedDuringImport;
    QHash<int, QString> batchFolder;    // this watcher's unfinished import batches
    QHash<int, QStringList> batchPaths;
    QSet<QString> pending;              // paths in those batches
    int runningTasks = 0;
    bool started = false;
};

FolderWatcher::FolderWatcher(const EngineConfig &config, ImportService *importer, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, config, importer))
{
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &p) { d->onPathChanged(p); });
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &p) { d->onPathChanged(p); });
    connect(&d->debounce, &QTimer::timeout, this, [this] { d->onDebounced(); });
    if (importer) {
        connect(importer, &ImportService::batchFinished, this, [this](int batchId, const ImportSummary &) {
            d->onBatchFinished(batchId);
        });
    }
}

FolderWatcher::~FolderWatcher()
{
    *d->cancelled = true;
    d->pool.clear();
    d->pool.waitForDone();
}

void FolderWatcher::start()
{
    if (d->started)
        return;
    d->started = true;
    d->submit(
        [](Store &store, const std::atomic_bool &flag) {
            std::pair<QStringList, QList<FolderScan>> loaded;
            auto json = store.value(FolderWatcher::settingsKey(), QString());
            if (!json)
                return loaded;
            loaded.first = parseFolders(*json);
            for (const QString &folder : std::as_const(loaded.first)) {
                if (flag)
                    break;
                loaded.second.append(FolderScanner::scan(store, folder, flag));
            }
            return loaded;
        },
        [this](std::pair<QStringList, QList<FolderScan>> loaded, const std::optional<Error> &openError) {
            if (openError) {
                Q_EMIT scanFailed(QString(), *openError);
                return;
            }
            // Folders linked before the stored list arrived stay; stored ones come first.
            QStringList merged = loaded.first;
            for (const QString &folder : std::as_const(d->folders)) {
                if (!merged.contains(folder))
                    merged.append(folder);
            }
            const bool grew = merged != loaded.first;
            d->folders = merged;
            Q_EMIT foldersChanged(d->folders);
            if (grew)
                d->persistFolders();
            for (const FolderScan &scan : std::as_const(loaded.second))
                d->applyScan(scan);
        });
}

Result<void> FolderWatcher::linkFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.isReadable()) {
        return makeError(ErrorCode::NotFound,
                         tr("%1 is not a folder Protostar can read. Choose an existing folder you have access to.").arg(path));
    }
    const QString folder = info.canonicalFilePath();
    if (!d->folders.contains(folder)) {
        d->folders.append(folder);
        Q_EMIT foldersChanged(d->folders);
        d->persistFolders();
    }
    d->scheduleScan(folder);
    return {};
}

void FolderWatcher::unlinkFolder(const QString &path)
{
    QString folder = QFileInfo(path).canonicalFilePath();
    if (!d->folders.contains(folder))
        folder = QDir::cleanPath(path); // the folder may be gone from disk already
    if (!d->folders.removeAll(folder))
        return;
    QStringList watched;
    for (const QString &p : d->watcher.files() + d->watcher.directories()) {
        if (isUnder(p, folder) && d->linkedFolderOf(p).isEmpty())
            watched.append(p);
    }
    if (!watched.isEmpty())
        d->watcher.removePaths(watched);
    d->dirty.remove(folder);
    Q_EMIT foldersChanged(d->folders);
    d->persistFolders();
}

QStringList FolderWatcher::folders() const
{
    return d->folders;
}

void FolderWatcher::rescan(const QString &folder)
{
    if (!folder.isEmpty()) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (d->folders.contains(canonical))
            d->scheduleScan(canonical);
        else if (d->folders.contains(folder))
            d->scheduleScan(folder);
        return;
    }
    for (const QString &f : std::as_const(d->folders))
        d->scheduleScan(f);
}

void FolderWatcher::setDebounceInterval(std::chrono::milliseconds interval)
{
    d->debounce.setInterval(interval);
}

bool FolderWatcher::isBusy() const
{
    return d->busy();
}

} // namespace Protostar
