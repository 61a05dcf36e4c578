// SPDX-License-Identifier: MIT
// The users of ApiKeyStore against a real Secret Service (tests/support/with-secret-service.sh, as for
// tst_apikeystore): the CLI's provider options, the real protostar-cli and the desktop's Settings dialog
// take the key from the keychain and put it there, never in plain text in any file.
#include "providers/apikeystore.h"
#include "providers/provideroptions.h"
#include "providersettings.h"
#include "settingsdialog.h"

#include "fakeopenaiserver.h"
#include "secretserviceprobe.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;
using namespace Qt::StringLiterals;

class tst_ApiKeyStoreClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void providerOptionsUseKeychain_data();
    void providerOptionsUseKeychain();
    void cliSendsKeychainKey();
    void settingsDialogStoresInKeychain();
};

void tst_ApiKeyStoreClients::initTestCase()
{
    SecretServiceProbe::verifySandbox();
}

void tst_ApiKeyStoreClients::init()
{
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
}

void tst_ApiKeyStoreClients::providerOptionsUseKeychain_data()
{
    QTest::addColumn<QString>("stored");   // in the keychain under the base URL's host, "" = nothing
    QTest::addColumn<QString>("fromEnv");  // PROTOSTAR_API_KEY, "" = unset
    QTest::addColumn<QString>("expected"); // the key the provider gets
    QTest::newRow("keychain only") << u"sk-keychain-only"_s << QString() << u"sk-keychain-only"_s;
    QTest::newRow("environment wins over keychain") << u"sk-keychain-loses"_s << u"sk-env-wins"_s << u"sk-env-wins"_s;
    QTest::newRow("neither: no key, still a config") << QString() << QString() << QString();
}

void tst_ApiKeyStoreClients::providerOptionsUseKeychain()
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
void tst_ApiKeyStoreClients::cliSendsKeychainKey()
{
    Test::FakeOpenAiServer server;
    QVERIFY(server.start());
    server.setDefaultReply(Test::FakeReply::stream({u"Jane Park led the React rewrite [1]."_s}));
    const QString key = u"sk-cli-from-keychain-%1"_s.arg(QCoreApplication::applicationPid());
    const QString host = server.baseUrl().host();
    QVERIFY(ApiKeyStore().write(host, key).ok());

    QTemporaryDir dir(SecretServiceProbe::sandbox() + u"/cli-XXXXXX"_s);
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
    QVERIFY2(SecretServiceProbe::filesHolding(key).isEmpty(), qPrintable(SecretServiceProbe::filesHolding(key).join(u", "_s)));
}

// Settings ▸ API key goes to the keychain through the desktop's keychain thread, not to QSettings.
void tst_ApiKeyStoreClients::settingsDialogStoresInKeychain()
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

    QCOMPARE(SecretServiceProbe::keychainItems(u"Protostar"_s, baseUrl.host()), 1);
    QSettings settings;
    settings.sync();
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY2(settings.fileName().startsWith(SecretServiceProbe::sandbox()), qPrintable(settings.fileName()));
    QVERIFY2(SecretServiceProbe::filesHolding(typed).isEmpty(), qPrintable(SecretServiceProbe::filesHolding(typed).join(u", "_s)));

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
    QCOMPARE(SecretServiceProbe::keychainItems(u"Protostar"_s, baseUrl.host()), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The desktop's and the CLI's QSettings location, inside the sandbox's XDG_CONFIG_HOME.
    QApplication::setOrganizationName(u"Protostar"_s);
    QApplication::setApplicationName(u"protostar"_s);
    tst_ApiKeyStoreClients test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_apikeystoreclients.moc"
