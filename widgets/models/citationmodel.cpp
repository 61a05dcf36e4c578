// SPDX-License-Identifier: MIT
#include "models/citationmodel.h"

namespace Protostar {

CitationModel::CitationModel(QObject *parent) : QAbstractListModel(parent) { }

void CitationModel::setCitations(const QList<Citation> &citations)
{
    beginResetModel();
    m_rows = citations;
    endResetModel();
}

QString CitationModel::location(const Citation &c)
{
    QStringList parts{c.candidate, c.document};
    if (c.page > 0)
        parts.append(tr("p. %1").arg(c.page));
    if (!c.headingPath.isEmpty())
        parts.append(c.headingPath.join(QStringLiteral(" › ")));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

int CitationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CitationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Citation &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("[%1] %2").arg(c.n).arg(location(c));
    case Qt::ToolTipRole:
    case QuoteRole:
        return c.quote;
    case NumberRole:
        return c.n;
    case ChunkIdRole:
        return c.chunkId;
    case DocumentIdRole:
        return c.documentId;
    case LocationRole:
        return location(c);
    }
    return {};
}

QHash<int, QByteArray> CitationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "n");
    names.insert(ChunkIdRole, "chunkId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(QuoteRole, "quote");
    names.insert(LocationRole, "location");
    return names;
}

} // namespace Protostar
