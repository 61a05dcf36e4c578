// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"
#include "providers/figurecomparison.h"
#include "providers/figureranking.h"

#include <QStringList>

#include <optional>

namespace Protostar {

// What a question asks of the extractive answer, read once from the question and the names of the
// candidates its evidence is about: the terms a sentence is scored by, how many passages are read, and the
// kind of answer asked for (who, a comparison of named candidates, the companies, someone's experience, a
// figure). Value type; thread-safe.
struct AnswerIntent {
    QStringList terms;   // question terms a sentence is scored by (the candidates' names left out)
    QStringList figures; // figures the question writes (WrittenFigures::of)
    QStringList amounts; // amounts it names, as values across spellings (FigureValues::amounts)
    std::optional<FigureComparison> comparison; // "10k TPS 이상", if it compares against a figure
    std::optional<FigureRanking> ranking; // asked who is highest or lowest in a field ("희망 연봉이 가장 높은 사람은?")
    int passages = 0;            // evidence passages read for sentences, best retrieved first
    bool comparesNamed = false;  // two or more candidates named in the question
    bool asksWho = false;        // who-question, or a comparison of named candidates
    bool perCandidate = false;   // asks who of several candidates' passages: each is answered for
    bool asksCompanies = false;  // which companies or teams, and nothing else
    bool asksLatestJob = false;  // ... the latest of them ("직전 회사는?", "current company")
    bool asksExperience = false; // someone's experience or career, and nothing else
    bool asksFigure = false;     // an amount, share, count or date (얼마, 몇, how many, when)
    bool asksCareerLength = false; // how long a career is ("경력은 몇 년", "how many years of experience")
    bool asksDegreeHolders = false; // who holds a degree ("Who has a master's degree?"): each holder is an answer of their own
    bool headingsAnswer = false; // an entry's heading can be the answer itself (which, where, companies)
    bool asksEvery = false; // who writes every term: each thing named ("A와 B를 모두", "둘 다", "both A and B"), or
                            // the start and its "immediately" ("Who can start immediately?")

    static AnswerIntent read(const AnswerRequest &request, int maxEvidence);
};

} // namespace Protostar
