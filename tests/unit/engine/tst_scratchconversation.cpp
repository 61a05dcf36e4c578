// SPDX-License-Identifier: MIT
// A NEW conversation on a database that may not be written (ChatService::setReadOnly) remembers like any other: its
// session and turns live in ChatService::scratchSessions(), a follow-up that points back ("그의", "그녀의") is answered
// for the person asked about before (a rival candidate writes a salary too, so the figure proves it), the turns are
// summarised, and the file is left byte-identical.
#include "engine/chatservice.h"
#include "store/scratchsessions.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

bool addResume(Store &store, const QString &candidate, const QString &body)
{
    auto id = store.ensureCandidate(candidate);
    if (!id)
        return false;
    DocumentInfo info;
    info.candidateId = *id;
    info.path = QStringLiteral("/cv/%1.txt").arg(candidate);
    info.fileName = candidate + QStringLiteral(".txt");
    info.format = QStringLiteral("txt");
    info.sha256 = candidate.toUtf8().toHex();
    Chunk c;
    c.headingPath = {QStringLiteral("경력")};
    c.text = body;
    c.endOffset = body.size();
    return store.putDocument(info, body, {c}).ok();
}

} // namespace

class tst_ScratchConversation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EngineConfig m_config;

    Answer ask(ChatService &chat, const QString &text, SessionId session)
    {
        QSignalSpy finished(&chat, &ChatService::answerFinished);
        QSignalSpy failed(&chat, &ChatService::answerFailed);
        chat.ask(Question{text, {}, session, 5});
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 60000) || finished.isEmpty())
            return Answer{};
        return finished.first().at(1).value<Answer>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.databasePath = m_dir.filePath(QStringLiteral("shared.db"));
        auto store = SqliteStore::open(m_config.databasePath);
        QVERIFY(store.ok());
        QVERIFY(addResume(**store, QStringLiteral("박서준"),
                          QStringLiteral("박서준은 누리커머스에서 검색 서비스를 개발했다. 희망 연봉은 8,500만원이다.")));
        QVERIFY(addResume(**store, QStringLiteral("김지원"),
                          QStringLiteral("김지원은 한빛페이에서 결제 시스템을 운영했다. 희망 연봉은 7,000만원이다.")));
    }

    void followUpRemembersWithoutSaving_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("followUp");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("rival");
        QTest::newRow("그의: 박서준, not 김지원") << QStringLiteral("박서준은 어느 회사에서 일했나요?")
                                             << QStringLiteral("그의 희망 연봉은?") << QStringLiteral("8,500만원")
                                             << QStringLiteral("7,000만원");
        QTest::newRow("그녀의: 김지원, not 박서준") << QStringLiteral("김지원은 어느 회사에서 일했나요?")
                                               << QStringLiteral("그녀의 희망 연봉은?") << QStringLiteral("7,000만원")
                                               << QStringLiteral("8,500만원");
    }

    void followUpRemembersWithoutSaving()
    {
        QFETCH(QString, first);
        QFETCH(QString, followUp);
        QFETCH(QString, expected);
        QFETCH(QString, rival);
        const QByteArray before = Test::fileHash(m_config.databasePath);
        {
            ChatService chat(m_config);
            chat.setReadOnly(true);
            // What the desktop's catalogue does for the first question of a new conversation (ScratchStore).
            const SessionId session = chat.scratchSessions()->create(first.left(60));
            const Answer opening = ask(chat, first, session);
            QVERIFY2(opening.found, qPrintable(opening.text));
            const Answer answer = ask(chat, followUp, session);
            QVERIFY2(answer.found && answer.text.contains(expected) && !answer.text.contains(rival), qPrintable(answer.text));

            // Both turns are kept in memory, and summarised (compressed memory) there too.
            QCOMPARE(chat.scratchSessions()->turns(session).size(), qsizetype(2));
            QTRY_COMPARE(chat.scratchSessions()->summaries(session).size(), qsizetype(2));
            QVERIFY(chat.scratchSessions()->summaries(session).first().text.contains(first.left(3)));
        } // the service's connection closed before comparing
        QCOMPARE(Test::fileHash(m_config.databasePath), before);
        auto store = SqliteStore::open(m_config.databasePath, SqliteDatabase::Access::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE((*store)->sessions()->size(), qsizetype(0));
    }
};

QTEST_GUILESS_MAIN(tst_ScratchConversation)
#include "tst_scratchconversation.moc"
