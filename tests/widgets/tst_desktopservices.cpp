// SPDX-License-Identifier: MIT
// The desktop's wiring to backend services on a real store: Settings ▸ OpenAI-compatible answering
// from a local fake server, the Linked folders dialog, and resuming an interrupted import on start.
#include "linkedfoldersdialog.h"
#include "mainwindow.h"
#include "providersettings.h"
#include "settingsdialog.h"
#include "models/candidatelistmodel.h"
#include "models/transcriptmodel.h"

#include "engine/folderwatcher.h"
#include "engine/importservice.h"
#include "providers/apikeystore.h"
#include "store/sqlitestore.h"
#include "fakeopenaiserver.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Protostar;

namespace {

const QByteArray kJane = "# Jane Park — Résumé\n\n## Experience\n\n"
                         "Led the React and TypeScript rewrite of the checkout for the payments team.\n";
const QByteArray kDaniel = "Daniel Cho — Résumé\n\nExperience\n\nOperated PostgreSQL for the ledger service.\n";

struct Fixture {
    QTemporaryDir dir;
    EngineConfig config;
    std::unique_ptr<MainWindow> window;

    Fixture() { config.databasePath = dir.filePath(QStringLiteral("protostar.db")); }
    void open()
    {
        MainWindow::Options options;
        options.importDemoOnFirstStart = false;
        window = std::make_unique<MainWindow>(config, nullptr, options);
        window->show();
    }
    bool importAndSettle(const QStringList &paths)
    {
        QSignalSpy settled(window.get(), &MainWindow::importsSettled);
        window->importPaths(paths);
        return settled.wait(60000);
    }
};

// Every value QSettings holds, to prove a key never lands there.
QString allSettings()
{
    QSettings s;
    QString all;
    for (const QString &key : s.allKeys())
        all += key + u'=' + s.value(key).toString() + u'\n';
    return all;
}

} // namespace

class tst_DesktopServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void openAiProviderFromSettings_data();
    void openAiProviderFromSettings();
    void providerAppliedOnStart();
    void keychainReadOffGuiThread();
    void linkedFoldersDialog();
    void resumeOnStart_data();
    void resumeOnStart();

private:
    QTemporaryDir m_settingsDir;
};

void tst_DesktopServices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The developer's own settings must not leak in, nor be overwritten.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
}

void tst_DesktopServices::openAiProviderFromSettings_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("english, three chunks") << QStringList{QStringLiteral("Jane Park led"), QStringLiteral(" the React rewrite"),
                                                         QStringLiteral(" of the checkout [1].")};
    QTest::newRow("korean, one chunk") << QStringList{QStringLiteral("Jane Park이 체크아웃 React 재작성을 이끌었습니다 [1].")};
}

void tst_DesktopServices::openAiProviderFromSettings()
{
    QFETCH(QStringList, tokens);
    const QByteArray envKey = "sk-desktop-test-key";
    qputenv(ApiKeyStore::kEnvironmentVariable, envKey);
    Test::FakeOpenAiServer server;
    QVERIFY(server.start());
    server.setDefaultReply(Test::FakeReply::stream(tokens));

    Fixture f;
    f.open();
    QVERIFY(f.importAndSettle({Test::writeFile(f.dir.path(), QStringLiteral("jane.md"), kJane)}));
    QCOMPARE(f.window->providerConfig().kind, QStringLiteral("extractive"));

    // Drive the real modal dialog as a recruiter would: pick the provider, fill the fields, OK.
    bool filled = false;
    QTimer::singleShot(0, f.window.get(), [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->providerBox()->setCurrentIndex(dialog->providerBox()->findData(QStringLiteral("openai")));
        QVERIFY(dialog->baseUrlField()->isEnabled());
        QVERIFY(dialog->apiKeyField()->isEnabled());
        dialog->baseUrlField()->setText(server.baseUrl().toString());
        dialog->modelField()->setText(QStringLiteral("fake-model"));
        filled = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    f.window->openSettings();
    QVERIFY(filled);
    QCOMPARE(f.window->providerConfig().kind, QStringLiteral("openai"));
    QCOMPARE(f.window->providerConfig().openai.model, QStringLiteral("fake-model"));
    QVERIFY(f.window->providerConfig().fallbackToExtractive);
    QVERIFY(!allSettings().contains(QString::fromLatin1(envKey)));

    QSignalSpy done(f.window.get(), &MainWindow::answerCompleted);
    // What the transcript showed while the answer was still streaming (before answerCompleted).
    QStringList streamed;
    connect(f.window->transcriptModel(), &QAbstractItemModel::dataChanged, this, [&] {
        if (done.isEmpty() && f.window->transcriptModel()->rowCount() == 1)
            streamed << f.window->transcriptModel()->entry(0).answer;
    });
    f.window->ask(QStringLiteral("Who led the React rewrite?"));
    QVERIFY(done.wait(60000));
    const TranscriptModel::Entry &e = f.window->transcriptModel()->entry(0);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.answer, tokens.join(QString())); // the fake server's script, word for word
    QVERIFY(std::any_of(streamed.cbegin(), streamed.cend(),
                        [&](const QString &partial) { return partial.startsWith(tokens.first()); }));
    QCOMPARE(server.requestCount(), 1);
    const Test::RecordedRequest request = server.requests().first();
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + envKey);
    QCOMPARE(request.json().value(QStringLiteral("model")).toString(), QStringLiteral("fake-model"));
    QVERIFY(request.json().value(QStringLiteral("stream")).toBool());
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
}

void tst_DesktopServices::providerAppliedOnStart()
{
    QSettings s;
    s.setValue(QStringLiteral("provider/id"), QStringLiteral("openai"));
    s.setValue(QStringLiteral("provider/openai/baseUrl"), QStringLiteral("http://127.0.0.1:9"));
    s.setValue(QStringLiteral("provider/openai/model"), QStringLiteral("saved-model"));
    s.sync();
    qputenv(ApiKeyStore::kEnvironmentVariable, "sk-from-env");
    Fixture f;
    f.open();
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
    QCOMPARE(f.window->providerConfig().kind, QStringLiteral("openai"));
    QCOMPARE(f.window->providerConfig().openai.model, QStringLiteral("saved-model"));
    QCOMPARE(f.window->providerConfig().openai.baseUrl.port(), 9);
    QCOMPARE(f.window->providerConfig().openai.apiKey, QStringLiteral("sk-from-env"));

    // A typed key goes to the keychain or is refused with a reason; never into QSettings either way.
    SettingsDialog dialog(f.window.get());
    QCOMPARE(dialog.providerBox()->currentData().toString(), QStringLiteral("openai"));
    QCOMPARE(dialog.modelField()->text(), QStringLiteral("saved-model"));
    QSignalSpy changed(&dialog, &SettingsDialog::providerChanged);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    const QString typed = QStringLiteral("sk-typed-%1").arg(QCoreApplication::applicationPid());
    dialog.apiKeyField()->setText(typed);
    dialog.apply();
    // The keychain is written on a pool thread: OK and Apply wait for it instead of the whole window.
    if (applied.isEmpty()) {
        QVERIFY(dialog.isSaving());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
    }
    QVERIFY(applied.count() == 1 || applied.wait(30000));
    const bool stored = applied.first().first().toBool();
    QVERIFY(!dialog.isSaving());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!dialog.keyNote()->isHidden());
    QVERIFY(!dialog.keyNote()->text().isEmpty());
    QVERIFY(dialog.apiKeyField()->text().isEmpty());
    QVERIFY(!allSettings().contains(typed));
    if (stored) { // a machine with a real keychain: do not leave the test's key behind
        QFuture<ProviderSettings::KeyOutcome> removed = ProviderSettings::removeKey(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QTRY_VERIFY_WITH_TIMEOUT(removed.isFinished(), 30000);
        QVERIFY2(removed.result().problem.isEmpty(), qPrintable(removed.result().problem));
    }
    else
        QVERIFY2(dialog.keyNote()->text().contains(QStringLiteral("PROTOSTAR_API_KEY")), qPrintable(dialog.keyNote()->text()));
}

void tst_DesktopServices::keychainReadOffGuiThread()
{
    // No PROTOSTAR_API_KEY: the key comes from the keychain, read on a pool thread while the window runs.
    QSettings s;
    s.setValue(QStringLiteral("provider/id"), QStringLiteral("openai"));
    s.setValue(QStringLiteral("provider/openai/baseUrl"), QStringLiteral("http://127.0.0.1:9"));
    s.setValue(QStringLiteral("provider/openai/model"), QStringLiteral("keychain-model"));
    s.sync();
    qunsetenv(ApiKeyStore::kEnvironmentVariable);
    Fixture f;
    f.open();
    QSignalSpy appliedSpy(f.window.get(), &MainWindow::providerConfigApplied);
    if (f.window->isReadingApiKey()) {
        // Until the key arrives the previous (default) provider stays in use, and the user is told why.
        QCOMPARE(f.window->providerConfig().kind, QStringLiteral("extractive"));
        QCOMPARE(f.window->statusBar()->currentMessage(), MainWindow::tr("Reading the API key…"));
        QVERIFY(appliedSpy.wait(30000));
    }
    QVERIFY(!f.window->isReadingApiKey());
    QCOMPARE(f.window->providerConfig().kind, QStringLiteral("openai"));
    QCOMPARE(f.window->providerConfig().openai.model, QStringLiteral("keychain-model"));
    QVERIFY(f.window->statusBar()->currentMessage() != MainWindow::tr("Reading the API key…"));

    // Applying again while a read may be pending: an older read never overrides the newest choice.
    QStringList models;
    connect(f.window.get(), &MainWindow::providerConfigApplied, this,
            [&] { models << f.window->providerConfig().openai.model; });
    s.setValue(QStringLiteral("provider/openai/model"), QStringLiteral("first"));
    f.window->applyProviderSettings();
    s.setValue(QStringLiteral("provider/openai/model"), QStringLiteral("second"));
    f.window->applyProviderSettings();
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isReadingApiKey() && models.contains(QStringLiteral("second")), 30000);
    // Both reads are queued on the one keychain thread; give the older one every chance to land late.
    QFuture<ProviderSettings::KeyOutcome> after = ProviderSettings::readKey(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QTRY_VERIFY_WITH_TIMEOUT(after.isFinished(), 30000);
    QCoreApplication::processEvents();
    QCOMPARE(models.last(), QStringLiteral("second"));
    QCOMPARE(f.window->providerConfig().openai.model, QStringLiteral("second"));
}

void tst_DesktopServices::linkedFoldersDialog()
{
    Fixture f;
    f.open();
    const QString watched = f.dir.filePath(QStringLiteral("watched"));
    Test::writeFile(watched, QStringLiteral("daniel.txt"), kDaniel);

    LinkedFoldersDialog dialog(f.window->folderWatcher(), f.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.list()->count(), 0);
    QVERIFY(!dialog.unlinkButton()->isEnabled());

    QVERIFY(dialog.linkFolder(watched));
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(f.window->folderWatcher()->folders().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(f.window->candidateModel()->rowCount(), 1, 60000);
    QVERIFY(f.window->candidateModel()->index(0, 0).data().toString().contains(QStringLiteral("Daniel Cho")));

    // A folder that does not exist is refused with a reason, and the list is unchanged.
    QVERIFY(!dialog.linkFolder(f.dir.filePath(QStringLiteral("missing"))));
    QVERIFY(!dialog.message()->text().isEmpty());
    QCOMPARE(dialog.list()->count(), 1);

    // Keyboard only: the list has focus, Del unlinks the current folder.
    QApplication::setActiveWindow(&dialog);
    dialog.list()->setFocus();
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.unlinkButton()->isEnabled());
    QTest::keyClick(dialog.list(), Qt::Key_Delete);
    QCOMPARE(dialog.list()->count(), 0);
    QVERIFY(f.window->folderWatcher()->folders().isEmpty());
    QVERIFY(!dialog.unlinkButton()->isEnabled());
    QCOMPARE(f.window->candidateModel()->rowCount(), 1); // unlinking is not deleting
}

void tst_DesktopServices::resumeOnStart_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::newRow("names from title lines") << QString();
    QTest::newRow("named at import") << QStringLiteral("Resumed Person");
}

void tst_DesktopServices::resumeOnStart()
{
    QFETCH(QString, candidate);
    Fixture f;
    const QStringList files{Test::writeFile(f.dir.path(), QStringLiteral("docs/jane.md"), kJane),
                            Test::writeFile(f.dir.path(), QStringLiteral("docs/daniel.txt"), kDaniel)};
    {
        // What ImportService leaves behind when the process dies mid-batch.
        auto store = SqliteStore::open(f.config.databasePath);
        QVERIFY(store);
        const QJsonObject pending{{QStringLiteral("candidate"), candidate},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
        QVERIFY((*store)->setValue(ImportService::pendingKey(),
                                   QString::fromUtf8(QJsonDocument(pending).toJson(QJsonDocument::Compact))));
    }
    f.open();
    QSignalSpy ready(f.window.get(), &MainWindow::ready);
    QVERIFY(f.window->isReady() || ready.wait(60000));
    // ready() waits for the resumed batch, so both documents are in when it comes.
    QTRY_COMPARE_WITH_TIMEOUT(f.window->candidateModel()->rowCount(), candidate.isEmpty() ? 2 : 1, 30000);
    if (!candidate.isEmpty())
        QCOMPARE(f.window->candidateModel()->candidates().first().name, candidate);
    auto store = SqliteStore::open(f.config.databasePath);
    QVERIFY(store);
    Store &st = **store; // the defaults live on the interface
    auto docs = st.documents();
    QVERIFY(docs);
    QCOMPARE(docs->size(), 2);
    auto left = st.value(ImportService::pendingKey());
    QVERIFY(left);
    QVERIFY2(left->isEmpty(), qPrintable(*left)); // nothing is resumed twice
}

QTEST_MAIN(tst_DesktopServices)
#include "tst_desktopservices.moc"
