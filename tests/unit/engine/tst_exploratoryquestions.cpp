// SPDX-License-Identifier: MIT
// Questions a recruiter asks of the demo résumés that earlier rounds did not cover (recruiter questions, round
// 11): a question whose subject no passage writes ("Tell me about the weather in Seoul") is refused, however
// many passages write the place or the other words beside it.
#include "engine/knowledgebase.h"
#include "offlineanswers.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_ExploratoryQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_demoStore;
    KnowledgeBase m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QString failure = Test::importFresh(m_dir.filePath(QStringLiteral("demo.db")), Test::demoResumePaths(), 7, m_demoStore, m_demo);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
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
};

QTEST_APPLESS_MAIN(tst_ExploratoryQuestions)
#include "tst_exploratoryquestions.moc"
