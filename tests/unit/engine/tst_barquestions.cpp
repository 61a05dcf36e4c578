// SPDX-License-Identifier: MIT
// Who meets a bar, asked over more candidates than an answer's top 5: ten short résumés written at test time
// (invented names and figures, Korean and English), of whom more than five meet each bar asked. The answer names
// every one who meets it, each with their line, and quotes nobody else's.
#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "offlineanswers.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

struct Person {
    QString file;
    QString name;
    int salary; // 만원
    int years;
};

// Seven want 7,000만원 or less; six have 5 years or more.
const QList<Person> &people()
{
    static const QList<Person> list{
        {QStringLiteral("kang.txt"), QStringLiteral("강서윤"), 5200, 3},  {QStringLiteral("nam.txt"), QStringLiteral("남도현"), 6100, 6},
        {QStringLiteral("ryu.txt"), QStringLiteral("류하린"), 6800, 7},   {QStringLiteral("moon.txt"), QStringLiteral("문지호"), 7000, 2},
        {QStringLiteral("baek.txt"), QStringLiteral("백승우"), 4900, 8},  {QStringLiteral("seo.txt"), QStringLiteral("서예린"), 6500, 4},
        {QStringLiteral("ahn.txt"), QStringLiteral("안태민"), 5800, 5},   {QStringLiteral("yang.txt"), QStringLiteral("양수빈"), 8200, 9},
        {QStringLiteral("jeon.txt"), QStringLiteral("전민재"), 9100, 1},  {QStringLiteral("cha.txt"), QStringLiteral("차유나"), 7600, 10},
    };
    return list;
}

QString resume(const Person &p)
{
    return QStringLiteral("%1 이력서\n\n이메일: %2@example.invalid\n희망 연봉: %3만원\n경력: %4년\n\n기술\nJava, Spring, MySQL\n")
        .arg(p.name, p.file.chopped(4), QLocale(QLocale::English).toString(p.salary), QString::number(p.years));
}

} // namespace

class tst_BarQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    KnowledgeBase m_knowledge;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList files;
        for (const Person &p : people())
            files << Test::writeFile(m_dir.path(), p.file, resume(p).toUtf8());
        auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("bar.db")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        DocumentImporter importer(*m_store);
        const ImportSummary summary = DocumentImporter::summarize(importer.importPaths(files));
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.imported, int(people().size()));
        QVERIFY(m_knowledge.load(*m_store).ok());
    }

    void everyoneMeetingTheBar_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("field"); // "salary" or "years"
        QTest::addColumn<int>("bar");
        QTest::addColumn<bool>("atMost");
        QTest::newRow("ko salary at most") << QStringLiteral("희망 연봉이 7천만원 이하인 사람은?") << QStringLiteral("salary") << 7000 << true;
        QTest::newRow("ko salary at most, digits") << QStringLiteral("희망 연봉 7,000만원 이하인 후보자는?") << QStringLiteral("salary") << 7000
                                                   << true;
        QTest::newRow("ko career at least") << QStringLiteral("경력 5년 이상인 사람은?") << QStringLiteral("years") << 5 << false;
        QTest::newRow("en career at least") << QStringLiteral("Who has at least 5 years of 경력?") << QStringLiteral("years") << 5 << false;
    }

    void everyoneMeetingTheBar()
    {
        QFETCH(QString, question);
        QFETCH(QString, field);
        QFETCH(int, bar);
        QFETCH(bool, atMost);
        AnswerTrace trace;
        auto a = Test::askOffline(m_knowledge, question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        int meeting = 0;
        for (const Person &p : people()) {
            const int value = field == QLatin1String("salary") ? p.salary : p.years;
            const bool meets = atMost ? value <= bar : value >= bar;
            const QString line = field == QLatin1String("salary")
                ? QStringLiteral("희망 연봉: %1만원").arg(QLocale(QLocale::English).toString(p.salary))
                : QStringLiteral("경력: %1년").arg(p.years);
            const bool cited = std::any_of(a->citations.cbegin(), a->citations.cend(), [&](const Citation &c) { return c.document == p.file; });
            if (meets) {
                ++meeting;
                QVERIFY2(cited, qPrintable(p.name + QStringLiteral(" meets the bar, not cited\n") + why));
                QVERIFY2(a->text.contains(line), qPrintable(p.name + QStringLiteral("'s line not quoted\n") + why));
            } else {
                QVERIFY2(!cited, qPrintable(p.name + QStringLiteral(" falls short, cited\n") + why));
                QVERIFY2(!a->text.contains(line), qPrintable(p.name + QStringLiteral("'s line quoted\n") + why));
            }
        }
        QVERIFY(meeting > 5); // more than the top 5 of an answer, or the row tests nothing
    }
};

QTEST_APPLESS_MAIN(tst_BarQuestions)
#include "tst_barquestions.moc"
