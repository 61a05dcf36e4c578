// SPDX-License-Identifier: MIT
// protostar-cli on a database it must not change (a shared or archived file the user may not write): asking,
// listing and searching work (ask --session with the session's memory, the turn not recorded); import and
// delete-candidate are refused at once with what to do; the file stays byte-identical. Tests run as root, where chmod stops no write, so the read-only open is
// asked for with --read-only, the same open the CLI picks for a file QFileInfo says it may not write.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_Cli_ReadOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // the demo corpus, copied for each row
    QString m_db;   // this row's copy

    Test::CliRun cli(const QStringList &args)
    {
        return Test::runCli(args, {{QStringLiteral("PROTOSTAR_DB"), m_dir.filePath(QStringLiteral("default.db"))}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        const auto run = Test::importDemoCorpus(m_demo);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("row.db"));
        QFile::remove(m_db);
        QVERIFY(QFile::copy(m_demo, m_db));
    }

    // What only reads works on a read-only database, and leaves it as it was.
    void reads_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says"); // on stdout
        QTest::newRow("ask") << QStringList{QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("박서준의 경력은?")}
                             << QStringLiteral("하늘클라우드");
        QTest::newRow("candidates") << QStringList{QStringLiteral("candidates")} << QStringLiteral("박서준");
        QTest::newRow("documents") << QStringList{QStringLiteral("documents"), QStringLiteral("--candidate"), QStringLiteral("박서준")}
                                   << QStringLiteral("park-seojun-career.txt");
        QTest::newRow("chunks") << QStringList{QStringLiteral("chunks"), QStringLiteral("park-seojun-career.txt")}
                                << QStringLiteral("경력사항");
    }

    void reads()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QByteArray before = Test::fileHash(m_db);
        const auto run = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--read-only")} + args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(says), run.out.constData());
        QCOMPARE(Test::fileHash(m_db), before);
    }

    // What writes is refused before doing anything, says why and what to do, and changes nothing; the same
    // command without --read-only does change the file, so the refusal is the read-only open's.
    void writesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("import") << QStringList{QStringLiteral("import"),
                                               qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo/README.md")};
        QTest::newRow("delete-candidate") << QStringList{QStringLiteral("delete-candidate"), QStringLiteral("박서준")};
    }

    void writesAreRefused()
    {
        QFETCH(QStringList, args);
        const QByteArray before = Test::fileHash(m_db);
        const auto run = cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--read-only")} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // refused before any answer or import
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("read-only")) && err.contains(QDir::toNativeSeparators(m_db)), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("copy it to a folder you can write to")), run.err.constData());
        QVERIFY2(err.count(QStringLiteral("read-only")) <= 2, run.err.constData()); // said once, not per file
        QCOMPARE(Test::fileHash(m_db), before);

        const auto writable = cli(QStringList{QStringLiteral("--db"), m_db} + args);
        QVERIFY2(writable.exitCode == 0, writable.err.constData());
        QVERIFY(Test::fileHash(m_db) != before);
    }

    // A session kept in the file is continued read-only: the follow-up is answered with the session's memory (it
    // points back at 박서준, whom only the earlier turn names), the turn is not recorded, and stderr says so. A new
    // session id has no memory: the question is answered as a fresh one, not recorded either.
    void sessionIsReadNotRecorded_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("says");
        QTest::newRow("kept session, a follow-up") << QStringLiteral("4") << QStringLiteral("그의 희망 연봉은?") << QStringLiteral("6,500만원");
        QTest::newRow("a new session id") << QStringLiteral("9") << QStringLiteral("박서준의 희망 연봉은?") << QStringLiteral("6,500만원");
    }

    void sessionIsReadNotRecorded()
    {
        QFETCH(QString, session);
        QFETCH(QString, question);
        QFETCH(QString, says);
        const auto first = cli({QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("--session"), QStringLiteral("4"),
                                QStringLiteral("박서준의 경력은?")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QByteArray before = Test::fileHash(m_db);

        const auto run = cli({QStringLiteral("--db"), m_db, QStringLiteral("--read-only"), QStringLiteral("ask"),
                              QStringLiteral("--json"), QStringLiteral("--session"), session, question});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(says) && out.contains(QStringLiteral("\"found\":true")), run.out.constData());
        QVERIFY2(!out.contains(QStringLiteral("8,200만원")), run.out.constData()); // without memory: everyone's pay
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("read-only")) && err.contains(QStringLiteral("not recorded")), run.err.constData());
        QCOMPARE(Test::fileHash(m_db), before);
    }

    // A file an older build wrote cannot be upgraded read-only: the CLI says so rather than "read-only" alone.
    void olderSchemaSaysUpgrade()
    {
        {
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // an empty file: schema 0
        }
        const auto run = cli({QStringLiteral("--db"), m_db, QStringLiteral("--read-only"), QStringLiteral("candidates")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("empty and read-only"), run.err.constData());
        QCOMPARE(QFileInfo(m_db).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Cli_ReadOnly)
#include "tst_cli_readonly.moc"
