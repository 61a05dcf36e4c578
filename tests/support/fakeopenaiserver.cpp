// SPDX-License-Identifier: MIT
#include "fakeopenaiserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Protostar::Test {

FakeReply FakeReply::stream(const QStringList &tokens, int firstTokenDelayMs, int chunkDelayMs)
{
    FakeReply r;
    r.tokens = tokens;
    r.firstTokenDelayMs = firstTokenDelayMs;
    r.chunkDelayMs = chunkDelayMs;
    return r;
}

FakeReply FakeReply::error(int status, const QByteArray &message, const QByteArray &retryAfter)
{
    FakeReply r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, QString::fromUtf8(message)},
                                                                {u"type"_s, u"fake_error"_s}}}})
                 .toJson(QJsonDocument::Compact);
    if (!retryAfter.isEmpty())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}

FakeReply FakeReply::silent()
{
    FakeReply r;
    r.neverRespond = true;
    return r;
}

FakeReply FakeReply::cut(const QStringList &tokens, int afterTokens, End how)
{
    FakeReply r = stream(tokens);
    r.end = how;
    r.cutAfterTokens = afterTokens;
    return r;
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray chunkJson(const QJsonObject &delta, const QJsonValue &finishReason)
{
    const QJsonObject choice{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}};
    return QJsonDocument(QJsonObject{{u"id"_s, u"chatcmpl-fake"_s},
                                     {u"object"_s, u"chat.completion.chunk"_s},
                                     {u"created"_s, 0},
                                     {u"model"_s, u"fake"_s},
                                     {u"choices"_s, QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

// One write of the response, after `delayMs`; `close` drops the connection instead of writing.
struct Step {
    int delayMs = 0;
    QByteArray bytes;
    bool close = false;
};

} // namespace

// Owns the QTcpServer and its sockets on the server thread.
class FakeOpenAiServerWorker : public QObject
{
public:
    explicit FakeOpenAiServerWorker(FakeOpenAiServer *owner) : m_owner(owner) { }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    parse(socket, *buffer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

    void shutdown()
    {
        delete m_server;
        m_server = nullptr;
        qDeleteAll(findChildren<QTcpSocket *>());
    }

private:
    void parse(QTcpSocket *socket, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            m_owner->record(request);
            respond(socket, m_owner->takeReply());
        }
    }

    void respond(QTcpSocket *socket, const FakeReply &reply)
    {
        if (reply.neverRespond)
            return;
        if (reply.status != 200 || !reply.body.isEmpty()) {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(reply.body.size())
                + "\r\n";
            for (const auto &[name, value] : reply.headers)
                head += name + ": " + value + "\r\n";
            socket->write(head + "\r\n" + reply.body);
            return;
        }
        const QByteArray eol = reply.crlf ? "\r\n" : "\n";
        auto event = [&](const QByteArray &data) -> QByteArray {
            QByteArray e;
            if (reply.comments)
                e += ": keep-alive" + eol + eol;
            e += "data: " + data + eol + eol;
            // Chunked transfer encoding, as OpenAI's servers send it.
            return QByteArray::number(e.size(), 16) + "\r\n" + e + "\r\n";
        };
        QList<Step> steps;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                          "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n";
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        steps.append({0, head + "\r\n" + event(chunkJson(QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue::Null))});
        const bool cuts = reply.end != FakeReply::End::Done;
        const qsizetype sent = cuts ? std::min<qsizetype>(reply.cutAfterTokens, reply.tokens.size()) : reply.tokens.size();
        for (qsizetype i = 0; i < sent; ++i) {
            steps.append({i == 0 ? reply.firstTokenDelayMs : reply.chunkDelayMs,
                          event(chunkJson(QJsonObject{{u"content"_s, reply.tokens[i]}}, QJsonValue::Null))});
        }
        switch (reply.end) {
        case FakeReply::End::Done: {
            steps.append({0, event(chunkJson(QJsonObject{}, u"stop"_s))});
            if (reply.usage) {
                const QJsonObject usage{{u"prompt_tokens"_s, reply.promptTokens},
                                        {u"completion_tokens"_s, int(reply.tokens.size())},
                                        {u"total_tokens"_s, reply.promptTokens + int(reply.tokens.size())}};
                steps.append({0, event(QJsonDocument(QJsonObject{{u"id"_s, u"chatcmpl-fake"_s},
                                                                 {u"choices"_s, QJsonArray{}},
                                                                 {u"usage"_s, usage}})
                                           .toJson(QJsonDocument::Compact))});
            }
            steps.append({0, event("[DONE]") + "0\r\n\r\n"});
            break;
        }
        case FakeReply::End::CloseAbruptly:
            steps.append({reply.chunkDelayMs, {}, true});
            break;
        case FakeReply::End::EndWithoutDone:
            steps.append({reply.chunkDelayMs, "0\r\n\r\n"});
            break;
        case FakeReply::End::Hang:
            break;
        case FakeReply::End::Malformed:
            steps.append({reply.chunkDelayMs, event("{\"choices\":[{\"delta\":{\"content\":\"x\"")});
            break;
        }
        run(socket, std::make_shared<QList<Step>>(std::move(steps)), 0);
    }

    // Writes steps in order; delays use precise timers with the socket as context, so a closed
    // connection cancels the rest.
    void run(QTcpSocket *socket, std::shared_ptr<QList<Step>> steps, qsizetype index)
    {
        while (index < steps->size()) {
            const Step &step = steps->at(index);
            if (step.delayMs > 0) {
                QTimer::singleShot(step.delayMs, Qt::PreciseTimer, socket, [this, socket, steps, index] {
                    execute(socket, steps->at(index));
                    run(socket, steps, index + 1);
                });
                return;
            }
            if (!execute(socket, step))
                return;
            ++index;
        }
    }

    bool execute(QTcpSocket *socket, const Step &step)
    {
        if (step.close) {
            socket->abort();
            return false;
        }
        socket->write(step.bytes);
        socket->flush();
        return true;
    }

    FakeOpenAiServer *m_owner;
    QTcpServer *m_server = nullptr;
};

FakeOpenAiServer::FakeOpenAiServer()
{
    m_default = FakeReply::stream({u"Hello"_s, u" world"_s});
}

FakeOpenAiServer::~FakeOpenAiServer()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_worker;
    }
}

bool FakeOpenAiServer::start()
{
    if (m_worker)
        return m_port != 0;
    m_worker = new FakeOpenAiServerWorker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(u"FakeOpenAiServer"_s);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    if (m_port == 0)
        qWarning("FakeOpenAiServer: cannot listen on a loopback port");
    return m_port != 0;
}

QUrl FakeOpenAiServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeOpenAiServer::enqueue(const FakeReply &reply)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(reply);
}

void FakeOpenAiServer::setDefaultReply(const FakeReply &reply)
{
    QMutexLocker lock(&m_mutex);
    m_default = reply;
}

QList<RecordedRequest> FakeOpenAiServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeOpenAiServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

FakeReply FakeOpenAiServer::takeReply()
{
    QMutexLocker lock(&m_mutex);
    return m_queue.isEmpty() ? m_default : m_queue.takeFirst();
}

void FakeOpenAiServer::record(const RecordedRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

} // namespace Protostar::Test
