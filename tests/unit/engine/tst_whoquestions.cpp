// SPDX-License-Identifier: MIT
// Who-questions a recruiter writes as spoken ("어떤 사람이 Kafka를 써봤어?", "누가 Kafka 써봤어?", "Kafka 써본 사람
// 있어?", "Kafka 경험이 있는 사람은?"), asked offline of the demo résumés plus the round-14 ones (a 자기소개서 in prose
// that writes 사람 and 있는 in its sentences and never Kafka). Each answer names candidates whose résumé writes the
// tool and quotes that line; the prose résumé is never cited. Also the three rules under it: who is asked
// (AnswerText::asksWho), the spoken verbs of use (YesNoQuestion::isUseVerb), and what is searched
// (RetrievalQuery::of drops the person and the having only when someone who has or used something is asked for).
// And yes/no questions about military service ("윤지호는 군필인가요?"), answered by quoting the 병역 line
// (YesNoQuestion::militaryWords).
#include "offlineanswers.h"
#include "providers/answertext.h"
#include "providers/retrievalquery.h"
#include "providers/yesnoquestion.h"

#include <QDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_WhoQuestions : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_corpus.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Every candidate named is one whose quoted line writes the tool: each cited file is among those that write it,
    // at least `atLeast` of them are cited, and the prose 자기소개서 (사람 and 있는, no tool) never is.
    void whoUsedATool_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("writers"); // the files that write the tool
        QTest::addColumn<int>("atLeast");
        const QStringList kafka{kChoi, kDaniel, kKimCareer, kKim, kKang, kLena};
        const QString k = QStringLiteral("Kafka");
        QTest::newRow("경험이 있는 사람은") << QStringLiteral("Kafka 경험이 있는 사람은?") << k << kafka << 3;
        QTest::newRow("어떤 사람이 써봤어") << QStringLiteral("어떤 사람이 Kafka를 써봤어?") << k << kafka << 3;
        QTest::newRow("누가 써봤어") << QStringLiteral("누가 Kafka 써봤어?") << k << kafka << 3;
        QTest::newRow("써본 사람 있어") << QStringLiteral("Kafka 써본 사람 있어?") << k << kafka << 3;
        QTest::newRow("어떤 사람이 사용해봤어") << QStringLiteral("어떤 사람이 Kafka를 사용해봤어?") << k << kafka << 3;
        QTest::newRow("사용해봤던 사람 있어요") << QStringLiteral("Kafka 사용해봤던 사람 있어요?") << k << kafka << 3;
        QTest::newRow("다뤄본 사람 있냐") << QStringLiteral("Kafka 다뤄본 사람 있냐?") << k << kafka << 3;
        // The written who-frame: refused before too, as 사람 and 있는 were searched.
        QTest::newRow("써본 사람은") << QStringLiteral("Kafka를 써본 사람은?") << k << kafka << 3;
    }

    void whoUsedATool()
    {
        QFETCH(QString, question);
        QFETCH(QString, tool);
        QFETCH(QStringList, writers);
        QFETCH(int, atLeast);
        AnswerTrace trace;
        auto a = Test::askOffline(m_corpus.knowledge, question, &trace);
        QVERIFY(a.ok());
        QString wrong;
        if (!a->found)
            wrong += QStringLiteral("refused; ");
        QStringList files;
        for (const Citation &c : a->citations) {
            if (!files.contains(c.document))
                files << c.document;
            if (!writers.contains(c.document))
                wrong += c.document + QStringLiteral(" cited, which does not write ") + tool + QStringLiteral("; ");
        }
        if (files.size() < atLeast)
            wrong += QStringLiteral("%1 candidates' files cited, at least %2 expected; ").arg(files.size()).arg(atLeast);
        if (!a->text.contains(tool))
            wrong += tool + QStringLiteral(" not quoted; ");
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + Test::describe(*a, trace)));
    }

    // A yes/no question about military service is answered by quoting the candidate's 병역 line, whatever status it
    // asks (군필 or 미필: the line states the real one); a candidate whose résumé has none is not answered.
    void militaryService_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("found");
        QTest::newRow("군필인가요") << QStringLiteral("윤지호는 군필인가요?") << true;
        QTest::newRow("미필인가요") << QStringLiteral("윤지호는 미필인가요?") << true;
        QTest::newRow("병역을 마쳤나요") << QStringLiteral("윤지호는 병역을 마쳤나요?") << true;
        QTest::newRow("completed military service") << QStringLiteral("Has 윤지호 completed military service?") << true;
        // Guards: answered before as well; 김지원's résumé writes no 병역 line.
        QTest::newRow("군대를 다녀왔나요 (guard)") << QStringLiteral("윤지호는 군대를 다녀왔나요?") << true;
        QTest::newRow("no 병역 line (guard)") << QStringLiteral("김지원은 군필인가요?") << false;
    }

    void militaryService()
    {
        QFETCH(QString, question);
        QFETCH(bool, found);
        AnswerTrace trace;
        auto a = Test::askOffline(m_corpus.knowledge, question, &trace);
        QVERIFY(a.ok());
        const QString described = Test::describe(*a, trace);
        QVERIFY2(a->found == found, qPrintable(described));
        if (!found)
            return;
        QVERIFY2(a->text.contains(QStringLiteral("육군 병장 만기제대")), qPrintable(described));
        for (const Citation &c : a->citations)
            QVERIFY2(c.document == kYoon, qPrintable(described));
    }

    // What a yes/no question about the service asks of the résumé: the 병역 field; other yes/no questions keep
    // their words of completing.
    void militaryWords_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("군필인가요") << QStringLiteral("윤지호는 군필인가요?") << QStringList{QStringLiteral("윤지호"), QStringLiteral("병역")};
        QTest::newRow("military service") << QStringLiteral("Has Jane Park completed military service?")
                                          << QStringList{QStringLiteral("jane"), QStringLiteral("park"), QStringLiteral("병역")};
        QTest::newRow("not: completed the migration") << QStringLiteral("Has Jane Park completed the migration?")
                                                      << QStringList{QStringLiteral("jane"), QStringLiteral("park"),
                                                                     QStringLiteral("completed"), QStringLiteral("migration")};
    }

    void militaryWords()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, words);
        QCOMPARE(AnswerText::words(question), words);
    }

    void asksWho_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("who");
        QTest::newRow("어떤 사람이, first") << QStringLiteral("어떤 사람이 Kafka를 써봤어?") << true;
        QTest::newRow("어느 지원자가, first") << QStringLiteral("어느 지원자가 Go를 다뤄봤나요?") << true;
        QTest::newRow("사람 있어, spoken") << QStringLiteral("Kafka 써본 사람 있어?") << true;
        QTest::newRow("후보자 있니") << QStringLiteral("React 해본 후보자 있니?") << true;
        QTest::newRow("not: 사람 in the middle") << QStringLiteral("낼 사람이 기한까지 제출했나요?") << false;
        QTest::newRow("not: 어떤 일") << QStringLiteral("김지원은 어떤 일을 했나요?") << false;
        QTest::newRow("not: 어떤 사람들의 모임") << QStringLiteral("어떤 사람들의 모임인가요") << false;
        // Round 17: the same of every candidate is asked of each; an election's candidates (후보들) are none of ours.
        QTest::newRow("every candidate's") << QStringLiteral("List every candidate's current title.") << true;
        QTest::newRow("모든 후보자의") << QStringLiteral("모든 후보자의 현재 직함은?") << true;
        QTest::newRow("not: 모든 후보들과의 대결") << QStringLiteral("다른 모든 후보들과의 일대일 대결에서 지는 후보가 있을 시 그 사람을 무엇이라고 부르는가?")
                                              << false;
    }

    void asksWho()
    {
        QFETCH(QString, question);
        QFETCH(bool, who);
        QCOMPARE(AnswerText::asksWho(question), who);
    }

    void spokenUseVerbs_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("use");
        QTest::newRow("써봤어") << QStringLiteral("써봤어") << true;
        QTest::newRow("사용해봤어") << QStringLiteral("사용해봤어") << true;
        QTest::newRow("다뤄봤냐") << QStringLiteral("다뤄봤냐") << true;
        QTest::newRow("썼어") << QStringLiteral("썼어") << true;
        QTest::newRow("not 사용자") << QStringLiteral("사용자") << false;
        QTest::newRow("not 해지") << QStringLiteral("해지") << false;
    }

    void spokenUseVerbs()
    {
        QFETCH(QString, word);
        QFETCH(bool, use);
        QCOMPARE(YesNoQuestion::isUseVerb(word), use);
    }

    // What a who-question searches: the person and the having are dropped only when someone who has or used what
    // the question names is asked for; a question about what someone did keeps its person word.
    void searched_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("kept");
        QTest::addColumn<QStringList>("dropped");
        QTest::newRow("경험이 있는 사람은") << QStringLiteral("Kafka 경험이 있는 사람은?") << QStringList{QStringLiteral("Kafka")}
                                      << QStringList{QStringLiteral("사람"), QStringLiteral("있는"), QStringLiteral("경험")};
        QTest::newRow("어떤 사람이 써봤어") << QStringLiteral("어떤 사람이 Kafka를 써봤어?") << QStringList{QStringLiteral("Kafka")}
                                      << QStringList{QStringLiteral("사람"), QStringLiteral("어떤"), QStringLiteral("써봤")};
        QTest::newRow("써본 사람 있어") << QStringLiteral("Kafka 써본 사람 있어?") << QStringList{QStringLiteral("Kafka")}
                                    << QStringList{QStringLiteral("사람"), QStringLiteral("있어"), QStringLiteral("써본")};
        QTest::newRow("자격증이 있는 사람은") << QStringLiteral("정보처리기사 자격증이 있는 사람은?")
                                       << QStringList{QStringLiteral("정보처리기사"), QStringLiteral("자격증")}
                                       << QStringList{QStringLiteral("사람"), QStringLiteral("있는")};
        QTest::newRow("keeps 사람: what was done") << QStringLiteral("라이벌 관계를 이룬 사람은?")
                                                  << QStringList{QStringLiteral("라이벌"), QStringLiteral("사람")} << QStringList{};
    }

    void searched()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, dropped);
        const QString q = RetrievalQuery::of(question);
        for (const QString &w : kept)
            QVERIFY2(q.contains(w), qPrintable(q));
        for (const QString &w : dropped)
            QVERIFY2(!q.contains(w), qPrintable(q));
    }
};

QTEST_GUILESS_MAIN(tst_WhoQuestions)
#include "tst_whoquestions.moc"
