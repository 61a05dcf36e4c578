// SPDX-License-Identifier: MIT
// OpenAiCompatibleProvider when the answer service fails: HTTP errors, broken streams, timeouts, retries with
// backoff and Retry-After, the circuit breaker and the fallback provider. Against a fake server on a loopback port.
#include "openaiproviderfixtures.h"
#include "providers/chatcompletionfailure.h"
#include "providers/extractiveanswerprovider.h"

#include <QTcpServer>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Protostar;
using namespace Protostar::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_OpenAiCompatibleFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void failures_data();
    void failures();
    void connectionRefused();
    void connectTimeout();
    void retriesBeforeFirstTokenOnly();
    void retryAfterRespected();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void breakerOpensFailsFastAndRecovers();
    void fallbackWhenUnavailable_data();
    void fallbackWhenUnavailable();

private:
    OpenAiConfig config() const { return fakeServerConfig(*m_server); }
    std::unique_ptr<FakeOpenAiServer> m_server;
};

namespace {

// A loopback port that accepts nothing: the kernel drops SYNs once the backlog is full, so a
// connect to it hangs like one to a dead host.
struct UnacceptingListener {
    int fd = -1;
    quint16 port = 0;
    QList<int> fillers;
    bool open()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(fd, 0) != 0
            || ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return false;
        port = ntohs(addr.sin_port);
        // Fill the accept queue (backlog 0 still admits one) with blocking connects that complete.
        for (int i = 0; i < 2; ++i) {
            const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(c, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            fillers.append(c);
        }
        return true;
    }
    ~UnacceptingListener()
    {
        for (int c : fillers)
            ::close(c);
        if (fd >= 0)
            ::close(fd);
    }
};

// One run of a provider of its own, with the retries it announced on the way.
struct NotedRun {
    Run run;
    QList<RetryNotice> notices;
};

NotedRun generateNotingRetries(const OpenAiConfig &c)
{
    OpenAiCompatibleProvider provider(c);
    NotedRun noted;
    provider.setRetryObserver([&noted](const RetryNotice &n) { noted.notices.append(n); });
    noted.run = generate(provider);
    return noted;
}

} // namespace

void tst_OpenAiCompatibleFailures::init()
{
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY2(m_server->start(), "the fake OpenAI server could not listen on a loopback port");
}

void tst_OpenAiCompatibleFailures::failures_data()
{
    QTest::addColumn<QList<FakeReply>>("replies");
    QTest::addColumn<int>("firstTokenMs");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("deltas");

    const QList<FakeReply> fiveHundreds(3, FakeReply::error(500, "boom"));
    QTest::newRow("401 bad key") << QList<FakeReply>{FakeReply::error(401, "Incorrect API key provided")} << 2000
                                 << ErrorCode::Unauthorized << u"PROTOSTAR_API_KEY"_s << 1 << 0;
    QTest::newRow("404 wrong model") << QList<FakeReply>{FakeReply::error(404, "model not found")} << 2000
                                     << ErrorCode::NotFound << u"\"fake-model\""_s << 1 << 0;
    QTest::newRow("400 bad request not retried") << QList<FakeReply>{FakeReply::error(400, "bad")} << 2000
                                                 << ErrorCode::InvalidArgument << u"HTTP 400"_s << 1 << 0;
    QTest::newRow("429 with Retry-After beyond the cap")
        << QList<FakeReply>{FakeReply::error(429, "slow down", "120")} << 2000 << ErrorCode::RateLimited
        << u"Try again in 120 s"_s << 1 << 0;
    QTest::newRow("5xx retried, then reported") << fiveHundreds << 2000 << ErrorCode::ServerError << u"HTTP 500"_s
                                               << 3 << 0;
    QTest::newRow("malformed JSON") << QList<FakeReply>{FakeReply::cut(kTokens, 0, FakeReply::End::Malformed)}
                                    << 2000 << ErrorCode::Protocol << u"malformed JSON"_s << 1 << 0;
    QTest::newRow("malformed JSON mid-answer")
        << QList<FakeReply>{FakeReply::cut(kTokens, 2, FakeReply::End::Malformed)} << 2000 << ErrorCode::Protocol
        << u"malformed JSON"_s << 1 << 2;
    QTest::newRow("connection dropped mid-answer, not retried")
        << QList<FakeReply>{FakeReply::cut(kTokens, 2, FakeReply::End::CloseAbruptly)} << 2000
        << ErrorCode::Network << u"cut before the answer was complete"_s << 1 << 2;
    QTest::newRow("stream ended without [DONE]")
        << QList<FakeReply>{FakeReply::cut(kTokens, 3, FakeReply::End::EndWithoutDone)} << 2000
        << ErrorCode::Network << u"cut before the answer was complete"_s << 1 << 3;
    QTest::newRow("idle timeout mid-answer") << QList<FakeReply>{FakeReply::cut(kTokens, 1, FakeReply::End::Hang)}
                                             << 2000 << ErrorCode::Timeout << u"went silent for 1 s"_s << 1 << 1;
    QTest::newRow("server never answers: first-token timeout, retried")
        << QList<FakeReply>(3, FakeReply::silent()) << 150 << ErrorCode::Timeout
        << u"did not start answering within 1 s"_s << 3 << 0;
    // The role chunk arrives at once; only answer text counts as the first token.
    QTest::newRow("slow first token") << QList<FakeReply>(3, FakeReply::stream(kTokens, 3000)) << 150
                                      << ErrorCode::Timeout << u"did not start answering"_s << 3 << 0;
}

void tst_OpenAiCompatibleFailures::failures()
{
    QFETCH(QList<FakeReply>, replies);
    QFETCH(int, firstTokenMs);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    QFETCH(int, requests);
    QFETCH(int, deltas);

    for (const FakeReply &r : replies)
        m_server->enqueue(r);
    OpenAiConfig c = config();
    c.firstTokenTimeout = std::chrono::milliseconds(firstTokenMs);
    c.idleTimeout = 300ms;
    OpenAiCompatibleProvider provider(c);
    const Run run = generate(provider);

    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().code, code);
    QVERIFY2(run.result.error().message.contains(messagePart), qPrintable(run.result.error().message));
    QCOMPARE(m_server->requestCount(), requests);
    QCOMPARE(run.deltas.size(), deltas);
}

void tst_OpenAiCompatibleFailures::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    OpenAiConfig c = config();
    c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
    OpenAiCompatibleProvider provider(c);
    int retries = 0;
    provider.setRetryObserver([&retries](const RetryNotice &) { ++retries; });
    const Run run = generate(provider);
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().code, ErrorCode::Network);
    QVERIFY2(run.result.error().message.contains(u"Could not reach the answer service"_s),
             why(run.result).constData());
    QCOMPARE(retries, 2);
}

void tst_OpenAiCompatibleFailures::connectTimeout()
{
    UnacceptingListener listener;
    QVERIFY2(listener.open(), "cannot open a loopback listener");
    OpenAiConfig c = config();
    c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(listener.port));
    c.connectTimeout = 200ms;
    c.maxRetries = 0;
    OpenAiCompatibleProvider provider(c);
    const Run run = generate(provider);
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().code, ErrorCode::Timeout);
    QVERIFY2(run.result.error().message.contains(u"Could not connect"_s), why(run.result).constData());
}

void tst_OpenAiCompatibleFailures::retriesBeforeFirstTokenOnly()
{
    m_server->enqueue(FakeReply::error(503, "overloaded"));
    m_server->enqueue(FakeReply::cut(kTokens, 0, FakeReply::End::CloseAbruptly));
    m_server->enqueue(FakeReply::stream(kTokens));
    const auto [run, notices] = generateNotingRetries(config());
    QVERIFY2(run.result.ok(), why(run.result).constData());
    QCOMPARE(run.deltas, kTokens); // nothing of the failed attempts reached the sink
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices[0].attempt, 1);
    QCOMPARE(notices[0].error.code, ErrorCode::ServerError);
    QCOMPARE(notices[1].attempt, 2);
    QCOMPARE(notices[1].error.code, ErrorCode::Network);
    // Exponential with jitter: attempt 1 in [base/2, base], attempt 2 in [base, 2 base], capped.
    QVERIFY(notices[0].delay >= 2ms && notices[0].delay <= 5ms);
    QVERIFY(notices[1].delay >= 5ms && notices[1].delay <= 10ms);
}

void tst_OpenAiCompatibleFailures::retryAfterRespected()
{
    m_server->enqueue(FakeReply::error(429, "rate limited", "1"));
    m_server->enqueue(FakeReply::stream(kTokens));
    const auto [run, notices] = generateNotingRetries(config());
    QVERIFY2(run.result.ok(), why(run.result).constData());
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices[0].error.code, ErrorCode::RateLimited);
    QCOMPARE(notices[0].delay, 1000ms); // the server's Retry-After, not our 5 ms backoff
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_OpenAiCompatibleFailures::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("ms"); // -1: no usable value
    QTest::newRow("seconds") << QByteArray("120") << 120000;
    QTest::newRow("fractional seconds") << QByteArray(" 1.5 ") << 1500;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("HTTP date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
}

void tst_OpenAiCompatibleFailures::retryAfterParsing()
{
    QFETCH(QByteArray, header);
    QFETCH(int, ms);
    const auto parsed = ChatCompletionFailure::parseRetryAfter(header);
    QCOMPARE(parsed.has_value(), ms >= 0);
    if (parsed)
        QCOMPARE(parsed->count(), ms);
}

void tst_OpenAiCompatibleFailures::breakerOpensFailsFastAndRecovers()
{
    std::chrono::milliseconds now{0};
    OpenAiConfig c = config();
    c.maxRetries = 0;
    c.breaker = {2, 30s};
    OpenAiCompatibleProvider provider(c, nullptr, [&now] { return now; });

    m_server->enqueue(FakeReply::error(502, "bad gateway"));
    m_server->enqueue(FakeReply::error(502, "bad gateway"));
    QCOMPARE(generate(provider).result.error().code, ErrorCode::ServerError);
    QCOMPARE(provider.breaker().state(), CircuitBreaker::State::Closed);
    QCOMPARE(generate(provider).result.error().code, ErrorCode::ServerError);
    QCOMPARE(provider.breaker().state(), CircuitBreaker::State::Open);

    // Open: fails fast, without a request, saying what to do.
    const Run fast = generate(provider);
    QCOMPARE(fast.result.error().code, ErrorCode::Unavailable);
    QVERIFY2(fast.result.error().message.contains(u"2 failed calls in a row"_s), qPrintable(fast.result.error().message));
    QVERIFY(fast.result.error().message.contains(u"30 s"_s));
    QCOMPARE(m_server->requestCount(), 2);

    // Half-open: one trial; its failure reopens at once.
    now += 30s;
    QCOMPARE(provider.breaker().state(), CircuitBreaker::State::HalfOpen);
    m_server->enqueue(FakeReply::error(503, "still down"));
    QCOMPARE(generate(provider).result.error().code, ErrorCode::ServerError);
    QCOMPARE(provider.breaker().state(), CircuitBreaker::State::Open);
    QCOMPARE(m_server->requestCount(), 3);

    // The endpoint is back: the next trial succeeds and closes the breaker.
    now += 30s;
    m_server->enqueue(FakeReply::stream(kTokens));
    const Run recovered = generate(provider);
    QVERIFY2(recovered.result.ok(), why(recovered.result).constData());
    QCOMPARE(provider.breaker().state(), CircuitBreaker::State::Closed);
    QCOMPARE(m_server->requestCount(), 4);
}

void tst_OpenAiCompatibleFailures::fallbackWhenUnavailable_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<bool>("fallsBack");
    QTest::addColumn<ErrorCode>("codeWithout");
    QTest::newRow("5xx after retries falls back") << FakeReply::error(500, "down") << true << ErrorCode::ServerError;
    QTest::newRow("first-token timeout falls back") << FakeReply::silent() << true << ErrorCode::Timeout;
    QTest::newRow("bad key is reported, not hidden") << FakeReply::error(401, "bad key") << false
                                                     << ErrorCode::Unauthorized;
    QTest::newRow("cut mid-answer is reported") << FakeReply::cut(kTokens, 2, FakeReply::End::CloseAbruptly)
                                                << false << ErrorCode::Network;
}

void tst_OpenAiCompatibleFailures::fallbackWhenUnavailable()
{
    QFETCH(FakeReply, reply);
    QFETCH(bool, fallsBack);
    QFETCH(ErrorCode, codeWithout);
    m_server->setDefaultReply(reply);

    ExtractiveAnswerProvider extractive;
    const Run expected = generate(extractive);
    QVERIFY(expected.result.ok());

    OpenAiConfig c = config();
    c.maxRetries = 1;
    c.firstTokenTimeout = 150ms;
    c.breaker = {1, 30s};
    OpenAiCompatibleProvider provider(c, &extractive);
    const Run run = generate(provider);
    if (fallsBack) {
        QVERIFY2(run.result.ok(), why(run.result).constData());
        QCOMPARE(run.result->text, expected.result->text);
        QCOMPARE(run.deltas, expected.deltas);
        // The breaker is open now: the next question goes straight to the fallback.
        const int requests = m_server->requestCount();
        QVERIFY(generate(provider).result.ok());
        QCOMPARE(m_server->requestCount(), requests);
    } else {
        QVERIFY(!run.result.ok());
        QCOMPARE(run.result.error().code, codeWithout);
    }

    OpenAiCompatibleProvider alone(c); // the same failure without a fallback is an error
    QCOMPARE(generate(alone).result.error().code, codeWithout);
}

QTEST_GUILESS_MAIN(tst_OpenAiCompatibleFailures)
#include "tst_openaicompatiblefailures.moc"
