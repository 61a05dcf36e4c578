// SPDX-License-Identifier: MIT
// A database the user may not write (a shared or archived file): SqliteStore opened with Access::ReadOnly reads
// everything, changes nothing, and refuses writes with what to do. Tests run as root, where chmod does not stop a
// write, so the read-only open is asked for explicitly; SQLite then refuses every write itself.
#include "sampledatabase.h"
#include "store/sqliteschema.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Protostar;

using Write = std::function<bool(Store &)>; // true when the write succeeded
Q_DECLARE_METATYPE(Write)

class tst_ReadOnlyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWithoutChangingTheFile_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("left in WAL mode") << QStringLiteral("WAL");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    }

    void readsWithoutChangingTheFile()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(Test::writeSampleDatabase(path, journalMode));
        const QByteArray before = Test::fileHash(path);

        {
            auto s = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
            QVERIFY((*s)->isReadOnly());
            Store &store = **s;
            auto candidates = store.candidates();
            QVERIFY(candidates.ok());
            QCOMPARE(candidates->size(), 1);
            QCOMPARE(candidates->first().name, QStringLiteral("김서연"));
            QCOMPARE(candidates->first().chunkCount, 2);
            QCOMPARE(store.documents(std::nullopt)->size(), 1);
            QCOMPARE(store.allChunks()->size(), 2);
            QCOMPARE(store.sessions()->size(), 1);
            QCOMPARE(*store.value(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
        } // closed before comparing
        QCOMPARE(Test::fileHash(path), before);
    }

    void writeIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<Write>("write");
        QTest::newRow("import: new candidate")
            << Write([](Store &s) { return s.ensureCandidate(QStringLiteral("이도윤")).ok(); });
        QTest::newRow("import: document") << Write([](Store &s) {
            DocumentInfo d;
            d.candidateId = 1;
            d.path = QStringLiteral("/cv/other.txt");
            d.fileName = QStringLiteral("other.txt");
            d.format = QStringLiteral("txt");
            d.sha256 = "def";
            return s.putDocument(d, QStringLiteral("본문"), {}).ok();
        });
        QTest::newRow("delete candidate") << Write([](Store &s) { return s.deleteCandidate(1).ok(); });
        QTest::newRow("delete document") << Write([](Store &s) { return s.deleteDocument(1).ok(); });
        QTest::newRow("--session: new session")
            << Write([](Store &s) { return s.ensureSession(7, QStringLiteral("새 대화")).ok(); });
        QTest::newRow("--session: record turn") << Write([](Store &s) {
            Turn t;
            t.sessionId = 1;
            t.question = QStringLiteral("연봉은?");
            return s.appendTurn(t).ok();
        });
        QTest::newRow("setting") << Write([](Store &s) { return s.setValue(QStringLiteral("k"), QStringLiteral("v")).ok(); });
    }

    void writeIsRefusedAndChangesNothing()
    {
        QFETCH(Write, write);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(Test::writeSampleDatabase(path, QStringLiteral("WAL")));
        const QByteArray before = Test::fileHash(path);
        {
            auto s = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
            QVERIFY(s.ok());
            QVERIFY(!write(**s));
            // The message names the cause and the way out, not just "could not carry out a change".
            auto again = (*s)->ensureCandidate(QStringLiteral("박하준"));
            QVERIFY(!again.ok());
            QVERIFY2(again.error().message.contains(QStringLiteral("read-only")), qPrintable(again.error().message));
            QVERIFY2(again.error().message.contains(QStringLiteral("copy the file")), qPrintable(again.error().message));
            QCOMPARE((*s)->candidates()->size(), 1); // still reads after the refusal
        }
        QCOMPARE(Test::fileHash(path), before);
        // And the same write through a writable open does change it: the refusal came from the access, not the write.
        auto rw = SqliteStore::open(path, SqliteDatabase::Access::ReadWrite);
        QVERIFY(rw.ok());
        QVERIFY(write(**rw));
    }

    // A file an older build wrote needs a migration, which cannot happen read-only: refused with what to do, and
    // left as it was, so the owner can still upgrade it.
    void olderSchemaIsRefusedUntouched_data()
    {
        QTest::addColumn<int>("schema");
        QTest::addColumn<QString>("says");
        QTest::newRow("schema 1") << 1 << QStringLiteral("upgraded");
        QTest::newRow("empty file") << 0 << QStringLiteral("empty");
    }

    void olderSchemaIsRefusedUntouched()
    {
        QFETCH(int, schema);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        if (schema > 0) {
            SqliteDatabase raw;
            QVERIFY(raw.open(path).ok());
            QVERIFY(SqliteSchema::migrate(raw, schema).ok());
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QByteArray before = Test::fileHash(path);
        {
            auto s = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QStringLiteral("read-only")), qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
        }
        QCOMPARE(Test::fileHash(path), before);
        auto rw = SqliteStore::open(path, SqliteDatabase::Access::ReadWrite);
        QVERIFY2(rw.ok(), qPrintable(rw.ok() ? QString() : rw.error().toString()));
    }

    void missingFileIsNotCreatedReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.db"));
        auto s = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
        QVERIFY(!s.ok());
        QVERIFY(!QFile::exists(path));
    }

    // Which access open(path) picks. Root may write any file, so only the writable rows can be shown here; the
    // read-only branch is the same QFileInfo::isWritable() the CLI and the desktop rely on.
    void accessForWritablePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("create");
        QTest::newRow("in memory") << QStringLiteral(":memory:") << false;
        QTest::newRow("not created yet") << QStringLiteral("new.db") << false;
        QTest::newRow("writable file") << QStringLiteral("mine.db") << true;
    }

    void accessForWritablePaths()
    {
        QFETCH(QString, name);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = name.startsWith(u':') ? name : dir.filePath(name);
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(SqliteStore::accessFor(path), SqliteDatabase::Access::ReadWrite);
    }
};

QTEST_GUILESS_MAIN(tst_ReadOnlyStore)
#include "tst_readonlystore.moc"
