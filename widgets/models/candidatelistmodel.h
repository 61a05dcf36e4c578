// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Protostar {

// The candidates table (name, documents, skills, last import), refreshed from store snapshots by keyed
// diff so selections survive an import or a delete. Lives on the GUI thread.
class CandidateListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // SkillsColumn: the items of the candidate's skills sections (Store::candidateSkills), not their headings.
    enum Column { NameColumn, DocumentsColumn, SkillsColumn, LastImportColumn, ColumnCount };
    enum Role {
        CandidateIdRole = Qt::UserRole,
        SortRole,   // a value that sorts naturally (numbers and dates, not their display text)
        SearchRole, // name, skills and headings, for the search field's filter
    };

    explicit CandidateListModel(QObject *parent = nullptr);

    void setSnapshot(const QList<Candidate> &candidates);
    // Skills per candidate; kept for candidates that arrive later with the next snapshot.
    void setSkills(const QHash<CandidateId, QStringList> &skills);
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
    QHash<CandidateId, QStringList> m_skills;
};

} // namespace Protostar
