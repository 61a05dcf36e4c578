// SPDX-License-Identifier: MIT
#pragma once

#include "benchoptions.h"

#include "engine/evaldatasets.h"

#include <optional>

namespace Protostar::Bench {

// Evaluation set `name` from the --data folder of `options`; nullopt once `program: why` is printed on stderr.
std::optional<EvalDataset> loadSet(const QString &name, const BenchOptions &options, const char *program);

// Whether the app ranks `set` by paragraph chunks: ko-rag-eval's PDF pages are cut by the ParagraphChunker as
// imported documents are, while a KorQuAD paragraph is its own gold and is indexed whole.
bool rankedByParagraphs(const EvalDataset &set);
// The chunks the app indexes for `set`: its paragraph chunks or its passages whole (rankedByParagraphs).
QList<ChunkRef> rankedChunks(const EvalDataset &set);

} // namespace Protostar::Bench
