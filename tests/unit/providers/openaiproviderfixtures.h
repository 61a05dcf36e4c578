// SPDX-License-Identifier: MIT
// The question, the answer tokens and the run helper shared by the OpenAiCompatibleProvider tests, which talk to a
// FakeOpenAiServer on a loopback port.
#pragma once

#include "fakeopenaiserver.h"
#include "providers/answerprovider.h"
#include "providers/openaicompatibleprovider.h"

#include <QStringList>

#include <atomic>
#include <chrono>

Q_DECLARE_METATYPE(Protostar::Test::FakeReply)
Q_DECLARE_METATYPE(Protostar::ErrorCode)

namespace Protostar::Test {

inline AnswerRequest sampleRequest()
{
    AnswerRequest r;
    r.question = QString::fromUtf8("김지원이 운영한 PostgreSQL의 TPS는?");
    r.language = QStringLiteral("ko");
    Evidence e;
    e.n = 1;
    e.ref.candidateName = QString::fromUtf8("김지원");
    e.ref.documentName = QStringLiteral("resume.md");
    e.ref.chunk.headingPath = {QString::fromUtf8("경력"), QString::fromUtf8("A사")};
    e.ref.chunk.text = QString::fromUtf8("A사에서 PostgreSQL 클러스터를 1만 TPS로 운영했습니다.");
    r.evidence = {e};
    return r;
}

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray("ok") : r.error().toString().toUtf8();
}

struct Run {
    Result<ProviderAnswer> result = makeError(ErrorCode::Internal, {});
    QStringList deltas;
};

inline Run generate(AnswerProvider &provider, const AnswerRequest &request = sampleRequest())
{
    Run run;
    std::atomic_bool cancelled = false;
    run.result = provider.generate(request, [&run](const QString &d) { run.deltas.append(d); }, cancelled);
    return run;
}

inline const QStringList kTokens{QString::fromUtf8("김지원은"), QString::fromUtf8(" PostgreSQL 클러스터를"),
                                 QString::fromUtf8(" 1만 TPS로"), QString::fromUtf8(" 운영했습니다 [1].")};

// The provider pointed at `server`, with timeouts and backoffs short enough that every failure case ends quickly.
inline OpenAiConfig fakeServerConfig(const FakeOpenAiServer &server)
{
    using namespace std::chrono_literals;
    OpenAiConfig c;
    c.baseUrl = server.baseUrl();
    c.model = QStringLiteral("fake-model");
    c.apiKey = QStringLiteral("sk-test");
    c.connectTimeout = 2s;
    c.firstTokenTimeout = 2s;
    c.idleTimeout = 2s;
    c.maxRetries = 2;
    c.backoffBase = 5ms;
    c.backoffMax = 20ms;
    c.breaker = {100, 30s};
    return c;
}

} // namespace Protostar::Test
