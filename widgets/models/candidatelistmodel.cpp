// SPDX-License-Identifier: MIT
#include "models/candidatelistmodel.h"

#include <QHash>
#include <QLocale>

namespace Protostar {

CandidateListModel::CandidateListModel(QObject *parent) : QAbstractTableModel(parent) { }

void CandidateListModel::setSnapshot(const QList<Candidate> &candidates)
{
    QHash<CandidateId, Candidate> incoming;
    for (const Candidate &c : candidates)
        incoming.insert(c.id, c);

    // Remove from the back so earlier row numbers stay valid while we go.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows[row].id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const Candidate &next = incoming.value(m_rows[row].id);
        Candidate &current = m_rows[row];
        if (current.name != next.name || current.documentCount != next.documentCount
            || current.chunkCount != next.chunkCount || current.lastImport != next.lastImport
            || current.headings != next.headings) {
            current = next;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        incoming.remove(current.id);
    }
    QList<Candidate> added;
    for (const Candidate &c : candidates) {
        if (incoming.contains(c.id))
            added.append(c);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
}

void CandidateListModel::setSkills(const QHash<CandidateId, QStringList> &skills)
{
    if (skills == m_skills)
        return;
    m_skills = skills;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SkillsColumn), index(int(m_rows.size()) - 1, SkillsColumn));
}

int CandidateListModel::rowOf(CandidateId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

void CandidateListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateListModel::lastImportText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    // Date and time together pushed the skills column out of a narrow window; the tooltip has both.
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_rows[index.row()];
    switch (role) {
    case CandidateIdRole:
        return c.id;
    case SearchRole:
        return QString(c.name + u' ' + m_skills.value(c.id).join(u' ') + u' ' + c.headings.join(u' '));
    case Qt::ToolTipRole:
        if (index.column() == LastImportColumn && c.lastImport.isValid())
            return QLocale().toString(c.lastImport.toLocalTime(), QLocale::LongFormat);
        if (index.column() == SkillsColumn && m_skills.contains(c.id)) // the cell elides a long list
            return m_skills.value(c.id).join(QStringLiteral(", "));
        return tr("%1: %n document(s), %2 passages", nullptr, c.documentCount).arg(c.name).arg(c.chunkCount);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case DocumentsColumn:
            return c.documentCount;
        case SkillsColumn:
            // Headings are document titles and section names ("이력서 - 김지원", "[경력사항]"): not what a
            // recruiter scans the list for, so a candidate without a skills section shows nothing here.
            return m_skills.value(c.id).join(QStringLiteral(", "));
        case LastImportColumn:
            if (role == SortRole)
                return c.lastImport;
            return lastImportText(c.lastImport);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DocumentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DocumentsColumn:
        return tr("Documents");
    case SkillsColumn:
        return tr("Skills");
    case LastImportColumn:
        return tr("Last import");
    }
    return {};
}

} // namespace Protostar
