// SPDX-License-Identifier: MIT
#include "engine/sessionmemory.h"
#include "providers/answerprovider.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Protostar;

namespace {

QByteArray citationsJson(const QString &candidate, const QStringList &heading)
{
    QJsonObject c{{QStringLiteral("n"), 1},
                  {QStringLiteral("candidate"), candidate},
                  {QStringLiteral("document"), QStringLiteral("kim-jiwon-career.md")},
                  {QStringLiteral("headingPath"), QJsonArray::fromStringList(heading)},
                  {QStringLiteral("quote"), QStringLiteral("…")}};
    return QJsonDocument(QJsonArray{c}).toJson(QJsonDocument::Compact);
}

Turn kakaoTurn(SessionId session)
{
    Turn t;
    t.sessionId = session;
    t.question = QStringLiteral("김지원이 카카오에서 달성한 성과를 수치로 알려줘.");
    t.answer = QStringLiteral("결제 처리량을 1만 TPS까지 끌어올렸습니다 [1]. 팀원 12명을 이끌었습니다 [1]. 예산은 1,000억원이었습니다 [1].");
    t.found = true;
    t.citationsJson = citationsJson(QStringLiteral("김지원"), {QStringLiteral("경력"), QStringLiteral("카카오")});
    return t;
}

// Stands in for an LLM, which cannot run in a unit test: answers with a fixed text.
class ScriptedProvider final : public AnswerProvider
{
public:
    explicit ScriptedProvider(QString text, bool ok = true) : m_text(std::move(text)), m_ok(ok) { }
    QString id() const override { return QStringLiteral("scripted"); }
    Result<ProviderAnswer> generate(const AnswerRequest &request, const TokenSink &, const std::atomic_bool &) override
    {
        lastRequest = request;
        if (!m_ok)
            return makeError(ErrorCode::Network, QStringLiteral("offline"));
        ProviderAnswer a;
        a.text = m_text;
        return a;
    }
    AnswerRequest lastRequest;

private:
    QString m_text;
    bool m_ok;
};

} // namespace

class tst_SessionMemory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteStore> m_store;
    SessionId m_session = 0;
    TurnId m_turn = 0;
    CandidateId m_kim = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("memory-%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        auto store = SqliteStore::open(m_path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        m_store = std::move(*store);
        m_kim = *m_store->ensureCandidate(QStringLiteral("김지원"));
        QVERIFY(m_store->ensureCandidate(QStringLiteral("박서준")).ok());
        m_session = *m_store->createSession(QStringLiteral("memory"));
        auto turn = m_store->appendTurn(kakaoTurn(m_session));
        QVERIFY(turn.ok());
        m_turn = *turn;
    }
    void cleanup()
    {
        QVERIFY(SessionMemory::pool()->waitForDone(10000));
        m_store.reset();
    }

    void poolIsOneLowestPriorityThread()
    {
        QCOMPARE(SessionMemory::pool()->maxThreadCount(), 1);
        QCOMPARE(SessionMemory::pool()->threadPriority(), QThread::LowestPriority);
    }

    void summaryStoredAfterCompressTurnAsync_data()
    {
        QTest::addColumn<bool>("withSession");
        QTest::newRow("session and turn given") << true;
        QTest::newRow("only the turn id") << false;
    }
    void summaryStoredAfterCompressTurnAsync()
    {
        QFETCH(bool, withSession);
        auto future = withSession ? SessionMemory::compressTurnAsync(m_path, m_session, m_turn)
                                  : SessionMemory::compressTurnAsync(m_path, m_turn);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->summaries(m_session)->size() == 1, 10000);
        const Summary s = m_store->summaries(m_session)->first();
        QCOMPARE(s.turnId, m_turn);
        for (const char *kept : {"[김지원 @ 카카오]", "1만 TPS", "12명", "1,000억원"})
            QVERIFY2(s.text.contains(QString::fromUtf8(kept)), qPrintable(s.text));
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        const CompressionOutcome outcome = future.result();
        QVERIFY(!outcome.error.has_value());
        QCOMPARE(outcome.summaryId, s.id);
        QCOMPARE(outcome.sessionId, m_session);
        QCOMPARE(outcome.compressor, QStringLiteral("extractive"));
    }

    void compressFailuresAreReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("turn");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown turn") << QString() << qint64(999) << int(ErrorCode::NotFound);
        QTest::newRow("unopenable database") << QStringLiteral("/nonexistent-dir/x/y.db") << qint64(0) << -1; // whatever SQLite reports
    }
    void compressFailuresAreReported()
    {
        QFETCH(QString, path);
        QFETCH(qint64, turn);
        QFETCH(int, code);
        auto future = SessionMemory::compressTurnAsync(path.isEmpty() ? m_path : path, m_session, turn ? turn : m_turn);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        const CompressionOutcome outcome = future.result();
        QVERIFY(outcome.error.has_value());
        if (code >= 0)
            QCOMPARE(int(outcome.error->code), code);
        QVERIFY(!outcome.error->message.isEmpty());
        QCOMPARE(m_store->summaries(m_session)->size(), 0);
    }

    void recallCompletesFollowUpFromMemory_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("summaryStored");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("filtered");
        QTest::newRow("follow-up, summary stored") << QStringLiteral("그 회사에서 팀 규모는?") << true
                                                   << QStringLiteral("그 회사에서 팀 규모는? 김지원 카카오") << true;
        QTest::newRow("follow-up, summary job not done yet") << QStringLiteral("그 회사에서 팀 규모는?") << false
                                                             << QStringLiteral("그 회사에서 팀 규모는? 김지원 카카오") << true;
        QTest::newRow("fresh question") << QStringLiteral("Kubernetes 운영 경험이 있는 후보자는 누구인가요?") << true
                                        << QStringLiteral("Kubernetes 운영 경험이 있는 후보자는 누구인가요?") << false;
    }
    void recallCompletesFollowUpFromMemory()
    {
        QFETCH(QString, question);
        QFETCH(bool, summaryStored);
        QFETCH(QString, query);
        QFETCH(bool, filtered);
        if (summaryStored) {
            ExtractiveTurnCompressor compressor;
            QVERIFY(SessionMemory::compressTurn(*m_store, m_session, m_turn, compressor).ok());
        }
        auto recall = SessionMemory::recall(*m_store, m_session, question);
        QVERIFY(recall.ok());
        QCOMPARE(recall->query.query, query);
        QCOMPARE(recall->query.candidates, filtered ? QList<CandidateId>{m_kim} : QList<CandidateId>{});
        // One turn so far: nothing to summarise yet, the turn itself is the last turn.
        QVERIFY(recall->memory.summaries.isEmpty());
        QVERIFY(recall->memory.lastTurn.startsWith(QStringLiteral("Q: 김지원이 카카오에서")));
    }

    void loadCarriesSummariesAndLastTurn()
    {
        ExtractiveTurnCompressor compressor;
        auto first = SessionMemory::compressTurn(*m_store, m_session, m_turn, compressor);
        QVERIFY(first.ok());
        Turn second = kakaoTurn(m_session);
        second.question = QStringLiteral("그 회사에서 팀 규모는?");
        second.answer = QStringLiteral("팀원 12명을 이끌었습니다 [1].");
        QVERIFY(m_store->appendTurn(second).ok());
        auto memory = SessionMemory::load(*m_store, m_session);
        QVERIFY(memory.ok());
        QCOMPARE(memory->summaries, QStringList{first->summary});
        QCOMPARE(memory->lastTurn, QStringLiteral("Q: 그 회사에서 팀 규모는?\nA: 팀원 12명을 이끌었습니다."));
        auto none = SessionMemory::load(*m_store, 0);
        QVERIFY(none.ok() && none->summaries.isEmpty() && none->lastTurn.isEmpty());
    }

    void providerCompressorKeepsOnlyFaithfulText_data()
    {
        QTest::addColumn<QString>("modelText");
        QTest::addColumn<bool>("providerOk");
        QTest::addColumn<bool>("usedModel");
        QTest::newRow("faithful model summary used")
            << QStringLiteral("김지원은 카카오에서 1만 TPS, 12명 팀, 1,000억원 예산을 맡았다 [1].") << true << true;
        QTest::newRow("dropped figure falls back")
            << QStringLiteral("김지원은 카카오에서 큰 성과를 냈다.") << true << false;
        QTest::newRow("rewritten figure falls back")
            << QStringLiteral("김지원은 카카오에서 10,000 TPS, 12명 팀, 1,000억원 예산을 맡았다.") << true << false;
        QTest::newRow("too many sentences falls back")
            << QStringLiteral("1만 TPS였다. 12명이었다. 1,000억원이었다.") << true << false;
        QTest::newRow("provider error falls back") << QString() << false << false;
    }
    void providerCompressorKeepsOnlyFaithfulText()
    {
        QFETCH(QString, modelText);
        QFETCH(bool, providerOk);
        QFETCH(bool, usedModel);
        auto provider = std::make_unique<ScriptedProvider>(modelText, providerOk);
        ScriptedProvider *raw = provider.get();
        ProviderTurnCompressor compressor(std::move(provider));
        const TurnRecord record = SessionMemory::toRecord(kakaoTurn(m_session));
        auto summary = compressor.compress(record);
        QVERIFY(summary.ok());
        QCOMPARE(compressor.lastUsedModel(), usedModel);
        QVERIFY2(summary->startsWith(QStringLiteral("[김지원 @ 카카오]")), qPrintable(*summary));
        for (const char *kept : {"1만 TPS", "12명", "1,000억원"})
            QVERIFY2(summary->contains(QString::fromUtf8(kept)), qPrintable(*summary));
        QCOMPARE(raw->lastRequest.evidence.size(), 1);
        QVERIFY(raw->lastRequest.evidence.first().ref.chunk.text.contains(QStringLiteral("1,000억원")));
        if (!usedModel)
            QCOMPARE(*summary, *ExtractiveTurnCompressor().compress(record));
    }

    void llmPathRunsOnThePoolWithARealOfflineProvider()
    {
        // The factory runs on the pool thread; the extractive provider is the one that can really run here.
        auto future = SessionMemory::compressTurnAsync(m_path, m_session, m_turn, [] {
            return std::make_unique<ProviderTurnCompressor>(std::make_unique<ExtractiveAnswerProvider>());
        });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        const CompressionOutcome outcome = future.result();
        QVERIFY2(!outcome.error.has_value(), qPrintable(outcome.error ? outcome.error->toString() : QString()));
        QVERIFY(outcome.compressor.startsWith(QStringLiteral("llm:")));
        for (const char *kept : {"1만 TPS", "12명", "1,000억원"})
            QVERIFY2(outcome.summary.contains(QString::fromUtf8(kept)), qPrintable(outcome.summary));
        QCOMPARE(m_store->summaries(m_session)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SessionMemory)
#include "tst_sessionmemory.moc"
