// SPDX-License-Identifier: MIT
// ApiKeyStore against a real Secret Service: gnome-keyring-daemon on a private D-Bus session bus in a
// temporary HOME, started by tests/support/with-secret-service.sh (see CMakeLists.txt). Checks that a
// key is written, read back, overwritten and deleted in the keychain itself (asked over D-Bus, not
// through QtKeychain), never lands in plain text in any file (settings, database, keyring), works from
// any thread, and that a locked keychain gives an actionable error. Its users: tst_apikeystoreclients.
#include "providers/apikeystore.h"
#include "providers/provideroptions.h"

#include "secretserviceprobe.h"

#include <QFileInfo>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Protostar;
using namespace Protostar::Test;
using namespace Qt::StringLiterals;

class tst_ApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writeReadOverwriteDelete_data();
    void writeReadOverwriteDelete();
    void entriesAreSeparate();
    void usableFromAnyThread();
    void lockedKeychainIsActionable();
};

void tst_ApiKeyStore::initTestCase()
{
    SecretServiceProbe::verifySandbox();
}

void tst_ApiKeyStore::init()
{
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
}

void tst_ApiKeyStore::writeReadOverwriteDelete_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("openai host, sk- keys") << u"api.openai.com"_s << u"sk-proj-Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8"_s
                                            << u"sk-proj-Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2"_s;
    QTest::newRow("loopback server, symbols") << u"127.0.0.1"_s << u"k3y with spaces/+=&%\"'\\"_s
                                              << u"other:key;with|pipes"_s;
    QTest::newRow("non-ASCII key") << u"llm.example.co.kr"_s << u"열쇠-비밀-ключ-🔑-0001"_s << u"열쇠-두번째-0002"_s;
    QTest::newRow("long key, short key") << u"gateway.internal"_s << QString(u"L0ngKey-"_s.repeated(256)) << u"short-k2"_s;
}

void tst_ApiKeyStore::writeReadOverwriteDelete()
{
    QFETCH(QString, account);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString service = u"Protostar-test"_s;
    const ApiKeyStore store(service);

    QCOMPARE(SecretServiceProbe::keychainItems(service, account), 0);
    const Result<void> written = store.write(account, first);
    QVERIFY2(written.ok(), why(written).constData());
    QCOMPARE(SecretServiceProbe::keychainItems(service, account), 1);
    Result<QString> read = store.read(account);
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(*read, first);
    QVERIFY2(SecretServiceProbe::filesHolding(first).isEmpty(), qPrintable(SecretServiceProbe::filesHolding(first).join(u", "_s)));

    // Overwriting replaces the entry instead of adding a second one.
    const Result<void> overwritten = store.write(account, second);
    QVERIFY2(overwritten.ok(), why(overwritten).constData());
    QCOMPARE(SecretServiceProbe::keychainItems(service, account), 1);
    read = store.read(account);
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(*read, second);
    QCOMPARE(text(store.resolve(account)), second);
    QVERIFY2(SecretServiceProbe::filesHolding(second).isEmpty(), qPrintable(SecretServiceProbe::filesHolding(second).join(u", "_s)));

    const Result<void> removed = store.remove(account);
    QVERIFY2(removed.ok(), why(removed).constData());
    QCOMPARE(SecretServiceProbe::keychainItems(service, account), 0);
    read = store.read(account);
    QVERIFY(!read.ok());
    QCOMPARE(codeOf(read), ErrorCode::NotFound);
    QVERIFY2(read.error().message.contains(u"PROTOSTAR_API_KEY"_s), why(read).constData());
    // Removing what is not there is not an error (Settings clears a key that may never have been saved).
    QVERIFY(store.remove(account).ok());

    // The keyring really is on disk in the sandbox, encrypted (the scans above found no key in it).
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings/login.keyring"_s));
}

void tst_ApiKeyStore::entriesAreSeparate()
{
    const ApiKeyStore a(u"Protostar-test-a"_s);
    const ApiKeyStore b(u"Protostar-test-b"_s);
    QVERIFY(a.write(u"host-1"_s, u"key-a1"_s).ok());
    QVERIFY(a.write(u"host-2"_s, u"key-a2"_s).ok());
    QVERIFY(b.write(u"host-1"_s, u"key-b1"_s).ok());
    QCOMPARE(text(a.read(u"host-1"_s)), u"key-a1"_s);
    QCOMPARE(text(a.read(u"host-2"_s)), u"key-a2"_s);
    QCOMPARE(text(b.read(u"host-1"_s)), u"key-b1"_s);
    QVERIFY(a.remove(u"host-1"_s).ok());
    QCOMPARE(codeOf(a.read(u"host-1"_s)), ErrorCode::NotFound);
    QCOMPARE(text(a.read(u"host-2"_s)), u"key-a2"_s);
    QCOMPARE(text(b.read(u"host-1"_s)), u"key-b1"_s);
    QVERIFY(a.remove(u"host-2"_s).ok());
    QVERIFY(b.remove(u"host-1"_s).ok());
}

// The CLI calls from its main thread, the desktop from a pool thread, both in one test process: each
// call must work whichever thread made the one before (QtKeychain alone crashed here).
void tst_ApiKeyStore::usableFromAnyThread()
{
    const ApiKeyStore store(u"Protostar-test-threads"_s);
    QVERIFY(store.write(u"host"_s, u"key-main"_s).ok());
    QString fromThread;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        fromThread = text(store.read(u"host"_s));
        (void)store.write(u"host"_s, u"key-thread"_s);
    }));
    reader->start();
    QVERIFY(reader->wait(60000));
    QCOMPARE(fromThread, u"key-main"_s);
    QCOMPARE(text(store.read(u"host"_s)), u"key-thread"_s);
    // Several threads at once: the keychain thread serialises them.
    QFuture<bool> removed = QtConcurrent::run([&] { return store.remove(u"host"_s).ok(); });
    QFuture<QString> other = QtConcurrent::run([&] {
        const ApiKeyStore second(u"Protostar-test-threads-2"_s);
        const bool written = second.write(u"host"_s, u"key-2"_s).ok();
        const QString read = text(second.read(u"host"_s));
        return written && second.remove(u"host"_s).ok() ? read : QString();
    });
    QCOMPARE(other.result(), u"key-2"_s);
    QVERIFY(removed.result());
    QCOMPARE(codeOf(store.read(u"host"_s)), ErrorCode::NotFound);
}

// A locked keychain (no prompt can show without a display) is not "no key saved": the user is told to
// unlock it or use the environment, and the CLI still starts without a key.
void tst_ApiKeyStore::lockedKeychainIsActionable()
{
    const ApiKeyStore store; // the service name the CLI uses
    const QString host = u"llm.locked.test"_s;
    QVERIFY(store.write(host, u"sk-locked-away"_s).ok());
    QVERIFY(SecretServiceProbe::setLoginKeyringLocked(true));
    const Result<QString> read = store.read(host);
    const Result<ProviderConfig> config = ProviderOptions::fromArguments({u"--provider"_s, u"openai"_s, u"--base-url"_s,
                                                 u"http://%1:8000"_s.arg(host), u"--model"_s, u"m"_s});
    const Result<void> written = store.write(host, u"sk-while-locked"_s);
    const Result<void> removed = store.remove(host);
    const int itemsWhileLocked = SecretServiceProbe::keychainItems(u"Protostar"_s, host);
    QVERIFY(SecretServiceProbe::setLoginKeyringLocked(false));
    QCOMPARE(text(store.read(host)), u"sk-locked-away"_s); // untouched by the write and the remove
    QVERIFY(store.remove(host).ok());
    QCOMPARE(SecretServiceProbe::keychainItems(u"Protostar"_s, host), 0);

    QCOMPARE(itemsWhileLocked, 1);
    const QList<std::pair<const char *, Error>> failures{
        {"read", read.ok() ? Error{} : read.error()},
        {"write", written.ok() ? Error{} : written.error()},
        {"remove", removed.ok() ? Error{} : removed.error()}};
    for (const auto &[what, error] : failures) {
        QVERIFY2(error.code == ErrorCode::Unauthorized, qPrintable(u"%1: %2"_s.arg(what, error.toString())));
        QVERIFY2(error.message.contains(u"locked"_s) && error.message.contains(u"PROTOSTAR_API_KEY"_s),
                 qPrintable(error.message));
    }
    QVERIFY2(config.ok(), why(config).constData());
    QVERIFY(config->openai.apiKey.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiKeyStore)
#include "tst_apikeystore.moc"
