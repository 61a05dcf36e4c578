// SPDX-License-Identifier: MIT
// The first start: when the window says it is ready (what --screenshot, --exit-when-ready and bench_gui
// wait for), the candidate list already shows what the store holds, not an empty or half-loaded list.
#include "mainwindow.h"
#include "models/candidatelistmodel.h"

#include "engine/democorpus.h"
#include "store/sqlitestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_FirstStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoShownWhenReady_data();
    void demoShownWhenReady();
};

void tst_FirstStart::demoShownWhenReady_data()
{
    QTest::addColumn<bool>("importDemo");
    QTest::newRow("first start with the demo") << true;
    QTest::newRow("first start without it (--no-demo)") << false;
}

void tst_FirstStart::demoShownWhenReady()
{
    QFETCH(bool, importDemo);
    const auto files = DemoCorpus::files();
    QVERIFY2(files && !files->isEmpty(), "the demo corpus was not found");
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    MainWindow::Options options;
    options.importDemoOnFirstStart = importDemo;
    MainWindow window(config, nullptr, options);
    window.show();
    int rowsAtReady = -1;
    connect(&window, &MainWindow::ready, this, [&] { rowsAtReady = window.candidateModel()->rowCount(); });
    QSignalSpy ready(&window, &MainWindow::ready);
    QVERIFY(ready.wait(60000));
    // No import runs at ready(), so the store is final: the list must show all of it already.
    auto store = SqliteStore::open(config.databasePath);
    QVERIFY(store);
    const auto stored = (*store)->candidates();
    QVERIFY(stored);
    QCOMPARE(stored->isEmpty(), !importDemo);
    QCOMPARE(rowsAtReady, int(stored->size()));
}

QTEST_MAIN(tst_FirstStart)
#include "tst_firststart.moc"
