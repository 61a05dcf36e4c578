// SPDX-License-Identifier: MIT
// Recruiter round 20: the same question asked of every candidate at once (모든 / 각 / 전체 후보자, 다들, each / every
// candidate): one line per candidate who writes it, none for those who do not; a current title only from a line that
// dates a job; and what nobody writes (a spoken language, a startup) refused. Over the demo résumés together with
// tests/data/recruiter14, asked offline, as the app answers.
#include "offlineanswers.h"

#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_RecruiterQuestions20 : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_all.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Asked of everyone: every candidate whose lines say it is cited, and nobody else.
    void everyone_data()
    {
        Test::addWhoColumns();
        // 모든 / 전체 is no word a passage writes: the question asks 학력, as "각 후보자의 학력은?" does.
        const QStringList degrees{kYoon, kChoi, kKang, kDaniel, kLena, kJane, kOliver};
        const QStringList degreeLines{QStringLiteral("한결대학교 컴퓨터공학과 졸업 (2025.02)"), QStringLiteral("M.Sc. Computer Science, Technische Universität Dresden")};
        QTest::newRow("ko 모든 후보자의 학력") << QStringLiteral("모든 후보자의 학력은?") << degrees << QStringList{} << degreeLines;
        QTest::newRow("ko 전체 지원자 학력") << QStringLiteral("전체 지원자 학력 알려줘") << degrees << QStringList{} << degreeLines;
        // The plural who-noun with 모두 / 전원 after it asks the same.
        QTest::newRow("ko 후보자들 모두 학력") << QStringLiteral("후보자들 모두 학력은?") << degrees << QStringList{} << degreeLines;
        QTest::newRow("ko 후보자들 전원 희망 연봉") << QStringLiteral("후보자들 전원 희망 연봉은?") << QStringList{kChoi, kLee, kKim, kKang, kSong, kPark, kHan, kJane}
                                               << QStringList{} << QStringList{QStringLiteral("8,200만원"), QStringLiteral("1억 4천만원"), QStringLiteral("7,200만원")};
        QTest::newRow("ko spoken 다들 학력이") << QStringLiteral("다들 학력이 어떻게 돼?") << degrees << QStringList{} << degreeLines;
        // Years of experience: each one who writes a figure of years, quoted as written.
        QTest::newRow("ko 모든 후보자의 경력 몇 년") << QStringLiteral("모든 후보자의 경력은 몇 년인가요?")
                                              << QStringList{kPark, kJane, kDaniel, kKang, kLee, kOliver} << QStringList{}
                                              << QStringList{QStringLiteral("경력 7년"), QStringLiteral("8 years"), QStringLiteral("경력 18년"),
                                                             QStringLiteral("13 years of experience")};
        // The current title: each one's latest dated entry, ten of them; one candidate's several dated lines do not
        // crowd out the next one's heading (강도현, 이하은 share an answer's group with 송민재).
        QTest::newRow("en every candidate's current title, each one's line")
            << QStringLiteral("What is every candidate's current title?") << QStringList{kKang, kLee, kOliver, kSong, kPark} << QStringList{kYoon}
            << QStringList{QStringLiteral("은하모빌리티 (2019.01 ~ 현재) · 엔지니어링 디렉터"), QStringLiteral("새벽소프트 (2021.02 ~ 2024.06) · 데스크톱팀 C++ 개발자"),
                           QStringLiteral("늘봄헬스케어 (2021.01 ~ 현재, 재직중) · 백엔드 개발자")};
    }

    void everyone()
    {
        Test::verifyWhoRow(m_all.knowledge);
    }

    // What an answer over everyone must not say.
    void notQuoted_data()
    {
        Test::addNotQuotedColumns();
        // A line stating no date names no job held: wanted conditions are no current title.
        QTest::newRow("en current title, not a 희망 line") << QStringLiteral("What is every candidate's current title?") << QStringLiteral("희망 연봉|내규");
        QTest::newRow("ko 현재 직함, not a 희망 line") << QStringLiteral("모든 후보자의 현재 직함은?") << QStringLiteral("희망 연봉|내규");
    }

    void notQuoted()
    {
        Test::verifyNotQuotedRow(m_all.knowledge);
    }

    // Nothing the documents write answers: no résumé says which languages one speaks (이하은's "한국어·영어·일본어" is a
    // product's localisation, 최민호's 한국어 an analyser's) or that a company was a startup.
    void refused_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("en who can speak Korean") << QStringLiteral("Who can speak Korean?");
        QTest::newRow("en who worked at a startup") << QStringLiteral("Who worked at a startup?");
        QTest::newRow("ko 스타트업 경험 있는 사람") << QStringLiteral("스타트업 경험 있는 사람?");
    }

    void refused()
    {
        Test::verifyRefusedRow(m_all.knowledge);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions20)
#include "tst_recruiterquestions20.moc"
