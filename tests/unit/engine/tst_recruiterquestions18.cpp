// SPDX-License-Identifier: MIT
// Recruiter round 18: questions a recruiter asks of the demo résumés together with tests/data/recruiter14 that round
// 17 left refused or answered with others: whether anyone has a role ("데이터 엔지니어 있어?", "Python 개발자 있어?"),
// leading asked as 리더, who studied a field (전공자), a domain written inside a company's name (다온커머스), polite
// and honorific questions (나오셨어요, 되세요, 원하세요), and the e-mail asked as a "메일 주소". Asked offline, as the
// app answers; each answer cites the résumé that says it.
#include "offlineanswers.h"

#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_RecruiterQuestions18 : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_all.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // One named candidate, asked politely or in spoken words: the line that says it.
    void namedCandidate_data()
    {
        Test::addAnswerColumns();
        // Where one studied is the education section, which writes neither 대학 nor 졸업 ("가상과학기술원 … 석사").
        QTest::newRow("ko honorific 대학은 어디 나오셨어요, education line") << QStringLiteral("최민호는 대학은 어디 나오셨어요?")
                                                                   << QStringList{kChoi}
                                                                   << QStringList{QStringLiteral("가상과학기술원 산업공학과 석사")} << QStringList{};
        QTest::newRow("ko honorific 어느 학교 졸업하셨나요") << QStringLiteral("윤지호는 어느 학교 졸업하셨나요?") << QStringList{kYoon}
                                                      << QStringList{QStringLiteral("한결대학교 컴퓨터공학과 졸업")} << QStringList{};
        QTest::newRow("ko spoken 학교 어디 나왔어, English résumé") << QStringLiteral("Jane Park 학교 어디 나왔어?")
                                                            << QStringList{kJane}
                                                            << QStringList{QStringLiteral("Example State University")} << QStringList{};
        // Honorific endings ask what the plain ones ask.
        QTest::newRow("ko honorific 학력이 어떻게 되세요") << QStringLiteral("윤지호 학력이 어떻게 되세요?") << QStringList{kYoon}
                                                    << QStringList{QStringLiteral("한결대학교")} << QStringList{};
        QTest::newRow("ko honorific 연봉 얼마 원하세요") << QStringLiteral("이하은 연봉 얼마 원하세요?") << QStringList{kLee}
                                                  << QStringList{QStringLiteral("5,500만원")} << QStringList{};
        QTest::newRow("ko honorific 경력 몇 년이세요") << QStringLiteral("Oliver Grant 경력 몇 년이세요?") << QStringList{kOliver}
                                                 << QStringList{QStringLiteral("13 years")} << QStringList{};
        // The address of one's mail is the e-mail, not where one lives.
        QTest::newRow("ko 메일 주소가 뭐예요, letter") << QStringLiteral("한서연 메일 주소가 뭐예요?") << QStringList{kHan}
                                                  << QStringList{QStringLiteral("seoyeon.han@example.invalid")}
                                                  << QStringList{QStringLiteral("성남시")};
        QTest::newRow("ko 이메일 주소가 뭐예요, header") << QStringLiteral("송민재 이메일 주소가 뭐예요?")
                                                    << QStringList{kSong}
                                                    << QStringList{QStringLiteral("minjae.song@example.invalid")} << QStringList{};
    }

    void namedCandidate()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Over everyone: every candidate whose lines say it is cited, and nobody else.
    void whoQuestions_data()
    {
        Test::addWhoColumns();
        // "<role> 있어?" asks who has it; a role of two words is one: an ML engineer or a data analyst is no data engineer.
        QTest::newRow("ko spoken 데이터 엔지니어 있어") << QStringLiteral("데이터 엔지니어 있어?") << QStringList{kLena, kDaniel}
                                                << QStringList{kChoi, kKang, kKim, kHan} << QStringList{QStringLiteral("data engineer")};
        QTest::newRow("en who is a data engineer") << QStringLiteral("Who is a data engineer?") << QStringList{kLena, kDaniel}
                                                   << QStringList{kChoi, kKang, kKim} << QStringList{QStringLiteral("Data Engineer")};
        QTest::newRow("ko spoken 데이터 분석가 있어") << QStringLiteral("데이터 분석가 있어?") << QStringList{kHan, kChoi}
                                              << QStringList{kLena, kDaniel} << QStringList{QStringLiteral("데이터분석가")};
        // The tool makes the role: whoever writes Python, not every header that writes 개발자.
        QTest::newRow("ko spoken Python 개발자 있어") << QStringLiteral("Python 개발자 있어?") << QStringList{kDaniel, kLena, kChoi}
                                                << QStringList{kLee, kSong, kJane} << QStringList{QStringLiteral("Python")};
        QTest::newRow("ko spoken DevOps 엔지니어 있어") << QStringLiteral("DevOps 엔지니어 있어?") << QStringList{kOliver, kPark}
                                                  << QStringList{kKang, kKim} << QStringList{QStringLiteral("DevOps")};
        QTest::newRow("ko 프론트엔드 개발자 누구 있어, not a backend one") << QStringLiteral("프론트엔드 개발자 누구 있어?") << QStringList{kYoon, kJane}
                                                                << QStringList{kSong, kKim} << QStringList{QStringLiteral("Frontend Developer")};
        QTest::newRow("en is there a frontend developer") << QStringLiteral("Is there a frontend developer?") << QStringList{kYoon, kJane}
                                                          << QStringList{kSong, kKim} << QStringList{QStringLiteral("프론트엔드")};
        // 리더 / leadership lead as 팀장 / 리드 / 이끌 / led do.
        QTest::newRow("ko 리더 경험 있는 사람") << QStringLiteral("리더 경험 있는 사람?") << QStringList{kKim, kJane, kKang} << QStringList{kLee}
                                            << QStringList{QStringLiteral("이끌며"), QStringLiteral("Led the rebuild")};
        QTest::newRow("en leadership experience") << QStringLiteral("Who has leadership experience?") << QStringList{kKim, kJane} << QStringList{kLee}
                                                  << QStringList{QStringLiteral("백엔드 리드")};
        // Who studied a field: its education lines in either language.
        QTest::newRow("ko 전산학 전공자는") << QStringLiteral("전산학 전공자는?") << QStringList{kKang, kKim, kYoon, kLena} << QStringList{kDaniel, kChoi}
                                       << QStringList{QStringLiteral("전산학 석사"), QStringLiteral("컴퓨터공학과")};
        // A domain written inside a company's name ("다온커머스") or an entry's heading ("Retail demand forecasting").
        QTest::newRow("en e-commerce experience") << QStringLiteral("Who has e-commerce experience?")
                                                  << QStringList{kKang, kKimCareer, kLena} << QStringList{kDaniel, kJane}
                                                  << QStringList{QStringLiteral("다온커머스"), QStringLiteral("Retail")};
        // Asked politely of whoever (써보신 분): the person asked for.
        QTest::newRow("ko honorific 써보신 분 있나요") << QStringLiteral("Kafka 써보신 분 있나요?") << QStringList{kKim, kDaniel, kLena, kChoi}
                                                  << QStringList{kLee, kJane} << QStringList{QStringLiteral("Kafka")};
    }

    void whoQuestions()
    {
        Test::verifyWhoRow(m_all.knowledge);
    }

    // What no document says is refused.
    void refuses_data()
    {
        QTest::addColumn<QString>("question");
        // Their documents write no e-mail address, phone or certificate: refused, not answered with another line.
        QTest::newRow("ko no e-mail written, 박서준") << QStringLiteral("박서준 이메일?");
        QTest::newRow("ko no contact written, 최민호") << QStringLiteral("최민호 연락처?");
        QTest::newRow("ko honorific, no certificate written") << QStringLiteral("이하은 자격증 있으세요?");
        // Nobody is a data scientist ("M.Sc. Data Science" is a degree).
        QTest::newRow("en nobody has the role") << QStringLiteral("Do we have a data scientist?");
        QTest::newRow("ko nobody has the role") << QStringLiteral("데이터 사이언티스트 있어?");
    }

    void refuses()
    {
        Test::verifyRefusedRow(m_all.knowledge);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions18)
#include "tst_recruiterquestions18.moc"
