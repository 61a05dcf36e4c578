// SPDX-License-Identifier: MIT
// Recruiter round 17: questions a recruiter asks of the demo résumés together with tests/data/recruiter14 that round
// 16 left refused or answered with too much: the year of one's career (몇년차, 연차), the school one graduated from asked
// as "어디 나왔어", people who have every one of several named skills (모두, 둘 다, both … and), and where someone lives
// asked with a place. Asked offline, as the app answers; each answer cites the résumé that says it.
#include "offlineanswers.h"

#include <QDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_RecruiterQuestions17 : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_all.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // One named candidate: the line that says it, spoken as a recruiter asks.
    void namedCandidate_data()
    {
        Test::addAnswerColumns();
        // 몇년차 / 연차 asks the years of one's career, which the header writes as 경력 or "years".
        QTest::newRow("ko glued 몇년차") << QStringLiteral("김지원 몇년차?") << QStringList{kKim}
                                      << QStringList{QStringLiteral("경력 9년")} << QStringList{};
        QTest::newRow("ko spoken 몇 년차야, English header") << QStringLiteral("Jane Park 몇 년차야?") << QStringList{kJane}
                                                          << QStringList{QStringLiteral("8 years")} << QStringList{};
        QTest::newRow("ko 연차가 어떻게 돼") << QStringLiteral("강도현 연차가 어떻게 돼?") << QStringList{kKang}
                                         << QStringList{QStringLiteral("경력 18년")} << QStringList{};
        // "학교 어디 나왔어" asks the school graduated from: the letter's sentence of 졸업.
        QTest::newRow("ko spoken 학교 어디 나왔어, letter") << QStringLiteral("한서연 학교 어디 나왔어?")
                                                    << QStringList{kHan}
                                                    << QStringList{QStringLiteral("부산해오름대학교 통계학과를 졸업했습니다")} << QStringList{};
        QTest::newRow("ko polite 대학은 어디 나오셨어요") << QStringLiteral("한서연은 대학은 어디 나오셨어요?")
                                                  << QStringList{kHan}
                                                  << QStringList{QStringLiteral("부산해오름대학교 통계학과를 졸업했습니다")} << QStringList{};
        // Where a letter's writer lives: its sentence of living, not the university's city two sentences on.
        QTest::newRow("ko spoken 어디 살아, letter") << QStringLiteral("한서연 어디 살아?") << QStringList{kHan}
                                                 << QStringList{QStringLiteral("현재 경기도 성남시 분당구에 살고 있습니다.")}
                                                 << QStringList{QStringLiteral("부산해오름대학교")};
    }

    void namedCandidate()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Over everyone: every candidate whose lines say it is cited, and nobody else.
    void whoQuestions_data()
    {
        Test::addWhoColumns();
        // Every named skill must be written: 강도현 writes Kubernetes only, 김지원 and 최민호 Kafka only.
        QTest::newRow("ko A와 B를 모두") << QStringLiteral("Kubernetes와 Terraform을 모두 써본 사람은?") << QStringList{kOliver, kPark, kKim}
                                      << QStringList{kKang} << QStringList{QStringLiteral("Terraform")};
        QTest::newRow("ko spoken A랑 B 둘 다") << QStringLiteral("Kubernetes랑 Terraform 둘 다 해본 사람?") << QStringList{kOliver, kPark, kKim}
                                           << QStringList{kKang} << QStringList{QStringLiteral("Terraform")};
        QTest::newRow("en both A and B") << QStringLiteral("Who has used both Kafka and Spark?") << QStringList{kDaniel, kLena}
                                         << QStringList{kKim, kKang, kChoi} << QStringList{QStringLiteral("Spark")};
        // Either of them keeps listing each who writes one.
        QTest::newRow("en A or B, either") << QStringLiteral("Who has used Terraform or Spark?") << QStringList{kOliver, kKim, kDaniel}
                                           << QStringList{} << QStringList{};
        // Where someone lives, asked with the place: the header or the letter's sentence that writes it.
        QTest::newRow("ko spoken 대전 사는 사람 있어") << QStringLiteral("대전 사는 사람 있어?") << QStringList{kLee}
                                               << QStringList{kKang, kKim} << QStringList{QStringLiteral("대전")};
        QTest::newRow("ko 성남에 사는 사람, letter") << QStringLiteral("성남에 사는 사람은?") << QStringList{kHan}
                                               << QStringList{kKang, kKim} << QStringList{QStringLiteral("성남시 분당구에 살고 있습니다")};
        QTest::newRow("ko 부산에 사는, English header") << QStringLiteral("부산에 사는 사람은?") << QStringList{kDaniel} << QStringList{kHan}
                                                 << QStringList{QStringLiteral("Busan")};
        // A field of study of two words is written so or in Korean: "M.Sc. Data Science" writes only "science".
        QTest::newRow("en computer science, not data science") << QStringLiteral("Which candidates studied computer science?")
                                                               << QStringList{kKang, kLena, kJane} << QStringList{kDaniel}
                                                               << QStringList{QStringLiteral("Computer Science"), QStringLiteral("컴퓨터공학 학사")};
        QTest::newRow("ko 컴퓨터공학, English résumés too") << QStringLiteral("컴퓨터공학 전공한 사람?") << QStringList{kKang, kKim}
                                                      << QStringList{kDaniel} << QStringList{QStringLiteral("컴퓨터공학과")};
        // A domain asked in English: the words a résumé writes of it (병원, 의료).
        QTest::newRow("en worked in healthcare") << QStringLiteral("Who has worked in healthcare?") << QStringList{kSong}
                                                 << QStringList{kDaniel, kLena, kOliver} << QStringList{QStringLiteral("병원")};
        QTest::newRow("en worked in gaming") << QStringLiteral("Who has worked in gaming?") << QStringList{kPark} << QStringList{kDaniel, kLena}
                                             << QStringList{QStringLiteral("게임 서버")};
        // Starting at once: only the start that says so, not every notice period or date.
        QTest::newRow("en start immediately") << QStringLiteral("Who can start immediately?") << QStringList{kYoon}
                                              << QStringList{kOliver, kLena, kKang, kKim, kHan}
                                              << QStringList{QStringLiteral("즉시 가능")};
        QTest::newRow("ko 즉시 입사 가능한") << QStringLiteral("즉시 입사 가능한 사람?") << QStringList{kYoon}
                                         << QStringList{kOliver, kLena, kKang, kKim, kHan}
                                         << QStringList{QStringLiteral("즉시 가능")};
        QTest::newRow("ko spoken 바로 입사 가능한 사람 있어") << QStringLiteral("바로 입사 가능한 사람 있어?") << QStringList{kYoon}
                                                      << QStringList{kOliver, kLena, kKang, kKim} << QStringList{QStringLiteral("즉시 가능")};
        // The same of every candidate, asked without a who-word: each one's title, from their header or current entry.
        QTest::newRow("en every candidate's current title") << QStringLiteral("List every candidate's current title.")
                                                            << QStringList{kOliver, kKang, kSong} << QStringList{}
                                                            << QStringList{QStringLiteral("Staff Site Reliability Engineer"), QStringLiteral("엔지니어링 디렉터")};
    }

    void whoQuestions()
    {
        Test::verifyWhoRow(m_all.knowledge);
    }

    // What no document says is refused.
    void refuses_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko nobody writes both Spark and Terraform") << QStringLiteral("Spark와 Terraform을 모두 써본 사람은?");
        QTest::newRow("ko 신입 has no 연차") << QStringLiteral("윤지호 몇년차?");
        QTest::newRow("en nobody starts on a named day, asked immediately") << QStringLiteral("Who can join immediately as a designer?");
    }

    void refuses()
    {
        Test::verifyRefusedRow(m_all.knowledge);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions17)
#include "tst_recruiterquestions17.moc"
