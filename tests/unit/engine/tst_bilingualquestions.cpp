// SPDX-License-Identifier: MIT
// Recruiters' questions asked offline of three résumés in two languages written at test time
// (Test::writeBilingualResumes: 홍길동's Korean plain text with dated job bullets and what was done indented
// under each, Emily Stone's English Markdown with job headings, 김하늘's short Korean one): what was done at a
// job written as a bullet, and questions over every candidate.
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "freshresumes.h"
#include "offlineanswers.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_BilingualQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_corpus;

    Result<Answer> ask(const QString &question, AnswerTrace *trace) { return Test::askOffline(m_corpus.knowledge, question, trace); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_corpus.import(m_dir.filePath(QStringLiteral("bilingual.db")), Test::writeBilingualResumes(m_dir.path()).all(), 3);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void answers_data()
    {
        Test::addAnswerColumns();
        const QString hong = QStringLiteral("hong-gildong.txt");
        const QString emily = QStringLiteral("emily-stone.md");
        const QString kim = QStringLiteral("kim-haneul.txt");
        // A job written as a dated bullet with its details indented under it: the details are what was done there.
        QTest::newRow("ko what was done, dated bullet") << QStringLiteral("한결데이터에서 무슨 일을 했나요?") << QStringList{hong}
            << QStringList{QStringLiteral("Elasticsearch 클러스터 40대"), QStringLiteral("850ms에서 120ms")}
            << QStringList{QStringLiteral("Java/Spring")};
        QTest::newRow("ko what was done, named, the second bullet") << QStringLiteral("홍길동은 누리소프트에서 무엇을 했나요?")
            << QStringList{hong} << QStringList{QStringLiteral("주문 시스템을 개발했다")} << QStringList{QStringLiteral("Elasticsearch")};
        QTest::newRow("en what was done, dated bullet") << QStringLiteral("What did 홍길동 do at 한결데이터?") << QStringList{hong}
            << QStringList{QStringLiteral("Elasticsearch 클러스터 40대")} << QStringList{QStringLiteral("Java/Spring")};
        // What someone did, asked with 일 (work) and no field: their job entries.
        QTest::newRow("ko 어떤 일을 했나요, named") << QStringLiteral("홍길동은 어떤 일을 했나요?") << QStringList{hong}
            << QStringList{QStringLiteral("한결데이터 검색플랫폼팀 팀장"), QStringLiteral("누리소프트 백엔드 개발자")} << QStringList{};
        QTest::newRow("en what does X do") << QStringLiteral("What does Emily Stone do?") << QStringList{emily}
            << QStringList{QStringLiteral("Northwind Labs (2021.01 – present)"), QStringLiteral("Contoso Health")} << QStringList{};
        QTest::newRow("en what was done, job heading") << QStringLiteral("What did Emily Stone do at Northwind Labs?") << QStringList{emily}
            << QStringList{QStringLiteral("Managed a team of 4 designers")} << QStringList{QStringLiteral("patient portal")};
        // Asked how long a career is, the line stating it, not the sentence beside it (a salary) nor the jobs.
        QTest::newRow("en years of experience, spelled out") << QStringLiteral("How many years of experience does Emily have?")
            << QStringList{emily} << QStringList{QStringLiteral("Eight years designing")} << QStringList{QStringLiteral("7,200만원")};
        QTest::newRow("ko 몇 년, a 경력 line") << QStringLiteral("홍길동의 경력은 몇 년인가요?") << QStringList{hong}
            << QStringList{QStringLiteral("경력: 9년")} << QStringList{QStringLiteral("한결데이터"), QStringLiteral("누리소프트")};
        // The latest job: the entry whose period is ongoing (현재 / present), not the earlier one.
        QTest::newRow("ko 현재 직장, dated bullet") << QStringLiteral("홍길동의 현재 직장은?") << QStringList{hong}
            << QStringList{QStringLiteral("2019.07 ~ 현재 한결데이터")} << QStringList{QStringLiteral("누리소프트")};
        QTest::newRow("en last employer, job heading") << QStringLiteral("What was Emily Stone's last employer?") << QStringList{emily}
            << QStringList{QStringLiteral("Northwind Labs (2021.01 – present)")} << QStringList{QStringLiteral("Contoso")};
        // 연락처 is how to reach someone: the e-mail when no phone is written; a phone asked for is not an e-mail.
        QTest::newRow("ko contact, an e-mail only") << QStringLiteral("Emily Stone의 연락처는?") << QStringList{emily}
            << QStringList{QStringLiteral("emily.stone@example.org")} << QStringList{};
        QTest::newRow("ko contact, phone and e-mail") << QStringLiteral("홍길동의 연락처는?") << QStringList{hong}
            << QStringList{QStringLiteral("010-1234-5678")} << QStringList{};
        // A question over everyone that is no who-question: quotes of several candidates each say whose they are.
        QTest::newRow("ko salary of everyone, each labelled") << QStringLiteral("연봉은?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("Emily Stone: Expected salary: 7,200만원."), QStringLiteral("홍길동: 희망 연봉: 6,800만원")} << QStringList{};
        QTest::newRow("en salary of everyone, each labelled") << QStringLiteral("What is the expected salary?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("Emily Stone: Expected salary"), QStringLiteral("홍길동: 희망 연봉")} << QStringList{};
        // How long a career is, asked of nobody: each candidate's stated years.
        QTest::newRow("ko career length of everyone") << QStringLiteral("경력이 몇 년인가요?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: 경력: 9년"), QStringLiteral("Emily Stone: Eight years")} << QStringList{};
        QTest::newRow("one candidate's salary, no label") << QStringLiteral("홍길동의 희망 연봉은?") << QStringList{hong}
            << QStringList{QStringLiteral("6,800만원")} << QStringList{QStringLiteral("홍길동:")};
        // Leading a team, asked in one language of résumés in both: 팀장 is a team's leader, "Lead Product
        // Designer" who managed a team of designers.
        QTest::newRow("en who led a team, both languages") << QStringLiteral("Which candidates have led a team?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("팀장"), QStringLiteral("Emily Stone: "), QStringLiteral("Managed a team")} << QStringList{};
        QTest::newRow("ko who led a team, both languages") << QStringLiteral("팀을 이끈 사람은?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("팀장"), QStringLiteral("Emily Stone: "), QStringLiteral("Managed a team")} << QStringList{};
        QTest::newRow("en who managed a team, both languages") << QStringLiteral("Who managed a team?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("팀장"), QStringLiteral("Emily Stone: "), QStringLiteral("Managed a team")} << QStringList{};
        QTest::newRow("ko who headed a team, 총괄") << QStringLiteral("팀을 총괄한 사람은?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("팀장"), QStringLiteral("Emily Stone: "), QStringLiteral("Managed a team")} << QStringList{};
        // "팀장 경력이 있는": 경력 says 팀장 was done, it is no second thing to find (a "경력: 9년" line, "Eight years").
        QTest::newRow("ko who has been a team lead, 경력") << QStringLiteral("팀장 경력이 있는 사람은?") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("팀장"), QStringLiteral("Emily Stone: "), QStringLiteral("Managed a team")}
            << QStringList{QStringLiteral("경력: 9년"), QStringLiteral("Eight years")};
        // Asked who did something, a long word's bigram is not the word: 자동으로 shares 자동 with 자동화.
        QTest::newRow("ko who automated, not who wrote 자동으로") << QStringLiteral("Terraform으로 자동화한 사람은?") << QStringList{kim}
            << QStringList{QStringLiteral("김하늘: Terraform으로")} << QStringList{QStringLiteral("홍길동"), QStringLiteral("자동으로")};
        QTest::newRow("ko who, a long word inflected") << QStringLiteral("클러스터를 이중화한 사람은?") << QStringList{hong}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("이중화하고")} << QStringList{};
        // Two candidates compared with no field asked: what each has done, one line each, cited.
        QTest::newRow("en compare, nothing asked") << QStringLiteral("Compare Emily Stone and 홍길동") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: 2019.07 ~ 현재 한결데이터"), QStringLiteral("Emily Stone: Northwind Labs")} << QStringList{};
        QTest::newRow("ko compare, nothing asked") << QStringLiteral("Emily Stone과 홍길동을 비교해줘") << QStringList{hong, emily}
            << QStringList{QStringLiteral("홍길동: 2019.07 ~ 현재 한결데이터"), QStringLiteral("Emily Stone: Northwind Labs")} << QStringList{};
        QTest::newRow("ko compare, two Korean names") << QStringLiteral("김하늘과 홍길동을 비교해 주세요") << QStringList{hong, kim}
            << QStringList{QStringLiteral("홍길동: "), QStringLiteral("김하늘: 클라우드브릿지")} << QStringList{};
        // Asked who lives in a city: a residence line or the header beside the e-mail, not a university named
        // after the city nor two cloud regions.
        QTest::newRow("ko who lives in 서울") << QStringLiteral("서울에 사는 사람은?") << QStringList{emily, kim}
            << QStringList{QStringLiteral("Emily Stone: Product Designer · Seoul"), QStringLiteral("김하늘: 거주지: 서울 마포구")}
            << QStringList{QStringLiteral("홍길동"), QStringLiteral("서울가상대학교"), QStringLiteral("리전")};
        QTest::newRow("en who lives in Seoul") << QStringLiteral("Who lives in Seoul?") << QStringList{emily, kim}
            << QStringList{QStringLiteral("Emily Stone: "), QStringLiteral("김하늘: ")} << QStringList{QStringLiteral("홍길동")};
        QTest::newRow("ko who graduated, a university named after 서울") << QStringLiteral("서울가상대학교를 졸업한 사람은?") << QStringList{hong}
            << QStringList{QStringLiteral("홍길동: 서울가상대학교")} << QStringList{};
    }

    void answers() { Test::verifyAnswerRow(m_corpus.knowledge, Test::Cited::Only); }

    // Candidates compared are answered in the order the question names them, whoever's passage ranks first.
    void comparesInNamedOrder_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("names"); // in the order their lines must come
        const QString hong = QStringLiteral("홍길동");
        const QString emily = QStringLiteral("Emily Stone");
        QTest::newRow("en Emily first") << QStringLiteral("Compare Emily Stone and 홍길동") << QStringList{emily, hong};
        QTest::newRow("en 홍길동 first") << QStringLiteral("Compare 홍길동 and Emily Stone") << QStringList{hong, emily};
        QTest::newRow("ko 홍길동 first") << QStringLiteral("홍길동과 Emily Stone을 비교해줘") << QStringList{hong, emily};
        QTest::newRow("ko 김하늘 first, a field asked") << QStringLiteral("김하늘과 홍길동의 경력을 비교해 주세요")
                                                    << QStringList{QStringLiteral("김하늘"), hong};
    }

    void comparesInNamedOrder()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, names);
        AnswerTrace trace;
        auto a = ask(question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        qsizetype previous = -1;
        for (const QString &name : names) {
            const qsizetype at = a->text.indexOf(name + QStringLiteral(": "));
            QVERIFY2(at > previous && (at == 0 || a->text.at(at - 1) == u'\n'), qPrintable(name + QStringLiteral(" out of order\n") + why));
            previous = at;
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("question");
        // 홍길동 writes 부산 only as a cloud region; nobody lives there.
        QTest::newRow("ko who lives in 부산") << QStringLiteral("부산에 사는 사람은?");
        // Emily Stone writes an e-mail address and no phone number.
        QTest::newRow("ko a phone number nobody wrote") << QStringLiteral("Emily Stone의 전화번호는?");
    }

    void refuses() { Test::verifyRefusedRow(m_corpus.knowledge); }
};

QTEST_APPLESS_MAIN(tst_BilingualQuestions)
#include "tst_bilingualquestions.moc"
