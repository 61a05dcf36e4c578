// SPDX-License-Identifier: MIT
// Questions a recruiter asks of the demo résumés that earlier rounds did not cover (recruiter questions, round
// 11): a question whose subject no passage writes ("Tell me about the weather in Seoul") is refused, however
// many passages write the place or the other words beside it.
#include "engine/knowledgebase.h"
#include "offlineanswers.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_ExploratoryQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_demoStore;
    KnowledgeBase m_demo;
    Test::ImportedCorpus m_tools;

    // Four short résumés written here: two list Terraform in a skills line (one Korean plain text, one English
    // Markdown), and the only ones that write 사용 or 경험 ("사용자 인터뷰", "고객 상담 경험") or "used" name no tool.
    // Names and companies are invented.
    QStringList writeToolResumes()
    {
        auto write = [&](const QString &name, const QString &text) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(text.toUtf8());
            return f.fileName();
        };
        return {
            write(QStringLiteral("kwon-dohyun.txt"),
                  QStringLiteral("권도현\n이메일: dohyun.kwon@example.invalid\n\n[경력]\n바람소프트 | 인프라팀 | 2020.03 ~ 현재\n"
                                 "- 사내 배포 파이프라인을 코드로 관리하도록 전환\n- 장애 대응 절차 문서화\n\n"
                                 "[기술]\nTerraform, AWS, Go, Ansible\n")),
            write(QStringLiteral("sophie-grant.md"),
                  QStringLiteral("# Sophie Grant\n\nEmail: sophie.grant@example.invalid\n\n## Work History\n\n"
                                 "**Northwind Cloud — Platform Engineer, 2019 – Present**\n\n- Moved 40 services to managed clusters\n\n"
                                 "## Skills\n\nTerraform, Kubernetes, Python\n")),
            write(QStringLiteral("namgung-min.txt"),
                  QStringLiteral("남궁민\n이메일: min.namgung@example.invalid\n\n[경력]\n새봄디자인 | UX팀 | 2018.05 ~ 현재\n"
                                 "- 사용자 인터뷰와 사용성 테스트 설계, 결과 보고\n- 고객 상담 경험을 바탕으로 문의 흐름 개선\n"
                                 "- Used card sorting to restructure the help centre\n\n[기술]\nFigma, Miro\n")),
            write(QStringLiteral("yoon-seah.txt"),
                  QStringLiteral("윤세아\n이메일: seah.yoon@example.invalid\n\n[경력]\n한결회계법인 | 감사본부 | 2017.01 ~ 현재\n"
                                 "- 제조업 고객사 외부감사 수행\n\n[자격]\n공인회계사\n")),
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QString failure = Test::importFresh(m_dir.filePath(QStringLiteral("demo.db")), Test::demoResumePaths(), 7, m_demoStore, m_demo);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QStringList tools = writeToolResumes();
        QVERIFY(!tools.contains(QString()));
        const QString toolFailure = m_tools.import(m_dir.filePath(QStringLiteral("tools.db")), tools, 4);
        QVERIFY2(toolFailure.isEmpty(), qPrintable(toolFailure));
    }

    // The place is written (a residence line, two cloud regions), the subject asked of it is not: refused.
    void subjectNotWritten_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("en tell me about the weather in a city") << QStringLiteral("Tell me about the weather in Seoul");
        QTest::newRow("en what is the weather in a city") << QStringLiteral("What is the weather in Seoul?");
        QTest::newRow("ko 날씨 of a city") << QStringLiteral("서울 날씨 알려줘");
        QTest::newRow("ko 맛집 of a city") << QStringLiteral("부산 맛집 추천해 줘");
    }
    void subjectNotWritten() { Test::verifyRefusedRow(m_demo); }

    // Asked whether a candidate worked at a company, the résumé's job entry naming it answers first (its heading: the
    // company, the period, the role), though a 경력기술서's projects there repeat the name more often.
    void workedAtEntryFirst_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("heading");
        QTest::newRow("ko 에서 근무했나요, résumé beside a 경력기술서") << QStringLiteral("김지원은 한빛페이에서 근무했나요?")
                                                           << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("한빛페이 (2019.03 ~ 2023.02)");
        QTest::newRow("ko 에서 일했나요, the earlier job") << QStringLiteral("김지원은 누리커머스에서 일했나요?")
                                                   << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("누리커머스 (2015.07 ~ 2019.02)");
        // Employed there now, asked of a named company: the entry's period shows it (현재, or when it ended).
        QTest::newRow("ko 현재 재직 중, an ongoing entry") << QStringLiteral("박서준은 현재 하늘클라우드에 재직 중인가요?")
                                                     << QStringLiteral("park-seojun-career.txt") << QStringLiteral("하늘클라우드 (2020.06 ~ 현재)");
        QTest::newRow("ko 현재 재직 중, a closed entry") << QStringLiteral("김지원은 현재 한빛페이에 재직 중인가요?")
                                                   << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("한빛페이 (2019.03 ~ 2023.02)");
        QTest::newRow("ko 현재 재직 중, nobody named") << QStringLiteral("현재 하늘클라우드에 재직 중인가요?")
                                                 << QStringLiteral("park-seojun-career.txt") << QStringLiteral("하늘클라우드 (2020.06 ~ 현재)");
    }
    void workedAtEntryFirst()
    {
        QFETCH(QString, question);
        QFETCH(QString, file);
        QFETCH(QString, heading);
        AnswerTrace trace;
        auto a = Test::askOffline(m_demo, question, &trace);
        QVERIFY(a.ok());
        const QString wrong = Test::mismatch(*a, trace, {file}, {heading}, {}, Test::Cited::FirstAmong);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY2(a->text.startsWith(heading), qPrintable(Test::describe(*a, trace)));
    }

    // Asked who used a tool or has experience of it, the tool is what passages must write: not the verb of use nor
    // 경험 / "experience", which only one other résumé writes ("사용자 인터뷰", "고객 상담 경험", "Used card sorting").
    void whoUsedATool_data()
    {
        Test::addAnswerColumns();
        const QStringList both = {QStringLiteral("kwon-dohyun.txt"), QStringLiteral("sophie-grant.md")};
        const QStringList terraform = {QStringLiteral("Terraform")};
        QTest::newRow("ko 사용한") << QStringLiteral("Terraform을 사용한 사람은?") << both << terraform << QStringList{};
        QTest::newRow("ko 경험이 있는") << QStringLiteral("Terraform 경험이 있는 지원자는?") << both << terraform << QStringList{};
        QTest::newRow("ko 다뤄본") << QStringLiteral("테라폼을 다뤄본 사람은?") << both << terraform << QStringList{};
        QTest::newRow("en has used") << QStringLiteral("Who has used Terraform?") << both << terraform << QStringList{};
    }
    void whoUsedATool() { Test::verifyAnswerRow(m_tools.knowledge, Test::Cited::FirstAmong); }
};

QTEST_APPLESS_MAIN(tst_ExploratoryQuestions)
#include "tst_exploratoryquestions.moc"
