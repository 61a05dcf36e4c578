// SPDX-License-Identifier: MIT
#pragma once

#include "rag/lexicalindex.h"

#include <QList>

namespace Protostar {

// Orders the hits of a question about who ("Which candidate knows Kubernetes?", "연봉 6,000만원 이상
// 희망하는 사람은?") so that every candidate's best passage comes before anyone's second one: the
// answer can then name each candidate who qualifies instead of quoting three passages of the best
// one. Within a round the retrieval order is kept, so the best hit stays first. Stateless.
class CandidateSpread
{
public:
    static QList<SearchHit> apply(const QList<SearchHit> &hits, int k);
};

} // namespace Protostar
