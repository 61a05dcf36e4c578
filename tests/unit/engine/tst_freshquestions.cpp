// SPDX-License-Identifier: MIT
// Typical recruiters' questions asked offline of three résumés written at test time
// (Test::writeRecruiterResumes: a Korean "항목: 값" résumé, an English one with bold job lines and bullets, a
// mixed one with a Markdown table), laid out unlike the demo corpus the engine's rules were written against:
// each answer cites the expected files and quotes the expected phrases, and what they do not say is refused.
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

class tst_FreshQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_corpus.import(m_dir.filePath(QStringLiteral("fresh.db")), Test::writeRecruiterResumes(m_dir.path()).all(), 3);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void answersRecruiterQuestions_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("files"); // the first is cited first; each is cited
        QTest::addColumn<QStringList>("phrases"); // each quoted in the answer
        const QString oh = QStringLiteral("oh-serin.txt");
        const QString marcus = QStringLiteral("marcus-lee.md");
        const QString han = QStringLiteral("han-doyun.md");
        QTest::newRow("ko e-mail, 항목: 값") << QStringLiteral("오세린의 이메일은?") << QStringList{oh}
                                           << QStringList{QStringLiteral("serin.oh@example.invalid")};
        QTest::newRow("ko salary, 항목: 값") << QStringLiteral("오세린의 희망 연봉은 얼마인가요?") << QStringList{oh}
                                           << QStringList{QStringLiteral("6,800만원")};
        QTest::newRow("ko companies, 회사: lines") << QStringLiteral("오세린이 일한 회사들은?") << QStringList{oh}
                                                 << QStringList{QStringLiteral("초록은행"), QStringLiteral("달빛미디어")};
        QTest::newRow("ko education, 학교: line") << QStringLiteral("오세린의 학력은?") << QStringList{oh}
                                                << QStringList{QStringLiteral("가상여자대학교")};
        QTest::newRow("ko who, a skill") << QStringLiteral("Kotlin을 쓰는 사람은?") << QStringList{oh} << QStringList{QStringLiteral("Kotlin")};
        QTest::newRow("ko who, what was done (낮춘)") << QStringLiteral("크래시율을 낮춘 사람은 누구인가요?") << QStringList{oh}
                                                  << QStringList{QStringLiteral("0.2%")};
        QTest::newRow("en e-mail, header line") << QStringLiteral("What is Marcus Lee's email?") << QStringList{marcus}
                                                << QStringList{QStringLiteral("marcus.lee@example.invalid")};
        QTest::newRow("en where one lives") << QStringLiteral("Where does Marcus Lee live?") << QStringList{marcus}
                                            << QStringList{QStringLiteral("Incheon")};
        QTest::newRow("en languages") << QStringLiteral("What languages does Marcus Lee speak?") << QStringList{marcus}
                                      << QStringList{QStringLiteral("Korean (intermediate)")};
        QTest::newRow("en education") << QStringLiteral("What is Marcus Lee's degree?") << QStringList{marcus}
                                      << QStringList{QStringLiteral("B.Eng.")};
        QTest::newRow("en teams, bold job lines") << QStringLiteral("Which teams has Marcus Lee worked in?") << QStringList{marcus}
                                                  << QStringList{QStringLiteral("Infrastructure Team"), QStringLiteral("Platform Team")};
        QTest::newRow("en who, latency") << QStringLiteral("Who reduced p99 latency?") << QStringList{marcus}
                                         << QStringList{QStringLiteral("900 ms to 250 ms")};
        QTest::newRow("mixed salary, Markdown table") << QStringLiteral("한도윤의 희망 연봉은?") << QStringList{han}
                                                      << QStringList{QStringLiteral("7,200만원")};
        QTest::newRow("mixed years, Markdown table") << QStringLiteral("한도윤의 경력은 몇 년인가요?") << QStringList{han}
                                                     << QStringList{QStringLiteral("6년")};
        QTest::newRow("mixed teams, entry headings") << QStringLiteral("한도윤은 어떤 팀에서 일했나요?") << QStringList{han}
                                                     << QStringList{QStringLiteral("Data Platform Team"), QStringLiteral("추천팀")};
        QTest::newRow("en which companies, Korean entries") << QStringLiteral("Which companies has 한도윤 worked at?") << QStringList{han}
                                                            << QStringList{QStringLiteral("네오핀테크"), QStringLiteral("블루웨일")};
        QTest::newRow("en who knows, Korean résumé") << QStringLiteral("Which candidate knows Airflow?") << QStringList{han}
                                                     << QStringList{QStringLiteral("Airflow")};
        QTest::newRow("ko master's degree") << QStringLiteral("석사 학위가 있는 후보자는?") << QStringList{han}
                                            << QStringList{QStringLiteral("석사")};
        QTest::newRow("ko compare two") << QStringLiteral("오세린과 한도윤의 경력을 비교해 주세요") << QStringList{oh, han}
                                        << QStringList{QStringLiteral("오세린:"), QStringLiteral("한도윤:")};
    }

    void answersRecruiterQuestions()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, files);
        QFETCH(QStringList, phrases);
        Test::verifyAnswer(m_corpus.knowledge, question, files, phrases, {}, Test::Cited::FirstAmong);
    }

    void refusesWhatIsNotWritten_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko military service") << QStringLiteral("오세린의 병역 사항은?");
        QTest::newRow("en Japanese") << QStringLiteral("Does Marcus Lee speak Japanese?");
    }

    void refusesWhatIsNotWritten() { Test::verifyRefusedRow(m_corpus.knowledge); }
};

QTEST_APPLESS_MAIN(tst_FreshQuestions)
#include "tst_freshquestions.moc"
