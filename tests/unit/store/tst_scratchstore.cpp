// SPDX-License-Identifier: MIT
// ScratchStore: a database that may not be written still holds conversations, in memory (ScratchSessions). New
// sessions, turns and summaries are read back merged with the file's, another connection sharing the same
// ScratchSessions sees them, and the file stays byte-identical.
#include "sampledatabase.h"
#include "store/scratchstore.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Protostar;

using Write = std::function<Result<void>(Store &)>;
Q_DECLARE_METATYPE(Write)

namespace {

// The sample database (one candidate, kept session 1) with one kept turn in session 1, left in WAL mode.
bool writeSampleWithTurn(const QString &path)
{
    if (!Test::writeSampleDatabase(path, QStringLiteral("WAL")))
        return false;
    auto s = SqliteStore::open(path, SqliteDatabase::Access::ReadWrite);
    Turn kept;
    kept.sessionId = 1;
    kept.question = QStringLiteral("김서연의 처리량은?");
    kept.answer = QStringLiteral("월 1,200만 건입니다 [1].");
    kept.found = true;
    return s && (*s)->appendTurn(kept).ok();
}

Turn turnIn(SessionId session, const QString &question)
{
    Turn t;
    t.sessionId = session;
    t.question = question;
    t.answer = QStringLiteral("답변: ") + question;
    t.found = true;
    return t;
}

std::optional<Session> listed(Store &store, SessionId id)
{
    auto sessions = store.sessions();
    if (!sessions)
        return std::nullopt;
    for (const Session &s : std::as_const(*sessions)) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

} // namespace

class tst_ScratchStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A conversation goes on in memory: new turns are numbered after the file's, summaries are read back with the
    // file's, and a second connection over the same ScratchSessions (another thread of the app) sees the same.
    void conversationIsKeptInMemory_data()
    {
        QTest::addColumn<bool>("newSession");
        QTest::addColumn<int>("storedTurns");
        QTest::addColumn<bool>("saved");
        QTest::newRow("a new conversation") << true << 0 << false;
        QTest::newRow("a conversation kept in the file") << false << 1 << true;
    }

    void conversationIsKeptInMemory()
    {
        QFETCH(bool, newSession);
        QFETCH(int, storedTurns);
        QFETCH(bool, saved);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(writeSampleWithTurn(path));
        const QByteArray before = Test::fileHash(path);
        auto scratch = std::make_shared<ScratchSessions>();
        {
            auto file = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
            QVERIFY(file.ok());
            ScratchStore store(**file, scratch);
            SessionId session = 1;
            if (newSession) {
                auto created = store.createSession(QStringLiteral("새 대화"));
                QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
                session = *created;
            }
            auto first = store.appendTurn(turnIn(session, QStringLiteral("희망 연봉은?")));
            auto second = store.appendTurn(turnIn(session, QStringLiteral("그의 경력은?")));
            QVERIFY2(first.ok() && second.ok(), "turns not kept");
            Summary summary;
            summary.sessionId = session;
            summary.turnId = *first;
            summary.text = QStringLiteral("김서연: 희망 연봉");
            QVERIFY(store.addSummary(summary).ok());

            auto other = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
            QVERIFY(other.ok());
            ScratchStore otherThread(**other, scratch);
            for (Store *s : {static_cast<Store *>(&store), static_cast<Store *>(&otherThread)}) {
                auto turns = s->turns(session);
                QVERIFY(turns.ok());
                QCOMPARE(turns->size(), storedTurns + 2);
                for (int i = 0; i < turns->size(); ++i)
                    QCOMPARE(turns->at(i).ordinal, i);
                QCOMPARE(turns->at(storedTurns).question, QStringLiteral("희망 연봉은?"));
                QCOMPARE(turns->last().id, *second);
                auto summaries = s->summaries(session);
                QVERIFY(summaries.ok());
                QCOMPARE(summaries->size(), 1);
                QCOMPARE(summaries->first().turnId, *first);
                const auto row = listed(*s, session);
                QVERIFY(row.has_value());
                QCOMPARE(row->turnCount, storedTurns + 2);
                QCOMPARE(row->saved, saved);
                QCOMPARE(s->sessions()->size(), newSession ? 2 : 1); // the file's session is listed either way
            }
        } // closed before comparing
        QCOMPARE(Test::fileHash(path), before);
        auto reopened = SqliteStore::open(path, SqliteDatabase::Access::ReadOnly);
        QCOMPARE((*reopened)->sessions()->size(), 1);
        QCOMPARE((*reopened)->turns(1)->size(), 1);
    }

    // What stays refused (the file) and what works (a conversation made in memory), each leaving the file as it was.
    void writes_data()
    {
        QTest::addColumn<Write>("write");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("import: new candidate") << Write([](Store &s) -> Result<void> {
            auto r = s.ensureCandidate(QStringLiteral("이도윤"));
            return r ? Result<void>() : Result<void>(r.error());
        }) << false;
        QTest::newRow("import: document") << Write([](Store &s) -> Result<void> {
            DocumentInfo d;
            d.candidateId = 1;
            d.path = QStringLiteral("/cv/other.txt");
            d.sha256 = "def";
            auto r = s.putDocument(d, QStringLiteral("본문"), {});
            return r ? Result<void>() : Result<void>(r.error());
        }) << false;
        QTest::newRow("delete candidate") << Write([](Store &s) { return s.deleteCandidate(1); }) << false;
        QTest::newRow("delete document") << Write([](Store &s) { return s.deleteDocument(1); }) << false;
        QTest::newRow("setting") << Write([](Store &s) { return s.setValue(QStringLiteral("k"), QStringLiteral("v")); }) << false;
        QTest::newRow("rename a kept conversation")
            << Write([](Store &s) { return s.renameSession(1, QStringLiteral("새 제목")); }) << false;
        QTest::newRow("delete a kept conversation") << Write([](Store &s) { return s.deleteSession(1); }) << false;
        QTest::newRow("rename a conversation in memory") << Write([](Store &s) -> Result<void> {
            auto id = s.createSession(QStringLiteral("새 대화"));
            if (!id)
                return id.error();
            if (auto r = s.renameSession(*id, QStringLiteral("새 제목")); !r)
                return r;
            return listed(s, *id)->title == QStringLiteral("새 제목") ? Result<void>() : makeError(ErrorCode::Internal, QStringLiteral("title"));
        }) << true;
        QTest::newRow("delete a conversation in memory") << Write([](Store &s) -> Result<void> {
            auto id = s.createSession(QStringLiteral("새 대화"));
            if (!id)
                return id.error();
            (void)s.appendTurn(turnIn(*id, QStringLiteral("질문")));
            if (auto r = s.deleteSession(*id); !r)
                return r;
            return !listed(s, *id) && s.turns(*id)->isEmpty() ? Result<void>() : makeError(ErrorCode::Internal, QStringLiteral("kept"));
        }) << true;
        QTest::newRow("a turn in no conversation")
            << Write([](Store &s) -> Result<void> {
                   auto r = s.appendTurn(turnIn(42, QStringLiteral("질문")));
                   return r ? Result<void>() : Result<void>(r.error());
               })
            << false;
    }

    void writes()
    {
        QFETCH(Write, write);
        QFETCH(bool, succeeds);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(writeSampleWithTurn(path));
        const QByteArray before = Test::fileHash(path);
        {
            // Writable on disk (like `--read-only` on a file the user owns): nothing may reach it all the same.
            auto file = SqliteStore::open(path, SqliteDatabase::Access::ReadWrite);
            QVERIFY(file.ok());
            ScratchStore store(**file, std::make_shared<ScratchSessions>());
            const Result<void> r = write(store);
            QVERIFY2(r.ok() == succeeds, qPrintable(r.ok() ? QStringLiteral("succeeded") : r.error().toString()));
            QCOMPARE(store.candidates()->size(), 1);
            QCOMPARE(listed(store, 1)->title, QStringLiteral("첫 대화"));
        }
        QCOMPARE(Test::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(tst_ScratchStore)
#include "tst_scratchstore.moc"
