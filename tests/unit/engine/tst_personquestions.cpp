// SPDX-License-Identifier: MIT
// Questions that name a person: someone nobody imported is refused with no other candidate's passages,
// a given name alone ("Emily's") chooses the one candidate who bears it, and a person a document
// mentions (a reference) can still be asked about.
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

// A résumé titled with the bare name, as many are, with a reference person in it.
const QByteArray kEmily = QByteArrayLiteral(
    "# Emily Stone\n\nProduct Designer · Seoul · emily.stone@example.org\n\n"
    "## Summary\nEight years designing B2B SaaS products. Expected salary: 7,200만원.\n\n"
    "## Experience\n### Northwind Labs (2021.01 – present) — Lead Product Designer\n"
    "- Redesigned the onboarding flow; trial-to-paid conversion rose from 4.1% to 6.3%.\n\n"
    "## References\nMark Lee, Head of Design at Northwind Labs: mark.lee@example.org\n");

const QByteArray kHong = QByteArrayLiteral(
    "홍길동 이력서\n\n연락처: 010-1234-5678 / gildong@example.com\n희망 연봉: 6,800만원\n경력: 9년\n\n경력 사항\n"
    "- 2019.07 ~ 현재 한결데이터 검색플랫폼팀 팀장\n  Elasticsearch 클러스터 40대를 운영하며 일 1,200만 건의 검색 요청을 처리했다.\n");

} // namespace

class tst_PersonQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    KnowledgeBase m_knowledge;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("people.db")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        // Two résumés only: in a small corpus every passage shares most of a salary question's words.
        const QStringList paths = {Test::writeFile(m_dir.path(), QStringLiteral("es.md"), kEmily),
                                   Test::writeFile(m_dir.path(), QStringLiteral("hg.txt"), kHong)};
        DocumentImporter importer(*m_store);
        const ImportSummary summary = DocumentImporter::summarize(importer.importPaths(paths));
        QCOMPARE(summary.failed, 0);
        QVERIFY(m_store->candidateByName(QStringLiteral("Emily Stone")).value().has_value());
        QVERIFY(m_knowledge.load(*m_store).ok());
    }

    // KnowledgeBase::unknownPerson, which the refusal above rests on, names whom it did not find.
    void unknownPerson_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("unknown");

        QTest::newRow("nobody imported") << QStringLiteral("김철수의 희망 연봉은?") << QStringLiteral("김철수");
        QTest::newRow("English name nobody writes") << QStringLiteral("What is John Smith's salary?") << QStringLiteral("John Smith");
        QTest::newRow("candidate") << QStringLiteral("홍길동의 희망 연봉은?") << QString();
        QTest::newRow("candidate's given name") << QStringLiteral("Emily의 희망 연봉은?") << QString();
        QTest::newRow("a reference a résumé writes") << QStringLiteral("What is Mark Lee's email?") << QString();
        QTest::newRow("no person named") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QString();
    }

    void unknownPerson()
    {
        QFETCH(QString, question);
        QFETCH(QString, unknown);
        QCOMPARE(m_knowledge.unknownPerson(question), unknown);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("candidate"); // whose passage is cited first; empty = refused
        QTest::addColumn<QString>("quoted");    // written in the answer
        QTest::addColumn<bool>("related");      // a refusal offers related passages

        QTest::newRow("unknown Korean name") << QStringLiteral("김철수의 희망 연봉은?") << QString() << QString() << false;
        QTest::newRow("unknown Korean name with 씨") << QStringLiteral("김철수 씨는 Kafka를 써봤나요?") << QString() << QString() << false;
        QTest::newRow("unknown English name") << QStringLiteral("What is John Smith's expected salary?") << QString() << QString() << false;
        QTest::newRow("given name chooses the candidate")
            << QStringLiteral("What is Emily's email?") << QStringLiteral("Emily Stone") << QStringLiteral("emily.stone@example.org") << false;
        QTest::newRow("given name before a Korean particle")
            << QStringLiteral("Emily의 희망 연봉은?") << QStringLiteral("Emily Stone") << QStringLiteral("7,200만원") << false;
        QTest::newRow("given name, field the résumé lacks")
            << QStringLiteral("What is Emily's phone number?") << QString() << QString() << true;
        QTest::newRow("a person a document mentions")
            << QStringLiteral("What is Mark Lee's email?") << QStringLiteral("Emily Stone") << QStringLiteral("mark.lee@example.org") << false;
        QTest::newRow("a candidate's full name") << QStringLiteral("홍길동의 희망 연봉은?") << QStringLiteral("홍길동")
                                                  << QStringLiteral("6,800만원") << false;
    }

    void answers()
    {
        QFETCH(QString, question);
        QFETCH(QString, candidate);
        QFETCH(QString, quoted);
        QFETCH(bool, related);
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(m_knowledge, provider);
        const auto answer = answerer.answer(Question{question, {}, 0, 5});
        QVERIFY(answer.ok());
        QVERIFY2(answer->found == !candidate.isEmpty(), qPrintable(answer->text));
        if (candidate.isEmpty()) {
            QCOMPARE(answer->related.isEmpty(), !related);
            for (const Citation &c : answer->related)
                QCOMPARE(c.candidate, QStringLiteral("Emily Stone")); // never another candidate's passages
            return;
        }
        QVERIFY(!answer->citations.isEmpty());
        QCOMPARE(answer->citations.first().candidate, candidate);
        QVERIFY2(answer->text.contains(quoted), qPrintable(answer->text));
    }
};

QTEST_GUILESS_MAIN(tst_PersonQuestions)
#include "tst_personquestions.moc"
