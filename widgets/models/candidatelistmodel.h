// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>

namespace Protostar {

// The candidates table (name, documents, headings found, last import), refreshed from store snapshots
// by keyed diff so selections survive an import or a delete. Lives on the GUI thread.
class CandidateListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DocumentsColumn, HeadingsColumn, LastImportColumn, ColumnCount };
    enum Role {
        CandidateIdRole = Qt::UserRole,
        SortRole,   // a value that sorts naturally (numbers and dates, not their display text)
        SearchRole, // name and headings, for the search field's filter
    };

    explicit CandidateListModel(QObject *parent = nullptr);

    void setSnapshot(const QList<Candidate> &candidates);
    const QList<Candidate> &candidates() const { return m_rows; }
    int rowOf(CandidateId id) const;
    // Repaints headers and cells after a language switch.
    void retranslate();
    // The Last import cell: the time for an import today, else the date (the tooltip has both).
    static QString lastImportText(const QDateTime &when);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Candidate> m_rows;
};

} // namespace Protostar
