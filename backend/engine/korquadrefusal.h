// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "engine/refusalevaluation.h"

#include <QList>
#include <QString>

namespace Protostar {

// The refusal set of issue 4 built on KorQuAD 1.0 dev instead of ko-rag-eval: each question asked with every
// paragraph (answerable; counted when the answer cites the gold paragraph) and again with every paragraph of its
// article (the same `title`) removed (unanswerable). 5,774 pairs against ko-rag-eval's 114, so refusal rules can be
// fitted on a set fifty times larger than the 58 tuning questions that rounds 2 and 6 overfitted, then applied
// unchanged to ko-rag-eval (bench_answers --korquad). One chunk per paragraph, one document per paragraph, as
// `protostar-cli eval` indexes it. Both runs are ungated (thresholds 0), like RefusalEvaluation::run, so any
// threshold is scored exactly afterwards; RefusalRecord::heldOut is RetrievalEvaluation::isHeldOut of the
// KorQuAD id. Only the signals, goldCited, the question and the answers are filled (no figure recall). Plain
// function; blocks.
class KorQuadRefusal
{
public:
    // `dataDir` holds korquad/ (EngineConfig::defaultSharedDataDir()); `limit` > 0 asks only that many
    // questions, evenly spread over the set.
    static Result<QList<RefusalRecord>> run(const QString &dataDir, int k = 5, int limit = 0);
};

} // namespace Protostar
