// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"
#include "rag/lexicalindex.h"

#include <QList>
#include <QString>

namespace Protostar {

// A question asking who a candidate is ("김지원에 대해 알려줘", "Tell me about Jane Park", "이하은의 경력 요약",
// "박서준 소개해 줘", "Summarize Daniel Cho"): answered with a short profile quoted from their own passages, each
// line cited — the header or summary lines, each job entry's heading (company, period, title, in the résumé's
// order; or its title line with the period line under it, as a PDF writes a job) and the skills line. Nothing is written that a passage does not. Stateless; thread-safe.
class ProfileQuestion
{
public:
    // Whether `rest` (the question with the one candidate's name cut out) asks for nothing but who they are: no
    // content word left, or only words of a summary or an introduction (요약, 소개, 프로필, summary, summarize,
    // profile, overview, about …), 경력 / 이력 / career / résumé beside them.
    static bool asks(const QString &rest);
    // Of one candidate's passages (a wide search of theirs), those a profile quotes in the order it quotes them:
    // header and summary passages, then the first passage of each job entry (under an experience section when
    // any is; else each dated entry, as a 경력기술서's projects), then the skills passage.
    static QList<SearchHit> passages(const QList<SearchHit> &hits);
    // The profile quoted from `request`'s evidence (as passages() ordered it), one line per quote, each followed
    // by the [n] of its passage; empty when no passage is of a kind a profile quotes.
    static QString write(const AnswerRequest &request);
};

} // namespace Protostar
