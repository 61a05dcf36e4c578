// SPDX-License-Identifier: MIT
#pragma once

#include "engine/importoutcome.h"

#include <QAbstractTableModel>

namespace Protostar {

// Per-file progress of import batches: a row per file (imported / unchanged / failed and why), plus
// the counters for a progress bar and a time-left estimate. Fed by ImportService's queued signals.
// Lives on the GUI thread.
class ImportProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, StatusColumn, DetailColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole, PathRole, MessageRole };
    enum class Status { Running, Imported, Unchanged, Failed, Cancelled };
    Q_ENUM(Status)

    explicit ImportProgressModel(QObject *parent = nullptr);

    void onBatchStarted(int batchId, int fileCount, qint64 totalBytes);
    void onFileStarted(int batchId, const QString &path);
    void onFileFinished(int batchId, const ImportOutcome &outcome);
    void onBatchFinished(int batchId, const ImportSummary &summary);
    void clear();
    void retranslate();

    int filesTotal() const { return m_filesTotal; }
    int filesDone() const { return m_filesDone; }
    int failedCount() const { return m_failed; }
    // Files a Cancel left unimported (they count as done: nothing more will happen to them).
    int cancelledCount() const { return m_cancelled; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    qint64 bytesDone() const { return m_bytesDone; }
    bool isRunning() const { return m_runningBatches > 0; }
    // Milliseconds left given how long the work so far took; -1 while there is nothing to go by.
    qint64 estimateRemainingMs(qint64 elapsedMs) const;
    static QString statusText(Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged();

private:
    // The parts of the detail text, not the text: it is composed in data(), so a language switch
    // rewrites it too (a failure's message comes translated from the backend and is kept as it came).
    struct Row {
        QString path;
        Status status = Status::Running;
        QString candidate;
        int chunkCount = 0;
        QString message;
    };
    int rowOfPath(const QString &path) const;
    static QString detailText(const Row &row);

    QList<Row> m_rows;
    int m_filesTotal = 0;
    int m_filesDone = 0;
    int m_failed = 0;
    int m_cancelled = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
    int m_runningBatches = 0;
};

} // namespace Protostar
