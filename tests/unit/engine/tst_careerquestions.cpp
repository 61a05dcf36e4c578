// SPDX-License-Identifier: MIT
// Recruiters' questions, round 6, asked offline of three résumés written at test time in layouts the other
// suites lack (Test::writeCareerResumes: 박지민's short Korean plain text whose one job is a dated bullet,
// Olivia Reed's English Markdown with bold "Company — Title, Mar 2019 – Present" entries over bullets, 정민수's
// Korean 경력기술서 of "■ 프로젝트명" sections): what someone did, asked without naming a field, and the questions a
// recruiter asks of every résumé.
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

class tst_CareerQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_corpus.import(m_dir.filePath(QStringLiteral("career.db")), Test::writeCareerResumes(m_dir.path()).all(), 3);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void answers_data()
    {
        Test::addAnswerColumns();
        const QString jimin = QStringLiteral("park-jimin.txt");
        const QString olivia = QStringLiteral("olivia-reed.md");
        const QString minsu = QStringLiteral("jung-minsu-career.txt");
        // Where someone lives: the header beside the e-mail names the city; the university named after a city
        // ("Pusan Fictional University") is no residence.
        QTest::newRow("ko where does X live, not the university") << QStringLiteral("Olivia Reed는 어디에 사나요?") << QStringList{olivia}
            << QStringList{QStringLiteral("Busan")} << QStringList{QStringLiteral("Pusan Fictional University")};
        QTest::newRow("en where does X live, not the university") << QStringLiteral("Where does Olivia Reed live?") << QStringList{olivia}
            << QStringList{QStringLiteral("Busan")} << QStringList{QStringLiteral("Pusan Fictional University")};
        QTest::newRow("ko career length of everyone") << QStringLiteral("경력이 몇 년인가요?") << QStringList{minsu}
            << QStringList{QStringLiteral("총 경력: 6년 4개월")} << QStringList{};
        // What someone did, asked with 일 (work) or "worked on" and no field: their job entries.
        QTest::newRow("ko 어떤 일을 했나요") << QStringLiteral("박지민은 어떤 일을 했나요?") << QStringList{jimin}
            << QStringList{QStringLiteral("가나다랩 프론트엔드 개발자"), QStringLiteral("React 기반 대시보드")} << QStringList{};
        QTest::newRow("ko 무슨 일을 하나요") << QStringLiteral("박지민은 무슨 일을 하나요?") << QStringList{jimin}
            << QStringList{QStringLiteral("가나다랩 프론트엔드 개발자")} << QStringList{};
        QTest::newRow("ko 어떤 경험이 있나요") << QStringLiteral("박지민은 어떤 경험이 있나요?") << QStringList{jimin}
            << QStringList{QStringLiteral("가나다랩 프론트엔드 개발자")} << QStringList{};
        QTest::newRow("en what has X worked on") << QStringLiteral("What has Olivia Reed worked on?") << QStringList{olivia}
            << QStringList{QStringLiteral("Bluewave Logistics — Senior Data Engineer"), QStringLiteral("streaming pipeline")}
            << QStringList{QStringLiteral("8,500만원")};
        QTest::newRow("en what did X do") << QStringLiteral("What did Olivia Reed do?") << QStringList{olivia}
            << QStringList{QStringLiteral("Bluewave Logistics — Senior Data Engineer")} << QStringList{};
        // A job written as a bold line stating its period with bullets under it: the bullets are what was done there.
        QTest::newRow("en what was done, bold entry line") << QStringLiteral("What did Olivia Reed do at Harborline Shipping?")
            << QStringList{olivia} << QStringList{QStringLiteral("Harborline Shipping — Data Analyst"), QStringLiteral("Wrote SQL reports")}
            << QStringList{QStringLiteral("Kafka")};
        QTest::newRow("ko what was done, bold entry line") << QStringLiteral("Olivia Reed는 Bluewave Logistics에서 무슨 일을 했나요?")
            << QStringList{olivia} << QStringList{QStringLiteral("streaming pipeline"), QStringLiteral("Supervised two junior engineers")}
            << QStringList{QStringLiteral("Harborline")};
        // A 경력기술서 of "■ 프로젝트명" sections, each with its 기간: the projects are what was done, not the contact
        // lines or skills of its header, though its title writes 경력 over every passage.
        QTest::newRow("ko 경력기술서 of projects, what was done") << QStringLiteral("정민수는 어떤 일을 했나요?")
            << QStringList{QStringLiteral("jung-minsu-career.txt")}
            << QStringList{QStringLiteral("기간: 2021.04 ~ 2023.10"), QStringLiteral("다온은행"), QStringLiteral("기간: 2018.07 ~ 2021.03"),
                           QStringLiteral("페이누리")}
            << QStringList{QStringLiteral("010-9876-5432"), QStringLiteral("Kotlin, Java")};
        QTest::newRow("ko 경력기술서 of projects, 경력") << QStringLiteral("정민수의 경력은?") << QStringList{QStringLiteral("jung-minsu-career.txt")}
            << QStringList{QStringLiteral("다온은행"), QStringLiteral("페이누리")} << QStringList{QStringLiteral("010-9876-5432")};
        // "경력기술서" in the title is no 기술 (skills): the "■ 기술" section answers, not schooling or certificates.
        QTest::newRow("ko skills of a 경력기술서") << QStringLiteral("정민수의 기술 스택은?") << QStringList{QStringLiteral("jung-minsu-career.txt")}
            << QStringList{QStringLiteral("Kotlin, Java, Android")} << QStringList{QStringLiteral("정보처리기사"), QStringLiteral("가상공업대학교")};
        // When one can start is their notice period.
        QTest::newRow("en when can X start, a notice period") << QStringLiteral("When can Olivia Reed start?") << QStringList{olivia}
            << QStringList{QStringLiteral("Notice period: one month.")} << QStringList{QStringLiteral("8,500만원")};
        // The latest job, which the résumé does not label so: the entry whose period is ongoing.
        QTest::newRow("ko 직전 회사, unlabelled") << QStringLiteral("Olivia Reed의 직전 회사는?") << QStringList{olivia}
            << QStringList{QStringLiteral("Bluewave Logistics — Senior Data Engineer, Mar 2019 – Present")} << QStringList{QStringLiteral("Harborline")};
        QTest::newRow("en current company") << QStringLiteral("What is Olivia Reed's current company?") << QStringList{olivia}
            << QStringList{QStringLiteral("Bluewave Logistics")} << QStringList{QStringLiteral("Harborline")};
        QTest::newRow("ko 직전 회사 of projects: the latest period") << QStringLiteral("정민수의 직전 회사는?") << QStringList{minsu}
            << QStringList{QStringLiteral("2021.04 ~ 2023.10")} << QStringList{QStringLiteral("2018.07")};
        // Who has something a section lists without the word ("## Certifications", "■ 자격증"): its items; 박지민 has none.
        QTest::newRow("ko who has a certificate") << QStringLiteral("자격증이 있는 사람은?") << QStringList{minsu, olivia}
            << QStringList{QStringLiteral("정민수: 정보처리기사"), QStringLiteral("Olivia Reed: Google Cloud Professional Data Engineer")}
            << QStringList{QStringLiteral("박지민")};
        QTest::newRow("en who has a certificate") << QStringLiteral("Who has a certificate?") << QStringList{minsu, olivia}
            << QStringList{QStringLiteral("정민수: 정보처리기사"), QStringLiteral("Olivia Reed: Google Cloud Professional Data Engineer")}
            << QStringList{QStringLiteral("박지민")};
    }

    void answers() { Test::verifyAnswerRow(m_corpus.knowledge, Test::Cited::Only); }
};

QTEST_APPLESS_MAIN(tst_CareerQuestions)
#include "tst_careerquestions.moc"
