// SPDX-License-Identifier: MIT
// Recruiters' conversations over the demo résumés plus recruiter14's, asked offline through sessions as the CLI and
// the desktop ask them: every earlier question is answered and recorded, its summary stored (ExtractiveTurnCompressor,
// as `protostar-cli ask --session` does), and the last question is answered from the session's memory. They cover
// what FollowUpResolver completes: plural and pointing references to the people the last answer listed ("그 사람들",
// "their"), one of them picked by place ("the first one"), a new who-question that must not inherit the person being
// discussed, and a follow-up after a refusal.
#include "offlineanswers.h"
#include "engine/sessionmemory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_FollowUpConversations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_corpus;

    // Answers `question` in `session` and stores its summary, as the CLI does between two calls.
    Result<Answer> ask(SessionId session, const QString &question, AnswerTrace *trace)
    {
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(m_corpus.knowledge, provider, m_corpus.store.get());
        Question q{question, {}, session, 5};
        auto answer = answerer.answer(q, {}, nullptr, trace);
        if (answer && trace->turnId != 0) {
            ExtractiveTurnCompressor compressor;
            if (auto stored = SessionMemory::compressTurn(*m_corpus.store, session, trace->turnId, compressor); !stored)
                return stored.error();
        }
        return answer;
    }

    // A new session: `earlier` asked and recorded in order, then `question`, whose answer is returned.
    Result<Answer> converse(const QStringList &earlier, const QString &question, AnswerTrace *trace)
    {
        auto session = m_corpus.store->createSession(QString::fromUtf8(QTest::currentDataTag()));
        if (!session)
            return session.error();
        for (const QString &q : earlier) {
            AnswerTrace earlierTrace;
            if (auto a = ask(*session, q, &earlierTrace); !a)
                return a.error();
        }
        return ask(*session, question, trace);
    }

    // converse() for the current row's `earlier` and `question` columns.
    Result<Answer> converseRow(AnswerTrace *trace)
    {
        QFETCH(QStringList, earlier);
        QFETCH(QString, question);
        return converse(earlier, question, trace);
    }

    inline static const QString kDaniel = QStringLiteral("daniel-cho-resume.txt");
    inline static const QString kJane = QStringLiteral("jane-park-resume.md");
    inline static const QString kHan = QStringLiteral("han-seoyeon-intro.txt");
    inline static const QString kYoon = QStringLiteral("yoon-jiho-resume.md");
    inline static const QString kLena = QStringLiteral("lena-fischer-portfolio.md");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QString problem = m_corpus.importDemoAndRecruiter14(m_dir.filePath(QStringLiteral("all.db")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The last question of each conversation must be answered, cite each of `cited` and none of `notCited`, and quote
    // each of `phrases`.
    void lastAnswer_data()
    {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("cited");
        QTest::addColumn<QStringList>("notCited");
        QTest::addColumn<QStringList>("phrases");
        // Jane Park, 한서연 and 윤지호 write an expected salary and never Kafka or Kubernetes: asked about the people just
        // listed, their lines are not the answer.
        QTest::newRow("그 사람 연봉 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그 사람 연봉은?") << QStringList{}
            << QStringList{kJane, kHan, kYoon} << QStringList{};
        QTest::newRow("their salaries after a Kubernetes list")
            << QStringList{QStringLiteral("Who has used Kubernetes?")} << QStringLiteral("What are their expected salaries?")
            << QStringList{} << QStringList{kJane, kHan, kYoon} << QStringList{};
        // Talking about Jane Park (no Python in her résumé), a new who-question searches everyone.
        QTest::newRow("a new who-question after one person")
            << QStringList{QStringLiteral("Tell me about Jane Park")} << QStringLiteral("Who knows Python?") << QStringList{kDaniel}
            << QStringList{kJane} << QStringList{};
    }
    void lastAnswer()
    {
        QFETCH(QStringList, cited);
        QFETCH(QStringList, notCited);
        QFETCH(QStringList, phrases);
        AnswerTrace trace;
        auto a = converseRow(&trace);
        QVERIFY(a.ok());
        QString wrong = Test::citesMismatch(*a, cited, notCited, phrases);
        if (!a->found)
            wrong += QStringLiteral("refused; ");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + Test::describe(*a, trace)));
    }

    // Whose passages the last question retrieves: every passage is from one of `from`, and the first from `first`. For
    // follow-ups the support check still refuses: it judges the question as asked, whose pointing words ("그 사람들",
    // "the first one") no passage writes (QuestionAnswerer's part; see docs/BENCHMARKS.md, eleventh session).
    void retrievedEvidence_data()
    {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("from");
        QTest::addColumn<QString>("first");
        // Who wrote Kafka (tst_whoquestions): the people the list can hold.
        const QStringList kafka{kDaniel, kLena, QStringLiteral("kim-jiwon-resume.md"), QStringLiteral("kim-jiwon-career.md"),
                                QStringLiteral("kang-dohyun-resume.md"), QStringLiteral("choi-minho-career.md")};
        QTest::newRow("그 사람들 희망 연봉 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그 사람들 희망 연봉은?") << kafka << QString();
        QTest::newRow("그중에 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그중에 희망 연봉이 제일 높은 사람은?") << kafka
            << QString();
        // "Who knows Python?" lists Daniel Cho first, Lena Fischer second.
        QTest::newRow("the first one's education")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("the first one's education?") << QStringList{kDaniel}
            << kDaniel;
        // A refused turn cites no one; the name its question wrote is still who the next question points at.
        QTest::newRow("그녀 after a refusal")
            << QStringList{QStringLiteral("Lena Fischer의 이전 회사는?")} << QStringLiteral("그녀의 기술 스택은?") << QStringList{kLena}
            << kLena;
        QTest::newRow("두 번째 사람의 기술 스택")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("두 번째 사람의 기술 스택은?") << QStringList{kLena}
            << kLena;
    }
    void retrievedEvidence()
    {
        QFETCH(QStringList, from);
        QFETCH(QString, first);
        AnswerTrace trace;
        auto a = converseRow(&trace);
        QVERIFY(a.ok());
        QString wrong;
        if (trace.hits.isEmpty())
            wrong += QStringLiteral("nothing retrieved; ");
        for (const SearchHit &h : std::as_const(trace.hits))
            if (!from.contains(h.ref.documentName))
                wrong += h.ref.documentName + QStringLiteral(" retrieved; ");
        if (!first.isEmpty() && !trace.hits.isEmpty() && trace.hits.first().ref.documentName != first)
            wrong += QStringLiteral("first passage not from ") + first + QStringLiteral("; ");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + Test::describe(*a, trace)));
    }
};

QTEST_APPLESS_MAIN(tst_FollowUpConversations)
#include "tst_followupconversations.moc"
