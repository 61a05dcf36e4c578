// SPDX-License-Identifier: MIT
// The desktop on a database it may not write (a shared or archived file; MainWindow::Options::readOnly, which
// `protostar` sets from SqliteStore::accessFor or --read-only): a question is answered, but no conversation is
// saved, and import, linked folders and deleting candidates are off instead of failing on the file.
#include "mainwindow.h"
#include "models/transcriptmodel.h"

#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

const QByteArray kKim = "# 이력서 - 김지원\n\n## 경력사항\n\n### 한빛페이\n\n"
                        "결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.\n\n"
                        "## 기술\n\nPostgreSQL, Kafka, Go\n";

qsizetype storedSessions(const QString &path)
{
    auto store = SqliteStore::open(path);
    if (!store)
        return -1;
    auto sessions = (*store)->sessions();
    return sessions ? sessions->size() : -1;
}

QAction *menuAction(MainWindow &window, QStringView text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class tst_ReadOnlyWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void asksWithoutSaving_data();
    void asksWithoutSaving();
};

void tst_ReadOnlyWindow::asksWithoutSaving_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<qsizetype>("sessionsAfter");
    QTest::addColumn<bool>("writesEnabled");
    QTest::newRow("a writable database keeps the conversation") << false << qsizetype(1) << true;
    QTest::newRow("a read-only database answers without saving") << true << qsizetype(0) << false;
}

void tst_ReadOnlyWindow::asksWithoutSaving()
{
    QFETCH(bool, readOnly);
    QFETCH(qsizetype, sessionsAfter);
    QFETCH(bool, writesEnabled);
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    {
        MainWindow writer(config, nullptr, options);
        QSignalSpy settled(&writer, &MainWindow::importsSettled);
        writer.importPaths({Test::writeFile(dir.path(), QStringLiteral("docs/kim.md"), kKim)});
        QVERIFY(settled.wait(60000));
    }
    QCOMPARE(storedSessions(config.databasePath), qsizetype(0));

    options.readOnly = readOnly;
    MainWindow window(config, nullptr, options);
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    QVERIFY(ready.wait(60000));
    QSignalSpy done(&window, &MainWindow::answerCompleted);
    window.ask(QStringLiteral("김지원은 Kafka를 써봤나요?"));
    QVERIFY(done.wait(60000));
    QCOMPARE(window.transcriptModel()->rowCount(), 1);
    QVERIFY(window.transcriptModel()->entry(0).found);
    QVERIFY(window.transcriptModel()->entry(0).answer.contains(QStringLiteral("Kafka")));
    QCOMPARE(storedSessions(config.databasePath), sessionsAfter);

    for (const char *text : {"Import Files…", "Import Folder…", "Delete Selected Candidates…"}) {
        QAction *action = menuAction(window, QString::fromUtf8(text));
        QVERIFY2(action, text);
        QCOMPARE(action->isEnabled(), writesEnabled);
    }
    auto *note = window.statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyStatus"));
    QCOMPARE(note != nullptr, readOnly);
    if (note)
        QCOMPARE(note->text(), QStringLiteral("Read-only database"));
    QCOMPARE(window.acceptDrops(), writesEnabled);

    if (readOnly) {
        // Dropped or chosen files are refused with a reason, not queued to fail against the file.
        window.importPaths({Test::writeFile(dir.path(), QStringLiteral("docs/jane.md"), "# Jane Park\n\nReact.\n")});
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
        QVERIFY(!window.importDock()->isVisible());
        auto store = SqliteStore::open(config.databasePath);
        QVERIFY(store);
        QCOMPARE((*store)->candidates()->size(), qsizetype(1));
    }
}

QTEST_MAIN(tst_ReadOnlyWindow)
#include "tst_readonlywindow.moc"
