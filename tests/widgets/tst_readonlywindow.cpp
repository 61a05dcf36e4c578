// SPDX-License-Identifier: MIT
// The desktop on a database it may not write (a shared or archived file; MainWindow::Options::readOnly, which
// `protostar` sets from SqliteStore::accessFor or --read-only): a question is answered, but no conversation is
// saved, and import, linked folders and deleting candidates are off instead of failing on the file.
#include "mainwindow.h"
#include "models/sessionlistmodel.h"
#include "models/transcriptmodel.h"
#include "sessionpanel.h"

#include "store/sqlitedatabase.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>

#include <memory>

using namespace Protostar;

namespace {

const QByteArray kKim = "# 이력서 - 김지원\n\n## 경력사항\n\n### 한빛페이\n\n"
                        "결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다.\n\n"
                        "## 기술\n\nPostgreSQL, Kafka, Go\n";
// Another candidate with a peak TPS of her own: a follow-up that points back ("그의 피크 TPS는?") is answered for 김지원
// only when the conversation's memory is read.
const QByteArray kPark = "# 이력서 - 박하늘\n\n## 경력사항\n\n### 누리뱅크\n\n"
                         "계정계 시스템을 운영하며 피크 TPS 3만 5천을 처리했습니다.\n";

// A window on `config` (read-only when asked), ready, that has answered `question`; null when it did not in time.
std::unique_ptr<MainWindow> windowThatAsked(const EngineConfig &config, bool readOnly, const QString &question)
{
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    options.readOnly = readOnly;
    auto window = std::make_unique<MainWindow>(config, nullptr, options);
    window->show();
    QSignalSpy ready(window.get(), &MainWindow::ready);
    if (!ready.wait(60000))
        return nullptr;
    QSignalSpy done(window.get(), &MainWindow::answerCompleted);
    window->ask(question);
    if (!done.wait(60000))
        return nullptr;
    return window;
}

qsizetype storedSessions(const QString &path)
{
    auto store = SqliteStore::open(path);
    if (!store)
        return -1;
    auto sessions = (*store)->sessions();
    return sessions ? sessions->size() : -1;
}

// Kim's résumé (and Park's, `withPark`) imported by a writable window, and `question` asked there when one is given
// (a kept conversation).
void writeKimDatabase(const QString &dir, const EngineConfig &config, const QString &question = {}, bool withPark = false)
{
    // Runs after the writer is gone: what it wrote is moved from the WAL into the file, so that the hash a test takes
    // next is of everything written. Under load, about one writer window in 25 was seen to leave its WAL behind (a
    // connection not the last to close, or closed late); its delayed checkpoint then changed the file while a
    // read-only window was open, which is not the read-only window's doing.
    const auto settle = qScopeGuard([&config] {
        SqliteDatabase db;
        if (db.open(config.databasePath, SqliteDatabase::Access::ReadWrite))
            (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    MainWindow writer(config, nullptr, options);
    QSignalSpy settled(&writer, &MainWindow::importsSettled);
    QStringList paths{Test::writeFile(dir, QStringLiteral("docs/kim.md"), kKim)};
    if (withPark)
        paths << Test::writeFile(dir, QStringLiteral("docs/park.md"), kPark);
    writer.importPaths(paths);
    QVERIFY(settled.wait(60000));
    if (question.isEmpty())
        return;
    QSignalSpy done(&writer, &MainWindow::answerCompleted);
    writer.ask(question);
    QVERIFY(done.wait(60000));
}

// The turns kept in the one stored conversation (-1 when there is not exactly one).
int storedTurns(const QString &path)
{
    auto store = SqliteStore::open(path);
    if (!store)
        return -1;
    auto sessions = (*store)->sessions();
    return sessions && sessions->size() == 1 ? sessions->first().turnCount : -1;
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
    void keptConversationStaysAsItWas_data();
    void keptConversationStaysAsItWas();
    void newConversationIsListedNotSaved_data();
    void newConversationIsListedNotSaved();
    void readOnlyOnAWritableFileNeverWrites();
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
    writeKimDatabase(dir.path(), config);
    if (QTest::currentTestFailed())
        return;
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

void tst_ReadOnlyWindow::keptConversationStaysAsItWas_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<int>("turnsAfter");
    QTest::newRow("a writable database: rename, delete, and the follow-up is kept") << false << 2;
    QTest::newRow("a read-only database: the conversation cannot be renamed, deleted or added to") << true << 1;
}

// A conversation kept in the file is reopened on a database that may not be written: it is shown and can be asked
// on, but renaming, deleting and recording the follow-up are off, with the reason, instead of failing on the file.
void tst_ReadOnlyWindow::keptConversationStaysAsItWas()
{
    QFETCH(bool, readOnly);
    QFETCH(int, turnsAfter);
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    writeKimDatabase(dir.path(), config, QStringLiteral("김지원은 Kafka를 써봤나요?"), true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(storedTurns(config.databasePath), 1);

    options.readOnly = readOnly;
    MainWindow window(config, nullptr, options);
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    QVERIFY(ready.wait(60000));
    QTRY_COMPARE(window.sessionModel()->rowCount(), 1);
    QListView *sessions = window.sessionPanel()->view();
    sessions->setFocus();
    sessions->setCurrentIndex(window.sessionModel()->index(0));
    QTRY_COMPARE(window.transcriptModel()->rowCount(), 1); // reopened: its turn is shown

    auto *rename = window.sessionPanel()->findChild<QPushButton *>(QStringLiteral("renameSession"));
    auto *remove = window.sessionPanel()->findChild<QPushButton *>(QStringLiteral("deleteSession"));
    QVERIFY(rename && remove);
    QCOMPARE(rename->isEnabled(), !readOnly);
    QCOMPARE(remove->isEnabled(), !readOnly);
    QCOMPARE(rename->toolTip().contains(QStringLiteral("read-only")), readOnly);
    QCOMPARE(remove->toolTip().contains(QStringLiteral("read-only")), readOnly);
    QCOMPARE(window.sessionModel()->flags(window.sessionModel()->index(0)).testFlag(Qt::ItemIsEditable), !readOnly);

    // F2 edits the title in place, or says why it cannot.
    window.statusBar()->clearMessage();
    QTest::keyClick(sessions, Qt::Key_F2);
    auto editor = [sessions] { // the in-place title editor, while it is open
        for (QLineEdit *e : sessions->viewport()->findChildren<QLineEdit *>()) {
            if (e->isVisible())
                return e;
        }
        return static_cast<QLineEdit *>(nullptr);
    };
    QCOMPARE(editor() != nullptr, !readOnly);
    QCOMPARE(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")), readOnly);
    if (!readOnly) {
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTRY_VERIFY(!editor());
    } else {
        // Del says why instead of asking to delete; a question box (the old way) is closed so it cannot hang here.
        window.statusBar()->clearMessage();
        bool asked = false;
        QTimer::singleShot(200, &window, [&asked] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                asked = true;
                box->close();
            }
        });
        QTest::keyClick(sessions, Qt::Key_Delete);
        QTest::qWait(300);
        QVERIFY(!asked);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    }

    // A follow-up in the reopened conversation is answered from its memory (it is about 김지원, not 박하늘); only a
    // writable file keeps it.
    QSignalSpy done(&window, &MainWindow::answerCompleted);
    window.ask(QStringLiteral("그의 피크 TPS는?"));
    QVERIFY(done.wait(60000));
    QCOMPARE(window.transcriptModel()->rowCount(), 2);
    const QString followUp = window.transcriptModel()->entry(1).answer;
    QVERIFY2(window.transcriptModel()->entry(1).found, qPrintable(followUp));
    QVERIFY2(followUp.contains(QStringLiteral("1만 2천")) && !followUp.contains(QStringLiteral("3만 5천")), qPrintable(followUp));
    QCOMPARE(storedTurns(config.databasePath), turnsAfter);
}

void tst_ReadOnlyWindow::newConversationIsListedNotSaved_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("a writable database saves the new conversation") << false;
    QTest::newRow("a read-only database lists it as not saved, and it remembers") << true;
}

// A NEW conversation on a database that may not be written works as usual (its follow-up is answered from memory:
// "그의" is 김지원, not 박하늘, who has a peak TPS too) and is listed, marked as not saved; the file is left as it was.
void tst_ReadOnlyWindow::newConversationIsListedNotSaved()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    writeKimDatabase(dir.path(), config, {}, true);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = Test::fileHash(config.databasePath);
    {
        const auto asked = windowThatAsked(config, readOnly, QStringLiteral("김지원은 Kafka를 써봤나요?"));
        QVERIFY(asked);
        MainWindow &window = *asked;
        QSignalSpy done(&window, &MainWindow::answerCompleted);
        window.ask(QStringLiteral("그의 피크 TPS는?"));
        QVERIFY(done.wait(60000));
        QCOMPARE(window.transcriptModel()->rowCount(), 2);
        const QString followUp = window.transcriptModel()->entry(1).answer;
        QVERIFY2(followUp.contains(QStringLiteral("1만 2천")) && !followUp.contains(QStringLiteral("3만 5천")), qPrintable(followUp));

        SessionListModel *sessions = window.sessionModel();
        QTRY_COMPARE(sessions->rowCount(), 1);
        QTRY_COMPARE(sessions->data(sessions->index(0), SessionListModel::TurnCountRole).toInt(), 2);
        const QModelIndex row = sessions->index(0);
        QCOMPARE(sessions->data(row, SessionListModel::SavedRole).toBool(), !readOnly);
        QCOMPARE(sessions->data(row, Qt::DisplayRole).toString().contains(QStringLiteral("not saved")), readOnly);
        QCOMPARE(sessions->data(row, Qt::ToolTipRole).toString().contains(QStringLiteral("Not saved")), readOnly);
        QCOMPARE(sessions->data(row, Qt::EditRole).toString(), QStringLiteral("김지원은 Kafka를 써봤나요?"));
        QCOMPARE(window.sessionPanel()->view()->currentIndex().row(), 0); // the open conversation is the highlighted one

        // Reopened from the list after a new one was started, it shows its turns again.
        window.newSession();
        QCOMPARE(window.transcriptModel()->rowCount(), 0);
        window.sessionPanel()->view()->setCurrentIndex(row);
        QTRY_COMPARE(window.transcriptModel()->rowCount(), 2);
    }
    if (readOnly)
        QCOMPARE(Test::fileHash(config.databasePath), before);
    QCOMPARE(storedTurns(config.databasePath), readOnly ? -1 : 2);
}

// `--read-only` on a file the user may write: every connection of the window opens it read-only. A read-write one would
// change the file even if nothing were stored — here it would switch a rollback-journal file to WAL on opening.
void tst_ReadOnlyWindow::readOnlyOnAWritableFileNeverWrites()
{
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    writeKimDatabase(dir.path(), config);
    if (QTest::currentTestFailed())
        return;
    {
        SqliteDatabase db;
        QVERIFY(db.open(config.databasePath, SqliteDatabase::Access::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QCOMPARE(SqliteStore::accessFor(config.databasePath), SqliteDatabase::Access::ReadWrite);
    const QByteArray before = Test::fileHash(config.databasePath);
    {
        const auto window = windowThatAsked(config, true, QStringLiteral("김지원은 Kafka를 써봤나요?"));
        QVERIFY(window);
        QVERIFY(window->transcriptModel()->entry(0).found);
    }
    QCOMPARE(Test::fileHash(config.databasePath), before);
    QVERIFY(!QFileInfo::exists(config.databasePath + QStringLiteral("-wal")));
}

QTEST_MAIN(tst_ReadOnlyWindow)
#include "tst_readonlywindow.moc"
