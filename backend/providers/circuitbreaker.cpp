// SPDX-License-Identifier: MIT
#include "providers/circuitbreaker.h"

#include <QMutexLocker>

#include <algorithm>

namespace Protostar {

CircuitBreaker::CircuitBreaker(Config config, Clock clock)
    : m_config(config)
    , m_clock(std::move(clock))
{
}

std::chrono::milliseconds CircuitBreaker::now() const
{
    if (m_clock)
        return m_clock();
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

// Open turns into half-open lazily, when someone looks: no timer thread is needed.
CircuitBreaker::State CircuitBreaker::stateLocked() const
{
    if (m_state == State::Open && now() - m_openedAt >= m_config.openDuration)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::tryAcquire()
{
    QMutexLocker lock(&m_mutex);
    m_state = stateLocked();
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_trialRunning)
            return false;
        m_trialRunning = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    QMutexLocker lock(&m_mutex);
    m_state = State::Closed;
    m_failures = 0;
    m_trialRunning = false;
}

void CircuitBreaker::recordFailure()
{
    QMutexLocker lock(&m_mutex);
    ++m_failures;
    const bool trialFailed = m_state == State::HalfOpen;
    m_trialRunning = false;
    if (trialFailed || m_failures >= std::max(1, m_config.failureThreshold)) {
        m_state = State::Open;
        m_openedAt = now();
    }
}

void CircuitBreaker::recordNeutral()
{
    QMutexLocker lock(&m_mutex);
    m_trialRunning = false;
}

CircuitBreaker::State CircuitBreaker::state() const
{
    QMutexLocker lock(&m_mutex);
    return stateLocked();
}

int CircuitBreaker::consecutiveFailures() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

std::chrono::milliseconds CircuitBreaker::retryIn() const
{
    QMutexLocker lock(&m_mutex);
    if (stateLocked() != State::Open)
        return std::chrono::milliseconds(0);
    return m_config.openDuration - (now() - m_openedAt);
}

} // namespace Protostar
