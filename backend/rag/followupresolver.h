// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "rag/conversationmemory.h"

#include <optional>

namespace Protostar {

// The retrieval query for one question, completed from conversation memory when it is a follow-up.
struct ResolvedQuery {
    QString query;                  // what retrieval should search: the question, plus addedTerms
    bool followUp = false;
    QStringList addedTerms;         // entities and a carried-over ask taken from memory, in the order appended
    QList<CandidateId> candidates;  // retrieval filter; empty = every candidate
    TurnFocus focus;                // what memory said the conversation was about
    // "그럼 박서준은?" after "김지원 희망 연봉은?": the earlier question asked of the one named now,
    // "박서준 희망 연봉은?"; empty when the question asks something of its own.
    QString standalone;
    // The question as the answerer names candidates and judges support by, for a follow-up: `standalone` when set,
    // else the names of the people memory chose (candidates) before the question without its pointing words
    // ("그 사람들 희망 연봉은?" -> "김지원 박서준 희망 연봉은?", "Where did he study?" -> "Daniel Cho Where did study?");
    // empty for a fresh question (judged as asked).
    QString judged;
};

// What the caller knows of the question and the session beyond the summaries.
struct FollowUpContext {
    // The question asks who (AnswerText::asksWho, a layer above this one): without a word pointing
    // back ("그중에", "among them") it searches everyone, whoever the conversation was about.
    bool asksWho = false;
    // The session's questions as asked, oldest first: "그럼 X는?" carries the newest real ask over.
    QStringList earlierQuestions;
};

// Completes follow-up questions ("그 회사에서 팀 규모는?", "and at her previous job?") with the
// candidate, company or project the session is discussing, so retrieval looks in the right place;
// fresh questions pass through untouched. Plain value; thread-safe after construction.
//
// A question is a follow-up when it
//   - points back: 그/그녀/그분/거기/그곳/당시/해당, 그·이·저·같은 + 회사/곳/팀/프로젝트/사람/...,
//     이전·전·직전 + 회사/직장; she/he/they/her/his/their/its, that/this/the same/previous/last +
//     company/job/team/project/role, there, "what about"/"and ..." openers; or
//   - points at the people the last answer listed: 그중에/이 중/그들/그 사람들/둘 다, among/of them,
//     those people; or picks one of them by place: 두 번째 사람, 마지막 후보, the second one; or
//   - is very short (at most two words, or three in Latin script) while memory exists, and does not
//     ask who (a new who-question is a new search).
// The focus is the newest summary's lead ("[김지원 @ 카카오, 결제 플랫폼]"), or failing that the last
// known candidate name mentioned in memory. A question about a previous job keeps the candidate but
// not the company being discussed. The candidate filter is the known candidates in focus when the
// question names none: one, or the several the last answer listed when the question points back at
// them ("그 사람들 연봉은?", "What are their salaries?"; not a bare short question), or the one an
// ordinal picks. A named candidate always wins over memory. A question that only names someone
// ("그럼 박서준은?", "And Jane Park?") asks them what the newest earlier question asked (standalone).
// What the answerer judges (judged) is that standalone question, or the question without its pointing
// words, after the name of the one person memory chose.
class FollowUpResolver
{
public:
    explicit FollowUpResolver(QList<Candidate> known = {});

    // `memory` = the session's summaries oldest first; put the last turn's summary (or, when it is
    // not stored yet, ExtractiveTurnCompressor's summary of it) at the end.
    ResolvedQuery resolve(const QString &question, const QStringList &memory, const FollowUpContext &context = {}) const;

    static bool isFollowUp(const QString &question);
    static bool asksAboutPreviousJob(const QString &question);
    // "그중에", "그 사람들", "among them", "their": the people the last answer listed, not one person.
    static bool pointsAtListed(const QString &question);
    // "두 번째 사람은?" -> 1, "the first one's" -> 0, "마지막 후보" / "the last one" -> -1.
    static std::optional<int> ordinalIn(const QString &question);
    // The question without the words that only point back or steer ("그 사람들", "그녀의", "the first one's",
    // "there", "그럼"): what it asks of whoever they point at.
    static QString withoutPointers(const QString &question);
    TurnFocus focus(const QStringList &memory) const;
    QList<CandidateId> candidatesNamedIn(const QString &text) const;

private:
    QString askOf(const QString &question) const; // the question without candidate names and openers
    QString judgedFor(const QString &question, const QList<CandidateId> &chosen) const;
    QList<Candidate> m_known; // longest name first, so "김지원" does not match inside "김지원희"
};

} // namespace Protostar
