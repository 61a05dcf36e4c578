// SPDX-License-Identifier: MIT
#include "benchsets.h"

#include <QTextStream>

namespace Protostar::Bench {

std::optional<EvalDataset> loadSet(const QString &name, const BenchOptions &options, const char *program)
{
    auto set = EvalDatasets::load(name, options.dataDir());
    if (!set) {
        QTextStream(stderr) << program << ": " << set.error().toString() << "\n";
        return std::nullopt;
    }
    return std::move(set).value();
}

bool rankedByParagraphs(const EvalDataset &set)
{
    return set.name == QLatin1String("ko-rag-eval");
}

QList<ChunkRef> rankedChunks(const EvalDataset &set)
{
    return rankedByParagraphs(set) ? set.paragraphChunks() : set.passageChunks();
}

} // namespace Protostar::Bench
