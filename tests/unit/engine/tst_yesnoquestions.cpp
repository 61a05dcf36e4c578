// SPDX-License-Identifier: MIT
// Yes/no questions of a named candidate ("김지원은 Kafka를 써봤나요?", "Does Daniel Cho know Spark?", "Is Jane Park's
// expected salary above 5,000만원?"), asked offline of the demo résumés and of two résumés written at test time
// (Test::writeYesNoResumes). The answer quotes the candidate's own line(s) that show it, cited, and never the
// figure the question asks about as if it were written; what no line writes is refused, as a refusal there
// reads "the candidate does not have it" only when that is so.
#include "engine/knowledgebase.h"
#include "freshresumes.h"
#include "offlineanswers.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_YesNoQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_demoStore;
    std::unique_ptr<SqliteStore> m_freshStore;
    KnowledgeBase m_demo;
    KnowledgeBase m_fresh;

    const KnowledgeBase &corpus(const QString &name) const { return name == QLatin1String("demo") ? m_demo : m_fresh; }

    void addAnswered()
    {
        QTest::addColumn<QString>("corpus"); // "demo" or "fresh"
        Test::addAnswerColumns();
    }

    void checkAnswered()
    {
        QFETCH(QString, corpus);
        Test::verifyAnswerRow(this->corpus(corpus), Test::Cited::Only);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QString demoFailure = Test::importFresh(m_dir.filePath(QStringLiteral("demo.db")), Test::demoResumePaths(), 7, m_demoStore, m_demo);
        QVERIFY2(demoFailure.isEmpty(), qPrintable(demoFailure));
        const Test::YesNoResumes fresh = Test::writeYesNoResumes(m_dir.path());
        const QString freshFailure = Test::importFresh(m_dir.filePath(QStringLiteral("fresh.db")), fresh.all(), 2, m_freshStore, m_fresh);
        QVERIFY2(freshFailure.isEmpty(), qPrintable(freshFailure));
    }

    // Whether a candidate has used or knows something: the lines writing it, cited.
    void hasSkill_data()
    {
        addAnswered();
        const QString kim = QStringLiteral("kim-jiwon-resume.md");
        QTest::newRow("ko 써봤나요, skills line and job") << "demo" << QStringLiteral("김지원은 Kafka를 써봤나요?")
                                                      << QStringList{kim, QStringLiteral("kim-jiwon-career.md")}
                                                      << QStringList{QStringLiteral("Kafka, Redis"), QStringLiteral("Kafka 기반 정산 파이프라인")}
                                                      << QStringList{};
        QTest::newRow("ko 사용해 본 적이 있나요") << "demo" << QStringLiteral("이하은은 CMake를 사용해 본 적이 있나요?")
                                               << QStringList{QStringLiteral("lee-haeun-resume.md")} << QStringList{QStringLiteral("CMake")}
                                               << QStringList{};
        QTest::newRow("ko 다뤄봤나요") << "demo" << QStringLiteral("최민호는 Airflow를 다뤄봤나요?")
                                    << QStringList{QStringLiteral("choi-minho-career.md")} << QStringList{QStringLiteral("Airflow")}
                                    << QStringList{};
        QTest::newRow("ko 활용해 본 경험이 있습니까") << "demo" << QStringLiteral("박서준은 Ansible을 활용해 본 경험이 있습니까?")
                                                 << QStringList{QStringLiteral("park-seojun-career.txt")} << QStringList{QStringLiteral("Ansible")}
                                                 << QStringList{};
        QTest::newRow("ko 써 봤나요 of an English résumé") << "demo" << QStringLiteral("Jane Park는 Jest를 써 봤나요?")
                                                          << QStringList{QStringLiteral("jane-park-resume.md")}
                                                          << QStringList{QStringLiteral("GraphQL, Jest")} << QStringList{};
        QTest::newRow("ko 경험이 있나요") << "demo" << QStringLiteral("박서준은 Kubernetes 경험이 있나요?")
                                       << QStringList{QStringLiteral("park-seojun-career.txt")}
                                       << QStringList{QStringLiteral("Kubernetes, Docker")} << QStringList{};
        QTest::newRow("en know") << "demo" << QStringLiteral("Does Daniel Cho know Spark?") << QStringList{QStringLiteral("daniel-cho-resume.txt")}
                                 << QStringList{QStringLiteral("Scala, Spark")} << QStringList{};
        QTest::newRow("en used") << "demo" << QStringLiteral("Has Jane Park used TypeScript?") << QStringList{QStringLiteral("jane-park-resume.md")}
                                 << QStringList{QStringLiteral("React, TypeScript")} << QStringList{};
        QTest::newRow("en used, a tool of the skills line only") << "demo" << QStringLiteral("Has Daniel Cho used dbt?")
                                                                 << QStringList{QStringLiteral("daniel-cho-resume.txt")}
                                                                 << QStringList{QStringLiteral("PostgreSQL, dbt")} << QStringList{};
        QTest::newRow("en worked with") << "demo" << QStringLiteral("Has Jane Park worked with GraphQL?")
                                        << QStringList{QStringLiteral("jane-park-resume.md")} << QStringList{QStringLiteral("GraphQL")}
                                        << QStringList{};
        QTest::newRow("ko 가능한가요") << "demo" << QStringLiteral("이하은은 일본어 가능한가요?") << QStringList{QStringLiteral("lee-haeun-resume.md")}
                                    << QStringList{QStringLiteral("한국어·영어·일본어")} << QStringList{};
        QTest::newRow("ko 원격 근무 of an English résumé") << "demo" << QStringLiteral("Jane Park는 원격 근무가 가능한가요?")
                                                         << QStringList{QStringLiteral("jane-park-resume.md")}
                                                         << QStringList{QStringLiteral("Seoul / remote")} << QStringList{};
        QTest::newRow("fresh ko 써 본 적") << "fresh" << QStringLiteral("윤서아는 dbt를 써 본 적이 있습니까?")
                                        << QStringList{QStringLiteral("yoon-seoa.txt")} << QStringList{QStringLiteral("BigQuery, dbt")}
                                        << QStringList{};
        QTest::newRow("fresh ko 할 줄 아나요") << "fresh" << QStringLiteral("윤서아는 Python을 할 줄 아나요?")
                                           << QStringList{QStringLiteral("yoon-seoa.txt")} << QStringList{QStringLiteral("Python")}
                                           << QStringList{};
        QTest::newRow("fresh en can use") << "fresh" << QStringLiteral("Can Noah Kim use Fastlane?") << QStringList{QStringLiteral("noah-kim.md")}
                                          << QStringList{QStringLiteral("Combine, Fastlane")} << QStringList{};
        QTest::newRow("fresh en is familiar with") << "fresh" << QStringLiteral("Is Noah Kim familiar with StoreKit?")
                                                   << QStringList{QStringLiteral("noah-kim.md")} << QStringList{QStringLiteral("StoreKit")}
                                                   << QStringList{};
    }
    void hasSkill() { checkAnswered(); }

    // A figure or a bar asked of a named candidate: their own line for that field, with the figure it writes; the
    // figure asked about is not quoted as theirs.
    void fieldFigure_data()
    {
        addAnswered();
        QTest::newRow("en salary above") << "demo" << QStringLiteral("Is Jane Park's expected salary above 5,000만원?")
                                         << QStringList{QStringLiteral("jane-park-resume.md")}
                                         << QStringList{QStringLiteral("Expected salary: 6,000만원")} << QStringList{QStringLiteral("5,000")};
        QTest::newRow("en salary above, not met") << "demo" << QStringLiteral("Is Jane Park's expected salary above 9,000만원?")
                                                  << QStringList{QStringLiteral("jane-park-resume.md")}
                                                  << QStringList{QStringLiteral("Expected salary: 6,000만원")} << QStringList{QStringLiteral("9,000")};
        QTest::newRow("ko years at least, not met") << "demo" << QStringLiteral("이하은의 경력이 10년 이상인가요?")
                                                    << QStringList{QStringLiteral("lee-haeun-resume.md")} << QStringList{QStringLiteral("경력 5년")}
                                                    << QStringList{QStringLiteral("10년")};
        QTest::newRow("ko salary equal") << "demo" << QStringLiteral("김지원의 연봉은 35,000,000원인가요?")
                                         << QStringList{QStringLiteral("kim-jiwon-resume.md")} << QStringList{QStringLiteral("연봉 희망 7,800만원")}
                                         << QStringList{QStringLiteral("35,000,000")};
        QTest::newRow("ko years at least") << "demo" << QStringLiteral("이하은의 경력이 5년 이상인가요?")
                                           << QStringList{QStringLiteral("lee-haeun-resume.md")} << QStringList{QStringLiteral("경력 5년")}
                                           << QStringList{};
        QTest::newRow("ko salary at most") << "demo" << QStringLiteral("박서준의 희망 연봉이 7,000만원 이하인가요?")
                                           << QStringList{QStringLiteral("park-seojun-career.txt")}
                                           << QStringList{QStringLiteral("연봉 희망 6,500만원")} << QStringList{QStringLiteral("7,000")};
        QTest::newRow("en years more than") << "demo" << QStringLiteral("Does Daniel Cho have more than 5 years of experience?")
                                            << QStringList{QStringLiteral("daniel-cho-resume.txt")} << QStringList{QStringLiteral("6 years")}
                                            << QStringList{};
        QTest::newRow("fresh ko salary at least") << "fresh" << QStringLiteral("윤서아의 희망 연봉은 6,000만원 이상입니까?")
                                                  << QStringList{QStringLiteral("yoon-seoa.txt")}
                                                  << QStringList{QStringLiteral("희망 연봉: 6,200만원")} << QStringList{QStringLiteral("6,000")};
        QTest::newRow("fresh ko years over") << "fresh" << QStringLiteral("윤서아의 경력은 3년이 넘나요?")
                                             << QStringList{QStringLiteral("yoon-seoa.txt")} << QStringList{QStringLiteral("총 경력: 4년")}
                                             << QStringList{};
        QTest::newRow("fresh en salary equal") << "fresh" << QStringLiteral("Is Noah Kim's expected salary 8,000만원?")
                                               << QStringList{QStringLiteral("noah-kim.md")}
                                               << QStringList{QStringLiteral("Expected salary: 7,500만원")} << QStringList{QStringLiteral("8,000")};
    }
    void fieldFigure() { checkAnswered(); }

    // Who a candidate is: the header (or summary) lines, each job entry's heading and the skills line, their own.
    void profile_data()
    {
        addAnswered();
        QTest::newRow("ko 경력 요약") << "demo" << QStringLiteral("이하은의 경력 요약") << QStringList{QStringLiteral("lee-haeun-resume.md")}
                                   << QStringList{QStringLiteral("경력 5년"), QStringLiteral("새벽소프트 (2021.02 ~ 2024.06)"),
                                                  QStringLiteral("미리내테크 (2019.07 ~ 2021.01)"), QStringLiteral("C++17/20, Qt 6")}
                                   << QStringList{QStringLiteral("이름: 이하은")};
        QTest::newRow("en summarize") << "demo" << QStringLiteral("Summarize Daniel Cho") << QStringList{QStringLiteral("daniel-cho-resume.txt")}
                                      << QStringList{QStringLiteral("Data Engineer · 6 years"), QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05)"),
                                                     QStringLiteral("Seabird Analytics (2018.03 ~ 2020.12)"), QStringLiteral("Python, Scala, Spark")}
                                      << QStringList{};
        QTest::newRow("ko 대해 알려줘") << "demo" << QStringLiteral("김지원에 대해 알려줘") << QStringList{QStringLiteral("kim-jiwon-resume.md")}
                                     << QStringList{QStringLiteral("경력 9년"), QStringLiteral("한빛페이 (2019.03 ~ 2023.02)"),
                                                    QStringLiteral("누리커머스 (2015.07 ~ 2019.02)"), QStringLiteral("Java, Kotlin, Spring Boot")}
                                     << QStringList{};
        QTest::newRow("en tell me about") << "demo" << QStringLiteral("Tell me about Jane Park") << QStringList{QStringLiteral("jane-park-resume.md")}
                                          << QStringList{QStringLiteral("Senior Frontend Engineer · 8 years"),
                                                         QStringLiteral("Brightlane Recruiting (2020.04 ~ 2024.03)"),
                                                         QStringLiteral("Pixelnest (2016.02 ~ 2020.03)"), QStringLiteral("React, TypeScript")}
                                          << QStringList{};
        QTest::newRow("ko 소개해 줘, plain text") << "demo" << QStringLiteral("박서준 소개해 줘") << QStringList{QStringLiteral("park-seojun-career.txt")}
                                               << QStringList{QStringLiteral("경력 7년"), QStringLiteral("하늘클라우드 (2020.06 ~ 현재)"),
                                                              QStringLiteral("별빛게임즈 (2017.01 ~ 2020.05)"), QStringLiteral("Kubernetes, Docker")}
                                               << QStringList{QStringLiteral("이름: 박서준")};
        QTest::newRow("en who is, 경력기술서 without a header") << "demo" << QStringLiteral("Who is 최민호?")
                                                            << QStringList{QStringLiteral("choi-minho-career.md")}
                                                            << QStringList{QStringLiteral("모래시계랩 (2020.09 ~ 2024.04)"),
                                                                           QStringLiteral("구름데이터 (2018.01 ~ 2020.08)"), QStringLiteral("Python, PyTorch")}
                                                            << QStringList{};
        QTest::newRow("fresh ko 프로필") << "fresh" << QStringLiteral("윤서아 프로필") << QStringList{QStringLiteral("yoon-seoa.txt")}
                                      << QStringList{QStringLiteral("데이터 엔지니어 · 인천 거주"), QStringLiteral("물결커머스 (2022.03 ~ 현재)"),
                                                     QStringLiteral("초롱소프트 (2020.01 ~ 2022.02)"), QStringLiteral("Python, SQL, Airflow")}
                                      << QStringList{};
        QTest::newRow("fresh en profile") << "fresh" << QStringLiteral("Noah Kim's profile, please") << QStringList{QStringLiteral("noah-kim.md")}
                                          << QStringList{QStringLiteral("Mobile Engineer · 7 years"), QStringLiteral("Lumen Bank (2019.05 ~ 2024.02)"),
                                                         QStringLiteral("Cobalt Games (2017.01 ~ 2019.04)"), QStringLiteral("Swift, SwiftUI")}
                                          << QStringList{};
    }
    void profile() { checkAnswered(); }

    // Where a candidate lives, asked yes or no: the line saying where they are, whichever place it writes.
    void residence_data()
    {
        addAnswered();
        QTest::newRow("ko another city") << "demo" << QStringLiteral("이하은은 서울에 사나요?") << QStringList{QStringLiteral("lee-haeun-resume.md")}
                                         << QStringList{QStringLiteral("· 대전 ·")} << QStringList{};
        QTest::newRow("ko the city written") << "demo" << QStringLiteral("김지원은 서울에 사나요?") << QStringList{QStringLiteral("kim-jiwon-resume.md")}
                                             << QStringList{QStringLiteral("서울 거주")} << QStringList{};
        QTest::newRow("en based in, another city") << "demo" << QStringLiteral("Is Daniel Cho based in Seoul?")
                                                   << QStringList{QStringLiteral("daniel-cho-resume.txt")} << QStringList{QStringLiteral("· Busan ·")}
                                                   << QStringList{};
        QTest::newRow("fresh en lives in, another city") << "fresh" << QStringLiteral("Does Noah Kim live in Busan?")
                                                         << QStringList{QStringLiteral("noah-kim.md")} << QStringList{QStringLiteral("· Seoul ·")}
                                                         << QStringList{};
        QTest::newRow("fresh ko 거주") << "fresh" << QStringLiteral("윤서아는 서울에 거주하나요?") << QStringList{QStringLiteral("yoon-seoa.txt")}
                                     << QStringList{QStringLiteral("인천 거주")} << QStringList{};
    }
    void residence() { checkAnswered(); }

    // Whether someone works somewhere now, asked yes or no: their latest job entry, whose period shows it (open: "~ 현재";
    // closed: "~ 2023.02"). Nothing says yes or no (round 10).
    void employed_data()
    {
        addAnswered();
        QTest::newRow("ko 현재 재직 중, open period") << "demo" << QStringLiteral("박서준은 현재 재직 중인가요?")
                                                << QStringList{QStringLiteral("park-seojun-career.txt")}
                                                << QStringList{QStringLiteral("하늘클라우드 (2020.06 ~ 현재)")} << QStringList{QStringLiteral("별빛게임즈")};
        QTest::newRow("en currently employed, open period") << "demo" << QStringLiteral("Is 박서준 currently employed?")
                                                            << QStringList{QStringLiteral("park-seojun-career.txt")}
                                                            << QStringList{QStringLiteral("하늘클라우드 (2020.06 ~ 현재)")}
                                                            << QStringList{QStringLiteral("별빛게임즈")};
        QTest::newRow("ko 재직 중, period ended") << "demo" << QStringLiteral("김지원은 재직 중인가요?") << QStringList{QStringLiteral("kim-jiwon-resume.md")}
                                              << QStringList{QStringLiteral("한빛페이 (2019.03 ~ 2023.02)")} << QStringList{};
        QTest::newRow("fresh ko 지금 근무하고 있나요") << "fresh" << QStringLiteral("윤서아는 지금 근무하고 있나요?")
                                                  << QStringList{QStringLiteral("yoon-seoa.txt")}
                                                  << QStringList{QStringLiteral("물결커머스 (2022.03 ~ 현재)")} << QStringList{QStringLiteral("초롱소프트")};
        QTest::newRow("fresh en still working, period ended") << "fresh" << QStringLiteral("Is Noah Kim still working?")
                                                              << QStringList{QStringLiteral("noah-kim.md")}
                                                              << QStringList{QStringLiteral("Lumen Bank (2019.05 ~ 2024.02)")}
                                                              << QStringList{QStringLiteral("Cobalt Games")};
    }
    void employed() { checkAnswered(); }

    // Whether someone worked at a company, asked yes or no: that entry's heading (company, period, title), not what
    // they did there (round 10).
    void workedAt_data()
    {
        addAnswered();
        QTest::newRow("en worked at") << "demo" << QStringLiteral("Has Daniel Cho worked at Tidewater Logistics?")
                                      << QStringList{QStringLiteral("daniel-cho-resume.txt")}
                                      << QStringList{QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer")}
                                      << QStringList{QStringLiteral("Built streaming ingestion")};
        QTest::newRow("en worked at, Markdown") << "demo" << QStringLiteral("Has Jane Park worked at Brightlane Recruiting?")
                                                << QStringList{QStringLiteral("jane-park-resume.md")}
                                                << QStringList{QStringLiteral("Brightlane Recruiting (2020.04 ~ 2024.03)")}
                                                << QStringList{QStringLiteral("Led the rebuild")};
        QTest::newRow("ko 에서 일했나요") << "demo" << QStringLiteral("박서준은 별빛게임즈에서 일했나요?")
                                      << QStringList{QStringLiteral("park-seojun-career.txt")}
                                      << QStringList{QStringLiteral("별빛게임즈 (2017.01 ~ 2020.05)")} << QStringList{QStringLiteral("하늘클라우드")};
        QTest::newRow("fresh en worked for") << "fresh" << QStringLiteral("Has Noah Kim worked for Cobalt Games?")
                                             << QStringList{QStringLiteral("noah-kim.md")}
                                             << QStringList{QStringLiteral("Cobalt Games (2017.01 ~ 2019.04) — iOS Developer")}
                                             << QStringList{QStringLiteral("StoreKit")};
    }
    void workedAt() { checkAnswered(); }

    // A degree asked yes or no: the candidate's own degree line, whichever degree it writes (round 10).
    void degree_data()
    {
        addAnswered();
        QTest::newRow("ko 석사, 학사 written") << "demo" << QStringLiteral("김지원은 석사인가요?") << QStringList{QStringLiteral("kim-jiwon-resume.md")}
                                           << QStringList{QStringLiteral("컴퓨터공학과 학사")} << QStringList{};
        QTest::newRow("ko 학사, written") << "demo" << QStringLiteral("이하은은 학사인가요?") << QStringList{QStringLiteral("lee-haeun-resume.md")}
                                        << QStringList{QStringLiteral("전자공학과 학사")} << QStringList{};
        QTest::newRow("en master's, B.Sc. written") << "demo" << QStringLiteral("Does Jane Park have a master's degree?")
                                                   << QStringList{QStringLiteral("jane-park-resume.md")}
                                                   << QStringList{QStringLiteral("B.Sc. Computer Science")} << QStringList{};
        QTest::newRow("fresh ko 박사, 학사 written") << "fresh" << QStringLiteral("윤서아는 박사 학위가 있나요?")
                                                 << QStringList{QStringLiteral("yoon-seoa.txt")} << QStringList{QStringLiteral("통계학과 학사")}
                                                 << QStringList{};
    }
    void degree() { checkAnswered(); }

    // What no line of theirs writes is refused: the refusal then means the résumé does not say so.
    void notWritten_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QString>("question");
        QTest::newRow("ko Rust") << "demo" << QStringLiteral("김지원은 Rust를 써봤나요?");
        QTest::newRow("ko 사용해 본 적 Rust") << "demo" << QStringLiteral("이하은은 Rust를 사용해 본 적이 있나요?");
        QTest::newRow("en Japanese") << "demo" << QStringLiteral("Does Jane Park speak Japanese?");
        QTest::newRow("en used Rust") << "demo" << QStringLiteral("Has Daniel Cho used Rust?");
        QTest::newRow("fresh ko Kotlin") << "fresh" << QStringLiteral("윤서아는 Kotlin을 써봤나요?");
        QTest::newRow("fresh en Flutter") << "fresh" << QStringLiteral("Can Noah Kim use Flutter?");
        QTest::newRow("ko 가능한가요, not written") << "demo" << QStringLiteral("이하은은 중국어 가능한가요?");
        QTest::newRow("ko residence, only cloud regions written") << "demo" << QStringLiteral("박서준은 서울에 사나요?");
        QTest::newRow("ko profile of nobody imported") << "demo" << QStringLiteral("김철수에 대해 알려줘");
        QTest::newRow("en profile of nobody imported") << "demo" << QStringLiteral("Tell me about John Smith");
        QTest::newRow("en worked at a company not written") << "demo" << QStringLiteral("Has Daniel Cho worked at Google?");
        QTest::newRow("en nobody imported, after an auxiliary") << "demo" << QStringLiteral("Is Mark Lee's expected salary above 5,000만원?");
    }
    void notWritten()
    {
        QFETCH(QString, corpus);
        Test::verifyRefusedRow(this->corpus(corpus));
    }
};

QTEST_APPLESS_MAIN(tst_YesNoQuestions)
#include "tst_yesnoquestions.moc"
