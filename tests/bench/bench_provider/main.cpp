// SPDX-License-Identifier: MIT
// bench_provider: the OpenAI-compatible provider's added latency, i.e. time from calling generate()
// to the first token at the sink, minus the fake server's own first-token delay, over many requests.
// Usage: bench_provider [requests=300] [server-first-token-delay-ms=20]
#include "fakeopenaiserver.h"
#include "providers/openaicompatibleprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <numeric>
#include <cstdio>

using namespace Protostar;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = size_t(rank);
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int requests = args.size() > 1 ? args[1].toInt() : 300;
    const int delayMs = args.size() > 2 ? args[2].toInt() : 20;
    constexpr int kWarmup = 10;

    Test::FakeOpenAiServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_provider: cannot start the fake server\n");
        return 1;
    }
    server.setDefaultReply(Test::FakeReply::stream({u"김지원은"_s, u" 1만 TPS"_s, u" [1]."_s}, delayMs, 0));

    OpenAiConfig config;
    config.baseUrl = server.baseUrl();
    config.model = u"bench"_s;
    config.apiKey = u"sk-bench"_s;
    config.maxRetries = 0;
    OpenAiCompatibleProvider provider(config);

    AnswerRequest request;
    request.question = u"김지원이 운영한 PostgreSQL의 TPS는?"_s;
    request.language = u"ko"_s;
    for (int n = 1; n <= 5; ++n) {
        Evidence e;
        e.n = n;
        e.ref.candidateName = u"김지원"_s;
        e.ref.documentName = u"resume.md"_s;
        e.ref.chunk.text = u"A사에서 PostgreSQL 클러스터를 1만 TPS로 운영했습니다. "_s.repeated(8);
        request.evidence.append(e);
    }

    std::vector<double> added;
    added.reserve(requests);
    int failures = 0;
    for (int i = 0; i < requests + kWarmup; ++i) {
        QElapsedTimer clock;
        qint64 firstNs = -1;
        std::atomic_bool cancelled = false;
        clock.start();
        const auto result = provider.generate(
            request,
            [&](const QString &) {
                if (firstNs < 0)
                    firstNs = clock.nsecsElapsed();
            },
            cancelled);
        if (!result.ok() || firstNs < 0) {
            ++failures;
            std::fprintf(stderr, "request %d failed: %s\n", i, qPrintable(result.ok() ? u"no token"_s : result.error().toString()));
            continue;
        }
        if (i >= kWarmup)
            added.push_back(double(firstNs) / 1e6 - delayMs);
    }
    if (added.empty())
        return 1;

    const double median = percentile(added, 0.5);
    const double p90 = percentile(added, 0.9);
    const double p99 = percentile(added, 0.99);
    const double mean = std::accumulate(added.begin(), added.end(), 0.0) / double(added.size());
    QTextStream out(stdout);
    out << "requests measured: " << added.size() << " (after " << kWarmup << " warm-up), failures: " << failures << '\n'
        << "server first-token delay: " << delayMs << " ms\n"
        << "added latency ms: median " << median << ", p90 " << p90 << ", p99 " << p99 << ", mean " << mean
        << ", min " << *std::min_element(added.begin(), added.end()) << ", max "
        << *std::max_element(added.begin(), added.end()) << '\n';
    const QJsonObject bench{{u"added_latency_ms_median"_s, median},
                            {u"p99"_s, p99},
                            {u"p90"_s, p90},
                            {u"requests"_s, int(added.size())},
                            {u"server_first_token_delay_ms"_s, delayMs},
                            {u"failures"_s, failures}};
    out << "BENCH " << QJsonDocument(bench).toJson(QJsonDocument::Compact) << '\n';
    return failures == 0 ? 0 : 1;
}
