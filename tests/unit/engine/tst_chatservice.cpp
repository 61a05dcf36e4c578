// SPDX-License-Identifier: MIT
#include "engine/chatservice.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_ChatService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EngineConfig m_config;

    DocumentId addDocument(const QString &candidate, const QString &file, const QString &body)
    {
        auto store = SqliteStore::open(m_config.databasePath);
        if (!store)
            return 0;
        auto id = (*store)->ensureCandidate(candidate);
        DocumentInfo info;
        info.candidateId = *id;
        info.path = m_dir.filePath(file);
        info.fileName = file;
        info.format = QStringLiteral("txt");
        info.sha256 = file.toUtf8().toHex();
        Chunk c;
        c.headingPath = {QStringLiteral("경력")};
        c.text = body;
        c.endOffset = body.size();
        auto doc = (*store)->putDocument(info, body, {c});
        return doc ? *doc : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.databasePath = m_dir.filePath(QStringLiteral("chat.db"));
        QVERIFY(addDocument(QStringLiteral("김지원"), QStringLiteral("kim.txt"),
                            QStringLiteral("김지원은 PostgreSQL 클러스터로 월 1,200만 건의 주문을 처리했다. 희망 연봉은 7,000만원이다.")) != 0);
    }

    // What is streamed, joined, is the answer, a ranking's as any other's.
    void answersWithStreamedTokens_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("expected"); // in the answer
        QTest::newRow("a figure") << QStringLiteral("김지원은 월 몇 건의 주문을 처리했나요?") << QStringLiteral("월 1,200만 건");
        QTest::newRow("a ranking of pay") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QStringLiteral("7,000만원");
    }

    void answersWithStreamedTokens()
    {
        QFETCH(QString, question);
        QFETCH(QString, expected);
        ChatService chat(m_config);
        QSignalSpy ready(&chat, &ChatService::indexReady);
        QSignalSpy tokens(&chat, &ChatService::tokensReceived);
        QSignalSpy finished(&chat, &ChatService::answerFinished);
        QSignalSpy failed(&chat, &ChatService::answerFailed);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toInt(), 1);

        const int id = chat.ask(Question{question, {}, 0, 5});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.first().at(0).toInt(), id);
        const Answer answer = finished.first().at(1).value<Answer>();
        QVERIFY2(answer.found, qPrintable(answer.text));
        QVERIFY2(answer.text.contains(expected), qPrintable(answer.text));
        QString streamed;
        for (const QList<QVariant> &t : std::as_const(tokens)) {
            QCOMPARE(t.at(0).toInt(), id);
            streamed += t.at(1).toString();
        }
        QCOMPARE(streamed, answer.text);
    }

    void refreshDocumentMakesItSearchable()
    {
        ChatService chat(m_config);
        QSignalSpy ready(&chat, &ChatService::indexReady);
        QSignalSpy finished(&chat, &ChatService::answerFinished);
        QTRY_COMPARE(ready.size(), 1);
        const int before = ready.first().at(0).toInt();
        const DocumentId doc = addDocument(QStringLiteral("이민수"), QStringLiteral("lee.txt"), QStringLiteral("이민수의 희망 연봉은 6,000만원이다."));
        QVERIFY(doc != 0);
        chat.refreshDocument(doc);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.at(1).at(0).toInt(), before + 1);
        chat.ask(Question{QStringLiteral("이민수의 희망 연봉은?"), {}, 0, 5});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(1).value<Answer>().text.contains(QStringLiteral("6,000만원")));
    }

    void destructorJoinsWithQuestionPending()
    {
        QSignalSpy *finished = nullptr;
        {
            ChatService chat(m_config);
            finished = new QSignalSpy(&chat, &ChatService::answerFinished);
            chat.ask(Question{QStringLiteral("김지원은 월 몇 건의 주문을 처리했나요?"), {}, 0, 5});
        } // must cancel and join without crashing or hanging
        QCoreApplication::processEvents();
        QVERIFY(finished->size() <= 1);
        delete finished;
    }

    // A follow-up in a conversation reopened on a read-only database is answered with the earlier turns as memory
    // ("그녀" is 김지원, not 박하늘, who also writes a salary); only a writable one records the new turn.
    void followUpReadsMemory_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<int>("turnsAfter");
        QTest::newRow("read-only: read, not recorded") << true << 1;
        QTest::newRow("writable: read and recorded") << false << 2;
    }
    void followUpReadsMemory()
    {
        QFETCH(bool, readOnly);
        QFETCH(int, turnsAfter);
        static const bool added = addDocument(QStringLiteral("박하늘"), QStringLiteral("park.txt"),
                                              QStringLiteral("박하늘의 희망 연봉은 9,000만원이다.")) != 0;
        QVERIFY(added);
        SessionId session = 0;
        {
            // The earlier turn, asked while the file could be written.
            ChatService chat(m_config);
            QSignalSpy finished(&chat, &ChatService::answerFinished);
            auto store = SqliteStore::open(m_config.databasePath);
            QVERIFY(store.ok());
            auto created = (*store)->createSession(QStringLiteral("memory"));
            QVERIFY(created.ok());
            session = *created;
            chat.ask(Question{QStringLiteral("김지원은 월 몇 건의 주문을 처리했나요?"), {}, session, 5});
            QTRY_COMPARE(finished.size(), 1);
        }
        ChatService chat(m_config);
        chat.setReadOnly(readOnly);
        QSignalSpy finished(&chat, &ChatService::answerFinished);
        QSignalSpy failed(&chat, &ChatService::answerFailed);
        chat.ask(Question{QStringLiteral("그녀의 희망 연봉은?"), {}, session, 5});
        QTRY_COMPARE(finished.size() + failed.size(), 1);
        QCOMPARE(failed.size(), 0);
        const Answer answer = finished.first().at(1).value<Answer>();
        QVERIFY2(answer.found && answer.text.contains(QStringLiteral("7,000만원")) && !answer.text.contains(QStringLiteral("9,000만원")),
                 qPrintable(answer.text));
        auto store = SqliteStore::open(m_config.databasePath);
        QVERIFY(store.ok());
        auto turns = (*store)->turns(session);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), qsizetype(turnsAfter));
    }
};

QTEST_GUILESS_MAIN(tst_ChatService)
#include "tst_chatservice.moc"
