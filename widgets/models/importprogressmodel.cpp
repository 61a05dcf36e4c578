// SPDX-License-Identifier: MIT
#include "models/importprogressmodel.h"

#include <QColor>
#include <QFileInfo>

namespace Protostar {

ImportProgressModel::ImportProgressModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportProgressModel::onBatchStarted(int, int fileCount, qint64 totalBytes)
{
    // A batch queued while another runs adds to the same bar, so one Cancel covers what the user sees.
    if (m_runningBatches == 0 && m_filesDone == m_filesTotal) {
        m_filesTotal = m_filesDone = m_failed = m_cancelled = 0;
        m_bytesTotal = m_bytesDone = 0;
    }
    ++m_runningBatches;
    m_filesTotal += fileCount;
    m_bytesTotal += totalBytes;
    Q_EMIT progressChanged();
}

void ImportProgressModel::onFileStarted(int, const QString &path)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{path, Status::Running, {}, 0, {}});
    endInsertRows();
}

void ImportProgressModel::onFileFinished(int, const ImportOutcome &outcome)
{
    Status status = Status::Failed;
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        status = Status::Imported;
        break;
    case ImportOutcome::Status::Unchanged:
        status = Status::Unchanged;
        break;
    case ImportOutcome::Status::Failed:
        status = Status::Failed;
        ++m_failed;
        break;
    case ImportOutcome::Status::Cancelled:
        status = Status::Cancelled;
        ++m_cancelled;
        break;
    }
    ++m_filesDone;
    m_bytesDone += outcome.bytes;

    // Files that fail before they start (e.g. unreadable) never had a running row.
    int row = rowOfPath(outcome.path);
    const Row finished{outcome.path, status, outcome.candidate, outcome.chunkCount, outcome.message};
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(finished);
        endInsertRows();
    } else {
        m_rows[row] = finished;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT progressChanged();
}

void ImportProgressModel::onBatchFinished(int, const ImportSummary &)
{
    m_runningBatches = qMax(0, m_runningBatches - 1);
    if (m_runningBatches == 0)
        m_filesTotal = m_filesDone; // a cancelled batch never reaches its announced total
    Q_EMIT progressChanged();
}

void ImportProgressModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    if (m_runningBatches == 0) {
        m_filesTotal = m_filesDone = m_failed = m_cancelled = 0;
        m_bytesTotal = m_bytesDone = 0;
    }
    Q_EMIT progressChanged();
}

void ImportProgressModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

qint64 ImportProgressModel::estimateRemainingMs(qint64 elapsedMs) const
{
    // Bytes predict better than file counts when a folder mixes big PDFs with small notes.
    if (m_bytesTotal > 0 && m_bytesDone > 0)
        return qMax<qint64>(0, elapsedMs * (m_bytesTotal - m_bytesDone) / m_bytesDone);
    if (m_filesDone > 0 && m_filesTotal > 0)
        return qMax<qint64>(0, elapsedMs * (m_filesTotal - m_filesDone) / m_filesDone);
    return -1;
}

QString ImportProgressModel::statusText(Status status)
{
    switch (status) {
    case Status::Running:
        return tr("Importing…");
    case Status::Imported:
        return tr("Imported");
    case Status::Unchanged:
        return tr("Unchanged");
    case Status::Failed:
        return tr("Failed");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ImportProgressModel::detailText(const Row &row)
{
    switch (row.status) {
    case Status::Imported:
        return tr("%1 · %n passage(s)", nullptr, row.chunkCount).arg(row.candidate);
    case Status::Unchanged:
        return row.candidate;
    case Status::Running:
        return {};
    case Status::Failed:
    case Status::Cancelled:
        break;
    }
    return row.message;
}

int ImportProgressModel::rowOfPath(const QString &path) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].path == path && m_rows[row].status == Status::Running)
            return row;
    }
    return -1;
}

int ImportProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const auto detail = [&r] { return detailText(r); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(r.path).fileName();
        case StatusColumn:
            return statusText(r.status);
        case DetailColumn:
            return detail();
        }
        break;
    case Qt::ToolTipRole:
        return detail().isEmpty() ? r.path : QString(r.path + u'\n' + detail());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && r.status == Status::Failed)
            return QColor(0xb0, 0x1e, 0x1e);
        break;
    case StatusRole:
        return int(r.status);
    case PathRole:
        return r.path;
    case MessageRole:
        return detail();
    }
    return {};
}

QVariant ImportProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Protostar
