// SPDX-License-Identifier: MIT
#include "providers/circuitbreaker.h"

#include <QTest>

using namespace Protostar;
using namespace std::chrono_literals;
using State = CircuitBreaker::State;

Q_DECLARE_METATYPE(CircuitBreaker::State)

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequence_data();
    void sequence();
    void halfOpenAllowsOneTrial();
    void retryInCountsDown();
};

// A script of steps: 'f' failure, 's' success, 'n' neutral (each after an allowed acquire),
// 'a' acquire expected to pass, 'x' acquire expected to be refused, a number = advance the clock by
// that many seconds.
void tst_CircuitBreaker::sequence_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<State>("finalState");

    QTest::newRow("stays closed below threshold") << QStringList{"f", "f"} << State::Closed;
    QTest::newRow("opens at threshold") << QStringList{"f", "f", "f", "x"} << State::Open;
    QTest::newRow("success resets the count") << QStringList{"f", "f", "s", "f", "f", "a"} << State::Closed;
    QTest::newRow("neutral outcomes do not count") << QStringList{"f", "f", "n", "n", "a"} << State::Closed;
    QTest::newRow("open until the duration passes")
        << QStringList{"f", "f", "f", "9", "x"} << State::Open;
    QTest::newRow("half-open after the duration") << QStringList{"f", "f", "f", "10"} << State::HalfOpen;
    QTest::newRow("half-open trial success closes")
        << QStringList{"f", "f", "f", "10", "s", "a"} << State::Closed;
    QTest::newRow("half-open trial failure reopens at once")
        << QStringList{"f", "f", "f", "10", "f", "x"} << State::Open;
    QTest::newRow("reopened breaker waits a full duration again")
        << QStringList{"f", "f", "f", "10", "f", "9", "x", "1", "a"} << State::HalfOpen;
}

void tst_CircuitBreaker::sequence()
{
    QFETCH(QStringList, steps);
    QFETCH(State, finalState);

    std::chrono::milliseconds now{1000};
    CircuitBreaker breaker({3, 10s}, [&now] { return now; });
    for (const QString &step : steps) {
        bool isNumber = false;
        const int secs = step.toInt(&isNumber);
        if (isNumber) {
            now += std::chrono::seconds(secs);
        } else if (step == u"a") {
            QVERIFY2(breaker.tryAcquire(), qPrintable(step));
        } else if (step == u"x") {
            QVERIFY2(!breaker.tryAcquire(), qPrintable(step));
        } else {
            QVERIFY2(breaker.tryAcquire(), "a call was refused before its outcome could be recorded");
            if (step == u"f")
                breaker.recordFailure();
            else if (step == u"s")
                breaker.recordSuccess();
            else
                breaker.recordNeutral();
        }
    }
    // 'a' in a half-open state takes the trial slot; the state itself is what we compare.
    QCOMPARE(breaker.state(), finalState);
}

void tst_CircuitBreaker::halfOpenAllowsOneTrial()
{
    std::chrono::milliseconds now{0};
    CircuitBreaker breaker({1, 5s}, [&now] { return now; });
    QVERIFY(breaker.tryAcquire());
    breaker.recordFailure();
    QCOMPARE(breaker.state(), State::Open);
    now += 5s;
    QVERIFY(breaker.tryAcquire());  // the trial
    QVERIFY(!breaker.tryAcquire()); // a second caller while the trial runs fails fast
    breaker.recordNeutral();        // e.g. the trial was cancelled: the slot frees up
    QVERIFY(breaker.tryAcquire());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 0);
}

void tst_CircuitBreaker::retryInCountsDown()
{
    std::chrono::milliseconds now{0};
    CircuitBreaker breaker({1, 30s}, [&now] { return now; });
    QCOMPARE(breaker.retryIn(), 0ms);
    QVERIFY(breaker.tryAcquire());
    breaker.recordFailure();
    QCOMPARE(breaker.retryIn(), 30000ms);
    now += 12s;
    QCOMPARE(breaker.retryIn(), 18000ms);
    now += 18s;
    QCOMPARE(breaker.retryIn(), 0ms);
}

QTEST_APPLESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
