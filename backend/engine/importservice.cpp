// SPDX-License-Identifier: MIT
#include "engine/importservice.h"

#include "core/logging.h"
#include "core/tr.h"
#include "engine/documentimporter.h"
#include "store/sqlitestore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThread>

#include <atomic>

namespace Protostar {

namespace {

struct PendingBatch {
    QString candidate;
    QStringList files;
};

QString encodePending(const PendingBatch &p)
{
    if (p.files.isEmpty())
        return {};
    const QJsonObject o{{QStringLiteral("candidate"), p.candidate}, {QStringLiteral("files"), QJsonArray::fromStringList(p.files)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PendingBatch decodePending(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    PendingBatch p;
    p.candidate = o.value(QStringLiteral("candidate")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray())
        p.files << v.toString();
    return p;
}

} // namespace

// Runs batches one after another on the service's thread with its own store connection.
// Owned by ImportService, lives on its worker thread.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker(EngineConfig config, const std::atomic_int &cancelledUpTo, const std::atomic_bool &shuttingDown)
        : m_config(std::move(config)), m_cancelledUpTo(cancelledUpTo), m_shuttingDown(shuttingDown)
    {
    }

public Q_SLOTS:
    void run(int batchId, const QStringList &paths, const QString &candidate);
    void discardPending()
    {
        if (openStore())
            (void)m_store->setValue(ImportService::pendingKey(), QString());
    }

Q_SIGNALS:
    void batchStarted(int batchId, int fileCount, qint64 totalBytes);
    void fileStarted(int batchId, const QString &path);
    void fileFinished(int batchId, const Protostar::ImportOutcome &outcome);
    void documentStored(Protostar::DocumentId documentId);
    void batchFinished(int batchId, const Protostar::ImportSummary &summary);

private:
    bool openStore()
    {
        if (m_store)
            return true;
        auto store = SqliteStore::open(m_config.databasePath, m_config.access());
        if (!store) {
            m_storeError = store.error();
            return false;
        }
        m_store = std::move(store).value();
        return true;
    }

    EngineConfig m_config;
    const std::atomic_int &m_cancelledUpTo;
    const std::atomic_bool &m_shuttingDown;
    std::unique_ptr<SqliteStore> m_store; // opened on this thread, used only here
    Error m_storeError;
};

void ImportWorker::run(int batchId, const QStringList &paths, const QString &candidate)
{
    const QStringList files = DocumentImporter::expandPaths(paths);
    qint64 totalBytes = 0;
    for (const QString &f : files)
        totalBytes += QFileInfo(f).size();
    Q_EMIT batchStarted(batchId, int(files.size()), totalBytes);

    const bool storeOk = openStore();
    auto savePending = [&](qsizetype from) {
        if (storeOk)
            (void)m_store->setValue(ImportService::pendingKey(), encodePending({candidate, files.mid(from)}));
    };
    savePending(0);

    QList<ImportOutcome> outcomes;
    for (qsizetype i = 0; i < files.size(); ++i) {
        ImportOutcome o;
        if (batchId <= m_cancelledUpTo.load()) {
            o.path = files[i];
            o.candidate = candidate;
            o.status = ImportOutcome::Status::Cancelled;
        } else if (!storeOk) {
            o.path = files[i];
            o.status = ImportOutcome::Status::Failed;
            o.message = m_storeError.message;
        } else {
            Q_EMIT fileStarted(batchId, files[i]);
            DocumentImporter importer(*m_store, ImportOptions{candidate, m_config.maxFileBytes, {}});
            o = importer.importFile(files[i]);
            savePending(i + 1);
        }
        outcomes.append(o);
        Q_EMIT fileFinished(batchId, o);
        if (o.status == ImportOutcome::Status::Imported)
            Q_EMIT documentStored(o.documentId);
    }
    // A batch the user cancelled is settled; one cut short by shutdown stays pending for the next start.
    if (!m_shuttingDown.load())
        savePending(files.size());
    Q_EMIT batchFinished(batchId, DocumentImporter::summarize(outcomes));
}

class ImportService::Private
{
public:
    EngineConfig config;
    QThread thread;
    ImportWorker *worker = nullptr;
    std::atomic_int cancelledUpTo{0};
    std::atomic_bool shuttingDown{false};
    int lastBatchId = 0;
    PendingBatch pending;
};

ImportService::ImportService(const EngineConfig &config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<Protostar::ImportOutcome>();
    qRegisterMetaType<Protostar::ImportSummary>();
    qRegisterMetaType<Protostar::DocumentId>("Protostar::DocumentId");
    d->config = config;

    // Read before the worker thread exists, so the two connections never race on opening the file.
    if (auto store = SqliteStore::open(config.databasePath, config.access())) {
        if (auto value = (*store)->value(pendingKey(), QString()))
            d->pending = decodePending(*value);
    } else {
        qCWarning(lcImport) << "cannot read pending imports:" << store.error().toString();
    }

    d->worker = new ImportWorker(config, d->cancelledUpTo, d->shuttingDown);
    d->worker->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("ImportService"));
    connect(d->worker, &ImportWorker::batchStarted, this, &ImportService::batchStarted, Qt::QueuedConnection);
    connect(d->worker, &ImportWorker::fileStarted, this, &ImportService::fileStarted, Qt::QueuedConnection);
    connect(d->worker, &ImportWorker::fileFinished, this, &ImportService::fileFinished, Qt::QueuedConnection);
    connect(d->worker, &ImportWorker::documentStored, this, &ImportService::documentStored, Qt::QueuedConnection);
    connect(d->worker, &ImportWorker::batchFinished, this, &ImportService::batchFinished, Qt::QueuedConnection);
    d->thread.start();
}

ImportService::~ImportService()
{
    d->shuttingDown = true;
    cancel();
    d->thread.quit();
    d->thread.wait();
    delete d->worker; // the thread has ended, so deleting from here is safe
}

int ImportService::importPaths(const QStringList &paths, const QString &candidate)
{
    const int batchId = ++d->lastBatchId;
    QMetaObject::invokeMethod(
        d->worker, [worker = d->worker, batchId, paths, candidate]() { worker->run(batchId, paths, candidate); }, Qt::QueuedConnection);
    return batchId;
}

void ImportService::cancel()
{
    d->cancelledUpTo = d->lastBatchId;
}

QStringList ImportService::pendingFromLastRun() const
{
    return d->pending.files;
}

int ImportService::resumePending()
{
    if (d->pending.files.isEmpty())
        return 0;
    const PendingBatch p = std::exchange(d->pending, {});
    return importPaths(p.files, p.candidate);
}

void ImportService::discardPending()
{
    d->pending = {};
    QMetaObject::invokeMethod(d->worker, &ImportWorker::discardPending, Qt::QueuedConnection);
}

QString ImportService::pendingKey()
{
    return QStringLiteral("import.pending");
}

} // namespace Protostar

#include "importservice.moc"
