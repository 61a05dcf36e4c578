// SPDX-License-Identifier: MIT
// PageEvidence: the paragraphs of one PDF page share one evidence entry, the places they free go to the next pages
// of the wider ranking, chunks without a page stay their own entries, and a citation names the chunk it quotes.
#include "engine/knowledgebase.h"
#include "engine/pageevidence.h"
#include "engine/questionanswerer.h"
#include "providers/answertext.h"
#include "providers/extractiveanswerprovider.h"

#include <QRegularExpression>
#include <QTest>

using namespace Protostar;

namespace {

// A hit per entry of `pages` (document 1, that page); chunk ids from `firstId`, ordinal = id.
QList<SearchHit> hitsOn(const QList<int> &pages, ChunkId firstId)
{
    QList<SearchHit> out;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        SearchHit h;
        h.ref.chunk.id = firstId + i;
        h.ref.chunk.documentId = 1;
        h.ref.chunk.ordinal = int(firstId + i);
        h.ref.chunk.page = pages.at(i);
        h.ref.chunk.text = QStringLiteral("chunk %1").arg(firstId + i);
        h.score = 10.0 - double(firstId + i) * 0.1;
        out.append(h);
    }
    return out;
}

ChunkRef chunk(ChunkId id, int ordinal, int page, const QString &text)
{
    ChunkRef ref;
    ref.chunk.id = id;
    ref.chunk.documentId = 1;
    ref.chunk.ordinal = ordinal;
    ref.chunk.page = page;
    ref.chunk.text = text;
    ref.documentName = QStringLiteral("report.pdf");
    return ref;
}

} // namespace

class tst_PageEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesPerPage_data()
    {
        QTest::addColumn<QList<int>>("hitPages");  // the top k, best first
        QTest::addColumn<QList<int>>("poolPages"); // the wider ranking after them
        QTest::addColumn<QList<int>>("entryPages");
        QTest::addColumn<QList<int>>("entrySizes"); // chunks behind each entry

        QTest::newRow("paragraphs of one page share an entry, the next pages fill in")
            << QList<int>{4, 4, 18, 4, 25} << QList<int>{4, 30, 18, 31, 32} << QList<int>{4, 18, 25, 30, 31}
            << QList<int>{3, 1, 1, 1, 1};
        QTest::newRow("no page shared: the hits themselves") << QList<int>{1, 2, 3} << QList<int>{4, 5}
                                                               << QList<int>{1, 2, 3} << QList<int>{1, 1, 1};
        QTest::newRow("no pages (résumé paragraphs): each its own entry")
            << QList<int>{0, 0, 0} << QList<int>{0, 0} << QList<int>{0, 0, 0} << QList<int>{1, 1, 1};
        QTest::newRow("no wider ranking: fewer entries") << QList<int>{7, 7, 8} << QList<int>{} << QList<int>{7, 8}
                                                           << QList<int>{2, 1};
    }

    void entriesPerPage()
    {
        QFETCH(QList<int>, hitPages);
        QFETCH(QList<int>, poolPages);
        QFETCH(QList<int>, entryPages);
        QFETCH(QList<int>, entrySizes);
        const QList<SearchHit> hits = hitsOn(hitPages, 1);
        const QList<SearchHit> pool = hits + hitsOn(poolPages, 100);
        const PageEvidence built = PageEvidence::build(hits, pool);
        QList<int> pages;
        QList<int> sizes;
        for (const Evidence &e : built.evidence()) {
            QCOMPARE(e.n, int(pages.size() + 1));
            pages.append(e.ref.chunk.page);
            sizes.append(int(built.chunksOf(e.n).size()));
            // The entry is cited as its best-ranked chunk until attribute() says which one was quoted.
            QCOMPARE(e.ref.chunk.id, built.chunksOf(e.n).first().chunk.id);
        }
        QCOMPARE(pages, entryPages);
        QCOMPARE(sizes, entrySizes);
        QCOMPARE(PageEvidence::sharesPage(hits), entrySizes.contains(2) || entrySizes.contains(3));
    }

    // The joined text reads as the page does: reading order whatever the ranks, adjacent paragraphs on the next
    // line (a sentence cut by the chunker reads whole), a gap as a blank line.
    void joinedInReadingOrder()
    {
        const QList<ChunkRef> refs{chunk(13, 3, 2, QStringLiteral("third")), chunk(11, 1, 2, QStringLiteral("first")),
                                   chunk(12, 2, 2, QStringLiteral("second")), chunk(15, 5, 2, QStringLiteral("fifth"))};
        QList<SearchHit> hits;
        for (const ChunkRef &r : refs)
            hits.append(SearchHit{r, 1.0});
        const PageEvidence built = PageEvidence::build(hits, {});
        QCOMPARE(built.evidence().size(), 1);
        QCOMPARE(built.evidence().first().ref.chunk.text, QStringLiteral("first\nsecond\nthird\n\nfifth"));
    }

    void citesTheQuotedChunk_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("expected"); // the answer with its markers renumbered into sources
        QTest::addColumn<QList<ChunkId>>("sources");

        QTest::newRow("a sentence of the second-ranked paragraph")
            << QStringLiteral("The bank became a nationwide lender in May. [1]") << QStringLiteral("The bank became a nationwide lender in May. [1]")
            << QList<ChunkId>{22};
        QTest::newRow("two paragraphs of the page quoted: two sources")
            << QStringLiteral("Daegu Bank applied for a licence. [1] The bank became a nationwide lender in May. [1]")
            << QStringLiteral("Daegu Bank applied for a licence. [1] The bank became a nationwide lender in May. [2]")
            << QList<ChunkId>{21, 22};
        QTest::newRow("a paraphrase: the paragraph sharing most of its words")
            << QStringLiteral("In May it turned into a nationwide lender. [1]") << QStringLiteral("In May it turned into a nationwide lender. [1]")
            << QList<ChunkId>{22};
        QTest::newRow("an entry of one chunk") << QStringLiteral("Rates rose. [2]") << QStringLiteral("Rates rose. [1]")
                                               << QList<ChunkId>{30};
    }

    void citesTheQuotedChunk()
    {
        QFETCH(QString, answer);
        QFETCH(QString, expected);
        QFETCH(QList<ChunkId>, sources);
        const QList<SearchHit> hits{SearchHit{chunk(21, 1, 3, QStringLiteral("Daegu Bank applied for a licence.")), 3.0},
                                    SearchHit{chunk(30, 9, 5, QStringLiteral("Rates rose.")), 2.0},
                                    SearchHit{chunk(22, 2, 3, QStringLiteral("The bank became a\nnationwide lender in May.")), 1.0}};
        const PageEvidence built = PageEvidence::build(hits, {});
        QCOMPARE(built.evidence().size(), 2);
        QList<ChunkRef> used;
        QSet<int> cited;
        QCOMPARE(built.attribute(answer, {1, 2}, used, cited), expected);
        QList<ChunkId> ids;
        for (const ChunkRef &r : std::as_const(used))
            ids.append(r.chunk.id);
        QCOMPARE(ids, sources);
        QCOMPARE(cited.size(), sources.size());
    }

    // Through the answering pipeline: a page whose paragraphs all rank high yields answers whose every citation
    // is the paragraph that writes the quoted sentence.
    void answerCitationsQuoteTheirChunk()
    {
        KnowledgeBase knowledge;
        QList<ChunkRef> chunks{
            chunk(1, 0, 1, QStringLiteral("Regional lenders and the licence review of 2024.")),
            chunk(2, 1, 1, QStringLiteral("Daegu Bank applied to convert its regional licence in January.")),
            chunk(3, 2, 1, QStringLiteral("The regulator approved the nationwide licence of Daegu Bank in May.")),
            chunk(4, 3, 2, QStringLiteral("Deposit rates of regional lenders fell slightly.")),
        };
        for (int d = 0; d < 6; ++d) {
            ChunkRef other = chunk(100 + d, 0, 1, QStringLiteral("The committee met on Tuesday and agreed the agenda."));
            other.chunk.documentId = 10 + d;
            chunks.append(other);
        }
        knowledge.add(chunks);
        ExtractiveAnswerProvider provider;
        AnswererOptions ungated;
        ungated.minSupport = 0.0;
        ungated.minSentenceSupport = 0.0;
        QuestionAnswerer answerer(knowledge, provider, nullptr, ungated);
        Question question;
        question.text = QStringLiteral("When did Daegu Bank apply for and receive its nationwide licence?");
        AnswerTrace trace;
        const auto answer = answerer.answer(question, {}, nullptr, &trace);
        QVERIFY(answer.ok());
        QVERIFY(PageEvidence::sharesPage(trace.hits)); // else this would test nothing of the grouping
        QVERIFY(answer->found);
        QVERIFY(!answer->citations.isEmpty());
        static const QRegularExpression marker(QStringLiteral("\\s*\\[(\\d+)\\]"));
        qsizetype from = 0;
        auto it = marker.globalMatch(answer->text);
        int markers = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            const QString sentence = AnswerText::collapseSpaces(answer->text.mid(from, m.capturedStart(0) - from));
            from = m.capturedEnd(0);
            const int n = m.captured(1).toInt();
            QVERIFY(n >= 1 && n <= answer->citations.size());
            QVERIFY2(AnswerText::collapseSpaces(answer->citations.at(n - 1).quote).contains(sentence), qPrintable(sentence));
            ++markers;
        }
        QVERIFY(markers > 0);
        // Both paragraphs of page 1 that state the dates are cited, each for its own sentence.
        QList<ChunkId> cited;
        for (const Citation &c : answer->citations)
            cited.append(c.chunkId);
        QVERIFY2(cited.contains(2) && cited.contains(3), qPrintable(answer->text));
    }
};

QTEST_GUILESS_MAIN(tst_PageEvidence)
#include "tst_pageevidence.moc"
