// SPDX-License-Identifier: MIT
// Recruiters' conversations over the demo résumés plus recruiter14's, asked offline through sessions as the CLI and
// the desktop ask them: every earlier question is answered and recorded, its summary stored (ExtractiveTurnCompressor,
// as `protostar-cli ask --session` does), and the last question is answered from the session's memory. They cover
// what FollowUpResolver completes: plural and pointing references to the people the last answer listed ("그 사람들",
// "their"), one of them picked by place ("the first one"), a new who-question that must not inherit the person being
// discussed, and a follow-up after a refusal.
#include "offlineanswers.h"

#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_FollowUpConversations : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_corpus;

    // converse() for the current row's `earlier` and `question` columns.
    Result<Answer> converseRow(AnswerTrace *trace)
    {
        QFETCH(QStringList, earlier);
        QFETCH(QString, question);
        return m_corpus.converse(earlier, question, trace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_corpus.importDemoAndRecruiter14();
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
            << QStringList{kOliver} << QStringList{kJane, kHan, kYoon} << QStringList{QStringLiteral("GBP 95,000")};
        // Follow-ups whose pointing words ("그 사람들", "she", "the first one") are most of them: judged as the question
        // they stand for, they are answered from the people meant.
        QTest::newRow("그 사람들 희망 연봉 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그 사람들 희망 연봉은?")
            << QStringList{kKim, kKang, kChoi} << QStringList{kJane, kHan, kYoon}
            << QStringList{QStringLiteral("7,800만원"), QStringLiteral("1억 4천만원"), QStringLiteral("8,200만원")};
        // "Who knows Python?" names six people; the sixth, 한서연, writes 7,200만원 in her letter (Daniel Cho and Lena
        // Fischer write no yearly pay). Remembered are all who were named, not the first five.
        QTest::newRow("그 사람들 희망 연봉 after a six-person list")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("그 사람들 희망 연봉은?")
            << QStringList{kHan, kChoi, kPark, kOliver} << QStringList{kJane, kYoon, kKim}
            << QStringList{QStringLiteral("7,200만원"), QStringLiteral("8,200만원"), QStringLiteral("6,500만원")};
        // 각자 after a list asks each of those listed: Jane Park, 윤지호 and Oliver Grant never write Kafka.
        QTest::newRow("각자 학력 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("각자 학력은?")
            << QStringList{kDaniel, kLena, kChoi, kKang} << QStringList{kJane, kYoon, kOliver}
            << QStringList{QStringLiteral("M.Sc. Data Science"), QStringLiteral("산업공학과")};
        // Five people, five sentences: each one's degree before 강도현's second (his 학사 after his 석사), so 김지원 is not cut.
        QTest::newRow("각자 학력: everyone listed gets a line")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("각자 학력은?")
            << QStringList{kDaniel, kLena, kChoi, kKang, kKim} << QStringList{}
            << QStringList{QStringLiteral("한국가상대학교 컴퓨터공학과")};
        QTest::newRow("그럼 X는 after a salary")
            << QStringList{QStringLiteral("김지원 희망 연봉은?")} << QStringLiteral("그럼 박서준은?") << QStringList{kPark}
            << QStringList{kKim} << QStringList{QStringLiteral("6,500만원")};
        // Asked what was asked of the one before, not who she is: her education line, which a profile does not quote.
        QTest::newRow("And X after an education")
            << QStringList{QStringLiteral("What is Daniel Cho's education?")} << QStringLiteral("And Jane Park?") << QStringList{kJane}
            << QStringList{kDaniel} << QStringList{QStringLiteral("Example State University")};
        // A refused turn cites no one; the name its question wrote is still who the next question points at.
        QTest::newRow("그녀 after a refusal")
            << QStringList{QStringLiteral("Lena Fischer의 이전 회사는?")} << QStringLiteral("그녀의 기술 스택은?") << QStringList{kLena}
            << QStringList{} << QStringList{QStringLiteral("Flink")};
        QTest::newRow("he after a profile")
            << QStringList{QStringLiteral("Tell me about Daniel Cho")} << QStringLiteral("Where did he study?") << QStringList{kDaniel}
            << QStringList{} << QStringList{QStringLiteral("Example Coastal University")};
        QTest::newRow("she … there after a profile")
            << QStringList{QStringLiteral("Tell me about Jane Park")} << QStringLiteral("What did she achieve there?")
            << QStringList{kJane} << QStringList{} << QStringList{QStringLiteral("Brightlane")};
        // "Who knows Python?" lists Daniel Cho first, Lena Fischer second.
        QTest::newRow("the first one's education")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("the first one's education?") << QStringList{kDaniel}
            << QStringList{kLena} << QStringList{QStringLiteral("M.Sc. Data Science")};
        QTest::newRow("두 번째 사람 alone is their profile")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("두 번째 사람은?") << QStringList{kLena}
            << QStringList{kDaniel} << QStringList{QStringLiteral("Freelance data engineer")};
        QTest::newRow("두 번째 사람의 기술 스택")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("두 번째 사람의 기술 스택은?") << QStringList{kLena}
            << QStringList{kDaniel} << QStringList{QStringLiteral("Flink")};
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

    // Asked among the people the last answer listed for the most of a figure: each of them who states it, ranked, and
    // nobody else (Oliver Grant writes 13 years, Jane Park 8, but never Kafka).
    void rankedAmongListed_data()
    {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<QStringList>("notCited");
        QTest::newRow("경력이 제일 긴 among a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그중에 경력이 제일 긴 사람은?")
            << QStringList{kKang, kLena, kKim, kDaniel} << QStringList{kOliver, kJane};
        QTest::newRow("희망 연봉이 제일 높은 among a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그중에 희망 연봉이 제일 높은 사람은?")
            << QStringList{kKang, kChoi, kKim} << QStringList{kJane, kHan, kYoon};
    }
    void rankedAmongListed()
    {
        QFETCH(QStringList, order);
        QFETCH(QStringList, notCited);
        AnswerTrace trace;
        auto a = converseRow(&trace);
        QVERIFY(a.ok());
        QStringList cited;
        for (const Citation &c : std::as_const(a->citations))
            if (!cited.contains(c.document))
                cited << c.document;
        QString wrong = Test::citesMismatch(*a, order, notCited, {});
        if (!a->found)
            wrong += QStringLiteral("refused; ");
        if (cited.mid(0, order.size()) != order)
            wrong += QStringLiteral("cited in the order ") + cited.join(QStringLiteral(", ")) + QStringLiteral("; ");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + Test::describe(*a, trace)));
    }

    // Whose passages the last question retrieves: every passage is from one of `from`, and the first from `first`.
    void retrievedEvidence_data()
    {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("from");
        QTest::addColumn<QString>("first");
        // Who wrote Kafka (tst_whoquestions): the people the list can hold.
        const QStringList kafka{kDaniel, kLena, kKim, kKimCareer, kKang, kChoi};
        QTest::newRow("그 사람들 희망 연봉 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그 사람들 희망 연봉은?") << kafka << QString();
        QTest::newRow("그중에 after a Kafka list")
            << QStringList{QStringLiteral("Kafka 써본 사람은?")} << QStringLiteral("그중에 희망 연봉이 제일 높은 사람은?") << kafka
            << QString();
        // "Who knows Python?" lists Daniel Cho first, Lena Fischer second.
        QTest::newRow("the first one's education")
            << QStringList{QStringLiteral("Who knows Python?")} << QStringLiteral("the first one's education?") << QStringList{kDaniel}
            << kDaniel;
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
