// SPDX-License-Identifier: MIT
// KnowledgeBase::support of a paragraph chunk (SupportScope): on a real page the paragraph before and after it
// join the passage; a document without pages (a résumé) and other pages never do. And the demo résumés, even
// imported as one-page PDFs, still refuse what they do not say.
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

// One document's chunks in reading order; `pages` gives each chunk's page (0: a document without pages).
QList<ChunkRef> document(DocumentId doc, ChunkId firstId, const QStringList &texts, const QList<int> &pages)
{
    QList<ChunkRef> out;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        ChunkRef ref;
        ref.chunk.id = firstId + i;
        ref.chunk.documentId = doc;
        ref.chunk.ordinal = int(i);
        ref.chunk.page = pages.at(i);
        ref.chunk.text = texts.at(i);
        ref.candidateId = CandidateId(doc);
        ref.candidateName = QStringLiteral("Reporter %1").arg(doc);
        ref.documentName = QStringLiteral("report-%1.pdf").arg(doc);
        out.append(ref);
    }
    return out;
}

// Filler documents, so the question's terms are rare and carry weight.
QList<ChunkRef> filler()
{
    QList<ChunkRef> out;
    for (int d = 0; d < 6; ++d) {
        out += document(100 + d, 1000 + 10 * d,
                        {QStringLiteral("The committee met on Tuesday and agreed the agenda."),
                         QStringLiteral("Minutes were approved without changes.")},
                        {1, 1});
    }
    return out;
}

} // namespace

class tst_KnowledgeBaseSupport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // "Which bank converted its licence in 2024?" asked of a page whose second paragraph names the bank and
    // whose third says what it did: the third alone covers half the question, with its neighbour all of it.
    void neighboursJoinOnRealPagesOnly_data()
    {
        QTest::addColumn<QList<int>>("pages"); // of the four chunks; the third is judged
        QTest::addColumn<int>("reach");        // SupportScope::neighbours
        QTest::addColumn<bool>("raised");      // support above the chunk's own

        QTest::newRow("one page, neighbour joins") << QList<int>{1, 1, 1, 1} << 1 << true;
        QTest::newRow("one page, chunks alone (reach 0)") << QList<int>{1, 1, 1, 1} << 0 << false;
        QTest::newRow("no pages (a résumé): judged alone") << QList<int>{0, 0, 0, 0} << 1 << false;
        QTest::newRow("the naming paragraph ends the previous page") << QList<int>{1, 1, 2, 2} << 1 << false;
    }

    void neighboursJoinOnRealPagesOnly()
    {
        QFETCH(QList<int>, pages);
        QFETCH(int, reach);
        QFETCH(bool, raised);
        const QList<ChunkRef> doc = document(1, 1,
                                             {QStringLiteral("Annual review of regional lenders."),
                                              QStringLiteral("Daegu Bank is the subject of this section."),
                                              QStringLiteral("It converted its licence to a nationwide one in 2024."),
                                              QStringLiteral("Other lenders are reviewed next year.")},
                                             pages);
        const QString question = QStringLiteral("Did Daegu Bank convert its licence?");
        KnowledgeBase alone;
        alone.setSupportScope({0, 1.0, false});
        alone.add(filler());
        alone.add(doc);
        KnowledgeBase scoped;
        scoped.setSupportScope({reach, 1.0, false});
        scoped.add(filler());
        scoped.add(doc);
        const double own = alone.support(question, doc.at(2)).passage;
        const double withScope = scoped.support(question, doc.at(2)).passage;
        QVERIFY2(own > 0.0 && own < 1.0, qPrintable(QString::number(own)));
        QCOMPARE(withScope > own + 1e-9, raised);
        if (!raised)
            QCOMPARE(withScope, own);
        // The sentence window stays within the chunk unless the scope lets it cross.
        QCOMPARE(scoped.support(question, doc.at(2)).sentences, alone.support(question, doc.at(2)).sentences);
    }

    // Terms found only beside the chunk count at the neighbour weight: half weight lands halfway.
    void neighbourWeightScalesTheirTerms()
    {
        const QList<ChunkRef> doc = document(1, 1,
                                             {QStringLiteral("Daegu Bank is the subject of this section."),
                                              QStringLiteral("It converted its licence to a nationwide one in 2024.")},
                                             {1, 1});
        const QString question = QStringLiteral("Did Daegu Bank convert its licence?");
        auto supportAt = [&](int reach, double weight) {
            KnowledgeBase kb;
            kb.setSupportScope({reach, weight, false});
            kb.add(filler());
            kb.add(doc);
            return kb.support(question, doc.at(1)).passage;
        };
        const double own = supportAt(0, 1.0);
        const double full = supportAt(1, 1.0);
        const double half = supportAt(1, 0.5);
        QVERIFY(full > own);
        QVERIFY(qAbs(half - (own + full) / 2.0) < 1e-9);
    }

    // Removing a document forgets its pages: a re-added page does not see the old neighbours.
    void removedDocumentLeavesNoNeighbours()
    {
        KnowledgeBase kb;
        kb.add(filler());
        const QList<ChunkRef> before = document(1, 1,
                                                {QStringLiteral("Daegu Bank is the subject of this section."),
                                                 QStringLiteral("It converted its licence to a nationwide one in 2024.")},
                                                {1, 1});
        kb.add(before);
        const QString question = QStringLiteral("Did Daegu Bank convert its licence?");
        const double joined = kb.support(question, before.at(1)).passage;
        kb.removeDocument(1);
        const QList<ChunkRef> after = document(1, 2, {before.at(1).chunk.text}, {1});
        kb.add(after);
        const double alone = kb.support(question, after.at(0)).passage;
        QVERIFY2(alone < joined, qPrintable(QStringLiteral("%1 vs %2").arg(alone).arg(joined)));
    }

    // The demo résumés (page-less .md/.txt), and the same chunks as if each résumé were a one-page PDF (so every
    // paragraph has neighbours on its page): what they do not say is still refused, what they say still answered.
    void pagedResumesStillRefuse_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("found");
        QTest::addColumn<bool>("asPdf");

        const QList<std::pair<QString, bool>> questions{
            {QStringLiteral("김지원의 운전면허 보유 여부는?"), false},
            {QStringLiteral("What is Jane Park's GPA?"), false},
            {QStringLiteral("김지원의 병역 사항은?"), false},
            {QStringLiteral("Does Jane Park speak Japanese?"), false},
            {QStringLiteral("박서준의 운전면허 취득 연도는?"), false},
            {QStringLiteral("Daniel Cho's driver's licence?"), false},
            {QStringLiteral("김지원의 희망 연봉은?"), true},
            {QStringLiteral("Who has Kafka experience?"), true},
        };
        for (const bool asPdf : {false, true}) {
            for (const auto &[question, found] : questions) {
                QTest::addRow("%s: %s", asPdf ? "one-page PDFs" : "résumés", qPrintable(question)) << question << found << asPdf;
            }
        }
    }

    void pagedResumesStillRefuse()
    {
        QFETCH(QString, question);
        QFETCH(bool, found);
        QFETCH(bool, asPdf);
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QString dbPath = m_dir.filePath(QStringLiteral("demo.db"));
        const bool fresh = !QFile::exists(dbPath);
        auto store = SqliteStore::open(dbPath);
        QVERIFY(store.ok());
        if (fresh) {
            const QDir demo(QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo")));
            QStringList paths;
            for (const QString &f : demo.entryList({QStringLiteral("*-*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
                paths.append(demo.filePath(f));
            QCOMPARE(paths.size(), 7);
            DocumentImporter importer(**store);
            QCOMPARE(DocumentImporter::summarize(importer.importPaths(paths)).failed, 0);
        }
        auto chunks = (*store)->allChunks();
        QVERIFY(chunks.ok());
        QList<ChunkRef> refs = *chunks;
        for (ChunkRef &ref : refs) {
            QCOMPARE(ref.chunk.page, 0); // the demo résumés have no pages
            if (asPdf)
                ref.chunk.page = 1;
        }
        KnowledgeBase knowledge; // the engine's default SupportScope
        knowledge.add(refs);
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(knowledge, provider);
        AnswerTrace trace;
        auto a = answerer.answer(Question{question, {}, 0, 5}, {}, nullptr, &trace);
        QVERIFY(a.ok());
        QVERIFY2(a->found == found, qPrintable(QStringLiteral("found=%1 support=%2/%3 text=%4")
                                                   .arg(a->found)
                                                   .arg(trace.support)
                                                   .arg(trace.sentenceSupport)
                                                   .arg(a->text)));
    }
};

QTEST_GUILESS_MAIN(tst_KnowledgeBaseSupport)
#include "tst_knowledgebasesupport.moc"
