// SPDX-License-Identifier: MIT
// OpenAiCompatibleProvider against a fake server on a loopback port: the URL, the wire request, streamed and
// non-streamed answers, cancellation and the worker thread. Failures, retries and the breaker: tst_openaicompatiblefailures.
#include "openaiproviderfixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Protostar;
using namespace Protostar::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_OpenAiCompatibleProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chatCompletionsUrl_data();
    void chatCompletionsUrl();
    void streamsTokensInOrder_data();
    void streamsTokensInOrder();
    void tokensArriveBeforeTheStreamEnds();
    void foundFlag_data();
    void foundFlag();
    void nonStreamedAnswerAccepted();
    void cancel_data();
    void cancel();
    void runsOnWorkerThread();

private:
    OpenAiConfig config() const { return fakeServerConfig(*m_server); }
    std::unique_ptr<FakeOpenAiServer> m_server;
};

void tst_OpenAiCompatibleProvider::init()
{
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY2(m_server->start(), "the fake OpenAI server could not listen on a loopback port");
}

void tst_OpenAiCompatibleProvider::chatCompletionsUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only") << u"http://127.0.0.1:8000"_s << u"http://127.0.0.1:8000/v1/chat/completions"_s;
    QTest::newRow("trailing slash") << u"http://h/"_s << u"http://h/v1/chat/completions"_s;
    QTest::newRow("already ends in /v1") << u"https://api.openai.com/v1"_s
                                         << u"https://api.openai.com/v1/chat/completions"_s;
    QTest::newRow("/v1/ with slash") << u"https://h/v1/"_s << u"https://h/v1/chat/completions"_s;
    QTest::newRow("proxy prefix kept") << u"http://h/llm"_s << u"http://h/llm/v1/chat/completions"_s;
}

void tst_OpenAiCompatibleProvider::chatCompletionsUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    OpenAiConfig c;
    c.baseUrl = QUrl(base);
    QCOMPARE(c.chatCompletionsUrl().toString(), expected);
}

void tst_OpenAiCompatibleProvider::streamsTokensInOrder_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<bool>("v1InBase");
    QTest::newRow("LF lines") << FakeReply::stream(kTokens, 0, 5) << false;
    FakeReply crlf = FakeReply::stream(kTokens, 0, 5);
    crlf.crlf = true;
    crlf.comments = true;
    QTest::newRow("CRLF lines with keep-alive comments") << crlf << false;
    QTest::newRow("base URL ending in /v1") << FakeReply::stream(kTokens) << true;
}

void tst_OpenAiCompatibleProvider::streamsTokensInOrder()
{
    QFETCH(FakeReply, reply);
    QFETCH(bool, v1InBase);
    m_server->enqueue(reply);
    OpenAiConfig c = config();
    if (v1InBase)
        c.baseUrl.setPath(u"/v1"_s);
    OpenAiCompatibleProvider provider(c);
    const Run run = generate(provider);

    QVERIFY2(run.result.ok(), why(run.result).constData());
    QCOMPARE(run.deltas, kTokens);
    QCOMPARE(run.result->text, kTokens.join(QString()));
    QVERIFY(run.result->found);
    QCOMPARE(run.result->promptTokens, 42);
    QCOMPARE(run.result->completionTokens, int(kTokens.size()));

    // The wire request: what an OpenAI-compatible server expects, with our prompt layout.
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest req = m_server->requests().first();
    QCOMPARE(req.method, "POST");
    QCOMPARE(req.path, "/v1/chat/completions");
    QCOMPARE(req.headers.value("authorization"), "Bearer sk-test");
    QVERIFY(req.headers.value("content-type").startsWith("application/json"));
    const QJsonObject body = req.json();
    QCOMPARE(body.value(u"model"_s).toString(), u"fake-model"_s);
    QCOMPARE(body.value(u"stream"_s).toBool(), true);
    QCOMPARE(body.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool(), true);
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(u"role"_s).toString(), u"system"_s);
    const QString user = messages[1].toObject().value(u"content"_s).toString();
    QVERIFY(user.startsWith(u"<question>\n"_s + sampleRequest().question));
    QVERIFY(user.contains(QString::fromUtf8("<evidence n=\"1\" candidate=\"김지원\" document=\"resume.md\" "
                                            "section=\"경력 > A사\">\n")
                          + sampleRequest().evidence[0].ref.chunk.text + u"\n</evidence>"_s));
}

// The idle timeout fires after two tokens: they must already be at the sink, so tokens are
// forwarded as they arrive and not when the stream ends.
void tst_OpenAiCompatibleProvider::tokensArriveBeforeTheStreamEnds()
{
    m_server->enqueue(FakeReply::cut(kTokens, 2, FakeReply::End::Hang));
    OpenAiConfig c = config();
    c.idleTimeout = 300ms;
    OpenAiCompatibleProvider provider(c);
    const Run run = generate(provider);
    QVERIFY(!run.result.ok());
    QCOMPARE(run.result.error().code, ErrorCode::Timeout);
    QCOMPARE(run.deltas, kTokens.first(2));
}

void tst_OpenAiCompatibleProvider::foundFlag_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<bool>("found");
    QTest::newRow("Korean refusal") << QStringList{QString::fromUtf8("문서에서 찾을 수"), QString::fromUtf8(" 없습니다")}
                                    << false;
    QTest::newRow("English refusal") << QStringList{u"Not found in the documents."_s} << false;
    QTest::newRow("cited answer") << kTokens << true;
    QTest::newRow("refusal of one part, with a citation")
        << QStringList{QString::fromUtf8("팀 규모는 문서에서 찾을 수 없습니다. 1만 TPS [1].")} << true;
}

void tst_OpenAiCompatibleProvider::foundFlag()
{
    QFETCH(QStringList, tokens);
    QFETCH(bool, found);
    m_server->enqueue(FakeReply::stream(tokens));
    OpenAiCompatibleProvider provider(config());
    const Run run = generate(provider);
    QVERIFY2(run.result.ok(), why(run.result).constData());
    QCOMPARE(run.result->found, found);
}

// Some servers ignore stream:true and answer with one chat.completion object.
void tst_OpenAiCompatibleProvider::nonStreamedAnswerAccepted()
{
    FakeReply reply;
    reply.body = R"({"object":"chat.completion","choices":[{"message":{"role":"assistant","content":"1만 TPS [1]."}}],
                   "usage":{"prompt_tokens":30,"completion_tokens":5}})";
    m_server->enqueue(reply);
    OpenAiCompatibleProvider provider(config());
    const Run run = generate(provider);
    QVERIFY2(run.result.ok(), why(run.result).constData());
    QCOMPARE(run.deltas, QStringList{QString::fromUtf8("1만 TPS [1].")});
    QCOMPARE(run.result->promptTokens, 30);
    QCOMPARE(run.result->completionTokens, 5);
}

void tst_OpenAiCompatibleProvider::cancel_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("mid-stream, from the sink") << u"sink"_s;
    QTest::newRow("while waiting for the first token") << u"waiting"_s;
    QTest::newRow("during retry backoff") << u"backoff"_s;
}

void tst_OpenAiCompatibleProvider::cancel()
{
    QFETCH(QString, when);
    OpenAiConfig c = config();
    c.firstTokenTimeout = 60s;
    c.idleTimeout = 60s;
    std::atomic_bool cancelled = false;
    if (when == u"sink") {
        QStringList many;
        for (int i = 0; i < 50; ++i)
            many.append(u"t%1 "_s.arg(i));
        m_server->enqueue(FakeReply::stream(many, 0, 50));
    } else if (when == u"waiting") {
        m_server->enqueue(FakeReply::silent());
        // The test thread runs generate()'s local event loop, so this timer fires inside it.
        QTimer::singleShot(100, [&cancelled] { cancelled = true; });
    } else {
        m_server->enqueue(FakeReply::error(503, "down"));
        c.backoffBase = 60s;
        c.backoffMax = 60s;
    }
    OpenAiCompatibleProvider provider(c);
    provider.setRetryObserver([&cancelled](const RetryNotice &) { cancelled = true; });
    QStringList deltas;
    const auto result = provider.generate(
        sampleRequest(),
        [&](const QString &d) {
            deltas.append(d);
            if (deltas.size() == 3)
                cancelled = true;
        },
        cancelled);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(deltas.size(), when == u"sink" ? 3 : 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(provider.breaker().state(), CircuitBreaker::State::Closed);
    QCOMPARE(provider.breaker().consecutiveFailures(), 0);
}

void tst_OpenAiCompatibleProvider::runsOnWorkerThread()
{
    m_server->enqueue(FakeReply::stream(kTokens, 0, 2));
    OpenAiCompatibleProvider provider(config());
    Run run;
    Qt::HANDLE sinkThread = nullptr;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        std::atomic_bool cancelled = false;
        run.result = provider.generate(sampleRequest(), [&](const QString &d) {
            sinkThread = QThread::currentThreadId();
            run.deltas.append(d);
        }, cancelled);
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY2(run.result.ok(), why(run.result).constData());
    QCOMPARE(run.deltas, kTokens);
    QVERIFY(sinkThread != QThread::currentThreadId());
}

QTEST_GUILESS_MAIN(tst_OpenAiCompatibleProvider)
#include "tst_openaicompatibleprovider.moc"
