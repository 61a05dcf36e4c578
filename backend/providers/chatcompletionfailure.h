// SPDX-License-Identifier: MIT
#pragma once

#include "core/error.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace Protostar {

// Why one chat-completions attempt failed: the message a user can act on, whether another attempt
// may help, and whether it says the endpoint is down (which feeds the circuit breaker). A plain value;
// the factory functions build the translated messages in one place.
struct ChatCompletionFailure {
    Error error;
    bool retryable = false;       // worth another attempt if no token was shown yet
    bool endpointFailure = false; // the endpoint is down or broken: counts for the breaker, allows fallback
    std::optional<std::chrono::milliseconds> retryAfter;

    // `where` is the base URL as shown to the user.
    static ChatCompletionFailure fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfterHeader,
                                                const QString &where, const QString &model, const QString &path);
    static ChatCompletionFailure connectTimeout(const QString &where, std::chrono::milliseconds timeout);
    static ChatCompletionFailure firstTokenTimeout(const QString &where, std::chrono::milliseconds timeout);
    static ChatCompletionFailure idleTimeout(const QString &where, std::chrono::milliseconds timeout);
    static ChatCompletionFailure malformed(const QString &where, const QString &detail);
    static ChatCompletionFailure errorEvent(const QString &where, const QByteArray &data, bool tokensDelivered);
    // The connection ended early: after tokens (cut mid-answer), after headers, or before any reply.
    static ChatCompletionFailure ended(const QString &where, const QString &detail, bool tokensDelivered,
                                       bool gotHeaders);
    static ChatCompletionFailure cancelled();
    static Error breakerOpen(const QString &where, int failures, std::chrono::milliseconds retryIn);

    // Seconds for messages, rounded up so "within 0 s" never appears.
    static QString seconds(std::chrono::milliseconds ms);
    // A Retry-After header: delta-seconds or an HTTP date.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);
    // The server's own words from an OpenAI error body, for Error::detail.
    static QString serverMessage(const QByteArray &body);
};

} // namespace Protostar
