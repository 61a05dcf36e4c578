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

namespace {

QStringList demoPaths()
{
    const QDir demo(QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo")));
    QStringList paths;
    for (const QString &f : demo.entryList({QStringLiteral("*-*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(demo.filePath(f));
    return paths;
}

} // namespace

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
        const QString failure = Test::importFresh(m_dir.filePath(QStringLiteral("demo.db")), demoPaths(), 7, m_demoStore, m_demo);
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
    void subjectNotWritten()
    {
        QFETCH(QString, question);
        AnswerTrace trace;
        auto a = Test::askOffline(m_demo, question, &trace);
        QVERIFY(a.ok());
        QVERIFY2(!a->found, qPrintable(Test::describe(*a, trace)));
    }
};

QTEST_APPLESS_MAIN(tst_ExploratoryQuestions)
#include "tst_exploratoryquestions.moc"
