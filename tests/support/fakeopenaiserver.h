// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace Protostar::Test {

// What the fake server answers to one chat-completions request.
struct FakeReply {
    enum class End {
        Done,           // finish_reason, usage, data: [DONE], clean end of the chunked body
        CloseAbruptly,  // after `cutAfterTokens` tokens the TCP connection is dropped
        EndWithoutDone, // after `cutAfterTokens` tokens the HTTP body ends cleanly, without [DONE]
        Hang,           // after `cutAfterTokens` tokens nothing more is sent (idle timeout)
        Malformed,      // after `cutAfterTokens` tokens an event with broken JSON is sent
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // extra response headers, e.g. Retry-After
    QByteArray body;                              // a non-200 reply's body; with 200, a non-streamed JSON answer
    QStringList tokens;                           // content deltas of a streamed reply
    int firstTokenDelayMs = 0;                    // after the headers and the role chunk
    int chunkDelayMs = 0;                         // before each later token
    bool usage = true;                            // send a usage chunk (stream_options.include_usage)
    int promptTokens = 42;
    End end = End::Done;
    int cutAfterTokens = 0;
    bool neverRespond = false; // read the request, then say nothing at all
    bool crlf = false;         // end SSE lines with CRLF
    bool comments = false;     // send ": keep-alive" comment lines between events

    static FakeReply stream(const QStringList &tokens, int firstTokenDelayMs = 0, int chunkDelayMs = 0);
    static FakeReply error(int status, const QByteArray &message, const QByteArray &retryAfter = {});
    static FakeReply silent();
    static FakeReply cut(const QStringList &tokens, int afterTokens, End how);
};

// One request as the fake server received it.
struct RecordedRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QJsonObject json() const;
};

// A local HTTP/1.1 server speaking the OpenAI chat-completions streaming protocol (SSE over chunked
// encoding) with scripted replies, on a free loopback port. Runs on its own thread so a client may
// block the test thread; every public function is thread-safe.
class FakeOpenAiServer
{
public:
    FakeOpenAiServer();
    ~FakeOpenAiServer();

    // Listens on 127.0.0.1 with a port chosen by the system; false (with a warning) if it cannot.
    bool start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // Replies are used in order, one per request; when none is queued the default reply answers.
    void enqueue(const FakeReply &reply);
    void setDefaultReply(const FakeReply &reply);
    QList<RecordedRequest> requests() const;
    int requestCount() const;

private:
    friend class FakeOpenAiServerWorker;
    FakeReply takeReply();
    void record(const RecordedRequest &request);

    mutable QMutex m_mutex;
    QList<FakeReply> m_queue;
    FakeReply m_default;
    QList<RecordedRequest> m_requests;
    QThread m_thread;
    class FakeOpenAiServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace Protostar::Test
