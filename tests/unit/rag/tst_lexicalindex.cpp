// SPDX-License-Identifier: MIT
#include "rag/lexicalindex.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Protostar;
using namespace Qt::StringLiterals;

class tst_LexicalIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void topHit_data();
    void topHit();
    void candidateFilter();
    void removeDocument();
    void kAndOrder();
    void headingWeighted();
    void jointsFavourThePhrase_data();
    void jointsFavourThePhrase();
    void feedbackLendsTheBestChunksTerms_data();
    void feedbackLendsTheBestChunksTerms();
    void deltaKeepsLongChunksMatches_data();
    void deltaKeepsLongChunksMatches();
    void noMatch();
    void scoresMatchSearch_data();
    void scoresMatchSearch();
    void concurrentSearch();

private:
    LexicalIndex m_index;
};

namespace {

ChunkRef chunk(ChunkId id, CandidateId candidate, const QString &text, const QStringList &heading = {},
               const QString &document = u"resume.pdf"_s)
{
    ChunkRef r;
    r.chunk.id = id;
    r.chunk.documentId = id * 10;
    r.chunk.text = text;
    r.chunk.headingPath = heading;
    r.candidateId = candidate;
    r.candidateName = u"c%1"_s.arg(candidate);
    r.documentName = document;
    return r;
}

const QList<ChunkRef> &fixture()
{
    static const QList<ChunkRef> chunks{
        chunk(1, 1, u"김지원의 희망 연봉은 3,500만원이며 협의 가능합니다."_s, {u"희망 조건"_s}),
        chunk(2, 1, u"PostgreSQL을 이용해 초당 1만 건의 트랜잭션을 처리하는 결제 시스템을 운영했습니다."_s, {u"경력"_s}),
        chunk(3, 2, u"백엔드 개발 경력 7년, 그중 3년은 팀장으로 여섯 명의 개발자를 이끌었습니다."_s, {u"경력 요약"_s}),
        chunk(4, 2, u"Led a team of six engineers building the Kubernetes platform at Acme."_s, {u"Experience"_s}),
        chunk(5, 3, u"대학교에서 컴퓨터공학을 전공하고 2019년에 졸업했습니다."_s, {u"학력"_s}),
        chunk(6, 3, u"현재 연봉 정보는 기재하지 않았으며 입사일은 2024년 3월입니다."_s, {u"기타"_s}),
        chunk(7, 1, u"React와 TypeScript로 사내 관리 도구를 만들었고 사용자는 1.2억 건의 로그를 조회합니다."_s),
    };
    return chunks;
}

} // namespace

void tst_LexicalIndex::init()
{
    m_index.clear();
    m_index.addAll(fixture());
}

void tst_LexicalIndex::topHit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("two-syllable 연봉 with figure") << u"희망 연봉이 얼마인가요?"_s << qint64(1);
    QTest::newRow("two-syllable 팀장") << u"팀장 경험"_s << qint64(3);
    QTest::newRow("two-syllable 경력 years") << u"개발 경력 몇 년"_s << qint64(3);
    QTest::newRow("Latin word without its particle") << u"PostgreSQL 운영 경험"_s << qint64(2);
    QTest::newRow("case folded English") << u"KUBERNETES platform"_s << qint64(4);
    QTest::newRow("figure in another spelling") << u"35,000,000"_s << qint64(1);
    QTest::newRow("억 figure written out") << u"120,000,000"_s << qint64(7);
    QTest::newRow("particle on query noun") << u"김지원은"_s << qint64(1);
}

void tst_LexicalIndex::topHit()
{
    QFETCH(QString, query);
    QFETCH(qint64, expected);
    const QList<SearchHit> hits = m_index.search(query, SearchOptions{3, {}});
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().ref.chunk.id, expected);
    QVERIFY(hits.first().score > 0.0);
}

void tst_LexicalIndex::candidateFilter()
{
    SearchOptions options;
    options.k = 10;
    options.candidates = {3};
    const QList<SearchHit> hits = m_index.search(u"연봉"_s, options);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().ref.chunk.id, 6);
    QCOMPARE(hits.first().ref.candidateId, 3);
}

void tst_LexicalIndex::removeDocument()
{
    QCOMPARE(m_index.size(), 7);
    m_index.removeDocument(10); // chunk 1's document
    QCOMPARE(m_index.size(), 6);
    const QList<SearchHit> hits = m_index.search(u"희망 연봉"_s, SearchOptions{10, {}});
    QVERIFY(!hits.isEmpty());
    for (const SearchHit &h : hits)
        QVERIFY(h.ref.chunk.id != 1);
    // Re-adding the changed document makes it findable again.
    m_index.add(chunk(8, 1, u"김지원의 희망 연봉은 4,000만원입니다."_s));
    QCOMPARE(m_index.search(u"희망 연봉"_s, SearchOptions{1, {}}).first().ref.chunk.id, 8);
}

void tst_LexicalIndex::kAndOrder()
{
    const QList<SearchHit> hits = m_index.search(u"경력 연봉 개발"_s, SearchOptions{2, {}});
    QCOMPARE(hits.size(), 2);
    QVERIFY(hits.at(0).score >= hits.at(1).score);
    QVERIFY(m_index.search(u"경력"_s, SearchOptions{0, {}}).isEmpty());
}

void tst_LexicalIndex::headingWeighted()
{
    LexicalRankingOptions ranking = m_index.rankingOptions();
    ranking.titleRepeat = qMax(1, ranking.titleRepeat);
    LexicalIndex index(ranking);
    // Same body words; only one chunk sits under a heading that names the topic.
    index.add(chunk(1, 1, u"자격증 정보 처리 기사 취득"_s, {u"기타"_s}));
    index.add(chunk(2, 1, u"자격증 정보 처리 기사 취득"_s, {u"자격증"_s}));
    const QList<SearchHit> hits = index.search(u"자격증"_s, SearchOptions{2, {}});
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().ref.chunk.id, 2);
    QVERIFY(hits.first().score > hits.last().score);
}

void tst_LexicalIndex::jointsFavourThePhrase_data()
{
    QTest::addColumn<double>("jointWeight");
    QTest::addColumn<bool>("phraseFirst");
    QTest::newRow("joints at 0.1: the phrase wins") << 0.1 << true;
    QTest::newRow("joints off (the default): a tie, kept in chunk order") << 0.0 << false;
}

void tst_LexicalIndex::jointsFavourThePhrase()
{
    QFETCH(double, jointWeight);
    QFETCH(bool, phraseFirst);
    LexicalRankingOptions ranking;
    ranking.jointWeight = jointWeight;
    LexicalIndex index(ranking);
    // The same words, the same length; only chunk 2 writes "규정 취지" side by side, as the question does.
    index.add(chunk(1, 1, u"취지 설명과 규정 해석"_s));
    index.add(chunk(2, 1, u"규정 취지 설명과 해석"_s));
    const QList<SearchHit> hits = index.search(u"규정 취지는 무엇인가요"_s, SearchOptions{2, {}});
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().ref.chunk.id, phraseFirst ? 2 : 1);
    QCOMPARE(hits.first().score > hits.last().score, phraseFirst);
}

void tst_LexicalIndex::feedbackLendsTheBestChunksTerms_data()
{
    QTest::addColumn<int>("feedbackDocs");
    QTest::addColumn<QList<ChunkId>>("expected");
    QTest::newRow("feedback off (the default): only the chunk with the question's words")
        << 0 << QList<ChunkId>{1};
    QTest::newRow("feedback from the best chunk: a chunk sharing its other words follows it")
        << 1 << QList<ChunkId>{1, 2};
}

void tst_LexicalIndex::feedbackLendsTheBestChunksTerms()
{
    QFETCH(int, feedbackDocs);
    QFETCH(QList<ChunkId>, expected);
    LexicalRankingOptions ranking;
    ranking.feedbackDocs = feedbackDocs;
    LexicalIndex index(ranking);
    index.add(chunk(1, 1, u"희망 연봉은 3,500만원이며 성과급은 별도로 협의합니다."_s));
    index.add(chunk(2, 1, u"성과급 지급 조건은 입사 후 별도로 협의합니다."_s));
    index.add(chunk(3, 1, u"사내 동호회 활동: 등산"_s));
    const QString query = u"희망 연봉"_s;
    const QList<SearchHit> hits = index.search(query, SearchOptions{5, {}});
    QList<ChunkId> got;
    QList<double> scores;
    for (const SearchHit &h : hits) {
        got.append(h.ref.chunk.id);
        scores.append(h.score);
    }
    QCOMPARE(got, expected);
    // scores() with the same expansion agrees with search().
    QCOMPARE(index.feedback(query, SearchOptions{5, {}}).isEmpty(), feedbackDocs == 0);
    const QList<double> probed = index.scores(query, got, index.feedback(query, SearchOptions{5, {}}));
    for (qsizetype i = 0; i < got.size(); ++i)
        QVERIFY(qAbs(probed.at(i) - scores.at(i)) <= 1e-5 * scores.at(i));
}

void tst_LexicalIndex::deltaKeepsLongChunksMatches_data()
{
    QTest::addColumn<double>("delta");
    QTest::addColumn<ChunkId>("first");
    QTest::newRow("plain BM25: the short chunk repeating one word") << 0.0 << ChunkId(1);
    QTest::newRow("BM25+ delta 1: the long chunk with both words") << 1.0 << ChunkId(2);
}

void tst_LexicalIndex::deltaKeepsLongChunksMatches()
{
    QFETCH(double, delta);
    QFETCH(ChunkId, first);
    LexicalRankingOptions ranking;
    ranking.delta = delta;
    LexicalIndex index(ranking);
    index.add(chunk(1, 1, u"연봉 연봉 연봉"_s));
    index.add(chunk(2, 1, u"연봉 외에도 입사 시기, 근무 지역, 출퇴근 방법, 사내 동호회 활동, 교육 지원 제도, "
                           u"자격증 취득 지원, 장비 지급 기준과 휴가 사용 규정까지 모두 협의할 수 있습니다."_s));
    for (ChunkId id = 3; id < 8; ++id)
        index.add(chunk(id, 1, u"사내 동호회에서 등산을 즐깁니다."_s));
    const QList<SearchHit> hits = index.search(u"연봉 협의"_s, SearchOptions{2, {}});
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().ref.chunk.id, first);
}

void tst_LexicalIndex::noMatch()
{
    QVERIFY(m_index.search(u"블록체인"_s, SearchOptions{5, {}}).isEmpty());
    QVERIFY(m_index.search(u"   "_s, SearchOptions{5, {}}).isEmpty());
    LexicalIndex empty;
    QVERIFY(empty.search(u"연봉"_s, SearchOptions{5, {}}).isEmpty());
}

void tst_LexicalIndex::scoresMatchSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("Korean") << u"희망 연봉 협의"_s;
    QTest::newRow("mixed") << u"PostgreSQL 트랜잭션 1만 건"_s;
    QTest::newRow("English") << u"team of six engineers"_s;
}

void tst_LexicalIndex::scoresMatchSearch()
{
    QFETCH(QString, query);
    const QList<SearchHit> hits = m_index.search(query, SearchOptions{100, {}});
    QVERIFY(!hits.isEmpty());
    QList<ChunkId> ids;
    for (const SearchHit &h : hits)
        ids.append(h.ref.chunk.id);
    ids.append(999); // never indexed
    const QList<double> scores = m_index.scores(query, ids);
    QCOMPARE(scores.size(), ids.size());
    for (qsizetype i = 0; i < hits.size(); ++i)
        QVERIFY2(qAbs(scores.at(i) - hits.at(i).score) <= 1e-5 * hits.at(i).score, qPrintable(QString::number(i)));
    QCOMPARE(scores.last(), 0.0);
    // A removed chunk scores nothing.
    m_index.removeDocument(hits.first().ref.chunk.documentId);
    QCOMPARE(m_index.scores(query, {hits.first().ref.chunk.id}).first(), 0.0);
}

void tst_LexicalIndex::concurrentSearch()
{
    const QStringList queries{u"희망 연봉"_s, u"팀장 경험"_s, u"PostgreSQL"_s, u"Kubernetes"_s};
    QList<ChunkId> expected;
    for (const QString &q : queries)
        expected.append(m_index.search(q, SearchOptions{1, {}}).first().ref.chunk.id);
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const int q = (i + t) % queries.size();
                const QList<SearchHit> hits = m_index.search(queries.at(q), SearchOptions{1, {}});
                if (hits.isEmpty() || hits.first().ref.chunk.id != expected.at(q))
                    ++mismatches[t];
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

QTEST_APPLESS_MAIN(tst_LexicalIndex)
#include "tst_lexicalindex.moc"
