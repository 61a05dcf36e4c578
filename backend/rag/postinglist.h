// SPDX-License-Identifier: MIT
#pragma once

#include "rag/lexicaltokenizer.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <vector>

namespace Protostar {

// One index term's postings in LexicalIndex: the chunks holding it in increasing chunk number, with their term
// frequencies, and what bounds the term's score for MaxScore. Plain data, owned by the index.
struct PostingList {
    std::vector<quint32> docs;
    std::vector<quint8> tfs;   // capped at 255: BM25 saturates long before
    quint8 kind = LexicalToken::Word;
    quint8 maxTf = 0;          // with minLength, bounds the term's score for MaxScore
    quint32 minLength = std::numeric_limits<quint32>::max();
};

// A query term's walk over its postings during one search. Reads the PostingList it was made from, which must
// outlive it; one cursor per thread.
struct PostingCursor {
    const quint32 *docs = nullptr;
    const quint8 *tfs = nullptr;
    size_t pos = 0;
    size_t size = 0;
    double weight = 0; // kind weight * idf * (k1 + 1)
    double floor = 0;  // BM25+: what any occurrence earns on top, kind weight * idf * delta
    double ub = 0;     // no chunk gets more than this from the term

    double score(double tf, double norm) const { return weight * tf / (tf + norm) + floor; }

    quint32 current() const { return pos < size ? docs[pos] : std::numeric_limits<quint32>::max(); }
    // Galloping search: probes are usually close to the cursor.
    void advanceTo(quint32 doc)
    {
        if (pos >= size || docs[pos] >= doc)
            return;
        size_t step = 1, lo = pos, hi = pos + 1;
        while (hi < size && docs[hi] < doc) {
            lo = hi;
            step *= 2;
            hi = pos + step;
        }
        hi = std::min(hi, size);
        pos = size_t(std::lower_bound(docs + lo, docs + hi, doc) - docs);
    }
};

} // namespace Protostar
