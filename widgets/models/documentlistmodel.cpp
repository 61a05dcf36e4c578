// SPDX-License-Identifier: MIT
#include "models/documentlistmodel.h"

#include <QLocale>

namespace Protostar {

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) { }

void DocumentListModel::setSnapshot(const QList<DocumentInfo> &documents)
{
    beginResetModel();
    m_rows = documents;
    endResetModel();
}

int DocumentListModel::rowOf(DocumentId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

void DocumentListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentInfo &d = m_rows[index.row()];
    switch (role) {
    case DocumentIdRole:
        return d.id;
    case CandidateIdRole:
        return d.candidateId;
    case PathRole:
        return d.path;
    case CandidateNameRole:
        return d.candidateName;
    case Qt::ToolTipRole:
        return QString(d.candidateName + u'\n' + d.path);
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return d.title.isEmpty() ? d.fileName : QString(d.fileName + QStringLiteral(" — ") + d.title);
        case FormatColumn:
            return d.format.toUpper();
        case PagesColumn:
            return d.pageCount > 0 ? QVariant(d.pageCount) : QVariant();
        case ChunksColumn:
            return d.chunkCount;
        case ImportedColumn:
            return QLocale().toString(d.importedAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Document");
    case FormatColumn:
        return tr("Format");
    case PagesColumn:
        return tr("Pages");
    case ChunksColumn:
        return tr("Passages");
    case ImportedColumn:
        return tr("Imported");
    }
    return {};
}

} // namespace Protostar
