// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"
#include "providers/circuitbreaker.h"

#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace Protostar {

// Where and how to reach an OpenAI-compatible chat-completions endpoint. A plain value; the key is
// filled from PROTOSTAR_API_KEY or the keychain (ApiKeyStore) and never written anywhere.
struct OpenAiConfig {
    QUrl baseUrl;   // e.g. http://localhost:8000 or https://api.openai.com/v1 (a trailing /v1 is not doubled)
    QString model;
    QString apiKey; // may be empty for local servers that need none
    double temperature = 0.0;
    int maxTokens = 1024;

    std::chrono::milliseconds connectTimeout{10000};     // until the request is on the wire
    std::chrono::milliseconds firstTokenTimeout{60000};  // from request sent to first answer text
    std::chrono::milliseconds idleTimeout{30000};        // longest silence once text is flowing

    int maxRetries = 2;                                  // extra attempts, only before the first token
    std::chrono::milliseconds backoffBase{500};          // doubled per attempt, with jitter
    std::chrono::milliseconds backoffMax{8000};
    std::chrono::milliseconds maxRetryAfter{30000};      // a longer Retry-After fails instead of waiting

    CircuitBreakerConfig breaker;
    // With a fallback provider: use it when the endpoint is down (breaker open, connection, timeout,
    // 5xx after retries) and no token was shown yet. Key and model errors are never hidden by it.
    bool fallbackWhenUnavailable = true;

    // {base}/v1/chat/completions.
    QUrl chatCompletionsUrl() const;
};

// Called before each retry: which attempt failed, why, and how long generate() waits before the next.
struct RetryNotice {
    int attempt = 0; // 1-based attempt that failed
    Error error;
    std::chrono::milliseconds delay{0};
};

// Streams answers from an OpenAI-compatible endpoint (POST /v1/chat/completions, stream: true, SSE).
// generate() runs on the calling worker thread with its own QNetworkAccessManager and a local event
// loop; one instance may serve several threads (the circuit breaker is shared and thread-safe).
class OpenAiCompatibleProvider final : public AnswerProvider
{
public:
    explicit OpenAiCompatibleProvider(OpenAiConfig config, AnswerProvider *fallback = nullptr,
                                      CircuitBreaker::Clock clock = {});
    // Same, owning the fallback.
    OpenAiCompatibleProvider(OpenAiConfig config, std::unique_ptr<AnswerProvider> fallback,
                             CircuitBreaker::Clock clock = {});
    ~OpenAiCompatibleProvider() override;

    QString id() const override;
    Result<ProviderAnswer> generate(const AnswerRequest &request, const TokenSink &sink,
                                    const std::atomic_bool &cancelled) override;

    // The JSON body generate() posts for `request` (messages from PromptBuilder).
    QByteArray requestBody(const AnswerRequest &request) const;
    const OpenAiConfig &config() const { return m_config; }
    CircuitBreaker &breaker() { return m_breaker; }
    // Observes retries (tests, logs); called on the generating thread. Set before use.
    void setRetryObserver(std::function<void(const RetryNotice &)> observer);

private:
    struct Attempt;
    Attempt runAttempt(const QByteArray &body, const TokenSink &sink, const std::atomic_bool &cancelled);
    std::chrono::milliseconds backoff(int attempt) const;
    bool fallbackAllowed() const;
    Result<ProviderAnswer> useFallback(const AnswerRequest &request, const TokenSink &sink,
                                       const std::atomic_bool &cancelled, const Error &why);

    OpenAiConfig m_config;
    AnswerProvider *m_fallback = nullptr;
    std::unique_ptr<AnswerProvider> m_ownedFallback;
    CircuitBreaker m_breaker;
    std::function<void(const RetryNotice &)> m_retryObserver;
};

} // namespace Protostar
