// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>

// The second peer: Xapian with CJK n-gram terms (TermGenerator/QueryParser FLAG_CJK_NGRAM) and BM25Weight, queried
// with the OR of the query's n-gram terms. Owned by one thread.
class XapianPeer
{
public:
    explicit XapianPeer(const QString &directory); // a fresh on-disk database there
    ~XapianPeer();
    bool ok() const;
    QString error() const;
    void add(qint64 id, const QString &text);
    void commit();
    QList<qint64> search(const QString &query, int k);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
