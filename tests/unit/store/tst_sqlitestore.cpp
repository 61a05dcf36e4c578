// SPDX-License-Identifier: MIT
#include "store/sqliteschema.h"
#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_SqliteStore : public QObject
{
    Q_OBJECT

private:
    static DocumentInfo doc(CandidateId candidate, const QString &path, const QByteArray &sha)
    {
        DocumentInfo d;
        d.candidateId = candidate;
        d.path = path;
        d.fileName = path.section(u'/', -1);
        d.format = QStringLiteral("txt");
        d.sha256 = sha;
        d.sizeBytes = 10;
        return d;
    }
    static QList<Chunk> chunks(int n)
    {
        QList<Chunk> out;
        for (int i = 0; i < n; ++i) {
            Chunk c;
            c.headingPath = {QStringLiteral("[경력사항]"), QStringLiteral("회사 %1").arg(i)};
            c.text = QStringLiteral("문단 %1: 월 1,200만 건 처리").arg(i);
            c.startOffset = i * 10;
            c.endOffset = i * 10 + 9;
            out << c;
        }
        return out;
    }

private Q_SLOTS:
    void migratesFreshFileAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto s = SqliteStore::open(path);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
            QVERIFY((*s)->ensureCandidate(QStringLiteral("김지원")).ok());
        }
        auto s = SqliteStore::open(path);
        QVERIFY(s.ok());
        auto list = (*s)->candidates();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, QStringLiteral("김지원"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto s = SqliteStore::open(path);
            QVERIFY(s.ok());
            QVERIFY((*s)->setValue(QStringLiteral("x"), QStringLiteral("y")).ok());
        }
        {
            SqliteDatabase raw;
            QVERIFY(raw.open(path).ok());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        auto s = SqliteStore::open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::SchemaTooNew);
    }

    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto s = SqliteStore::open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Database);
        // What the user can act on, as a failed statement would say it too (SqliteDatabase::lastError).
        QCOMPARE(s.error().message, QStringLiteral("The database file is damaged or is not a Protostar database."));
    }

    // A change SQLite refuses for no reason the user can act on says so, with SQLite's own words as the detail.
    void failedChangeKeepsSqliteDetail()
    {
        SqliteDatabase db;
        QVERIFY(db.open(QStringLiteral(":memory:")).ok());
        auto r = db.exec(QStringLiteral("INSERT INTO nowhere VALUES (1)"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The database could not carry out a change."));
        QVERIFY2(r.error().detail.contains(QStringLiteral("nowhere")), qPrintable(r.error().detail));
    }

    void putDocumentRoundTripsChunks()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        QVERIFY(s.ok());
        Store &store = **s;
        const CandidateId c = *store.ensureCandidate(QStringLiteral("Jane Doe"));
        auto id = store.putDocument(doc(c, QStringLiteral("/a/cv.txt"), "aa"), QStringLiteral("text"), chunks(3));
        QVERIFY(id.ok());
        auto got = store.chunks(*id);
        QVERIFY(got.ok());
        QCOMPARE(got->size(), 3);
        QCOMPARE(got->at(1).headingPath, (QStringList{QStringLiteral("[경력사항]"), QStringLiteral("회사 1")}));
        QCOMPARE(got->at(2).text, QStringLiteral("문단 2: 월 1,200만 건 처리"));
        QCOMPARE(got->at(2).startOffset, 20);
        auto all = store.allChunks();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().candidateName, QStringLiteral("Jane Doe"));
        QCOMPARE(all->first().documentName, QStringLiteral("cv.txt"));
        auto bySha = store.documentBySha(c, "aa");
        QVERIFY(bySha.ok() && bySha->has_value());
        QCOMPARE((*bySha)->chunkCount, 3);
    }

    void samePathReplacesOldChunks()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        const CandidateId c = *store.ensureCandidate(QStringLiteral("A"));
        QVERIFY(store.putDocument(doc(c, QStringLiteral("/cv.txt"), "v1"), QStringLiteral("one"), chunks(5)).ok());
        QVERIFY(store.putDocument(doc(c, QStringLiteral("/cv.txt"), "v2"), QStringLiteral("two"), chunks(2)).ok());
        QCOMPARE(store.documents()->size(), 1);
        QCOMPARE(store.allChunks()->size(), 2);
        QVERIFY(!store.documentBySha(c, "v1")->has_value());
    }

    void deleteCandidateRemovesEveryTrace()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        const CandidateId a = *store.ensureCandidate(QStringLiteral("A"));
        const CandidateId b = *store.ensureCandidate(QStringLiteral("B"));
        QVERIFY(store.putDocument(doc(a, QStringLiteral("/a.txt"), "a"), QStringLiteral("a"), chunks(2)).ok());
        QVERIFY(store.putDocument(doc(b, QStringLiteral("/b.txt"), "b"), QStringLiteral("b"), chunks(3)).ok());
        QVERIFY(store.deleteCandidate(a).ok());
        QCOMPARE(store.candidates()->size(), 1);
        QCOMPARE(store.documents()->size(), 1);
        QCOMPARE(store.allChunks()->size(), 3);
        const auto remaining = store.allChunks();
        for (const ChunkRef &r : *remaining)
            QCOMPARE(r.candidateName, QStringLiteral("B"));
    }

    void ensureSessionCreatesOnlyWhatIsMissing()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        QVERIFY(store.ensureSession(7, QStringLiteral("채용 대화")).ok());
        QVERIFY(store.ensureSession(7, QStringLiteral("다른 제목")).ok()); // exists: left as it is
        auto sessions = store.sessions();
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().id, SessionId(7));
        QCOMPARE(sessions->first().title, QStringLiteral("채용 대화"));
        auto next = store.createSession(QStringLiteral("다음"));
        QVERIFY(next.ok());
        QVERIFY(*next > 7);
        auto bad = store.ensureSession(0, QStringLiteral("x"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }

    void sessionsTurnsAndSummaries()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        auto sid = store.createSession(QStringLiteral("첫 대화"));
        QVERIFY(sid.ok());
        Turn t;
        t.sessionId = *sid;
        t.question = QStringLiteral("연봉은?");
        t.answer = QStringLiteral("3,500만원 [1]");
        t.found = true;
        QVERIFY(store.appendTurn(t).ok());
        t.question = QStringLiteral("그 회사에서 팀 규모는?");
        auto second = store.appendTurn(t);
        QVERIFY(second.ok());
        auto turns = store.turns(*sid);
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(1).ordinal, 1);
        QCOMPARE(turns->at(1).citationsJson, QByteArray("[]"));
        QVERIFY(store.addSummary(Summary{0, *sid, *second, QStringLiteral("요약"), {}}).ok());
        QCOMPARE(store.summaries(*sid)->size(), 1);
        QVERIFY(store.renameSession(*sid, QStringLiteral("새 이름")).ok());
        QCOMPARE(store.sessions()->first().title, QStringLiteral("새 이름"));
        QCOMPARE(store.sessions()->first().turnCount, 2);
        t.sessionId = 9999;
        QCOMPARE(store.appendTurn(t).error().code, ErrorCode::NotFound);
        QVERIFY(store.deleteSession(*sid).ok());
        QCOMPARE(store.summaries(*sid)->size(), 0);
        QCOMPARE(store.turns(*sid)->size(), 0);
    }

    void turnKeepsRelatedAndRemovedSentences()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        const SessionId sid = *store.createSession(QStringLiteral("대화"));
        Turn t;
        t.sessionId = sid;
        t.question = QStringLiteral("운전면허는?");
        t.answer = QStringLiteral("문서에서 찾지 못했습니다.");
        const QByteArray related = R"([{"n":1,"chunk_id":7,"document_id":3,"candidate":"김지원","quote":"운전"}])";
        // A removed sentence holds any character: quotes, commas, a newline.
        const QStringList removed{QStringLiteral("연봉은 \"5,000만원\"입니다,\n확정."), QStringLiteral("두 번째 문장.")};
        t.relatedJson = related;
        t.unverified = removed;
        auto refused = store.appendTurn(t);
        QVERIFY2(refused.ok(), qPrintable(refused.ok() ? QString() : refused.error().toString()));
        t.question = QStringLiteral("다음 질문");
        t.relatedJson = "[]";
        t.unverified = {QStringLiteral("바로 저장된 문장.")};
        QVERIFY(store.appendTurn(t).ok());

        auto turns = store.turns(sid);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(0).relatedJson, related);
        QCOMPARE(turns->at(0).unverified, removed);
        QCOMPARE(turns->at(1).relatedJson, QByteArray("[]"));
        QCOMPARE(turns->at(1).unverified, QStringList{QStringLiteral("바로 저장된 문장.")});
    }

    // A database written before turns kept their related passages (schema 1) opens with every turn, which
    // then has none, and takes the new fields from then on.
    void upgradesSchemaOneKeepingTurns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            SqliteDatabase raw;
            QVERIFY(raw.open(path).ok());
            // Schema 1, written by the real first migration, with two turns as the previous release stored them.
            QVERIFY(SqliteSchema::migrate(raw, 1).ok());
            QVERIFY(raw.exec(QStringLiteral(R"SQL(
INSERT INTO sessions(id, title, created_ms, updated_ms) VALUES (1, '예전 대화', 1000, 2000);
INSERT INTO turns(id, session_id, ordinal, question, answer, found, citations, created_ms)
    VALUES (1, 1, 0, '연봉은?', '3,500만원 [1]', 1, '[{"n":1,"chunk_id":4}]', 1500);
INSERT INTO turns(id, session_id, ordinal, question, answer, found, citations, created_ms)
    VALUES (2, 1, 1, '운전면허는?', '찾지 못했습니다.', 0, '[]', 1600);
)SQL")).ok());
            auto columns = raw.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info('turns') WHERE name = 'related'"));
            QVERIFY(columns.ok());
            auto row = columns->step();
            QVERIFY(row.ok() && *row);
            QCOMPARE(columns->int64(0), qint64(0)); // schema 1 has no related column yet
        }
        auto s = SqliteStore::open(path);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        Store &store = **s;
        auto turns = store.turns(1);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(0).answer, QStringLiteral("3,500만원 [1]"));
        QCOMPARE(turns->at(0).citationsJson, QByteArray(R"([{"n":1,"chunk_id":4}])"));
        QCOMPARE(turns->at(1).question, QStringLiteral("운전면허는?"));
        QCOMPARE(turns->at(1).relatedJson, QByteArray("[]"));
        QVERIFY(turns->at(1).unverified.isEmpty());
        QCOMPARE(store.sessions()->first().turnCount, 2);
        Turn next;
        next.sessionId = 1;
        next.question = QStringLiteral("다음 질문");
        next.unverified = {QStringLiteral("문장.")};
        QVERIFY(store.appendTurn(next).ok());
        QCOMPARE(store.turns(1)->at(2).unverified, QStringList{QStringLiteral("문장.")});
    }

    void skillsComeFromTheSkillsSection()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        const CandidateId kim = *store.ensureCandidate(QStringLiteral("김지원"));
        const CandidateId jane = *store.ensureCandidate(QStringLiteral("Jane Park"));
        auto chunk = [](QStringList path, const QString &text) {
            Chunk c;
            c.headingPath = std::move(path);
            c.text = text;
            c.endOffset = int(text.size());
            return c;
        };
        const QString title = QStringLiteral("이력서 - 김지원");
        QVERIFY(store.putDocument(doc(kim, QStringLiteral("/kim.md"), "k"), QStringLiteral("x"),
                                  {chunk({title, QStringLiteral("[경력사항]")}, QStringLiteral("한빛페이에서 결제 시스템 운영")),
                                   chunk({title, QStringLiteral("[기술]")}, QStringLiteral("Java, Kotlin, PostgreSQL")),
                                   chunk({title, QStringLiteral("[수상]")}, QStringLiteral("사내 기술상"))})
                        .ok());
        QVERIFY(store.putDocument(doc(jane, QStringLiteral("/jane.md"), "j"), QStringLiteral("x"),
                                  {chunk({QStringLiteral("Jane Park — Résumé"), QStringLiteral("Experience")}, QStringLiteral("Led the rewrite."))})
                        .ok());
        auto skills = store.candidateSkills();
        QVERIFY(skills.ok());
        QCOMPARE(skills->value(kim), (QStringList{QStringLiteral("Java"), QStringLiteral("Kotlin"), QStringLiteral("PostgreSQL")}));
        QVERIFY(!skills->contains(jane)); // no skills section: no titles or section names instead
    }

    void failedTransactionStoresNothing()
    {
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        Store &store = **s;
        const CandidateId a = *store.ensureCandidate(QStringLiteral("A"));
        QVERIFY(store.putDocument(doc(a, QStringLiteral("/a.txt"), "a"), QStringLiteral("a"), chunks(2)).ok());
        // A document for a candidate that does not exist violates the foreign key: nothing of it may stay,
        // and what was there stays intact.
        auto bad = store.putDocument(doc(4242, QStringLiteral("/x.txt"), "x"), QStringLiteral("x"), chunks(4));
        QVERIFY(!bad.ok());
        QCOMPARE(store.documents()->size(), 1);
        QCOMPARE(store.allChunks()->size(), 2);
    }

    void candidateNeedsAName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("only spaces") << QStringLiteral("   ");
    }
    void candidateNeedsAName()
    {
        QFETCH(QString, name);
        auto s = SqliteStore::open(QStringLiteral(":memory:"));
        QCOMPARE((*s)->ensureCandidate(name).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_SqliteStore)
#include "tst_sqlitestore.moc"
