// SPDX-License-Identifier: MIT
#include "rag/relevancefeedback.h"

#include <algorithm>

namespace Protostar {

QueryExpansion RelevanceFeedback::expansion(const QList<Document> &documents,
                                            const std::function<double(const QString &)> &idf,
                                            const QSet<QString> &excluded, const Options &options)
{
    QueryExpansion out;
    double total = 0;
    for (const Document &d : documents)
        total += std::max(0.0, d.score);
    if (total <= 0 || options.terms <= 0 || options.weight <= 0)
        return out;
    QHash<QString, std::pair<double, int>> model; // term -> (relevance-model weight, documents holding it)
    for (const Document &d : documents) {
        if (d.length <= 0 || d.score <= 0)
            continue;
        const double share = d.score / total;
        for (auto it = d.tf.cbegin(); it != d.tf.cend(); ++it) {
            if (excluded.contains(it.key()))
                continue;
            auto &slot = model[it.key()];
            slot.first += share * double(it.value()) / double(d.length);
            ++slot.second;
        }
    }
    QList<QPair<QString, double>> ranked;
    for (auto it = model.cbegin(); it != model.cend(); ++it) {
        if (it.value().second < options.minDocs)
            continue;
        const double w = it.value().first * idf(it.key());
        if (w > 0)
            ranked.append({it.key(), w});
    }
    // Ties by key: the expansion must not depend on hash order.
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (ranked.size() > options.terms)
        ranked.resize(options.terms);
    const double best = ranked.isEmpty() ? 0.0 : ranked.constFirst().second;
    for (const auto &t : std::as_const(ranked))
        out.append({t.first, options.weight * t.second / best});
    return out;
}

} // namespace Protostar
