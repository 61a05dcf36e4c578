// SPDX-License-Identifier: MIT
#include "providers/openaicompatibleprovider.h"

#include "core/logging.h"
#include "core/tr.h"
#include "providers/chatcompletionfailure.h"
#include "providers/sseparser.h"
#include "rag/promptbuilder.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Protostar {

namespace {

constexpr auto kCancelPoll = 10ms; // `cancelled` is a plain atomic: poll it, promptly enough for a UI

bool saysNotFound(const QString &text)
{
    static const QRegularExpression marker(u"\\[\\s*\\d+"_s);
    const bool refusal = text.contains(PromptBuilder::notFoundSentence(u"ko"_s))
        || text.contains(PromptBuilder::notFoundSentence(u"en"_s), Qt::CaseInsensitive);
    return refusal && !text.contains(marker);
}

// Waits `delay` in a local loop; false when cancelled first.
bool waitCancellable(std::chrono::milliseconds delay, const std::atomic_bool &cancelled)
{
    if (cancelled)
        return false;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled)
            loop.quit();
    });
    done.start(delay);
    poll.start(kCancelPoll);
    loop.exec();
    return !cancelled;
}

} // namespace

QUrl OpenAiConfig::chatCompletionsUrl() const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // Users paste both "https://host" and "https://host/v1"; neither should become /v1/v1.
    if (!path.endsWith(u"/v1"))
        path += u"/v1"_s;
    url.setPath(path + u"/chat/completions"_s);
    return url;
}

struct OpenAiCompatibleProvider::Attempt {
    bool ok = false;
    ProviderAnswer answer;
    ChatCompletionFailure failure;
    bool tokensDelivered = false;
};

OpenAiCompatibleProvider::OpenAiCompatibleProvider(OpenAiConfig config, AnswerProvider *fallback,
                                                   CircuitBreaker::Clock clock)
    : m_config(std::move(config))
    , m_fallback(fallback)
    , m_breaker(m_config.breaker, std::move(clock))
{
}

OpenAiCompatibleProvider::OpenAiCompatibleProvider(OpenAiConfig config, std::unique_ptr<AnswerProvider> fallback,
                                                   CircuitBreaker::Clock clock)
    : OpenAiCompatibleProvider(std::move(config), fallback.get(), std::move(clock))
{
    m_ownedFallback = std::move(fallback);
}

OpenAiCompatibleProvider::~OpenAiCompatibleProvider() = default;

QString OpenAiCompatibleProvider::id() const
{
    return u"openai"_s;
}

void OpenAiCompatibleProvider::setRetryObserver(std::function<void(const RetryNotice &)> observer)
{
    m_retryObserver = std::move(observer);
}

QByteArray OpenAiCompatibleProvider::requestBody(const AnswerRequest &request) const
{
    PromptInput input;
    input.question = request.question;
    input.memory = request.memory;
    input.lastTurn = request.lastTurn;
    input.language = request.language;
    for (const Evidence &e : request.evidence) {
        input.evidence.append({e.n, e.ref.candidateName, e.ref.documentName,
                               e.ref.chunk.headingPath.join(u" > "_s), e.ref.chunk.text});
    }
    QJsonObject body{
        {u"model"_s, m_config.model},
        {u"messages"_s, PromptBuilder::build(input)},
        {u"stream"_s, true},
        {u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}}},
        {u"temperature"_s, m_config.temperature},
    };
    if (m_config.maxTokens > 0)
        body.insert(u"max_tokens"_s, m_config.maxTokens);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::chrono::milliseconds OpenAiCompatibleProvider::backoff(int attempt) const
{
    // Exponential with "equal jitter": half fixed, half random, so clients that failed together
    // do not come back together.
    const qint64 base = m_config.backoffBase.count();
    const qint64 capped = std::min<qint64>(m_config.backoffMax.count(), base << std::min(attempt - 1, 20));
    const qint64 half = capped / 2;
    return std::chrono::milliseconds(half + (half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0));
}

bool OpenAiCompatibleProvider::fallbackAllowed() const
{
    return m_fallback && m_config.fallbackWhenUnavailable;
}

Result<ProviderAnswer> OpenAiCompatibleProvider::useFallback(const AnswerRequest &request, const TokenSink &sink,
                                                             const std::atomic_bool &cancelled, const Error &why)
{
    qCWarning(lcProvider) << "answer service unavailable, using" << m_fallback->id() << "instead:" << why.toString();
    return m_fallback->generate(request, sink, cancelled);
}

Result<ProviderAnswer> OpenAiCompatibleProvider::generate(const AnswerRequest &request, const TokenSink &sink,
                                                          const std::atomic_bool &cancelled)
{
    if (cancelled)
        return ChatCompletionFailure::cancelled().error;
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty() || m_config.model.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The OpenAI-compatible provider needs a base URL (for example "
                                "http://localhost:8000) and a model name. Set them in Settings or with "
                                "--base-url and --model."),
                         m_config.baseUrl.toDisplayString());
    }
    if (!m_breaker.tryAcquire()) {
        const Error open = ChatCompletionFailure::breakerOpen(m_config.baseUrl.toDisplayString(),
                                                              m_breaker.consecutiveFailures(), m_breaker.retryIn());
        if (fallbackAllowed())
            return useFallback(request, sink, cancelled, open);
        return open;
    }

    const QByteArray body = requestBody(request);
    for (int attempt = 1;; ++attempt) {
        Attempt a = runAttempt(body, sink, cancelled);
        if (a.ok) {
            m_breaker.recordSuccess();
            return std::move(a.answer);
        }
        const ChatCompletionFailure &f = a.failure;
        if (f.error.code == ErrorCode::Cancelled) {
            m_breaker.recordNeutral();
            return f.error;
        }
        const std::chrono::milliseconds delay = f.retryAfter ? *f.retryAfter : backoff(attempt);
        // Once a token is on screen a retry would show a second, different answer: never.
        const bool canRetry = f.retryable && !a.tokensDelivered && attempt <= m_config.maxRetries
            && (!f.retryAfter || *f.retryAfter <= m_config.maxRetryAfter);
        if (!canRetry) {
            if (f.endpointFailure)
                m_breaker.recordFailure();
            else
                m_breaker.recordNeutral();
            qCWarning(lcProvider) << "chat completion failed after" << attempt << "attempt(s):" << f.error.toString();
            if (f.endpointFailure && !a.tokensDelivered && fallbackAllowed())
                return useFallback(request, sink, cancelled, f.error);
            return f.error;
        }
        qCInfo(lcProvider) << "attempt" << attempt << "failed, retrying in" << delay.count() << "ms:"
                           << f.error.toString();
        if (m_retryObserver)
            m_retryObserver(RetryNotice{attempt, f.error, delay});
        if (!waitCancellable(delay, cancelled)) {
            m_breaker.recordNeutral();
            return ChatCompletionFailure::cancelled().error;
        }
    }
}

OpenAiCompatibleProvider::Attempt OpenAiCompatibleProvider::runAttempt(const QByteArray &body, const TokenSink &sink,
                                                                        const std::atomic_bool &cancelled)
{
    Attempt a;
    const QUrl url = m_config.chatCompletionsUrl();
    const QString where = m_config.baseUrl.toDisplayString();

    // Made here, on the generating thread: QNetworkAccessManager belongs to the thread that creates it.
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "text/event-stream");
    if (!m_config.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.post(req, body));

    enum class Phase { Connecting, WaitingForFirstToken, Streaming } phase = Phase::Connecting;
    QEventLoop loop;
    QTimer phaseTimer;
    phaseTimer.setSingleShot(true);
    QTimer cancelPoll;
    std::optional<ChatCompletionFailure> failure; // set by us (timeouts, cancel, bad data) before aborting
    SseParser parser;
    QByteArray plainBody; // error bodies and non-streamed JSON answers
    int status = 0;
    bool streamed = true;
    bool done = false;
    bool finishReason = false;

    auto stop = [&](ChatCompletionFailure f) {
        if (failure)
            return;
        failure = std::move(f);
        loop.quit();
    };
    auto deliver = [&](const QString &delta) {
        if (delta.isEmpty())
            return;
        if (!a.tokensDelivered) {
            a.tokensDelivered = true;
            phase = Phase::Streaming;
        }
        phaseTimer.start(m_config.idleTimeout);
        a.answer.text += delta;
        if (sink)
            sink(delta);
        if (cancelled)
            stop(ChatCompletionFailure::cancelled());
    };
    auto handleEvent = [&](const SseEvent &event) {
        if (event.data == "[DONE]") {
            done = true;
            loop.quit();
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            stop(ChatCompletionFailure::malformed(
                where, parseError.errorString() + u": "_s + QString::fromUtf8(event.data.left(200))));
            return;
        }
        const QJsonObject obj = doc.object();
        if (obj.contains(u"error"_s)) {
            stop(ChatCompletionFailure::errorEvent(where, event.data, a.tokensDelivered));
            return;
        }
        const QJsonObject usage = obj.value(u"usage"_s).toObject();
        if (!usage.isEmpty()) {
            a.answer.promptTokens = usage.value(u"prompt_tokens"_s).toInt(-1);
            a.answer.completionTokens = usage.value(u"completion_tokens"_s).toInt(-1);
        }
        const QJsonArray choices = obj.value(u"choices"_s).toArray();
        if (!choices.isEmpty()) {
            const QJsonObject choice = choices.first().toObject();
            const QJsonValue reason = choice.value(u"finish_reason"_s);
            if (!reason.isNull() && !reason.isUndefined())
                finishReason = true;
            deliver(choice.value(u"delta"_s).toObject().value(u"content"_s).toString());
        }
    };

    QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, [&] {
        if (phase == Phase::Connecting) {
            phase = Phase::WaitingForFirstToken;
            phaseTimer.start(m_config.firstTokenTimeout);
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        streamed = type.isEmpty() || type.contains("event-stream");
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray bytes = reply->readAll();
        if (failure || done)
            return; // the loop is about to return; nothing more may reach the sink
        if (status < 200 || status >= 300 || !streamed) {
            plainBody += bytes;
            return;
        }
        if (phase == Phase::Streaming)
            phaseTimer.start(m_config.idleTimeout);
        for (const SseEvent &event : parser.feed(bytes)) {
            handleEvent(event);
            if (failure || done)
                return;
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&phaseTimer, &QTimer::timeout, &loop, [&] {
        switch (phase) {
        case Phase::Connecting:
            stop(ChatCompletionFailure::connectTimeout(where, m_config.connectTimeout));
            break;
        case Phase::WaitingForFirstToken:
            stop(ChatCompletionFailure::firstTokenTimeout(where, m_config.firstTokenTimeout));
            break;
        case Phase::Streaming:
            stop(ChatCompletionFailure::idleTimeout(where, m_config.idleTimeout));
            break;
        }
    });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled)
            stop(ChatCompletionFailure::cancelled());
    });

    phaseTimer.start(m_config.connectTimeout);
    cancelPoll.start(kCancelPoll);
    if (!reply->isFinished())
        loop.exec();
    // Stop the transfer before the reply is deleted, without its signals reaching dead lambdas.
    QObject::disconnect(reply.get(), nullptr, &loop, nullptr);
    if (!reply->isFinished())
        reply->abort();

    if (failure) {
        a.failure = *failure;
        return a;
    }
    if (done || (finishReason && reply->error() == QNetworkReply::NoError)) {
        a.ok = true;
        a.answer.found = !saysNotFound(a.answer.text);
        return a;
    }
    if (status >= 300 || (status > 0 && status < 200)) {
        a.failure = ChatCompletionFailure::fromHttpStatus(status, plainBody, reply->rawHeader("Retry-After"), where,
                                                          m_config.model, url.path());
        return a;
    }
    if (status >= 200 && !streamed && reply->error() == QNetworkReply::NoError) {
        // Some servers ignore stream:true and send one JSON answer; accept it as a single delta.
        const QJsonObject doc = QJsonDocument::fromJson(plainBody).object();
        const QJsonObject choice = doc.value(u"choices"_s).toArray().first().toObject();
        const QJsonValue content = choice.value(u"message"_s).toObject().value(u"content"_s);
        if (!content.isString()) {
            a.failure = ChatCompletionFailure::malformed(where, QString::fromUtf8(plainBody.left(200)));
            return a;
        }
        deliver(content.toString());
        if (failure) {
            a.failure = *failure;
            return a;
        }
        const QJsonObject usage = doc.value(u"usage"_s).toObject();
        a.answer.promptTokens = usage.value(u"prompt_tokens"_s).toInt(-1);
        a.answer.completionTokens = usage.value(u"completion_tokens"_s).toInt(-1);
        a.ok = true;
        a.answer.found = !saysNotFound(a.answer.text);
        return a;
    }
    const QString detail = reply->error() == QNetworkReply::NoError ? u"the stream ended without data: [DONE]"_s
                                                                    : reply->errorString();
    a.failure = ChatCompletionFailure::ended(where, detail, a.tokensDelivered, status >= 200);
    return a;
}

} // namespace Protostar
