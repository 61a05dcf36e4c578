// SPDX-License-Identifier: MIT
// Recruiter round 16: questions a recruiter asks of the demo résumés together with tests/data/recruiter14 that round
// 15 left unanswered or answered with too much: what someone did at their last job (the latest entry, heading and
// lines), where someone works asked politely or of a prose letter, degrees named with their field (공학석사 ↔ M.Eng.,
// master's ↔ 공학석사), a practice written with a slash ("A/B 테스트": not E2E 테스트), and short spoken questions.
// Asked offline, as the app answers; each answer cites the résumé that says it.
#include "offlineanswers.h"

#include <QDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_RecruiterQuestions16 : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_all.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // What was done at the last job: the latest entry's heading and its lines, never an earlier employer's.
    void workAtLastJob_data()
    {
        Test::addAnswerColumns();
        const QStringList harborview = {QStringLiteral("Harborview Systems — Staff Site Reliability Engineer (Mar 2021 – Present)"),
                                        QStringLiteral("4,500 transactions per second")};
        const QStringList earlier = {QStringLiteral("Kestrel Media"), QStringLiteral("Northgate"), QStringLiteral("Terraform modules")};
        QTest::newRow("en do at his last job") << QStringLiteral("What did Oliver Grant do at his last job?") << QStringList{kOliver} << harborview
                                               << earlier;
        QTest::newRow("en work in his current role") << QStringLiteral("What work does Oliver Grant do in his current role?") << QStringList{kOliver}
                                                     << harborview << earlier;
        QTest::newRow("ko 마지막 직장에서 한 일") << QStringLiteral("Oliver Grant의 마지막 직장에서 한 일은?") << QStringList{kOliver} << harborview
                                           << earlier;
        QTest::newRow("ko spoken 직전 회사에서 무슨 일") << QStringLiteral("Oliver Grant가 직전 회사에서 무슨 일을 했어?") << QStringList{kOliver}
                                                << harborview << earlier;
        QTest::newRow("ko 현재 회사에서 한 일") << QStringLiteral("강도현이 현재 회사에서 한 일은?")
                                            << QStringList{kKang}
                                            << QStringList{QStringLiteral("은하모빌리티 (2019.01 ~ 현재)"), QStringLiteral("45명")}
                                            << QStringList{QStringLiteral("다온커머스"), QStringLiteral("새솔정보")};
        // Asked for the last role itself, the heading answers (round 15), not what was done.
        QTest::newRow("en last role, the heading") << QStringLiteral("What was Oliver Grant's last role?") << QStringList{kOliver}
                                                   << QStringList{harborview.first()} << earlier;
    }

    void workAtLastJob()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Where someone works now, asked politely, of a résumé (its ongoing entry) and of a prose letter (the sentence
    // saying so, not the job it left).
    void whereWorksNow_data()
    {
        Test::addAnswerColumns();
        const QString mulgyeol = QStringLiteral("2019년 4월부터 현재까지 물결데이터 그로스분석팀에서 시니어 데이터 분석가로 일하고 있습니다.");
        QTest::newRow("ko polite 지금 어디서 일하나요, résumé") << QStringLiteral("강도현은 지금 어디서 일하나요?")
                                                        << QStringList{kKang}
                                                        << QStringList{QStringLiteral("은하모빌리티 (2019.01 ~ 현재)")}
                                                        << QStringList{QStringLiteral("다온커머스")};
        QTest::newRow("ko polite 어디서 근무하세요") << QStringLiteral("Oliver Grant는 어디서 근무하세요?") << QStringList{kOliver}
                                              << QStringList{QStringLiteral("Harborview Systems")} << QStringList{QStringLiteral("Kestrel Media")};
        QTest::newRow("ko spoken 어디서 일해, letter") << QStringLiteral("한서연은 어디서 일해?") << QStringList{kHan} << QStringList{mulgyeol}
                                                   << QStringList{QStringLiteral("별솔리서치")};
        QTest::newRow("ko polite 지금 어디서 일하나요, letter") << QStringLiteral("한서연은 지금 어디서 일하나요?") << QStringList{kHan}
                                                         << QStringList{mulgyeol} << QStringList{QStringLiteral("별솔리서치")};
        QTest::newRow("ko 현재 직장, letter") << QStringLiteral("한서연의 현재 직장은?") << QStringList{kHan} << QStringList{mulgyeol}
                                          << QStringList{QStringLiteral("별솔리서치")};
    }

    void whereWorksNow()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Short spoken questions with their words glued or clipped ("연봉얼마", "경력 몇년", "뭐있어", "어디 살아"), and the
    // start date asked as when one can work: the line that says it.
    void spokenShort_data()
    {
        Test::addAnswerColumns();
        QTest::newRow("ko glued 연봉얼마") << QStringLiteral("강도현 연봉얼마?") << QStringList{kKang}
                                       << QStringList{QStringLiteral("현재 연봉: 1억 2천만원")} << QStringList{};
        QTest::newRow("ko glued 경력 몇년") << QStringLiteral("Oliver Grant 경력 몇년?") << QStringList{kOliver}
                                        << QStringList{QStringLiteral("13 years")} << QStringList{};
        QTest::newRow("ko glued 자격증 뭐있어") << QStringLiteral("윤지호 자격증 뭐있어?") << QStringList{kYoon}
                                          << QStringList{QStringLiteral("정보처리기사")} << QStringList{};
        QTest::newRow("ko spoken 어디 살아") << QStringLiteral("Daniel Cho 어디 살아?") << QStringList{kDaniel}
                                         << QStringList{QStringLiteral("Busan")} << QStringList{};
        QTest::newRow("ko 언제부터 일할 수 있어, notice") << QStringLiteral("Oliver Grant 언제부터 일할 수 있어?")
                                                   << QStringList{kOliver}
                                                   << QStringList{QStringLiteral("Notice period: 8 weeks")} << QStringList{};
        QTest::newRow("en how many people does … manage") << QStringLiteral("How many people does 강도현 manage?")
                                                      << QStringList{kKang}
                                                      << QStringList{QStringLiteral("엔지니어 45명 규모의 플랫폼 조직을 이끌고 있습니다.")}
                                                      << QStringList{};
        QTest::newRow("ko 언제부터 일할 수 있어, letter") << QStringLiteral("한서연은 언제부터 일할 수 있어?")
                                                   << QStringList{kHan}
                                                   << QStringList{QStringLiteral("2027년 1월 4일")} << QStringList{};
    }

    void spokenShort()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Over everyone: every candidate whose line says it is cited, and nobody else.
    void whoQuestions_data()
    {
        Test::addWhoColumns();
        // A practice written with a slash is that practice: 윤지호's "E2E 테스트" shares only 테스트.
        QTest::newRow("ko spoken A/B 테스트") << QStringLiteral("누가 A/B 테스트를 해봤어?") << QStringList{kHan} << QStringList{kYoon}
                                          << QStringList{QStringLiteral("A/B 테스트 플랫폼")};
        QTest::newRow("en A/B testing") << QStringLiteral("Who has done A/B testing?") << QStringList{kHan} << QStringList{kYoon}
                                        << QStringList{QStringLiteral("A/B 테스트 플랫폼")};
        // 공학석사 is an engineering master's: the degree beside an engineering field (산업공학과 석사), not 전산학 석사 or an
        // M.Sc. in Data Science.
        QTest::newRow("ko 공학석사") << QStringLiteral("공학석사 학위가 있는 사람은?") << QStringList{kChoi} << QStringList{kKang, kDaniel, kLena, kHan}
                                   << QStringList{QStringLiteral("산업공학과 석사")};
        QTest::newRow("ko spoken 공학석사인 사람") << QStringLiteral("공학석사인 사람 있어?") << QStringList{kChoi}
                                            << QStringList{kKang, kDaniel, kLena, kHan} << QStringList{QStringLiteral("산업공학과 석사")};
    }

    // Short spoken who-questions name each user of the tool, as "Who uses Python?" does.
    void spokenWho_data()
    {
        Test::addWhoColumns();
        const QStringList pythonUsers = {kDaniel, kLena,
                                         kOliver};
        const QStringList noPython = {kYoon, kKang};
        QTest::newRow("ko Python 쓰는 사람") << QStringLiteral("Python 쓰는 사람?") << pythonUsers << noPython << QStringList{QStringLiteral("Python")};
        QTest::newRow("ko 파이썬 쓰는 사람") << QStringLiteral("파이썬 쓰는 사람?") << pythonUsers << noPython << QStringList{QStringLiteral("Python")};
        QTest::newRow("ko glued 쿠버네티스 할줄아는사람") << QStringLiteral("쿠버네티스 할줄아는사람?")
                                                  << QStringList{kOliver, kKang}
                                                  << QStringList{kYoon, kHan}
                                                  << QStringList{QStringLiteral("Kubernetes")};
    }

    void spokenWho()
    {
        whoQuestions();
    }

    void whoQuestions()
    {
        Test::verifyWhoRow(m_all.knowledge);
    }

    // What no document says is refused.
    void refuses_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko nobody writes 이학박사") << QStringLiteral("이학박사인 사람은?");
        QTest::newRow("en nobody has done CI/CD") << QStringLiteral("Who has set up CI/CD?");
    }

    void refuses()
    {
        Test::verifyRefusedRow(m_all.knowledge);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions16)
#include "tst_recruiterquestions16.moc"
