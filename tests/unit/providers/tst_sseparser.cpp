// SPDX-License-Identifier: MIT
#include "providers/sseparser.h"

#include <QTest>

using namespace Protostar;

class tst_SseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void everySplitPoint_data();
    void everySplitPoint();
    void pendingDataMeansCut();
};

namespace {

QByteArrayList datas(const QList<SseEvent> &events)
{
    QByteArrayList out;
    for (const SseEvent &e : events)
        out.append(e.data);
    return out;
}

// A realistic OpenAI stream: role chunk, two tokens (one with Korean and an escaped newline),
// a usage chunk and [DONE].
const QByteArray kOpenAiStream =
    "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"
    ": OPENROUTER PROCESSING\n\n"
    "data: {\"choices\":[{\"delta\":{\"content\":\"\xEA\xB9\x80\xEC\xA7\x80\xEC\x9B\x90\"}}]}\n\n"
    "data: {\"choices\":[{\"delta\":{\"content\":\" 1\xEB\xA7\x8C TPS [1]\\n\"}}]}\n\n"
    "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3}}\n\n"
    "data: [DONE]\n\n";

} // namespace

void tst_SseParser::events_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("single event") << QByteArray("data: hello\n\n") << QByteArrayList{"hello"};
    QTest::newRow("no space after colon") << QByteArray("data:hello\n\n") << QByteArrayList{"hello"};
    QTest::newRow("only one leading space stripped") << QByteArray("data:  two\n\n") << QByteArrayList{" two"};
    QTest::newRow("multi-line event joined with LF")
        << QByteArray("data: line one\ndata: line two\ndata:\n\n") << QByteArrayList{"line one\nline two\n"};
    QTest::newRow("comments ignored")
        << QByteArray(": keep-alive\n\ndata: a\n: in the middle\ndata: b\n\n") << QByteArrayList{"a\nb"};
    QTest::newRow("CRLF line endings") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArrayList{"a", "b"};
    QTest::newRow("CR only line endings") << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList{"a", "b"};
    QTest::newRow("mixed line endings") << QByteArray("data: a\r\n\ndata: b\n\r\n") << QByteArrayList{"a", "b"};
    QTest::newRow("event and id fields kept apart")
        << QByteArray("event: ping\nid: 7\nretry: 10\ndata: x\n\n") << QByteArrayList{"x"};
    QTest::newRow("empty event not dispatched") << QByteArray("event: ping\n\n\n\ndata: y\n\n")
                                                << QByteArrayList{"y"};
    QTest::newRow("unterminated last event not dispatched") << QByteArray("data: a\n\ndata: b\n")
                                                            << QByteArrayList{"a"};
    QTest::newRow("[DONE] is ordinary data") << QByteArray("data: [DONE]\n\n") << QByteArrayList{"[DONE]"};
    QTest::newRow("leading BOM skipped") << QByteArray("\xEF\xBB\xBF" "data: a\n\n") << QByteArrayList{"a"};
    QTest::newRow("colon in value kept") << QByteArray("data: {\"a\":\"b:c\"}\n\n")
                                         << QByteArrayList{"{\"a\":\"b:c\"}"};
    QTest::newRow("OpenAI stream with usage and [DONE]")
        << kOpenAiStream
        << QByteArrayList{"{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
                          "{\"choices\":[{\"delta\":{\"content\":\"\xEA\xB9\x80\xEC\xA7\x80\xEC\x9B\x90\"}}]}",
                          "{\"choices\":[{\"delta\":{\"content\":\" 1\xEB\xA7\x8C TPS [1]\\n\"}}]}",
                          "{\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3}}",
                          "[DONE]"};
}

void tst_SseParser::events()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, expected);
    SseParser parser;
    QCOMPARE(datas(parser.feed(stream)), expected);
}

void tst_SseParser::everySplitPoint_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("OpenAI stream, LF") << kOpenAiStream << QByteArrayList{};
    QByteArray crlf = kOpenAiStream;
    crlf.replace("\n\n", "\r\n\r\n");
    QTest::newRow("OpenAI stream, CRLF") << crlf << QByteArrayList{};
    QTest::newRow("multi-line with comments, CRLF")
        << QByteArray(": c\r\ndata: a\r\ndata: b\r\n\r\nevent: x\r\ndata: c\r\n\r\n") << QByteArrayList{"a\nb", "c"};
}

// Network reads split the stream anywhere (inside "data:", between CR and LF, inside a UTF-8
// sequence): feeding it in two pieces at every offset, and byte by byte, must give the same events.
void tst_SseParser::everySplitPoint()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, expected);
    if (expected.isEmpty())
        expected = datas(SseParser().feed(stream));
    QVERIFY(!expected.isEmpty());

    for (qsizetype split = 0; split <= stream.size(); ++split) {
        SseParser parser;
        QList<SseEvent> events = parser.feed(QByteArrayView(stream).first(split));
        events += parser.feed(QByteArrayView(stream).sliced(split));
        QVERIFY2(datas(events) == expected, qPrintable(QStringLiteral("split at byte %1").arg(split)));
    }
    SseParser bytewise;
    QList<SseEvent> events;
    for (char c : stream)
        events += bytewise.feed(QByteArrayView(&c, 1));
    QCOMPARE(datas(events), expected);
}

void tst_SseParser::pendingDataMeansCut()
{
    SseParser parser;
    QCOMPARE(parser.feed("data: a\n\n").size(), 1);
    QVERIFY(!parser.hasPendingData());
    QVERIFY(parser.feed("data: {\"choices\":").isEmpty());
    QVERIFY(parser.hasPendingData());
    parser.reset();
    QVERIFY(!parser.hasPendingData());
}

QTEST_APPLESS_MAIN(tst_SseParser)
#include "tst_sseparser.moc"
