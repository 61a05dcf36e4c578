// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "rag/conversationmemory.h"

namespace Protostar {

// The retrieval query for one question, completed from conversation memory when it is a follow-up.
struct ResolvedQuery {
    QString query;                  // what retrieval should search: the question, plus addedTerms
    bool followUp = false;
    QStringList addedTerms;         // entities taken from memory, in the order appended
    QList<CandidateId> candidates;  // retrieval filter; empty = every candidate
    TurnFocus focus;                // what memory said the conversation was about
};

// Completes follow-up questions ("그 회사에서 팀 규모는?", "and at her previous job?") with the
// candidate, company or project the session is discussing, so retrieval looks in the right place;
// fresh questions pass through untouched. Plain value; thread-safe after construction.
//
// A question is a follow-up when it
//   - points back: 그/그녀/그분/거기/그곳/당시/해당, 그·이·저·같은 + 회사/곳/팀/프로젝트/사람/...,
//     이전·전·직전 + 회사/직장; she/he/they/her/his/their/its, that/this/the same/previous/last +
//     company/job/team/project/role, there, "what about"/"and ..." openers; or
//   - is very short (at most two words, or three in Latin script) while memory exists.
// The focus is the newest summary's lead ("[김지원 @ 카카오, 결제 플랫폼]"), or failing that the last
// known candidate name mentioned in memory. A question about a previous job keeps the candidate but
// not the company being discussed. The candidate filter is set only when exactly one known candidate
// is in focus and the question names none; a named candidate always wins over memory.
class FollowUpResolver
{
public:
    explicit FollowUpResolver(QList<Candidate> known = {});

    // `memory` = the session's summaries oldest first; put the last turn's summary (or, when it is
    // not stored yet, ExtractiveTurnCompressor's summary of it) at the end.
    ResolvedQuery resolve(const QString &question, const QStringList &memory) const;

    static bool isFollowUp(const QString &question);
    static bool asksAboutPreviousJob(const QString &question);
    TurnFocus focus(const QStringList &memory) const;
    QList<CandidateId> candidatesNamedIn(const QString &text) const;

private:
    QList<Candidate> m_known; // longest name first, so "김지원" does not match inside "김지원희"
};

} // namespace Protostar
