// SPDX-License-Identifier: MIT
// `ask --json --provider openai`: the token usage the API reports in its last stream event reaches the
// JSON a caller logs, and nothing is made up when the API reports none. Runs against the local fake
// OpenAI-compatible server, never a real provider.
#include "fakeopenaiserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_Cli_AskUsage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("usage.db"));
        const auto run = Test::importDemoCorpus(m_db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The CLI takes the key from the environment; the fake server accepts any.
        qputenv("PROTOSTAR_API_KEY", "test-key");
    }

    void usageInJson_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<bool>("reportUsage");
        QTest::addColumn<int>("promptTokens");
        QTest::addColumn<bool>("found");

        QTest::newRow("answer with usage") << QStringList{QStringLiteral("김지원의 직전 회사 경력입니다"), QStringLiteral(" [1].")}
                                           << true << 1234 << true;
        QTest::newRow("a refusal is billed too") << QStringList{QStringLiteral("문서에서 찾을 수 없습니다.")} << true << 987 << false;
        QTest::newRow("no usage reported: no usage key")
            << QStringList{QStringLiteral("김지원의 직전 회사 경력입니다"), QStringLiteral(" [1].")} << false << 0 << true;
    }

    void usageInJson()
    {
        QFETCH(QStringList, tokens);
        QFETCH(bool, reportUsage);
        QFETCH(int, promptTokens);
        QFETCH(bool, found);

        Test::FakeOpenAiServer server;
        QVERIFY(server.start());
        Test::FakeReply reply = Test::FakeReply::stream(tokens);
        reply.usage = reportUsage;
        reply.promptTokens = promptTokens;
        server.setDefaultReply(reply);

        const auto run = Test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("--json"),
                                       QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                                       server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("fake-model"),
                                       QStringLiteral("--no-fallback"), QStringLiteral("김지원의 직전 회사는?")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("found")).toBool(), found);
        QCOMPARE(server.requestCount(), 1);
        const QJsonObject sent = server.requests().constFirst().json();
        QVERIFY(sent.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool());

        if (!reportUsage) {
            QVERIFY2(!o.contains(QStringLiteral("usage")), run.out.constData());
            return;
        }
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(-1), promptTokens);
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(-1), int(tokens.size())); // the fake server's count
    }
};

QTEST_GUILESS_MAIN(tst_Cli_AskUsage)
#include "tst_cli_askusage.moc"
