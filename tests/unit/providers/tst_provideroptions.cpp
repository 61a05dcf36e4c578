// SPDX-License-Identifier: MIT
#include "providers/apikeystore.h"
#include "providers/provideroptions.h"

#include <QTest>

using namespace Protostar;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_ProviderOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parse_data();
    void parse();
    void factory_data();
    void factory();
    void environmentKeyWins();
    void missingKeychainEntryIsActionable();
};

void tst_ProviderOptions::initTestCase()
{
    // Keeps the keychain out of the parse tests: the environment variable wins.
    qputenv(ApiKeyStore::kEnvironmentVariable, "sk-from-env");
}

void tst_ProviderOptions::cleanupTestCase()
{
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
}

void tst_ProviderOptions::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<int>("firstTokenMs");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("default is extractive") << QStringList{} << true << u"extractive"_s << QString() << QString()
                                           << true << 60000 << QString();
    QTest::newRow("openai with base URL and model")
        << QStringList{u"--provider"_s, u"openai"_s, u"--base-url"_s, u"http://localhost:8000"_s, u"--model"_s,
                       u"qwen2.5-7b"_s}
        << true << u"openai"_s << u"http://localhost:8000"_s << u"qwen2.5-7b"_s << true << 60000 << QString();
    QTest::newRow("no fallback, custom first-token timeout")
        << QStringList{u"--provider"_s, u"OpenAI"_s, u"--base-url"_s, u"https://api.example.com/v1"_s,
                       u"--model"_s, u"m"_s, u"--no-fallback"_s, u"--first-token-timeout"_s, u"2.5"_s}
        << true << u"openai"_s << u"https://api.example.com/v1"_s << u"m"_s << false << 2500 << QString();
    QTest::newRow("openai without a model")
        << QStringList{u"--provider"_s, u"openai"_s, u"--base-url"_s, u"http://localhost:8000"_s} << false
        << QString() << QString() << QString() << true << 0 << u"--model"_s;
    QTest::newRow("openai without a base URL")
        << QStringList{u"--provider"_s, u"openai"_s, u"--model"_s, u"m"_s} << false << QString() << QString()
        << QString() << true << 0 << u"--base-url"_s;
    QTest::newRow("timeout that is not a number")
        << QStringList{u"--provider"_s, u"openai"_s, u"--base-url"_s, u"http://h:1"_s, u"--model"_s, u"m"_s,
                       u"--first-token-timeout"_s, u"soon"_s}
        << false << QString() << QString() << QString() << true << 0 << u"positive number of seconds"_s;
}

void tst_ProviderOptions::parse()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(QString, kind);
    QFETCH(QString, url);
    QFETCH(QString, model);
    QFETCH(bool, fallback);
    QFETCH(int, firstTokenMs);
    QFETCH(QString, errorPart);

    const Result<ProviderConfig> config = ProviderOptions::fromArguments(args);
    QCOMPARE(config.ok(), ok);
    if (!ok) {
        QVERIFY2(config.error().message.contains(errorPart), qPrintable(config.error().message));
        return;
    }
    QCOMPARE(config->kind, kind);
    QCOMPARE(config->fallbackToExtractive, fallback);
    if (kind == u"openai") {
        QCOMPARE(config->openai.baseUrl.toString(), url);
        QCOMPARE(config->openai.model, model);
        QCOMPARE(config->openai.firstTokenTimeout, std::chrono::milliseconds(firstTokenMs));
        QCOMPARE(config->openai.apiKey, u"sk-from-env"_s);
    }
}

void tst_ProviderOptions::factory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("extractive") << u"extractive"_s << QString() << QString() << u"extractive"_s << QString();
    QTest::newRow("openai") << u"openai"_s << u"http://127.0.0.1:9"_s << u"m"_s << u"openai"_s << QString();
    QTest::newRow("openai with a file URL") << u"openai"_s << u"file:///tmp/x"_s << u"m"_s << QString()
                                            << u"not a usable base URL"_s;
    QTest::newRow("unknown kind") << u"llama"_s << QString() << QString() << QString() << u"Unknown answer provider"_s;
}

void tst_ProviderOptions::factory()
{
    QFETCH(QString, kind);
    QFETCH(QString, url);
    QFETCH(QString, model);
    QFETCH(QString, id);
    QFETCH(QString, errorPart);
    ProviderConfig config;
    config.kind = kind;
    config.openai.baseUrl = QUrl(url);
    config.openai.model = model;
    const auto provider = ProviderFactory::create(config);
    QCOMPARE(provider.ok(), errorPart.isEmpty());
    if (provider.ok())
        QCOMPARE(provider.value()->id(), id);
    else
        QVERIFY2(provider.error().message.contains(errorPart), qPrintable(provider.error().message));
}

void tst_ProviderOptions::environmentKeyWins()
{
    const ApiKeyStore store(u"Protostar-test"_s);
    const Result<QString> key = store.resolve(u"any-host"_s);
    QVERIFY(key.ok());
    QCOMPARE(*key, u"sk-from-env"_s);
}

// Whether or not this machine has a keychain, an entry that was never written cannot be read, and
// the message says how to provide the key instead.
void tst_ProviderOptions::missingKeychainEntryIsActionable()
{
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
    const ApiKeyStore store(u"Protostar-test"_s);
    const Result<QString> key = store.resolve(u"never-written-%1"_s.arg(QCoreApplication::applicationPid()));
    qputenv(ApiKeyStore::kEnvironmentVariable, "sk-from-env");
    QVERIFY(!key.ok());
    QVERIFY2(key.error().message.contains(u"PROTOSTAR_API_KEY"_s), qPrintable(key.error().toString()));
}

QTEST_GUILESS_MAIN(tst_ProviderOptions)
#include "tst_provideroptions.moc"
