// SPDX-License-Identifier: MIT
#include "providers/chatcompletionfailure.h"

#include "core/result.h"
#include "core/tr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Protostar {

namespace {

ChatCompletionFailure failure(Error error, bool retryable, bool endpoint)
{
    ChatCompletionFailure f;
    f.error = std::move(error);
    f.retryable = retryable;
    f.endpointFailure = endpoint;
    return f;
}

} // namespace

QString ChatCompletionFailure::seconds(std::chrono::milliseconds ms)
{
    return QString::number(std::max<qint64>(1, (ms.count() + 999) / 1000));
}

QString ChatCompletionFailure::serverMessage(const QByteArray &body)
{
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    const QJsonValue err = obj.value(u"error"_s);
    QString text = err.isObject() ? err.toObject().value(u"message"_s).toString() : err.toString();
    if (text.isEmpty())
        text = obj.value(u"message"_s).toString();
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(300)).simplified();
    return text.left(300);
}

std::optional<std::chrono::milliseconds> ChatCompletionFailure::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double secs = v.toDouble(&ok);
    if (ok && secs >= 0)
        return std::chrono::milliseconds(qint64(secs * 1000));
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take as a zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(u" GMT"))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (at.isValid())
        return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)));
    return std::nullopt;
}

ChatCompletionFailure ChatCompletionFailure::fromHttpStatus(int status, const QByteArray &body,
                                                            const QByteArray &retryAfterHeader, const QString &where,
                                                            const QString &model, const QString &path)
{
    const QString server = serverMessage(body);
    if (status == 401 || status == 403) {
        // The endpoint is alive: neither a retry nor the breaker helps, the user must fix the key.
        return failure(makeError(ErrorCode::Unauthorized,
                                 Tr::tr("The answer service at %1 rejected the API key (HTTP %2). Set a valid key "
                                        "in PROTOSTAR_API_KEY or in Settings.")
                                     .arg(where)
                                     .arg(status),
                                 server),
                       false, false);
    }
    if (status == 404) {
        return failure(makeError(ErrorCode::NotFound,
                                 Tr::tr("The answer service at %1 does not know the model \"%2\" or the address %3 "
                                        "(HTTP 404). Check the model name and the base URL.")
                                     .arg(where, model, path),
                                 server),
                       false, false);
    }
    if (status == 429) {
        ChatCompletionFailure f;
        f.retryAfter = parseRetryAfter(retryAfterHeader);
        f.retryable = true;
        f.error = makeError(ErrorCode::RateLimited,
                            f.retryAfter ? Tr::tr("The answer service at %1 is limiting requests (HTTP 429). Try "
                                                  "again in %2 s.")
                                               .arg(where, seconds(*f.retryAfter))
                                         : Tr::tr("The answer service at %1 is limiting requests (HTTP 429). Wait "
                                                  "a moment and try again.")
                                               .arg(where),
                            server);
        return f;
    }
    if (status >= 500) {
        ChatCompletionFailure f = failure(makeError(ErrorCode::ServerError,
                                                    Tr::tr("The answer service at %1 failed with a server error "
                                                           "(HTTP %2). Try again later, or use the offline "
                                                           "(extractive) provider.")
                                                        .arg(where)
                                                        .arg(status),
                                                    server),
                                          true, true);
        f.retryAfter = parseRetryAfter(retryAfterHeader); // 503 may carry one too
        return f;
    }
    return failure(makeError(ErrorCode::InvalidArgument,
                             Tr::tr("The answer service at %1 refused the request (HTTP %2). Check the model name "
                                    "and the service's documentation.")
                                 .arg(where)
                                 .arg(status),
                             server),
                   false, false);
}

ChatCompletionFailure ChatCompletionFailure::connectTimeout(const QString &where, std::chrono::milliseconds timeout)
{
    return failure(makeError(ErrorCode::Timeout,
                             Tr::tr("Could not connect to the answer service at %1 within %2 s. Check the base URL "
                                    "and your network, or use the offline (extractive) provider.")
                                 .arg(where, seconds(timeout))),
                   true, true);
}

ChatCompletionFailure ChatCompletionFailure::firstTokenTimeout(const QString &where, std::chrono::milliseconds timeout)
{
    return failure(makeError(ErrorCode::Timeout,
                             Tr::tr("The answer service at %1 did not start answering within %2 s. It may be "
                                    "overloaded: try again later, or raise the first-token timeout.")
                                 .arg(where, seconds(timeout))),
                   true, true);
}

ChatCompletionFailure ChatCompletionFailure::idleTimeout(const QString &where, std::chrono::milliseconds timeout)
{
    return failure(makeError(ErrorCode::Timeout,
                             Tr::tr("The answer service at %1 went silent for %2 s in the middle of the answer. "
                                    "The answer is incomplete; try again.")
                                 .arg(where, seconds(timeout))),
                   false, true);
}

ChatCompletionFailure ChatCompletionFailure::malformed(const QString &where, const QString &detail)
{
    // Not retried: a server that speaks another protocol will not start speaking ours.
    return failure(makeError(ErrorCode::Protocol,
                             Tr::tr("The answer service at %1 sent data Protostar cannot read (malformed JSON). "
                                    "Check that the base URL points to an OpenAI-compatible API.")
                                 .arg(where),
                             detail),
                   false, true);
}

ChatCompletionFailure ChatCompletionFailure::errorEvent(const QString &where, const QByteArray &data,
                                                        bool tokensDelivered)
{
    return failure(makeError(ErrorCode::ServerError,
                             Tr::tr("The answer service at %1 reported an error while answering. Try again.")
                                 .arg(where),
                             serverMessage(data)),
                   !tokensDelivered, true);
}

ChatCompletionFailure ChatCompletionFailure::ended(const QString &where, const QString &detail, bool tokensDelivered,
                                                   bool gotHeaders)
{
    if (tokensDelivered) {
        return failure(makeError(ErrorCode::Network,
                                 Tr::tr("The connection to the answer service at %1 was cut before the answer was "
                                        "complete. The answer is incomplete; try again.")
                                     .arg(where),
                                 detail),
                       false, true);
    }
    if (gotHeaders) {
        return failure(makeError(ErrorCode::Network,
                                 Tr::tr("The answer service at %1 closed the connection without answering. Try "
                                        "again.")
                                     .arg(where),
                                 detail),
                       true, true);
    }
    return failure(makeError(ErrorCode::Network,
                             Tr::tr("Could not reach the answer service at %1. Check the base URL and that the "
                                    "service is running, or use the offline (extractive) provider.")
                                 .arg(where),
                             detail),
                   true, true);
}

ChatCompletionFailure ChatCompletionFailure::cancelled()
{
    return failure(makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled.")), false, false);
}

Error ChatCompletionFailure::breakerOpen(const QString &where, int failures, std::chrono::milliseconds retryIn)
{
    return makeError(ErrorCode::Unavailable,
                     Tr::tr("The answer service at %1 is not answering (%2 failed calls in a row), so Protostar "
                            "stops calling it for %3 s. Check that it is running, or switch to the offline "
                            "(extractive) provider.")
                         .arg(where)
                         .arg(failures)
                         .arg(seconds(retryIn)),
                     u"circuit breaker open"_s);
}

} // namespace Protostar
