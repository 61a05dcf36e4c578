// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>

#include <chrono>
#include <functional>

namespace Protostar {

struct CircuitBreakerConfig {
    int failureThreshold = 3;                     // consecutive failures that open the breaker
    std::chrono::milliseconds openDuration{30000}; // how long it stays open before a trial call
};

// Stops calling an endpoint that keeps failing: closed (calls pass) -> open after `failureThreshold`
// consecutive failures (calls fail fast) -> half-open after `openDuration` (one trial call) -> closed
// on its success, open again on its failure. Time comes from a clock the owner supplies, so tests
// drive it. Thread-safe.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };
    using Clock = std::function<std::chrono::milliseconds()>;

    using Config = CircuitBreakerConfig;

    // An empty clock means std::chrono::steady_clock.
    explicit CircuitBreaker(Config config = {}, Clock clock = {});

    // Asks to make a call now. False while open, and while a half-open trial is already running.
    bool tryAcquire();
    // Outcome of a call that tryAcquire() allowed.
    void recordSuccess();
    void recordFailure();
    // The call ended without telling anything about the endpoint (cancelled, bad request): frees a
    // half-open trial slot without changing the state.
    void recordNeutral();

    State state() const;
    int consecutiveFailures() const;
    // Time until an open breaker lets a trial through (zero when not open).
    std::chrono::milliseconds retryIn() const;
    const Config &config() const { return m_config; }

private:
    std::chrono::milliseconds now() const;
    State stateLocked() const;

    const Config m_config;
    const Clock m_clock;
    mutable QMutex m_mutex;
    State m_state = State::Closed;
    int m_failures = 0;
    bool m_trialRunning = false;
    std::chrono::milliseconds m_openedAt{0};
};

} // namespace Protostar
