// SPDX-License-Identifier: MIT
// Recruiters' questions beyond the README's samples (contact fields, companies and teams, experience, named
// candidates compared, exact amounts), asked offline of the demo corpus plus the two résumés of
// tests/data/recruiter (labelled contact fields, salaries in 원).
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "offlineanswers.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_RecruiterQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_mixed; // the demo's résumés and two more

    Result<Answer> ask(const QString &question, AnswerTrace *trace) { return Test::askOffline(m_mixed.knowledge, question, trace); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QDir recruiter(QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/tests/data/recruiter")));
        const QStringList paths = Test::demoResumePaths()
            << recruiter.filePath(QStringLiteral("jung-yuna.txt")) << recruiter.filePath(QStringLiteral("tom-baker.md"));
        const QString problem = m_mixed.import(m_dir.filePath(QStringLiteral("mixed.db")), paths, 9);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A question naming two candidates is answered for each of them, not from whoever has the best passages.
    void namedCandidatesEachAnswered_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("quoted");
        QTest::addColumn<QStringList>("notQuoted");
        // Each candidate's job entries and what was done there, whoever ranks first: not a title line, the
        // skills, or the reason for leaving (퇴사 사유) that "경력기술서" heads as well.
        QTest::newRow("ko compare careers") << QStringLiteral("김지원과 박서준의 경력을 비교해 주세요")
                                            << QStringList{QStringLiteral("김지원: 한빛페이 (2019.03 ~ 2023.02)"), QStringLiteral("누리커머스 (2015.07 ~ 2019.02)"),
                                                           QStringLiteral("박서준: 하늘클라우드 (2020.06 ~ 현재)"), QStringLiteral("별빛게임즈 (2017.01 ~ 2020.05)"),
                                                           QStringLiteral("가용성 99.95%"), QStringLiteral("피크 TPS 1만 2천")}
                                            << QStringList{QStringLiteral("퇴사"), QStringLiteral("Kubernetes, Docker")};
        // Five sentences in all left the second candidate their headings only: each gets their own share,
        // the entries in the résumé's order (latest job first), not in the order they were retrieved.
        QTest::newRow("en compare experience") << QStringLiteral("Compare the experience of Jane Park and Daniel Cho.")
                                               << QStringList{QStringLiteral("Jane Park: Brightlane Recruiting (2020.04 ~ 2024.03)"),
                                                              QStringLiteral("Daniel Cho: Tidewater Logistics (2021.01 ~ 2024.05)"),
                                                              QStringLiteral("Led the rebuild"), QStringLiteral("Built the booking widget"),
                                                              QStringLiteral("Built streaming ingestion"), QStringLiteral("Maintained ETL pipelines")}
                                               << QStringList{};
        QTest::newRow("en compare, possessive") << QStringLiteral("Compare Jane Park and Daniel Cho's experience")
                                                << QStringList{QStringLiteral("Brightlane Recruiting (2020.04 ~ 2024.03)"), QStringLiteral("Led the rebuild"),
                                                               QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05)"), QStringLiteral("Built streaming ingestion")}
                                                << QStringList{};
        QTest::newRow("ko two salaries") << QStringLiteral("김지원과 박서준의 희망 연봉은?")
                                         << QStringList{QStringLiteral("7,800만원"), QStringLiteral("6,500만원")} << QStringList{};
        QTest::newRow("en two salaries, both languages") << QStringLiteral("What do Jane Park and 이하은 expect as salary?")
                                                         << QStringList{QStringLiteral("6,000만원"), QStringLiteral("5,500만원")} << QStringList{};
    }

    void namedCandidatesEachAnswered()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, quoted);
        QFETCH(QStringList, notQuoted);
        AnswerTrace trace;
        auto a = ask(question, &trace);
        QVERIFY(a.ok());
        QVERIFY2(a->found, qPrintable(Test::describe(*a, trace)));
        for (const QString &q : quoted)
            QVERIFY2(a->text.contains(q), qPrintable(q + QStringLiteral(" not quoted\n") + Test::describe(*a, trace)));
        for (const QString &q : notQuoted)
            QVERIFY2(!a->text.contains(q), qPrintable(q + QStringLiteral(" quoted\n") + Test::describe(*a, trace)));
        QVERIFY2(a->unverified.isEmpty(), qPrintable(a->unverified.join(u'|')));
    }

    // Contact fields, job entries and team counts, asked in either language: the answer cites the file and
    // writes every phrase listed.
    void answersRecruiterQuestions_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("phrases");
        const QString yuna = QStringLiteral("jung-yuna.txt");
        const QString tom = QStringLiteral("tom-baker.md");
        const QString daniel = QStringLiteral("daniel-cho-resume.txt");
        QTest::newRow("ko e-mail, English label") << QStringLiteral("Tom Baker의 이메일 주소는?") << tom
                                                  << QStringList{QStringLiteral("tom.baker@example.invalid")};
        QTest::newRow("en where one lives, English label") << QStringLiteral("Where does Tom Baker live?") << tom
                                                           << QStringList{QStringLiteral("Daejeon")};
        QTest::newRow("ko where one lives, 거주지") << QStringLiteral("정유나는 어디에 사나요?") << yuna
                                                 << QStringList{QStringLiteral("인천광역시 연수구")};
        QTest::newRow("en where one lives, city alone") << QStringLiteral("Where does Daniel Cho live?") << daniel
                                                        << QStringList{QStringLiteral("Busan")};
        QTest::newRow("ko e-mail written bare") << QStringLiteral("Daniel Cho의 이메일 주소는?") << daniel
                                                << QStringList{QStringLiteral("daniel.cho@example.invalid")};
        QTest::newRow("ko team count, 이끈 / 수는") << QStringLiteral("정유나가 이끈 팀원 수는?") << yuna
                                                  << QStringList{QStringLiteral("팀원 4명")};
        QTest::newRow("en which companies") << QStringLiteral("Which companies has Daniel Cho worked at?") << daniel
                                            << QStringList{QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05)"),
                                                           QStringLiteral("Seabird Analytics (2018.03 ~ 2020.12)")};
        QTest::newRow("ko 일한 회사들") << QStringLiteral("김지원이 일한 회사들은?") << QStringLiteral("kim-jiwon-resume.md")
                                      << QStringList{QStringLiteral("한빛페이 (2019.03 ~ 2023.02)"), QStringLiteral("누리커머스 (2015.07 ~ 2019.02)")};
        QTest::newRow("ko 다닌 회사") << QStringLiteral("박서준이 다닌 회사는?") << QStringLiteral("park-seojun-career.txt")
                                    << QStringList{QStringLiteral("별빛게임즈"), QStringLiteral("하늘클라우드")};
        // A résumé writes the address bare in its header line, which ranks below any passage when nothing
        // else matches; "emails" in a project line is not the field.
        QTest::newRow("en e-mail written bare") << QStringLiteral("What is Jane Park's email?") << QStringLiteral("jane-park-resume.md")
                                                << QStringList{QStringLiteral("jane.park@example.invalid")};
        QTest::newRow("en e-mail address, hyphenated") << QStringLiteral("What is Jane Park's e-mail address?")
                                                       << QStringLiteral("jane-park-resume.md")
                                                       << QStringList{QStringLiteral("jane.park@example.invalid")};
        QTest::newRow("en phone number, Korean label") << QStringLiteral("What is 정유나's phone number?") << yuna
                                                       << QStringList{QStringLiteral("010-2345-6789")};
        // 팀 is one syllable, inside the compound 결제플랫폼팀 that the n-gram index does not hold.
        QTest::newRow("ko one-syllable field, 팀에서") << QStringLiteral("김지원은 어떤 팀에서 일했나요?") << QStringLiteral("kim-jiwon-resume.md")
                                                  << QStringList{QStringLiteral("결제플랫폼팀")};
        // Each job entry's team, not only the one whose passage writes 팀 as a word ("팀 규모").
        QTest::newRow("ko the team of each job") << QStringLiteral("김지원은 어떤 팀에서 일했나요?") << QStringLiteral("kim-jiwon-resume.md")
                                               << QStringList{QStringLiteral("결제플랫폼팀"), QStringLiteral("주문서비스팀")};
        QTest::newRow("ko the team of each job, plain text") << QStringLiteral("박서준은 어느 팀에서 근무했나요?")
                                                           << QStringLiteral("park-seojun-career.txt")
                                                           << QStringList{QStringLiteral("플랫폼엔지니어링팀"), QStringLiteral("인프라팀")};
        // "experience" asked alone is the experience section: each job entry's heading and what was done there.
        QTest::newRow("en experience alone") << QStringLiteral("What is Daniel Cho's experience?") << daniel
                                             << QStringList{QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05)"),
                                                            QStringLiteral("Seabird Analytics (2018.03 ~ 2020.12)"),
                                                            QStringLiteral("Maintained ETL pipelines")};
        QTest::newRow("en work experience") << QStringLiteral("Tell me about Jane Park's work experience") << QStringLiteral("jane-park-resume.md")
                                            << QStringList{QStringLiteral("Brightlane Recruiting (2020.04 ~ 2024.03)"),
                                                           QStringLiteral("Pixelnest (2016.02 ~ 2020.03)")};
        QTest::newRow("en experience, Korean résumé") << QStringLiteral("What is 김지원's experience?") << QStringLiteral("kim-jiwon-resume.md")
                                                      << QStringList{QStringLiteral("한빛페이 (2019.03 ~ 2023.02)"), QStringLiteral("누리커머스 (2015.07 ~ 2019.02)")};
        // The section asked for answers: a list under "[기술]" that never writes the word, before "사내 기술상".
        QTest::newRow("ko skills, a [기술] section") << QStringLiteral("김지원의 기술 스택은?") << QStringLiteral("kim-jiwon-resume.md")
                                                  << QStringList{QStringLiteral("Java, Kotlin, Spring Boot")};
        QTest::newRow("ko 경험 alone") << QStringLiteral("김지원의 경험은?") << QStringLiteral("kim-jiwon-resume.md")
                                     << QStringList{QStringLiteral("한빛페이 (2019.03 ~ 2023.02)")};
    }

    void answersRecruiterQuestions()
    {
        QFETCH(QString, question);
        QFETCH(QString, file);
        QFETCH(QStringList, phrases);
        AnswerTrace trace;
        auto a = ask(question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        QVERIFY2(!a->citations.isEmpty() && a->citations.first().document == file, qPrintable(why));
        for (const QString &p : phrases)
            QVERIFY2(a->text.contains(p), qPrintable(p + QStringLiteral(" missing\n") + why));
        QVERIFY2(a->unverified.isEmpty(), qPrintable(a->unverified.join(u'|')));
    }

    // Asked how long someone's career is, the line stating it is the answer ("백엔드 엔지니어 · 경력 9년 · …"),
    // alone: not the job details under "[경력사항]" nor the passages of a document titled 경력기술서.
    void statesCareerLength_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("ko 몇 년, header line") << QStringLiteral("김지원의 경력은 몇 년인가요?") << QStringLiteral("kim-jiwon-resume.md")
                                            << QStringLiteral("경력 9년");
        QTest::newRow("ko 총 경력") << QStringLiteral("김지원의 총 경력은?") << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("경력 9년");
        QTest::newRow("ko 몇 년, 경력기술서") << QStringLiteral("박서준의 경력은 몇 년인가요?") << QStringLiteral("park-seojun-career.txt")
                                          << QStringLiteral("경력 7년");
        QTest::newRow("en years of experience") << QStringLiteral("How many years of experience does Daniel Cho have?")
                                                << QStringLiteral("daniel-cho-resume.txt") << QStringLiteral("6 years");
    }

    void statesCareerLength()
    {
        QFETCH(QString, question);
        QFETCH(QString, file);
        QFETCH(QString, phrase);
        AnswerTrace trace;
        auto a = ask(question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        QVERIFY2(a->text.contains(phrase), qPrintable(why));
        QVERIFY2(a->citations.size() == 1 && a->citations.first().document == file, qPrintable(why));
        QVERIFY2(a->text.count(QStringLiteral(" [1]")) == 1, qPrintable(QStringLiteral("more than the line stating it\n") + why));
    }

    // An exact amount in a who-question matches by value across spellings (4,200만원 = 42,000,000원); who
    // states another value (5,800만원) is left out.
    void exactAmountNamesOnlyWhoStatesIt_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko 만원") << QStringLiteral("연봉 4,200만원 희망자는?");
        QTest::newRow("ko 천 백") << QStringLiteral("희망 연봉 4천2백만원인 사람은?");
        QTest::newRow("en million won") << QStringLiteral("Who expects 42 million won?");
        QTest::newRow("ko grouped digits") << QStringLiteral("희망 연봉 42,000,000원은 누구인가요?");
        QTest::newRow("ko 만원, other spelling in the résumé") << QStringLiteral("연봉 4,200만원을 원하는 사람은 누구?");
    }

    void exactAmountNamesOnlyWhoStatesIt()
    {
        QFETCH(QString, question);
        AnswerTrace trace;
        auto a = ask(question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        QStringList cited;
        for (const Citation &c : a->citations)
            cited << c.candidate;
        QVERIFY2(cited.contains(QStringLiteral("정유나")), qPrintable(why));
        QVERIFY2(!cited.contains(QStringLiteral("Tom Baker")), qPrintable(why));
        QVERIFY2(a->text.contains(QStringLiteral("42,000,000원")), qPrintable(why));
    }

};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions)
#include "tst_recruiterquestions.moc"
