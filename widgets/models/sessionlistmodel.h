// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QAbstractListModel>

namespace Protostar {

// Kept chat sessions, newest first, replaced by store snapshots. Lives on the GUI thread.
class SessionListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SessionIdRole = Qt::UserRole, TurnCountRole, UpdatedRole, SavedRole }; // SavedRole: Session::saved

    explicit SessionListModel(QObject *parent = nullptr);

    void setSnapshot(const QList<Session> &sessions);
    const QList<Session> &sessions() const { return m_rows; }
    int rowOf(SessionId id) const;
    // Off on a read-only database: a title edited in place could not be stored.
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The user edited a title in place; the owner stores it.
    void renameRequested(Protostar::SessionId id, const QString &title);

private:
    QList<Session> m_rows;
    bool m_editable = true;
};

} // namespace Protostar
