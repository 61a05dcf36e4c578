// SPDX-License-Identifier: MIT
#pragma once

#include "rag/lexicalindex.h"

#include <QList>
#include <QString>

namespace Protostar {

class KnowledgeBase;

// Puts first the retrieved passages that write the field a question asks, where ranking by words misses them:
// the line stating a career's length ("경력 9년" under a 경력기술서 whose title writes 경력 everywhere), a contact
// value written bare (an e-mail address) or a one-syllable field inside a compound (결제플랫폼팀), the job and
// project entries of a chosen candidate's experience, the job entry naming the company a yes/no question asks
// about. QuestionAnswerer's step after retrieval. Stateless; runs on the answering thread (KnowledgeBase's).
class FieldFirst
{
public:
    // A wider search reads this many times k passages: the page pool QuestionAnswerer fills freed evidence from.
    static constexpr int kPagePool = 4;
    // At most this many candidates answer a who-question about a degree (each one's line that writes it).
    static constexpr int kMaxHolders = 20;

    struct Asked {
        QString text;            // the question as asked (NFC)
        QString supportQuestion; // what support is judged by (the question without the names it chose by)
        QString retrievalQuery;  // what was searched; a wider search for entries searches it again
        SearchOptions search;    // the candidate filter and k of the retrieval
        bool spread = false;     // each candidate's best passage first (a who-question, CandidateSpread)
        bool namesCandidate = false; // the question names a candidate
    };

    // `hits` with the passages writing the field asked first, or the first k of a wider search when its entries
    // lead it; as they were when the question asks no such field.
    static QList<SearchHit> apply(const KnowledgeBase &knowledge, const Asked &asked, QList<SearchHit> hits);
};

} // namespace Protostar
