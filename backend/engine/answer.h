// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QMap>

namespace Protostar {

// The checked answer the user sees: figure guard applied, citations validated, refusal decided.
struct Answer {
    QString text;                 // with [n] markers; the refusal sentence when !found
    bool found = false;
    QList<Citation> citations;    // n -> the passage it quotes; only retrieved chunks
    QStringList unverified;       // sentences removed by the figure guard
    QList<Citation> related;      // closest passages when !found (shown collapsed, not as an answer)
    QMap<QString, double> timingsMs; // "retrieval", "generation", "guard", "total", "first_token"
    QString provider;
    // What the provider's API reported in `usage` for this answer; -1 = not reported (offline
    // provider, or an endpoint that sends no usage). Real numbers, unlike TokenCounter estimates.
    int promptTokens = -1;
    int completionTokens = -1;
};

struct Question {
    QString text;
    QList<CandidateId> candidates; // empty = all
    SessionId session = 0;         // 0 = not recorded; else the session's memory is used and the turn recorded
    int k = 5;
    // What retrieval searches instead of `text` (e.g. a follow-up completed from memory); empty = `text`,
    // or for a session question the follow-up completed by SessionMemory. The recorded turn always keeps
    // `text`, the question as asked; a follow-up is judged as the question it stands for (ResolvedQuery::judged).
    QString retrievalQuery;
};

} // namespace Protostar

Q_DECLARE_METATYPE(Protostar::Answer)
