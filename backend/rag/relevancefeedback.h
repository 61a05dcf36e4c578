// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>

namespace Protostar {

// Terms added to a query, keyed as LexicalIndex keys its terms, each with its weight against an original query
// term's 1.
using QueryExpansion = QList<QPair<QString, double>>;

// Pseudo-relevance feedback, RM3-style (Lavrenko & Croft's relevance model, as Anserini applies it to BM25): the
// chunks a first search ranked best are taken as relevant, and the terms they share most, weighted by how rare the
// corpus finds them, are added to the query. Stateless; thread-safe.
class RelevanceFeedback
{
public:
    struct Document {
        QHash<QString, int> tf; // term key -> occurrences
        int length = 0;         // all its terms
        double score = 0;       // the first search's
    };
    struct Options {
        int terms = 20;     // at most this many added
        int minDocs = 1;    // a term must occur in this many of the documents
        double weight = 0.3; // the best added term's weight; the others scale down with theirs
    };
    // A term's weight is sum over documents of (score / all scores) * (tf / length), times its idf; `excluded` (the
    // query's own terms) and terms with no idf are never added. Best first.
    static QueryExpansion expansion(const QList<Document> &documents, const std::function<double(const QString &)> &idf,
                                    const QSet<QString> &excluded, const Options &options);
};

} // namespace Protostar
