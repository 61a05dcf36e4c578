// SPDX-License-Identifier: MIT
#include "rag/pagefusedindex.h"

#include <QTest>

#include <algorithm>

using namespace Protostar;
using namespace Qt::StringLiterals;

class tst_PageFusedIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageLiftsItsChunk_data();
    void pageLiftsItsChunk();
    void weightZeroIsTheChunkRanking();
    void pageSplitOverTwoCalls();
    void candidateFilterAndRemove();
    void kAndScores();
    void documentEvidence_data();
    void documentEvidence();
    void learnedWithHandSetWeightsIsTheFusion_data();
    void learnedWithHandSetWeightsIsTheFusion();
    void poolFeatures_data();
    void poolFeatures();
    void learnedWeightsReorder_data();
    void learnedWeightsReorder();
};

namespace {

ChunkRef chunk(ChunkId id, DocumentId document, int page, const QString &text, const QStringList &heading = {},
               CandidateId candidate = 1)
{
    ChunkRef r;
    r.chunk.id = id;
    r.chunk.documentId = document;
    r.chunk.page = page;
    r.chunk.text = text;
    r.chunk.headingPath = heading;
    r.candidateId = candidate;
    r.candidateName = u"c%1"_s.arg(candidate);
    r.documentName = u"doc%1.pdf"_s.arg(document);
    return r;
}

// Chunks 1 and 3 both state the salary, chunk 3 more tersely (so it wins on its own); only chunk 1's page also
// speaks of the negotiation and the start date the question asks about, in a neighbouring paragraph or a heading.
QList<ChunkRef> corpus(const QString &neighbour, const QStringList &neighbourHeading)
{
    return {
        chunk(1, 1, 2, u"희망 연봉은 3,500만원이며 성과급과 복리후생은 회사 규정에 따르기를 바랍니다."_s),
        chunk(2, 1, 2, neighbour, neighbourHeading),
        chunk(3, 2, 5, u"희망 연봉은 4,000만원입니다."_s),
        chunk(4, 2, 5, u"사내 동호회에서 등산을 즐깁니다."_s),
        chunk(5, 2, 6, u"연봉 협상은 입사일 확정 이후 진행합니다."_s), // another page of document 2
    };
}

QList<ChunkId> ids(const QList<SearchHit> &hits)
{
    QList<ChunkId> out;
    for (const SearchHit &h : hits)
        out.append(h.ref.chunk.id);
    return out;
}

} // namespace

void tst_PageFusedIndex::pageLiftsItsChunk_data()
{
    QTest::addColumn<QString>("neighbour");
    QTest::addColumn<QStringList>("neighbourHeading");
    QTest::newRow("terms in the next paragraph") << u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s << QStringList{};
    QTest::newRow("terms in a heading of the page") << u"추가 정보 없음."_s << QStringList{u"연봉 협상과 입사일"_s};
}

void tst_PageFusedIndex::pageLiftsItsChunk()
{
    QFETCH(QString, neighbour);
    QFETCH(QStringList, neighbourHeading);
    PageFusionOptions off;
    off.pageWeight = 0.0;
    PageFusedIndex alone(LexicalRankingOptions{}, off);
    PageFusedIndex index;
    alone.addAll(corpus(neighbour, neighbourHeading));
    index.addAll(corpus(neighbour, neighbourHeading));
    SearchOptions options;
    options.k = 5;
    const QList<ChunkId> chunkOrder = ids(alone.search(u"희망 연봉 협상 입사일"_s, options));
    QVERIFY2(chunkOrder.indexOf(3) >= 0 && chunkOrder.indexOf(3) < chunkOrder.indexOf(1), qPrintable(QDebug::toString(chunkOrder)));
    const QList<ChunkId> order = ids(index.search(u"희망 연봉 협상 입사일"_s, options));
    QVERIFY(order.contains(1) && order.contains(3));
    // The page around chunk 1 answers the rest of the question; chunk 3's page does not (chunk 5 is another page).
    QVERIFY2(order.indexOf(1) < order.indexOf(3), qPrintable(QDebug::toString(order)));
}

void tst_PageFusedIndex::weightZeroIsTheChunkRanking()
{
    PageFusionOptions off;
    off.pageWeight = 0.0;
    PageFusedIndex fused(LexicalRankingOptions{}, off);
    LexicalIndex plain;
    const QList<ChunkRef> chunks = corpus(u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s, {});
    fused.addAll(chunks);
    plain.addAll(chunks);
    SearchOptions options;
    options.k = 5;
    const QList<SearchHit> a = fused.search(u"희망 연봉 협상 입사일"_s, options);
    const QList<SearchHit> b = plain.search(u"희망 연봉 협상 입사일"_s, options);
    QCOMPARE(ids(a), ids(b));
    QCOMPARE(fused.indexBytes(), plain.indexBytes()); // no page index is built at all
}

void tst_PageFusedIndex::pageSplitOverTwoCalls()
{
    const QList<ChunkRef> chunks = corpus(u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s, {});
    PageFusedIndex whole;
    whole.addAll(chunks);
    PageFusedIndex split;
    for (const ChunkRef &c : chunks)
        split.addAll({c});
    QCOMPARE(split.size(), whole.size());
    SearchOptions options;
    options.k = 5;
    // Each unit of a split page is scored alone, so the order may differ; every matching chunk is still found.
    QList<ChunkId> a = ids(whole.search(u"연봉"_s, options));
    QList<ChunkId> b = ids(split.search(u"연봉"_s, options));
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QCOMPARE(b, a);
}

void tst_PageFusedIndex::candidateFilterAndRemove()
{
    QList<ChunkRef> chunks = corpus(u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s, {});
    chunks[2].candidateId = 2; // chunk 3 belongs to another candidate
    PageFusedIndex index;
    index.addAll(chunks);
    SearchOptions options;
    options.k = 5;
    options.candidates = {2};
    QCOMPARE(ids(index.search(u"희망 연봉"_s, options)), QList<ChunkId>{3});
    options.candidates.clear();
    index.removeDocument(1);
    QCOMPARE(index.size(), 3);
    const QList<ChunkId> left = ids(index.search(u"희망 연봉 협상 입사일"_s, options));
    QVERIFY(!left.contains(1) && !left.contains(2));
    QVERIFY(left.contains(3));
    index.clear();
    QCOMPARE(index.size(), 0);
    QVERIFY(index.search(u"연봉"_s, options).isEmpty());
}

void tst_PageFusedIndex::kAndScores()
{
    PageFusedIndex index;
    index.addAll(corpus(u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s, {}));
    SearchOptions options;
    options.k = 2;
    const QList<SearchHit> hits = index.search(u"연봉"_s, options);
    QCOMPARE(hits.size(), 2);
    QVERIFY(hits.at(0).score >= hits.at(1).score);
    // The best chunk on the best page scores 1 + page weight at most.
    QVERIFY(hits.at(0).score <= 1.0 + index.fusionOptions().pageWeight + 1e-9);
    QVERIFY(hits.at(0).score > 0.0);
}

void tst_PageFusedIndex::documentEvidence_data()
{
    QTest::addColumn<double>("documentWeight");
    QTest::addColumn<DocumentId>("first");
    QTest::newRow("off (the default): the tersest chunk, alone in its document") << 0.0 << DocumentId(1);
    QTest::newRow("weight 3: a chunk of the document whose three pages match") << 3.0 << DocumentId(2);
}

void tst_PageFusedIndex::documentEvidence()
{
    QFETCH(double, documentWeight);
    QFETCH(DocumentId, first);
    PageFusionOptions fusion;
    fusion.documentWeight = documentWeight;
    PageFusedIndex index(LexicalRankingOptions{}, fusion);
    index.addAll({chunk(1, 1, 1, u"연봉 협상 가능."_s)});
    index.addAll({chunk(2, 2, 1, u"연봉 협상은 입사 후 가능합니다."_s),
                  chunk(3, 2, 2, u"연봉 협상 일정은 별도로 안내합니다."_s),
                  chunk(4, 2, 3, u"연봉 협상 결과는 메일로 알립니다."_s)});
    for (ChunkId id = 5; id < 9; ++id)
        index.addAll({chunk(id, DocumentId(id), 1, u"사내 동호회에서 등산을 즐깁니다."_s)});
    const QList<SearchHit> hits = index.search(u"연봉 협상"_s, SearchOptions{3, {}});
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().ref.chunk.documentId, first);
}

void tst_PageFusedIndex::learnedWithHandSetWeightsIsTheFusion_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<double>("pageWeight");
    QTest::newRow("weight 3, terms over two paragraphs") << u"희망 연봉 협상 입사일"_s << 3.0;
    QTest::newRow("weight 3, one term") << u"연봉"_s << 3.0;
    QTest::newRow("weight 1, terms over two paragraphs") << u"희망 연봉 협상 입사일"_s << 1.0;
    QTest::newRow("weight 0.5, a figure and a word") << u"2024년 입사일"_s << 0.5;
}

// The hand-set fusion is one point of the learned ranking's space: with its weights both rank and score alike.
void tst_PageFusedIndex::learnedWithHandSetWeightsIsTheFusion()
{
    QFETCH(QString, query);
    QFETCH(double, pageWeight);
    PageFusionOptions hand;
    hand.pageWeight = pageWeight;
    PageFusionOptions learned = hand;
    learned.learned = true;
    learned.weights = RankingFeatures::handSet(pageWeight);
    PageFusedIndex a(LexicalRankingOptions{}, hand), b(LexicalRankingOptions{}, learned);
    const QList<ChunkRef> chunks = corpus(u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s, {});
    a.addAll(chunks);
    b.addAll(chunks);
    const QList<SearchHit> x = a.search(query, SearchOptions{5, {}});
    const QList<SearchHit> y = b.search(query, SearchOptions{5, {}});
    QVERIFY(!x.isEmpty());
    QCOMPARE(ids(y), ids(x));
    for (qsizetype i = 0; i < x.size(); ++i)
        QVERIFY2(qAbs(x.at(i).score - y.at(i).score) <= 1e-9, qPrintable(QString::number(i)));
}

void tst_PageFusedIndex::poolFeatures_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<ChunkId>("chunkId");
    QTest::addColumn<int>("feature");
    QTest::addColumn<double>("expected");
    // Chunk 3 "희망 연봉은 4,000만원입니다." is the tersest match of 희망 연봉, so it ranks first on its own.
    QTest::newRow("best chunk's part is 1") << u"희망 연봉"_s << ChunkId(3) << int(RankingFeatures::ChunkPart) << 1.0;
    QTest::newRow("best chunk's rank is 1") << u"희망 연봉"_s << ChunkId(3) << int(RankingFeatures::ChunkRank) << 1.0;
    QTest::newRow("a chunk holding every term covers all") << u"희망 연봉"_s << ChunkId(1)
                                                          << int(RankingFeatures::ChunkCoverage) << 1.0;
    QTest::newRow("a chunk holding no figure has no word part") << u"연봉 4,000만원"_s << ChunkId(5)
                                                               << int(RankingFeatures::ChunkWordPart) << 0.0;
    QTest::newRow("a page holding every term covers all") << u"연봉 협상 입사일"_s << ChunkId(1)
                                                         << int(RankingFeatures::PageCoverage) << 1.0;
}

void tst_PageFusedIndex::poolFeatures()
{
    QFETCH(QString, query);
    QFETCH(ChunkId, chunkId);
    QFETCH(int, feature);
    QFETCH(double, expected);
    PageFusedIndex index;
    index.addAll(corpus(u"연봉 협상 가능, 입사일은 2024년 3월 협의."_s, {}));
    const QList<PooledChunk> pool = index.pool(query, SearchOptions{5, {}});
    const auto it = std::find_if(pool.cbegin(), pool.cend(), [&](const PooledChunk &c) { return c.hit.ref.chunk.id == chunkId; });
    QVERIFY(it != pool.cend());
    QVERIFY2(qAbs(it->features.values[feature] - expected) <= 1e-9, qPrintable(QString::number(it->features.values[feature])));
    // Every chunk's coverage is a share, and a partial one is below 1.
    for (const PooledChunk &c : pool) {
        QVERIFY(c.features.values[RankingFeatures::ChunkCoverage] > 0.0);
        QVERIFY(c.features.values[RankingFeatures::ChunkCoverage] <= 1.0 + 1e-9);
    }
}

void tst_PageFusedIndex::learnedWeightsReorder_data()
{
    QTest::addColumn<int>("feature");
    QTest::addColumn<ChunkId>("first");
    QTest::newRow("hand-set: the terse chunk whose page lacks the rest") << -1 << ChunkId(3);
    QTest::newRow("coverage weighed: the chunk holding every term") << int(RankingFeatures::ChunkCoverage) << ChunkId(1);
}

// A weight on a feature the hand-set fusion ignores changes which chunk comes first.
void tst_PageFusedIndex::learnedWeightsReorder()
{
    QFETCH(int, feature);
    QFETCH(ChunkId, first);
    PageFusionOptions fusion;
    fusion.pageWeight = 0.01; // the pages barely count, so the chunk's own features decide
    fusion.learned = true;
    fusion.weights = RankingFeatures::handSet(fusion.pageWeight);
    if (feature >= 0)
        (*fusion.weights)[feature] = 2.0;
    PageFusedIndex index(LexicalRankingOptions{}, fusion);
    // Chunk 1 holds every term of the question in a long paragraph; chunk 3 states two of them twice, tersely.
    index.addAll({chunk(1, 1, 1, u"희망 연봉은 3,500만원이며 성과급과 복리후생, 근무 형태와 출퇴근 시간, 교육 지원과 "
                                  u"사내 동호회 활동, 휴가 일수와 재택 근무 여부는 회사 규정에 따르고 협상 가능합니다."_s),
                  chunk(3, 2, 1, u"희망 연봉: 4,000만원. 희망 연봉은 조정할 수 있습니다."_s)});
    for (ChunkId id = 5; id < 9; ++id)
        index.addAll({chunk(id, DocumentId(id), 1, u"사내 동호회에서 등산을 즐깁니다."_s)});
    const QList<SearchHit> hits = index.search(u"희망 연봉 협상"_s, SearchOptions{2, {}});
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().ref.chunk.id, first);
}

QTEST_GUILESS_MAIN(tst_PageFusedIndex)
#include "tst_pagefusedindex.moc"
