// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QAbstractListModel>

namespace Protostar {

// The sources of one answer, "[n] candidate — document, page — heading path". Lives on the GUI thread.
class CitationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NumberRole = Qt::UserRole, ChunkIdRole, DocumentIdRole, QuoteRole, LocationRole };

    explicit CitationModel(QObject *parent = nullptr);

    void setCitations(const QList<Citation> &citations);
    const QList<Citation> &citations() const { return m_rows; }
    // "candidate · document · p. 2 · A › B", translated.
    static QString location(const Citation &c);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Citation> m_rows;
};

} // namespace Protostar
