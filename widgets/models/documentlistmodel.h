// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>

namespace Protostar {

// The documents of the selected candidate(s): file, format, pages, passages, import time.
// Replaced by snapshots. Lives on the GUI thread.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, FormatColumn, PagesColumn, ChunksColumn, ImportedColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole, CandidateIdRole, PathRole, CandidateNameRole };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setSnapshot(const QList<DocumentInfo> &documents);
    const QList<DocumentInfo> &documents() const { return m_rows; }
    int rowOf(DocumentId id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DocumentInfo> m_rows;
};

} // namespace Protostar
