// SPDX-License-Identifier: MIT
// `ask --session` across separate CLI processes: each call summarises its turn before exiting, so a
// follow-up asked in the next call is resolved from the session's memory.
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_Cli_AskMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject ask(SessionId session, const QString &question)
    {
        const auto run = Test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("ask"), QStringLiteral("--json"),
                                       QStringLiteral("--session"), QString::number(session), question});
        if (run.exitCode != 0)
            qWarning("stderr: %s", run.err.constData());
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("memory.db"));
        const auto run = Test::importDemoCorpus(m_db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void followUpInTheNextCall_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("followUp");
        QTest::addColumn<QString>("heading"); // of the follow-up's first citation
        QTest::addColumn<QString>("figure");  // the follow-up's answer quotes it

        QTest::newRow("previous company, then its team size")
            << QStringLiteral("김지원의 직전 회사는?") << QStringLiteral("그 회사에서 팀 규모는?") << QStringLiteral("직전 회사")
            << QStringLiteral("팀 규모 8명");
        QTest::newRow("an English follow-up about the same job")
            << QStringLiteral("What did Jane Park achieve at Brightlane?") << QStringLiteral("How many engineers were on her team there?")
            << QStringLiteral("Brightlane") << QStringLiteral("5 engineers");
    }

    void followUpInTheNextCall()
    {
        QFETCH(QString, first);
        QFETCH(QString, followUp);
        QFETCH(QString, heading);
        QFETCH(QString, figure);
        SessionId session = 0;
        {
            auto store = SqliteStore::open(m_db);
            QVERIFY(store.ok());
            auto created = (*store)->createSession(QStringLiteral("cli memory"));
            QVERIFY(created.ok());
            session = *created;
        }

        const QJsonObject a1 = ask(session, first);
        QVERIFY2(a1.value(QStringLiteral("found")).toBool(), QJsonDocument(a1).toJson().constData());
        {
            // The first call has exited: its turn's summary is already stored.
            auto store = SqliteStore::open(m_db);
            QVERIFY(store.ok());
            auto summaries = (*store)->summaries(session);
            QVERIFY(summaries.ok());
            QCOMPARE(summaries->size(), 1);
        }

        const QJsonObject a2 = ask(session, followUp);
        const QByteArray why = QJsonDocument(a2).toJson();
        QVERIFY2(a2.value(QStringLiteral("found")).toBool(), why.constData());
        QVERIFY2(a2.value(QStringLiteral("answer")).toString().contains(figure), why.constData());
        const QJsonObject cited = a2.value(QStringLiteral("citations")).toArray().first().toObject();
        QVERIFY2(cited.value(QStringLiteral("heading")).toString().contains(heading), why.constData());
    }
};

QTEST_APPLESS_MAIN(tst_Cli_AskMemory)
#include "tst_cli_askmemory.moc"
