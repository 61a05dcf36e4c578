// SPDX-License-Identifier: MIT
// ApiKeyStore against a real Secret Service: gnome-keyring-daemon on a private D-Bus session bus in a
// temporary HOME, started by tests/support/with-secret-service.sh (see CMakeLists.txt). Checks that a
// key is written, read back, overwritten and deleted in the keychain itself (asked over D-Bus, not
// through QtKeychain), never lands in plain text in any file (settings, database, keyring), and that
// the CLI's provider options and the desktop's Settings dialog really use the keychain.
#include "providers/apikeystore.h"
#include "providers/provideroptions.h"
#include "providersettings.h"
#include "settingsdialog.h"

#include "fakeopenaiserver.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Protostar;
using namespace Qt::StringLiterals;

using StringMap = QMap<QString, QString>;

namespace {

// The temporary folder with-secret-service.sh put HOME, XDG_CONFIG_HOME, XDG_DATA_HOME... in.
QString sandbox()
{
    return qEnvironmentVariable("PROTOSTAR_SECRET_SANDBOX");
}

// Items the Secret Service itself holds for `service`/`account` (QtKeychain's libsecret schema
// stores them as the attributes "server" and "user"): proves where the key went.
int keychainItems(const QString &service, const QString &account)
{
    QDBusInterface secrets(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    const StringMap attributes{{u"server"_s, service}, {u"user"_s, account}};
    const QDBusMessage reply = secrets.call(u"SearchItems"_s, QVariant::fromValue(attributes));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qWarning() << "SearchItems failed:" << reply.errorMessage();
        return -1;
    }
    const auto paths = [](const QVariant &v) {
        return qdbus_cast<QList<QDBusObjectPath>>(v.value<QDBusArgument>()).size();
    };
    return int(paths(reply.arguments().at(0)) + paths(reply.arguments().at(1)));
}

// Every file under the sandbox (settings, SQLite database, keyring) that holds `secret` in any
// plain encoding QSettings, SQLite or a careless fallback would use.
QStringList filesHolding(const QString &secret)
{
    const QList<QByteArray> forms{secret.toUtf8(),
                                  QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
                                  secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals)};
    QStringList found;
    QDirIterator it(sandbox(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets in the runtime folder
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : forms) {
            if (bytes.contains(form)) {
                found << file.fileName();
                break;
            }
        }
    }
    return found;
}

// QVERIFY2 builds its message even when the check passes: only ask a failed result for its error.
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

// A read key, or its error spelled out so that QCOMPARE shows it instead of crashing on value().
QString text(const Result<QString> &result)
{
    return result.ok() ? *result : u"<error: %1>"_s.arg(result.error().toString());
}

// ErrorCode::None for a success, so that QCOMPARE on a code never throws either.
template<typename R>
ErrorCode codeOf(const R &result)
{
    return result.ok() ? ErrorCode::None : result.error().code;
}

// Locks or unlocks the keyring the wrapper created. Locking is the standard Secret Service call;
// unlocking without a prompter (there is no display) uses gnome-keyring's own master-password call.
bool setLoginKeyringLocked(bool locked)
{
    const QDBusObjectPath login(u"/org/freedesktop/secrets/collection/login"_s);
    QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    QDBusMessage reply;
    if (locked) {
        reply = service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{login}));
    } else {
        const QDBusMessage session = service.call(u"OpenSession"_s, u"plain"_s, QVariant::fromValue(QDBusVariant(QString())));
        if (session.type() != QDBusMessage::ReplyMessage)
            return false;
        QDBusArgument secret;
        secret.beginStructure();
        secret << session.arguments().at(1).value<QDBusObjectPath>() << QByteArray()
               << QByteArray("protostar-test-password") << u"text/plain"_s;
        secret.endStructure();
        QDBusInterface internal(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
                                QDBusConnection::sessionBus());
        reply = internal.call(u"UnlockWithMasterPassword"_s, QVariant::fromValue(login), QVariant::fromValue(secret));
    }
    if (reply.type() != QDBusMessage::ReplyMessage) {
        qWarning() << (locked ? "Lock" : "UnlockWithMasterPassword") << "failed:" << reply.errorMessage();
        return false;
    }
    QDBusInterface collection(u"org.freedesktop.secrets"_s, login.path(), u"org.freedesktop.Secret.Collection"_s,
                              QDBusConnection::sessionBus());
    return collection.property("Locked").toBool() == locked;
}


} // namespace

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
    void providerOptionsUseKeychain_data();
    void providerOptionsUseKeychain();
    void cliSendsKeychainKey();
    void settingsDialogStoresInKeychain();
};

void tst_ApiKeyStore::initTestCase()
{
    // Without the wrapper this would test whatever keychain the developer has, or none: refuse.
    QVERIFY2(!sandbox().isEmpty() && qEnvironmentVariable("PROTOSTAR_SECRET_SERVICE") == u"gnome-keyring"_s,
             "run through tests/support/with-secret-service.sh (ctest -R tst_apikeystore does)");
    QVERIFY2(QDir::homePath().startsWith(sandbox()), qPrintable(QDir::homePath()));
    qDBusRegisterMetaType<StringMap>();
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.secrets"_s));
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

    QCOMPARE(keychainItems(service, account), 0);
    const Result<void> written = store.write(account, first);
    QVERIFY2(written.ok(), why(written).constData());
    QCOMPARE(keychainItems(service, account), 1);
    Result<QString> read = store.read(account);
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(*read, first);
    QVERIFY2(filesHolding(first).isEmpty(), qPrintable(filesHolding(first).join(u", "_s)));

    // Overwriting replaces the entry instead of adding a second one.
    const Result<void> overwritten = store.write(account, second);
    QVERIFY2(overwritten.ok(), why(overwritten).constData());
    QCOMPARE(keychainItems(service, account), 1);
    read = store.read(account);
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(*read, second);
    QCOMPARE(text(store.resolve(account)), second);
    QVERIFY2(filesHolding(second).isEmpty(), qPrintable(filesHolding(second).join(u", "_s)));

    const Result<void> removed = store.remove(account);
    QVERIFY2(removed.ok(), why(removed).constData());
    QCOMPARE(keychainItems(service, account), 0);
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
    QVERIFY(setLoginKeyringLocked(true));
    const Result<QString> read = store.read(host);
    const Result<ProviderConfig> config = ProviderOptions::fromArguments({u"--provider"_s, u"openai"_s, u"--base-url"_s,
                                                 u"http://%1:8000"_s.arg(host), u"--model"_s, u"m"_s});
    const Result<void> written = store.write(host, u"sk-while-locked"_s);
    const Result<void> removed = store.remove(host);
    const int itemsWhileLocked = keychainItems(u"Protostar"_s, host);
    QVERIFY(setLoginKeyringLocked(false));
    QCOMPARE(text(store.read(host)), u"sk-locked-away"_s); // untouched by the write and the remove
    QVERIFY(store.remove(host).ok());
    QCOMPARE(keychainItems(u"Protostar"_s, host), 0);

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

void tst_ApiKeyStore::providerOptionsUseKeychain_data()
{
    QTest::addColumn<QString>("stored");   // in the keychain under the base URL's host, "" = nothing
    QTest::addColumn<QString>("fromEnv");  // PROTOSTAR_API_KEY, "" = unset
    QTest::addColumn<QString>("expected"); // the key the provider gets
    QTest::newRow("keychain only") << u"sk-keychain-only"_s << QString() << u"sk-keychain-only"_s;
    QTest::newRow("environment wins over keychain") << u"sk-keychain-loses"_s << u"sk-env-wins"_s << u"sk-env-wins"_s;
    QTest::newRow("neither: no key, still a config") << QString() << QString() << QString();
}

void tst_ApiKeyStore::providerOptionsUseKeychain()
{
    QFETCH(QString, stored);
    QFETCH(QString, fromEnv);
    QFETCH(QString, expected);
    const QString host = u"llm.provider-options.test"_s;
    const ApiKeyStore store; // the service name the CLI uses
    if (!stored.isEmpty())
        QVERIFY(store.write(host, stored).ok());
    if (!fromEnv.isEmpty())
        qputenv(ApiKeyStore::kEnvironmentVariable, fromEnv.toUtf8());
    const Result<ProviderConfig> config = ProviderOptions::fromArguments({u"--provider"_s, u"openai"_s, u"--base-url"_s,
                                                 u"https://%1:8443/v1"_s.arg(host), u"--model"_s, u"m"_s});
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
    QVERIFY(store.remove(host).ok());
    QVERIFY2(config.ok(), why(config).constData());
    QCOMPARE(config->openai.apiKey, expected);
}

// The real protostar-cli, without PROTOSTAR_API_KEY, sends the keychain's key to the server.
void tst_ApiKeyStore::cliSendsKeychainKey()
{
    Test::FakeOpenAiServer server;
    QVERIFY(server.start());
    server.setDefaultReply(Test::FakeReply::stream({u"Jane Park led the React rewrite [1]."_s}));
    const QString key = u"sk-cli-from-keychain-%1"_s.arg(QCoreApplication::applicationPid());
    const QString host = server.baseUrl().host();
    QVERIFY(ApiKeyStore().write(host, key).ok());

    QTemporaryDir dir(sandbox() + u"/cli-XXXXXX"_s);
    const QString db = dir.filePath(u"protostar.db"_s);
    const QString resume = Test::writeFile(dir.path(), u"jane.md"_s,
                                           "# Jane Park — Resume\n\n## Experience\n\n"
                                           "Led the React and TypeScript rewrite of the checkout for the payments team.\n");
    const Test::CliRun imported = Test::runCli({u"--db"_s, db, u"import"_s, resume});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Test::CliRun asked = Test::runCli({u"--db"_s, db, u"ask"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s,
                                             server.baseUrl().toString(), u"--model"_s, u"fake-model"_s,
                                             u"--no-fallback"_s, u"Who led the React rewrite?"_s});
    const bool removed = ApiKeyStore().remove(host).ok();
    QVERIFY2(asked.exitCode == 0, asked.err.constData());
    QVERIFY(removed);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().headers.value("authorization"), "Bearer " + key.toUtf8());
    QVERIFY2(filesHolding(key).isEmpty(), qPrintable(filesHolding(key).join(u", "_s)));
}

// Settings ▸ API key goes to the keychain through the desktop's keychain thread, not to QSettings.
void tst_ApiKeyStore::settingsDialogStoresInKeychain()
{
    const QUrl baseUrl(u"http://llm.settings-dialog.test:8000"_s);
    const QString typed = u"sk-typed-in-settings-%1"_s.arg(QCoreApplication::applicationPid());
    SettingsDialog dialog;
    dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(u"openai"_s));
    dialog.baseUrlField()->setText(baseUrl.toString());
    dialog.modelField()->setText(u"dialog-model"_s);
    dialog.apiKeyField()->setText(typed);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.apply();
    QVERIFY(applied.count() == 1 || applied.wait(30000));
    QVERIFY2(applied.first().first().toBool(), qPrintable(dialog.keyNote()->text()));
    QCOMPARE(dialog.keyNote()->text(), SettingsDialog::tr("The API key was saved in the system keychain."));
    QVERIFY(dialog.apiKeyField()->text().isEmpty());

    QCOMPARE(keychainItems(u"Protostar"_s, baseUrl.host()), 1);
    QSettings settings;
    settings.sync();
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY2(settings.fileName().startsWith(sandbox()), qPrintable(settings.fileName()));
    QVERIFY2(filesHolding(typed).isEmpty(), qPrintable(filesHolding(typed).join(u", "_s)));

    // What the window does on start: the saved config lacks the key, the keychain thread supplies it.
    const ProviderConfig saved = ProviderSettings::saved();
    QCOMPARE(saved.openai.model, u"dialog-model"_s);
    QVERIFY(ProviderSettings::needsKeychain(saved));
    QFuture<ProviderSettings::KeyOutcome> read = ProviderSettings::readKey(saved.openai.baseUrl);
    QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 30000);
    QVERIFY2(read.result().problem.isEmpty(), qPrintable(read.result().problem));
    QCOMPARE(read.result().key, typed);

    QFuture<ProviderSettings::KeyOutcome> removed = ProviderSettings::removeKey(baseUrl);
    QTRY_VERIFY_WITH_TIMEOUT(removed.isFinished(), 30000);
    QVERIFY2(removed.result().problem.isEmpty(), qPrintable(removed.result().problem));
    QCOMPARE(keychainItems(u"Protostar"_s, baseUrl.host()), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The desktop's and the CLI's QSettings location, inside the sandbox's XDG_CONFIG_HOME.
    QApplication::setOrganizationName(u"Protostar"_s);
    QApplication::setApplicationName(u"protostar"_s);
    tst_ApiKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_apikeystore.moc"
