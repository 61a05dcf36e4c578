// SPDX-License-Identifier: MIT
#include "models/sessionlistmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Protostar {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent) { }

void SessionListModel::setSnapshot(const QList<Session> &sessions)
{
    beginResetModel();
    m_rows = sessions;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Session &a, const Session &b) { return a.updatedAt > b.updatedAt; });
    endResetModel();
}

int SessionListModel::rowOf(SessionId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        // The mark comes first so a long title cut short at the edge still shows it.
        return s.saved ? s.title : tr("(not saved) %1").arg(s.title);
    case Qt::EditRole:
        return s.title;
    case Qt::FontRole:
        if (!s.saved) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        // The whole title first: the list shows a long one cut short.
        QString tip = s.title + u'\n'
            + tr("%n question(s), last %1", nullptr, s.turnCount)
                  .arg(QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (!s.saved)
            tip += u'\n' + tr("Not saved: this database is read-only, so the conversation is kept only until Protostar closes.");
        return tip;
    }
    case SavedRole:
        return s.saved;
    case SessionIdRole:
        return s.id;
    case TurnCountRole:
        return s.turnCount;
    case UpdatedRole:
        return s.updatedAt;
    }
    return {};
}

bool SessionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty() || title == m_rows[index.row()].title)
        return false;
    m_rows[index.row()].title = title;
    Q_EMIT dataChanged(index, index);
    Q_EMIT renameRequested(m_rows[index.row()].id, title);
    return true;
}

Qt::ItemFlags SessionListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() && m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SessionIdRole, "sessionId");
    names.insert(SavedRole, "saved");
    names.insert(TurnCountRole, "turnCount");
    names.insert(UpdatedRole, "updated");
    return names;
}

} // namespace Protostar
