// SPDX-License-Identifier: MIT
#include "xapianpeer.h"

#include <xapian.h>

struct XapianPeer::Private {
    std::unique_ptr<Xapian::WritableDatabase> db;
    Xapian::TermGenerator generator;
    Xapian::QueryParser parser;
    QString error;
};

XapianPeer::XapianPeer(const QString &directory) : d(std::make_unique<Private>())
{
    try {
        d->db = std::make_unique<Xapian::WritableDatabase>(directory.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
        d->generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        d->parser.set_database(*d->db);
        d->parser.set_default_op(Xapian::Query::OP_OR);
    } catch (const Xapian::Error &e) {
        d->error = QString::fromStdString(e.get_description());
        d->db.reset();
    }
}

XapianPeer::~XapianPeer() = default;

bool XapianPeer::ok() const
{
    return d->db != nullptr;
}

QString XapianPeer::error() const
{
    return d->error;
}

void XapianPeer::add(qint64 id, const QString &text)
{
    Xapian::Document doc;
    d->generator.set_document(doc);
    d->generator.index_text(text.toStdString());
    doc.add_value(0, std::to_string(id));
    d->db->replace_document(Xapian::docid(id), doc);
}

void XapianPeer::commit()
{
    d->db->commit();
}

QList<qint64> XapianPeer::search(const QString &query, int k)
{
    QList<qint64> out;
    try {
        // The query's own n-gram terms, exactly as indexing makes them, joined by OR (QueryParser would AND
        // the n-grams of one CJK run, which is a different, stricter peer).
        Xapian::Document scratch;
        Xapian::TermGenerator generator;
        generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        generator.set_document(scratch);
        generator.index_text(query.toStdString());
        std::vector<std::string> terms;
        for (auto t = scratch.termlist_begin(); t != scratch.termlist_end(); ++t)
            terms.push_back(*t);
        const Xapian::Query q(Xapian::Query::OP_OR, terms.begin(), terms.end());
        Xapian::Enquire enquire(*d->db);
        enquire.set_query(q);
        enquire.set_weighting_scheme(Xapian::BM25Weight());
        const Xapian::MSet mset = enquire.get_mset(0, Xapian::doccount(k));
        for (auto it = mset.begin(); it != mset.end(); ++it)
            out.append(qint64(*it));
    } catch (const Xapian::Error &e) {
        d->error = QString::fromStdString(e.get_description());
    }
    return out;
}
