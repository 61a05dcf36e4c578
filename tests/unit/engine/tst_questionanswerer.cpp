// SPDX-License-Identifier: MIT
#include "engine/answerjson.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/sessionmemory.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include <QTest>

using namespace Protostar;

namespace {

// A provider whose output is fixed: stands in for a model that invents figures and citations.
class ScriptedProvider final : public AnswerProvider
{
public:
    explicit ScriptedProvider(QString text) : m_text(std::move(text)) { }
    QString id() const override { return QStringLiteral("scripted"); }
    Result<ProviderAnswer> generate(const AnswerRequest &, const TokenSink &sink, const std::atomic_bool &) override
    {
        if (sink)
            sink(m_text);
        ProviderAnswer a;
        a.text = m_text;
        return a;
    }

private:
    QString m_text;
};

struct Fixture {
    std::unique_ptr<SqliteStore> store;
    KnowledgeBase knowledge;
    QHash<QString, CandidateId> candidates;
};

void addDocument(Fixture &f, const QString &candidate, const QString &file, const QList<QPair<QString, QString>> &chunks)
{
    auto id = f.store->ensureCandidate(candidate);
    QVERIFY(id.ok());
    f.candidates.insert(candidate, *id);
    DocumentInfo info;
    info.candidateId = *id;
    info.path = QStringLiteral("/docs/") + file;
    info.fileName = file;
    info.format = QStringLiteral("txt");
    info.sha256 = file.toUtf8().toHex();
    QList<Chunk> list;
    QString text;
    for (const auto &[heading, body] : chunks) {
        Chunk c;
        c.headingPath = {heading};
        c.text = body;
        c.startOffset = text.size();
        text += body + u'\n';
        c.endOffset = text.size();
        list.append(c);
    }
    QVERIFY(f.store->putDocument(info, text, list).ok());
}

std::unique_ptr<Fixture> makeFixture()
{
    auto f = std::make_unique<Fixture>();
    auto store = SqliteStore::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("cannot open store: %s", qPrintable(store.error().toString()));
    f->store = std::move(store).value();
    addDocument(*f, QStringLiteral("김지원"), QStringLiteral("kim.md"),
                {{QStringLiteral("경력"), QStringLiteral("2019년부터 2023년까지 네이버에서 검색 백엔드를 개발했다. PostgreSQL 클러스터로 "
                                                         "월 1,200만 건의 주문을 처리했다.")},
                 {QStringLiteral("희망 조건"), QStringLiteral("김지원의 희망 연봉은 7,000만원이다.")}});
    addDocument(*f, QStringLiteral("이민수"), QStringLiteral("lee.md"),
                {{QStringLiteral("경력"), QStringLiteral("이민수는 카카오에서 결제 플랫폼 팀장으로 5명의 팀을 이끌었다.")},
                 {QStringLiteral("희망 조건"), QStringLiteral("이민수의 희망 연봉은 6,000만원이다.")},
                 {QStringLiteral("Skills"), QStringLiteral("Lee ran Kafka pipelines at 30k messages per second.")}});
    auto loaded = f->knowledge.load(*f->store);
    if (!loaded || *loaded != 5)
        qFatal("index not loaded");
    return f;
}

} // namespace

class tst_QuestionAnswerer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOrRefuses_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("expected"); // in the answer text
        QTest::addColumn<bool>("related");     // closest passages offered with a refusal

        QTest::newRow("answerable Korean question quotes the figure")
            << QStringLiteral("김지원은 월 몇 건의 주문을 처리했나요?") << true << QStringLiteral("월 1,200만 건") << false;
        QTest::newRow("answerable English question") << QStringLiteral("How fast did Lee run the Kafka pipelines?") << true
                                                     << QStringLiteral("30k messages") << false;
        QTest::newRow("Korean question the documents do not answer")
            << QStringLiteral("김지원의 최종 학력과 졸업 연도는?") << false << QString::fromUtf8("문서에서 찾을 수 없습니다.") << true;
        QTest::newRow("English question the documents do not answer")
            << QStringLiteral("Which university did she graduate from?") << false << QStringLiteral("Not found in the documents.") << false;
        // A ranking answer streams as it is written, like any other (it was once held back until complete).
        QTest::newRow("ranking of pay") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << true << QStringLiteral("7,000만원") << false;
    }

    void answersOrRefuses()
    {
        QFETCH(QString, question);
        QFETCH(bool, found);
        QFETCH(QString, expected);
        QFETCH(bool, related);
        auto f = makeFixture();
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(f->knowledge, provider);
        QStringList pieces;
        auto a = answerer.answer(Question{question, {}, 0, 5}, [&](const QString &d) { pieces.append(d); });
        QVERIFY(a.ok());
        QCOMPARE(a->found, found);
        QVERIFY2(a->text.contains(expected), qPrintable(a->text));
        QCOMPARE(pieces.join(QString()), a->text);
        if (found) {
            QVERIFY2(pieces.size() > 1, qPrintable(pieces.join(u'|'))); // streamed as written, not in one piece at the end
            QVERIFY(!a->citations.isEmpty());
            QVERIFY(a->related.isEmpty());
            // Each cited number points at a retrieved chunk whose text holds the figure it vouches for.
            for (const Citation &c : a->citations)
                QVERIFY2(a->text.contains(QStringLiteral("[%1]").arg(c.n)), qPrintable(a->text));
            QVERIFY(a->citations.first().quote.contains(expected));
        } else {
            QVERIFY(a->citations.isEmpty());
            QCOMPARE(!a->related.isEmpty(), related);
        }
        QVERIFY(a->timingsMs.contains(QStringLiteral("total")));
    }

    // A quoted name or a code the question names must be written in the supporting passage: the same
    // question answered without the gate shows that it is the gate that refuses.
    void requiresQuotedNamesAndCodes_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<double>("minPhraseSupport");
        QTest::addColumn<bool>("found");

        QTest::newRow("no quote, no code") << QStringLiteral("이민수의 결제 플랫폼 팀 규모는?") << 1.0 << true;
        QTest::newRow("quoted name written in the passage") << QStringLiteral("이민수의 '결제 플랫폼' 팀 규모는?") << 1.0 << true;
        QTest::newRow("quoted name not written, gate off")
            << QStringLiteral("이민수의 'B2C 결제' 플랫폼 팀 규모는?") << 0.0 << true;
        QTest::newRow("quoted name not written: refused") << QStringLiteral("이민수의 'B2C 결제' 플랫폼 팀 규모는?") << 1.0 << false;
        QTest::newRow("code not written, gate off") << QStringLiteral("How fast did Lee run the Kafka K8S pipelines?") << 0.0 << true;
        QTest::newRow("code not written: refused") << QStringLiteral("How fast did Lee run the Kafka K8S pipelines?") << 1.0 << false;
    }

    void requiresQuotedNamesAndCodes()
    {
        QFETCH(QString, question);
        QFETCH(double, minPhraseSupport);
        QFETCH(bool, found);
        auto f = makeFixture();
        ExtractiveAnswerProvider provider;
        AnswererOptions options;
        options.minPhraseSupport = minPhraseSupport;
        QuestionAnswerer answerer(f->knowledge, provider, nullptr, options);
        AnswerTrace trace;
        auto a = answerer.answer(Question{question, {}, 0, 5}, {}, nullptr, &trace);
        QVERIFY(a.ok());
        QVERIFY2(a->found == found, qPrintable(QStringLiteral("%1 (support %2 / %3, phrases %4)")
                                                   .arg(a->text).arg(trace.support).arg(trace.sentenceSupport).arg(trace.phraseSupport)));
    }

    // The provider's own score of its best sentence reaches the trace (a refusal signal, docs/BENCHMARKS.md "Refusal
    // round 7"): the extractive provider's share of the question's weighted terms; -1 when the gate refused before
    // the provider ran, or when the provider scores nothing (a model).
    void providerScoreInTrace_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("extractive");
        QTest::addColumn<double>("least");
        QTest::addColumn<double>("most");

        QTest::newRow("extractive, every term in one sentence") << QStringLiteral("이민수의 희망 연봉은?") << true << 0.9 << 1.0;
        QTest::newRow("extractive, part of the terms in the best sentence")
            << QStringLiteral("How fast did Lee run the Kafka pipelines on Kubernetes?") << true << 0.15 << 0.9;
        QTest::newRow("refused before the provider ran") << QStringLiteral("김지원의 최종 학력과 졸업 연도는?") << true << -1.0 << -1.0;
        QTest::newRow("a provider that scores nothing") << QStringLiteral("이민수의 희망 연봉은?") << false << -1.0 << -1.0;
    }

    void providerScoreInTrace()
    {
        QFETCH(QString, question);
        QFETCH(bool, extractive);
        QFETCH(double, least);
        QFETCH(double, most);
        auto f = makeFixture();
        ExtractiveAnswerProvider offline;
        ScriptedProvider scripted(QStringLiteral("희망 연봉은 6,000만원이다. [1]"));
        QuestionAnswerer answerer(f->knowledge, extractive ? static_cast<AnswerProvider &>(offline) : scripted);
        AnswerTrace trace;
        QVERIFY(answerer.answer(Question{question, {}, 0, 5}, {}, nullptr, &trace).ok());
        QVERIFY2(trace.providerScore >= least && trace.providerScore <= most, qPrintable(QString::number(trace.providerScore)));
    }

    void candidateFilter_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("figure");
        QTest::newRow("김지원 only") << QStringLiteral("김지원") << QStringLiteral("7,000만원");
        QTest::newRow("이민수 only") << QStringLiteral("이민수") << QStringLiteral("6,000만원");
    }

    void candidateFilter()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, figure);
        auto f = makeFixture();
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(f->knowledge, provider);
        Question q{QStringLiteral("희망 연봉은 얼마인가요?"), {f->candidates.value(candidate)}, 0, 5};
        auto a = answerer.answer(q);
        QVERIFY(a.ok());
        QVERIFY2(a->found, qPrintable(a->text));
        QVERIFY2(a->text.contains(figure), qPrintable(a->text));
        for (const Citation &c : a->citations)
            QCOMPARE(c.candidate, candidate);
    }

    void sessionTurnRecorded()
    {
        auto f = makeFixture();
        auto session = f->store->createSession(QStringLiteral("연봉 비교"));
        QVERIFY(session.ok());
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(f->knowledge, provider, f->store.get());
        AnswerTrace trace;
        auto a = answerer.answer(Question{QStringLiteral("이민수의 희망 연봉은?"), {}, *session, 5}, {}, nullptr, &trace);
        QVERIFY(a.ok());
        auto turns = f->store->turns(*session);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 1);
        const Turn &t = turns->first();
        QCOMPARE(t.id, trace.turnId);
        QCOMPARE(t.question, QStringLiteral("이민수의 희망 연봉은?"));
        QCOMPARE(t.answer, a->text);
        QCOMPARE(t.found, a->found);
        const QList<Citation> stored = AnswerJson::citationsFromBytes(t.citationsJson);
        QCOMPARE(stored.size(), a->citations.size());
        QCOMPARE(stored.first().chunkId, a->citations.first().chunkId);
        QCOMPARE(stored.first().headingPath, a->citations.first().headingPath);

        // Without a session nothing is recorded.
        QVERIFY(answerer.answer(Question{QStringLiteral("이민수의 희망 연봉은?"), {}, 0, 5}).ok());
        QCOMPARE(f->store->turns(*session)->size(), 1);
    }

    // A reopened session shows what was shown when it was answered: a refusal's related passages and the
    // sentences the figure guard removed are stored with the turn.
    void sessionTurnKeepsEvidence()
    {
        auto f = makeFixture();
        auto session = f->store->createSession(QStringLiteral("근거"));
        QVERIFY(session.ok());
        ExtractiveAnswerProvider extractive;
        QuestionAnswerer refusing(f->knowledge, extractive, f->store.get());
        auto refused = refusing.answer(Question{QStringLiteral("이민수의 운전면허 취득 연도는?"), {}, *session, 5});
        QVERIFY(refused.ok());
        QVERIFY2(!refused->found, qPrintable(refused->text));
        QVERIFY(!refused->related.isEmpty());

        ScriptedProvider scripted(QStringLiteral("희망 연봉은 6,000만원이다. [1] 팀원은 50명이다. [1]"));
        QuestionAnswerer guarded(f->knowledge, scripted, f->store.get());
        auto partly = guarded.answer(Question{QStringLiteral("이민수의 희망 연봉은?"), {f->candidates.value(QStringLiteral("이민수"))}, *session, 5});
        QVERIFY(partly.ok());
        QCOMPARE(partly->unverified, QStringList{QStringLiteral("팀원은 50명이다.")});

        auto turns = f->store->turns(*session);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 2);
        const QList<Citation> related = AnswerJson::citationsFromBytes(turns->at(0).relatedJson);
        QCOMPARE(related.size(), refused->related.size());
        QCOMPARE(related.first().chunkId, refused->related.first().chunkId);
        QVERIFY(turns->at(0).unverified.isEmpty());
        QCOMPARE(AnswerJson::citationsFromBytes(turns->at(1).relatedJson).size(), 0);
        QCOMPARE(turns->at(1).unverified, partly->unverified);
    }

    void guardAppliesToAnyProvider()
    {
        auto f = makeFixture();
        // Both 연봉 chunks are retrieved; [1] is the best hit. The model invents 50명 and cites [9].
        Question q{QStringLiteral("이민수의 희망 연봉은?"), {f->candidates.value(QStringLiteral("이민수"))}, 0, 5};
        const QList<SearchHit> hits = f->knowledge.search(q.text, SearchOptions{5, {f->candidates.value(QStringLiteral("이민수"))}});
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first().ref.chunk.text.contains(QStringLiteral("6,000만원")));
        ScriptedProvider provider(QStringLiteral("희망 연봉은 6,000만원이다. [1] 팀원은 50명이다. [1] 출처는 [9] 입니다."));
        QuestionAnswerer answerer(f->knowledge, provider);
        auto a = answerer.answer(q);
        QVERIFY(a.ok());
        QVERIFY(a->found);
        QCOMPARE(a->text, QStringLiteral("희망 연봉은 6,000만원이다. [1] 출처는 입니다."));
        QCOMPARE(a->unverified, QStringList{QStringLiteral("팀원은 50명이다.")});
        QCOMPARE(a->citations.size(), 1);
        QCOMPARE(a->citations.first().n, 1);
        QCOMPARE(a->citations.first().chunkId, hits.first().ref.chunk.id);
    }

    // The guard removes the one sentence that carried a marker; what is left cites nothing, and an answer
    // without a source is refused (found: false, the refusal sentence), never shown as grounded.
    void answerLeftWithoutCitationIsRefused()
    {
        auto f = makeFixture();
        Question q{QStringLiteral("이민수의 희망 연봉은?"), {f->candidates.value(QStringLiteral("이민수"))}, 0, 5};
        ScriptedProvider provider(QStringLiteral("이민수는 연봉을 희망한다. 희망 연봉은 9,900만원이다. [1]"));
        QuestionAnswerer answerer(f->knowledge, provider);
        auto a = answerer.answer(q);
        QVERIFY(a.ok());
        QVERIFY2(!a->found, qPrintable(a->text));
        QVERIFY(a->citations.isEmpty());
        QCOMPARE(a->text, QuestionAnswerer::notFoundSentence(QStringLiteral("ko")));
        QCOMPARE(a->unverified, QStringList{QStringLiteral("희망 연봉은 9,900만원이다.")});
    }

    void followUpUsesSessionMemory_data()
    {
        QTest::addColumn<bool>("summaryStored"); // the compression job ran before the follow-up, or not yet
        QTest::newRow("summary stored") << true;
        QTest::newRow("summary not yet stored") << false;
    }

    // "그 회사" is 김지원's previous company: the follow-up must retrieve from that job, not from her
    // other job or from 이민수's team, although all three passages state a team size.
    void followUpUsesSessionMemory()
    {
        QFETCH(bool, summaryStored);
        auto f = makeFixture();
        addDocument(*f, QStringLiteral("김지원"), QStringLiteral("kim-career.md"),
                    {{QStringLiteral("한빛페이 · 직전 회사"),
                      QStringLiteral("한빛페이에서 결제플랫폼팀 백엔드 리드로 일했습니다. 팀 규모 8명을 이끌었습니다.")},
                     {QStringLiteral("누리커머스"), QStringLiteral("누리커머스 주문서비스팀에서 팀 규모 4명의 백엔드 개발자로 일했습니다.")}});
        addDocument(*f, QStringLiteral("이민수"), QStringLiteral("lee-career.md"),
                    {{QStringLiteral("카카오"), QStringLiteral("카카오 결제 플랫폼에서 팀 규모 12명의 팀장을 맡았습니다.")}});
        QVERIFY(f->knowledge.load(*f->store).ok());
        auto session = f->store->createSession(QStringLiteral("김지원 검토"));
        QVERIFY(session.ok());
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(f->knowledge, provider, f->store.get());

        AnswerTrace first;
        auto a1 = answerer.answer(Question{QStringLiteral("김지원의 직전 회사는?"), {}, *session, 5}, {}, nullptr, &first);
        QVERIFY(a1.ok());
        QVERIFY2(a1->found, qPrintable(a1->text));
        QVERIFY2(a1->citations.first().headingPath.join(u' ').contains(QStringLiteral("직전 회사")), qPrintable(a1->text));
        QVERIFY(first.turnId != 0);
        QVERIFY(first.memory.summaries.isEmpty() && first.memory.lastTurn.isEmpty()); // a new session has no memory
        if (summaryStored) {
            ExtractiveTurnCompressor compressor;
            QVERIFY(SessionMemory::compressTurn(*f->store, *session, first.turnId, compressor).ok());
        }

        const QString followUp = QStringLiteral("그 회사에서 팀 규모는?");
        AnswerTrace second;
        auto a2 = answerer.answer(Question{followUp, {}, *session, 5}, {}, nullptr, &second);
        QVERIFY(a2.ok());
        const QString why = a2->text + QStringLiteral(" | retrieval: ") + second.retrievalQuery;
        QVERIFY2(a2->found, qPrintable(why));
        QVERIFY2(second.retrievalQuery.contains(QStringLiteral("한빛페이")), qPrintable(why));
        QVERIFY(!second.hits.isEmpty());
        QVERIFY2(second.hits.first().ref.chunk.headingPath.join(u' ').contains(QStringLiteral("직전 회사")), qPrintable(why));
        // The answer leads with the previous company's figure; the extractive provider, which sees only the
        // question as asked, may add the other job's sentence after it, but never another candidate's.
        QVERIFY2(a2->text.startsWith(QStringLiteral("팀 규모 8명")), qPrintable(why));
        QVERIFY2(!a2->text.contains(QStringLiteral("12명")), qPrintable(why));
        QCOMPARE(a2->citations.first().candidate, QStringLiteral("김지원"));
        QVERIFY(a2->citations.first().headingPath.join(u' ').contains(QStringLiteral("직전 회사")));
        for (const SearchHit &h : std::as_const(second.hits))
            QCOMPARE(h.ref.candidateName, QStringLiteral("김지원")); // memory's focus filtered the candidates
        // The provider got memory, not the history; the recorded turn keeps the question as asked.
        QVERIFY(second.memory.lastTurn.contains(QStringLiteral("김지원의 직전 회사는?")));
        QCOMPARE(second.memory.summaries.size(), 0); // the only earlier turn is the last one, kept verbatim
        auto turns = f->store->turns(*session);
        QVERIFY(turns.ok());
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->last().question, followUp);
    }

    void refreshDocumentReplacesItsChunks()
    {
        auto f = makeFixture();
        const int before = f->knowledge.size();
        addDocument(*f, QStringLiteral("박서연"), QStringLiteral("park.md"),
                    {{QStringLiteral("경력"), QStringLiteral("박서연은 토스에서 디자인 시스템을 만들고 디자이너 3명을 이끌었다.")}});
        auto docs = f->store->documents(f->candidates.value(QStringLiteral("박서연")));
        QVERIFY(docs.ok() && docs->size() == 1);
        QVERIFY(f->knowledge.refreshDocument(*f->store, docs->first().id).ok());
        QCOMPARE(f->knowledge.size(), before + 1);
        QVERIFY(f->store->deleteDocument(docs->first().id).ok());
        QVERIFY(f->knowledge.refreshDocument(*f->store, docs->first().id).ok());
        QCOMPARE(f->knowledge.size(), before);
    }
};

QTEST_APPLESS_MAIN(tst_QuestionAnswerer)
#include "tst_questionanswerer.moc"
