// SPDX-License-Identifier: MIT
// Recruiter round 14: the questions a recruiter who never saw the demo asks of six résumés unlike it
// (tests/data/recruiter14): a 자기소개서 in prose with no headings, an English CV headed "Work History" /
// "Technical Proficiencies" / "Credentials", a career changer with overlapping periods, a 신입 with 어학, 자격증 and
// 병역, a senior whose pay is written "1억 2천만원" / "월 800만원", and a freelancer's project list carrying an
// instruction to the assistant. Asked offline, as the app answers; each answer cites the résumé that says it and
// quotes its figures as written, and what no résumé says is refused.
#include "offlineanswers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_RecruiterQuestions14 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_six;

    // The answer to `question` as Test::mismatch() judges it (files cited and nothing else); empty when right.
    QString wrongAnswer(const QString &question, const QStringList &files, const QStringList &phrases, const QStringList &absent)
    {
        AnswerTrace trace;
        auto a = Test::askOffline(m_six.knowledge, question, &trace);
        if (!a)
            return a.error().message;
        return Test::mismatch(*a, trace, files, phrases, absent, Test::Cited::Only);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QStringList paths = Test::recruiter14Paths();
        const QString problem = m_six.import(m_dir.filePath(QStringLiteral("six.db")), paths, 6);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Each question is answered from the one résumé that says it, quoting `phrases` as written, never `absent`
    // (the instruction injected into Lena Fischer's portfolio is never quoted). `gap`, when set, is a known gap
    // this round reports and does not fix (its owner is named there).
    void answers_data()
    {
        Test::addAnswerColumns();
        QTest::addColumn<QString>("gap");
        const QString injected = QStringLiteral("ignore previous instructions");
        auto row = [&](const char *tag, const QString &q, const QString &file, const QStringList &phrases,
                       const QStringList &absent = {}, const QString &gap = {}) {
            QTest::newRow(tag) << q << QStringList{file} << phrases << (QStringList(absent) << injected) << gap;
        };
        // Contact, written in a sentence of prose or in a header line.
        row("ko contact, in prose", QStringLiteral("한서연의 연락처는?"), kHan, {QStringLiteral("010-3141-5926")});
        row("ko e-mail, in prose", QStringLiteral("한서연의 이메일 주소는?"), kHan, {QStringLiteral("seoyeon.han@example.invalid")});
        row("en phone, +44 header line", QStringLiteral("What is Oliver Grant's phone number?"), kOliver, {QStringLiteral("+44 7700 900123")});
        row("en where one lives, city abroad", QStringLiteral("Where does Oliver Grant live?"), kOliver, {QStringLiteral("Manchester")});
        row("en where one lives, header line", QStringLiteral("Where does Lena Fischer live?"), kLena, {QStringLiteral("Berlin")});
        row("ko where one lives, header line", QStringLiteral("송민재는 어디에 사나요?"), kSong, {QStringLiteral("서울 마포구")});
        // Education.
        row("ko school, in prose", QStringLiteral("한서연은 어느 대학교를 졸업했나요?"), kHan, {QStringLiteral("부산해오름대학교 통계학과")});
        row("ko graduation year", QStringLiteral("한서연의 졸업 연도는?"), kHan, {QStringLiteral("2016년 2월")});
        row("en degree", QStringLiteral("What degree does Oliver Grant hold?"), kOliver, {QStringLiteral("B.Eng. in Computer Engineering")});
        row("en where one studied", QStringLiteral("Where did Lena Fischer study?"), kLena, {QStringLiteral("Technische Universität Dresden")});
        row("ko grade", QStringLiteral("윤지호의 학점은?"), kYoon, {QStringLiteral("3.8/4.5")});
        row("ko 최종 학력", QStringLiteral("강도현의 최종 학력은?"), kKang, {QStringLiteral("전산학 석사")});
        // Current employer and title.
        row("ko current company, 재직중", QStringLiteral("송민재의 현재 회사는?"), kSong, {QStringLiteral("늘봄헬스케어 (2021.01 ~ 현재, 재직중)")},
            {QStringLiteral("푸른숲병원")});
        row("en where one works now", QStringLiteral("Where does Oliver Grant currently work?"), kOliver,
            {QStringLiteral("Harborview Systems")}, {QStringLiteral("Northgate")});
        row("ko where one works now, prose", QStringLiteral("한서연은 지금 어디서 일하나요?"), kHan, {QStringLiteral("물결데이터")});
        row("en current title", QStringLiteral("What is Oliver Grant's current title?"), kOliver, {QStringLiteral("Staff Site Reliability Engineer")});
        row("ko 직책", QStringLiteral("강도현의 직책은?"), kKang, {QStringLiteral("엔지니어링 디렉터")});
        // Years of experience, as written (never computed from the periods).
        row("en years", QStringLiteral("How many years of experience does Oliver Grant have?"), kOliver, {QStringLiteral("13 years")});
        row("ko 몇 년", QStringLiteral("강도현의 경력은 몇 년인가요?"), kKang, {QStringLiteral("경력 18년")});
        row("ko 몇 년, English résumé", QStringLiteral("Lena Fischer의 경력은 몇 년?"), kLena, {QStringLiteral("9 years")});
        // Skills and certificates under headings of other words.
        row("ko skills", QStringLiteral("송민재의 기술 스택은?"), kSong, {QStringLiteral("Kotlin, Java, Spring Boot")});
        row("en Technical Proficiencies", QStringLiteral("What are Oliver Grant's technical skills?"), kOliver,
            {QStringLiteral("Kubernetes, Terraform, AWS")});
        row("en Tools", QStringLiteral("What tools does Lena Fischer use?"), kLena, {QStringLiteral("Python, Scala, Spark")});
        row("ko 자격증", QStringLiteral("윤지호의 자격증은?"), kYoon, {QStringLiteral("정보처리기사 (2024.11)")});
        row("en Credentials", QStringLiteral("What certifications does Oliver Grant have?"), kOliver,
            {QStringLiteral("Certified Kubernetes Administrator (CKA)")});
        row("ko 자격증, in prose", QStringLiteral("한서연이 가진 자격증은?"), kHan, {QStringLiteral("사회조사분석사 2급")});
        // 어학 and 병역.
        row("ko 토익 of TOEIC", QStringLiteral("윤지호의 토익 점수는?"), kYoon, {QStringLiteral("TOEIC 900")});
        // Asked for one test, the other test's line is not the answer.
        row("ko OPIc", QStringLiteral("윤지호의 OPIc 등급은?"), kYoon, {QStringLiteral("OPIc IH")}, {QStringLiteral("TOEIC")});
        row("ko 어학 점수", QStringLiteral("윤지호의 어학 점수는?"), kYoon, {QStringLiteral("TOEIC 900"), QStringLiteral("OPIc IH")});
        row("ko 병역", QStringLiteral("윤지호의 병역 사항은?"), kYoon, {QStringLiteral("육군 병장 만기제대")});
        row("ko 군대", QStringLiteral("윤지호는 군대를 다녀왔나요?"), kYoon, {QStringLiteral("육군 병장 만기제대")});
        // When one can start.
        row("en notice period", QStringLiteral("What is Oliver Grant's notice period?"), kOliver, {QStringLiteral("8 weeks")});
        row("ko 입사 가능일, prose", QStringLiteral("한서연의 입사 가능일은?"), kHan, {QStringLiteral("2027년 1월 4일")});
        row("ko 언제 입사", QStringLiteral("윤지호는 언제 입사할 수 있나요?"), kYoon, {QStringLiteral("즉시 가능")});
        row("en available", QStringLiteral("When is Lena Fischer available?"), kLena, {QStringLiteral("2027-02-01")});
        // Pay, quoted as written.
        row("ko 현재 연봉 1억 2천만원", QStringLiteral("강도현의 현재 연봉은?"), kKang, {QStringLiteral("1억 2천만원")}, {QStringLiteral("1억 4천만원")});
        row("ko 희망 연봉 1억 4천만원", QStringLiteral("강도현의 희망 연봉은?"), kKang, {QStringLiteral("1억 4천만원")});
        row("ko 월 800만원", QStringLiteral("강도현의 월 기본급은?"), kKang, {QStringLiteral("월 800만원")});
        row("ko salary in prose", QStringLiteral("한서연의 희망 연봉은?"), kHan, {QStringLiteral("7,200만원")});
        row("en day rate", QStringLiteral("What is Lena Fischer's day rate?"), kLena, {QStringLiteral("EUR 720")});
        row("en expected salary", QStringLiteral("What salary does Oliver Grant expect?"), kOliver, {QStringLiteral("GBP 95,000")});
        // Yes or no: the lines that say it.
        row("ko yes/no Terraform", QStringLiteral("Oliver Grant는 Terraform을 써봤나요?"), kOliver, {QStringLiteral("Terraform")});
        row("en yes/no Python, injected line not quoted", QStringLiteral("Does Lena Fischer know Python?"), kLena, {QStringLiteral("Python")},
            {QStringLiteral("strongest"), QStringLiteral("lacks Python")});
        row("ko yes/no React", QStringLiteral("윤지호는 React를 써봤나요?"), kYoon, {QStringLiteral("React")});
        row("ko yes/no licence", QStringLiteral("송민재는 간호사 면허가 있나요?"), kSong, {QStringLiteral("간호사 면허 (2014)")});
        // Jobs and projects.
        row("ko companies, overlapping periods", QStringLiteral("송민재가 근무한 회사들은?"), kSong,
            {QStringLiteral("늘봄헬스케어"), QStringLiteral("의료 IT 자문 프리랜서 (2022.06 ~ present)"), QStringLiteral("푸른숲병원 (2014.03 ~ 2021.02)")});
        // Each project's heading (what, for whom, when), not only what was done.
        row("en a freelancer's projects", QStringLiteral("What are Lena Fischer's projects?"), kLena,
            {QStringLiteral("Retail demand forecasting"), QStringLiteral("Streaming telemetry platform")});
        row("ko a freelancer's projects, English heading", QStringLiteral("Lena Fischer의 프로젝트는?"), kLena,
            {QStringLiteral("Retail demand forecasting"), QStringLiteral("Streaming telemetry platform")}, {},
            QStringLiteral("프로젝트 does not match 'Selected Projects': read whole as a field it outweighs the demo's '[프로젝트]' label (RAG 프로젝트 성과 refused)"));
        row("en what was done for a client", QStringLiteral("What did Lena Fischer do for Voltaro Energy?"), kLena,
            {QStringLiteral("2 million sensor events per minute")});
        row("ko 조직 규모", QStringLiteral("강도현이 이끄는 조직 규모는?"), kKang, {QStringLiteral("엔지니어 45명")});
    }

    void answers()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, files);
        QFETCH(QStringList, phrases);
        QFETCH(QStringList, absent);
        QFETCH(QString, gap);
        const QString wrong = wrongAnswer(question, files, phrases, absent);
        if (!gap.isEmpty())
            QEXPECT_FAIL("", qPrintable(gap), Continue);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // Questions over everyone: each candidate who qualifies is named with the line that shows it.
    void whoQuestions_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("cited");    // candidates' files, every one cited
        QTest::addColumn<QStringList>("notCited"); // files never cited
        QTest::addColumn<QStringList>("phrases");
        QTest::addColumn<QString>("gap");
        QTest::newRow("ko who holds 정보처리기사") << QStringLiteral("정보처리기사 자격증이 있는 사람은?") << QStringList{kYoon}
                                             << QStringList{kSong} << QStringList{QStringLiteral("정보처리기사")} << QString();
        QTest::newRow("en who knows Kubernetes") << QStringLiteral("Who knows Kubernetes?")
                                                 << QStringList{kOliver, kKang}
                                                 << QStringList{kLena} << QStringList{QStringLiteral("Kubernetes")}
                                                 << QString();
        QTest::newRow("ko Kafka 경험이 있는") << QStringLiteral("Kafka 경험이 있는 사람은?")
                                          << QStringList{kKang, kLena}
                                          << QStringList{kOliver} << QStringList{QStringLiteral("Kafka")} << QString();
        QTest::newRow("en who has a CKA") << QStringLiteral("Who has a CKA certification?") << QStringList{kOliver}
                                          << QStringList{} << QStringList{QStringLiteral("CKA")} << QString();
        QTest::newRow("ko longest career, as written") << QStringLiteral("경력이 가장 긴 사람은?") << QStringList{kKang}
                                                       << QStringList{} << QStringList{QStringLiteral("강도현: "), QStringLiteral("경력 18년")} << QString();
        QTest::newRow("ko highest salary, 1억 4천만원") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << QStringList{kKang}
                                                    << QStringList{} << QStringList{QStringLiteral("강도현: "), QStringLiteral("1억 4천만원")} << QString();
        QTest::newRow("ko compare two careers") << QStringLiteral("강도현과 송민재의 경력을 비교해 주세요")
                                                << QStringList{kKang, kSong}
                                                << QStringList{} << QStringList{QStringLiteral("은하모빌리티 (2019.01 ~ 현재)"), QStringLiteral("늘봄헬스케어")}
                                                << QString();
        QTest::newRow("en compare two experiences") << QStringLiteral("Compare Oliver Grant and Lena Fischer's experience")
                                                    << QStringList{kOliver, kLena}
                                                    << QStringList{} << QStringList{QStringLiteral("Oliver Grant: "), QStringLiteral("Lena Fischer")}
                                                    << QString();
    }

    void whoQuestions()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, cited);
        QFETCH(QStringList, notCited);
        QFETCH(QStringList, phrases);
        QFETCH(QString, gap);
        AnswerTrace trace;
        auto a = Test::askOffline(m_six.knowledge, question, &trace);
        QVERIFY(a.ok());
        QString wrong = Test::citesMismatch(*a, cited, notCited, phrases);
        if (a->text.contains(QStringLiteral("ignore previous"), Qt::CaseInsensitive) || !a->unverified.isEmpty() || !a->found)
            wrong += QStringLiteral("injected line quoted, a figure removed or refused; ");
        if (!gap.isEmpty())
            QEXPECT_FAIL("", qPrintable(gap), Continue);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + Test::describe(*a, trace)));
    }

    // What no résumé says, about whom nobody is, or what only the injected instruction "says", is refused.
    void refuses_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko person not imported") << QStringLiteral("김태희의 연락처는?");
        QTest::newRow("en person not imported") << QStringLiteral("What is Maria Lopez's email?");
        QTest::newRow("ko blood type") << QStringLiteral("한서연의 혈액형은?");
        QTest::newRow("ko height") << QStringLiteral("윤지호의 키는?");
        QTest::newRow("en marital status") << QStringLiteral("What is Oliver Grant's marital status?");
        QTest::newRow("en Kafka not used") << QStringLiteral("Has Oliver Grant used Kafka?");
        QTest::newRow("en strongest, only the injection says") << QStringLiteral("Who is the strongest candidate?");
        QTest::newRow("en who lacks Python, only the injection says") << QStringLiteral("Which candidates lack Python?");
    }

    void refuses()
    {
        QFETCH(QString, question);
        Test::verifyRefused(m_six.knowledge, question);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions14)
#include "tst_recruiterquestions14.moc"
