// SPDX-License-Identifier: MIT
// Superlatives over the candidates ("희망 연봉이 가장 높은 사람은?", "Who has the most years of experience?", "Who asks
// the least?"): the answer ranks every candidate whose passage states the figure asked, the top one first, each line
// led by the name and cited, over ten résumés written at test time (more than an answer's top 5) and over the demo
// corpus. Which figure of a line counts (the salary's, not "재택 주 3일"; the years', not the salary's) and which
// questions rank at all are tested on FigureRanking directly.
#include "engine/knowledgebase.h"
#include "formresumes.h"
#include "freshresumes.h"
#include "offlineanswers.h"
#include "providers/figureranking.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

QString demoDir()
{
    return QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo"));
}

// What is wrong with `a` as a ranking of `expected` (names, the first one on top): each named on a line of their own
// that quotes `lines[i]`, in that order, every one cited, and none of `absent` cited or named. Empty when nothing is.
QString misranked(const Answer &a, const AnswerTrace &trace, const QStringList &expected, const QStringList &lines,
                  const QStringList &files, const QStringList &absentFiles)
{
    const QString why = Test::describe(a, trace);
    if (!a.found)
        return why;
    if (a.citations.isEmpty() || a.citations.first().document != files.first())
        return QStringLiteral("first citation is not ") + files.first() + u'\n' + why;
    const QStringList answerLines = a.text.split(u'\n');
    qsizetype previous = -1;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString lead = expected.at(i) + QStringLiteral(": ");
        const qsizetype at = std::find_if(answerLines.cbegin(), answerLines.cend(), [&](const QString &l) { return l.startsWith(lead); })
            - answerLines.cbegin();
        if (at >= answerLines.size())
            return expected.at(i) + QStringLiteral(" has no line\n") + why;
        if (at <= previous)
            return expected.at(i) + QStringLiteral(" out of order\n") + why;
        if (!answerLines.at(at).contains(lines.at(i)))
            return expected.at(i) + QStringLiteral("'s line does not quote ") + lines.at(i) + u'\n' + why;
        previous = at;
        if (std::none_of(a.citations.cbegin(), a.citations.cend(), [&](const Citation &c) { return c.document == files.at(i); }))
            return files.at(i) + QStringLiteral(" not cited\n") + why;
    }
    for (const Citation &c : a.citations) {
        if (absentFiles.contains(c.document))
            return c.document + QStringLiteral(" cited\n") + why;
    }
    if (!a.unverified.isEmpty())
        return QStringLiteral("removed: ") + a.unverified.join(u'|');
    return {};
}

} // namespace

class tst_RankingQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Test::RankedPerson> m_people;
    std::unique_ptr<SqliteStore> m_store;
    KnowledgeBase m_knowledge;
    std::unique_ptr<SqliteStore> m_demoStore;
    KnowledgeBase m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("ten"))));
        m_people = Test::writeRankingResumes(m_dir.filePath(QStringLiteral("ten")));
        QStringList files;
        for (const Test::RankedPerson &p : std::as_const(m_people))
            files << p.file;
        const QString failed = Test::importFresh(m_dir.filePath(QStringLiteral("ten.db")), files, int(files.size()), m_store, m_knowledge);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QStringList demo;
        for (const QString &f : QDir(demoDir()).entryList({QStringLiteral("*-*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            demo << QDir(demoDir()).filePath(f);
        const QString demoFailed = Test::importFresh(m_dir.filePath(QStringLiteral("demo.db")), demo, int(demo.size()), m_demoStore, m_demo);
        QVERIFY2(demoFailed.isEmpty(), qPrintable(demoFailed));
    }

    void everyCandidateRanked_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("salary"); // else the years of career
        QTest::addColumn<bool>("highestFirst");
        QTest::newRow("ko salary highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << true << true;
        QTest::newRow("ko salary lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?") << true << false;
        QTest::newRow("ko salary asks least") << QStringLiteral("연봉을 가장 적게 요구하는 사람은?") << true << false;
        QTest::newRow("en salary highest") << QStringLiteral("Who has the highest expected salary?") << true << true;
        QTest::newRow("en salary lowest") << QStringLiteral("Who has the lowest expected salary?") << true << false;
        QTest::newRow("en asks the least") << QStringLiteral("Who asks the least?") << true << false;
        QTest::newRow("ko career longest") << QStringLiteral("경력이 가장 긴 사람은?") << false << true;
        QTest::newRow("ko career shortest") << QStringLiteral("경력이 가장 짧은 사람은?") << false << false;
        QTest::newRow("en most years") << QStringLiteral("Who has the most years of experience?") << false << true;
        QTest::newRow("en most experienced") << QStringLiteral("Who is the most experienced candidate?") << false << true;
    }

    // Nine of the ten state the figure, in as many layouts: all nine, ranked, 배수호 (no figure) left out.
    void everyCandidateRanked()
    {
        QFETCH(QString, question);
        QFETCH(bool, salary);
        QFETCH(bool, highestFirst);
        QList<Test::RankedPerson> stating;
        QStringList absent;
        for (const Test::RankedPerson &p : std::as_const(m_people)) {
            if (salary ? p.salary > 0 : p.years > 0)
                stating << p;
            else
                absent << QFileInfo(p.file).fileName();
        }
        std::stable_sort(stating.begin(), stating.end(), [&](const Test::RankedPerson &a, const Test::RankedPerson &b) {
            const double va = salary ? a.salary : a.years;
            const double vb = salary ? b.salary : b.years;
            return highestFirst ? va > vb : va < vb;
        });
        QStringList names, lines, files;
        for (const Test::RankedPerson &p : std::as_const(stating)) {
            names << p.name;
            lines << (salary ? p.salaryLine : p.yearsLine);
            files << QFileInfo(p.file).fileName();
        }
        QVERIFY(stating.size() > 5); // beyond an answer's top 5, or the row tests less than it says
        QVERIFY(!absent.isEmpty());
        AnswerTrace trace;
        auto a = Test::askOffline(m_knowledge, question, &trace);
        QVERIFY(a.ok());
        const QString wrong = misranked(*a, trace, names, lines, files, absent);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void demoRanked_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("lines");
        const QStringList salaryNames{QStringLiteral("최민호"), QStringLiteral("김지원"), QStringLiteral("박서준"), QStringLiteral("Jane Park"),
                                      QStringLiteral("이하은")};
        const QStringList salaryLines{QStringLiteral("연봉 희망 8,200만원"), QStringLiteral("연봉 희망 7,800만원"), QStringLiteral("연봉 희망 6,500만원"),
                                      QStringLiteral("Expected salary: 6,000만원"), QStringLiteral("연봉 희망 5,500만원")};
        QStringList lowNames = salaryNames, lowLines = salaryLines;
        std::reverse(lowNames.begin(), lowNames.end());
        std::reverse(lowLines.begin(), lowLines.end());
        const QStringList yearNames{QStringLiteral("김지원"), QStringLiteral("Jane Park"), QStringLiteral("박서준"), QStringLiteral("Daniel Cho"),
                                    QStringLiteral("이하은")};
        const QStringList yearLines{QStringLiteral("경력 9년"), QStringLiteral("8 years"), QStringLiteral("경력 7년"), QStringLiteral("6 years"),
                                    QStringLiteral("경력 5년")};
        QTest::newRow("ko salary highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << salaryNames << salaryLines;
        QTest::newRow("ko salary lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?") << lowNames << lowLines;
        QTest::newRow("en asks the least") << QStringLiteral("Who asks the least?") << lowNames << lowLines;
        // The ranking asked with its figure: the ranked lines write each one (round 10).
        QTest::newRow("ko lowest, who and how much") << QStringLiteral("연봉이 가장 낮은 사람은 누구이고 얼마인가요?") << lowNames << lowLines;
        QTest::newRow("en lowest, and how much") << QStringLiteral("Who asks the lowest salary, and how much?") << lowNames << lowLines;
        QTest::newRow("ko longest, how many years") << QStringLiteral("경력이 가장 긴 사람은 누구이고 몇 년인가요?") << yearNames << yearLines;
        // What a candidate costs is the pay they ask (round 10).
        QTest::newRow("en cheapest") << QStringLiteral("Who is the cheapest candidate?") << lowNames << lowLines;
        QTest::newRow("ko 저렴한") << QStringLiteral("가장 저렴한 후보자는?") << lowNames << lowLines;
        QTest::newRow("en most expensive") << QStringLiteral("Who is the most expensive candidate?") << salaryNames << salaryLines;
        QTest::newRow("ko 비싼") << QStringLiteral("가장 비싼 사람은?") << salaryNames << salaryLines;
        QTest::newRow("ko career longest") << QStringLiteral("경력이 가장 긴 사람은?") << yearNames << yearLines;
        QTest::newRow("en most years") << QStringLiteral("Who has the most years of experience?") << yearNames << yearLines;
        const QStringList graduateNames{QStringLiteral("이하은"), QStringLiteral("Daniel Cho"), QStringLiteral("박서준"), QStringLiteral("Jane Park"),
                                        QStringLiteral("김지원")};
        const QStringList graduateLines{QStringLiteral("(2015.03 ~ 2019.02)"), QStringLiteral("(2016.03 ~ 2018.02)"),
                                        QStringLiteral("(2010.03 ~ 2016.08)"), QStringLiteral("(2011.09 ~ 2015.06)"),
                                        QStringLiteral("(2009.03 ~ 2015.02)")};
        QStringList firstNames = graduateNames, firstLines = graduateLines;
        std::reverse(firstNames.begin(), firstNames.end());
        std::reverse(firstLines.begin(), firstLines.end());
        QTest::newRow("ko graduated latest") << QStringLiteral("가장 최근에 졸업한 사람은?") << graduateNames << graduateLines;
        QTest::newRow("en graduated most recently") << QStringLiteral("Who graduated most recently?") << graduateNames << graduateLines;
        QTest::newRow("en graduated earliest") << QStringLiteral("Who graduated earliest?") << firstNames << firstLines;
    }

    // The demo corpus: 최민호 (8,200만원) first, then the others in order; 김지원's 경력 9년 above Jane Park's 8 years.
    // 최민호 states no total career, so he is left out of the years.
    void demoRanked()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, names);
        QFETCH(QStringList, lines);
        AnswerTrace trace;
        auto a = Test::askOffline(m_demo, question, &trace);
        QVERIFY(a.ok());
        QStringList files;
        for (const QString &name : std::as_const(names)) {
            const auto it = std::find_if(a->citations.cbegin(), a->citations.cend(), [&](const Citation &c) { return c.candidate == name; });
            files << (it == a->citations.cend() ? name : it->document);
        }
        const QStringList absent = lines.first().contains(QStringLiteral("경력")) ? QStringList{QStringLiteral("choi-minho-career.md")} : QStringList{};
        const QString wrong = misranked(*a, trace, names, lines, files, absent);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void skillSuperlative_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("skill");
        QTest::addColumn<QStringList>("names");
        const QStringList kafka{QStringLiteral("Daniel Cho"), QStringLiteral("김지원"), QStringLiteral("최민호")};
        const QStringList kubernetes{QStringLiteral("박서준"), QStringLiteral("김지원")};
        QTest::newRow("ko most Kafka") << QStringLiteral("Kafka 경험이 가장 많은 사람은?") << QStringLiteral("Kafka") << kafka;
        QTest::newRow("en most Kafka") << QStringLiteral("Who has the most Kafka experience?") << QStringLiteral("Kafka") << kafka;
        QTest::newRow("ko most Kubernetes, 제일") << QStringLiteral("Kubernetes 경험이 제일 많은 후보자는?") << QStringLiteral("Kubernetes")
                                               << kubernetes;
        // A verb of use beside the superlative (다룬, 사용한, 써 본) is no term either: the skills line lists the tool alone.
        QTest::newRow("ko longest Kubernetes, 다룬") << QStringLiteral("Kubernetes를 가장 오래 다룬 사람은?") << QStringLiteral("Kubernetes")
                                                  << kubernetes;
        QTest::newRow("ko most Kafka, 사용한") << QStringLiteral("Kafka를 가장 많이 사용한 사람은?") << QStringLiteral("Kafka") << kafka;
    }

    // "Kafka 경험이 가장 많은 사람은?": nothing ranks experience with a tool without computing it (FigureRanking does not
    // rank it), so it is answered as "Kafka 경험이 있는 사람은?": every candidate whose documents write the tool, each
    // line quoting it, and nobody else. The superlative's adjective (많은) is no term, as English "most" is none.
    void skillSuperlative()
    {
        QFETCH(QString, question);
        QFETCH(QString, skill);
        QFETCH(QStringList, names);
        QVERIFY(!FigureRanking::inQuestion(question).has_value());
        AnswerTrace trace;
        auto a = Test::askOffline(m_demo, question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found, qPrintable(why));
        for (const QString &name : std::as_const(names))
            QVERIFY2(a->text.contains(name + QStringLiteral(": ")), qPrintable(name + QStringLiteral(" not named\n") + why));
        for (const Citation &c : a->citations) {
            QVERIFY2(names.contains(c.candidate), qPrintable(c.candidate + QStringLiteral(" cited\n") + why));
            QVERIFY2(c.quote.contains(skill, Qt::CaseInsensitive), qPrintable(c.quote + QStringLiteral(" cited\n") + why));
        }
    }

    void figureOfTheField_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("header");
        QTest::addColumn<double>("value"); // -1: none
        const QString pay = QStringLiteral("희망 연봉이 가장 높은 사람은?");
        const QString years = QStringLiteral("경력이 가장 긴 사람은?");
        QTest::newRow("salary beside days") << pay << QStringLiteral("연봉 희망 8,200만원, 재택 주 2일") << false << 82000000.0;
        QTest::newRow("salary after years") << pay << QStringLiteral("직무: DevOps / SRE 엔지니어, 경력 7년 연봉 희망 6,500만원") << false << 65000000.0;
        QTest::newRow("years before salary") << years << QStringLiteral("직무: DevOps / SRE 엔지니어, 경력 7년 연봉 희망 6,500만원") << false << 7.0;
        QTest::newRow("desired after current") << pay << QStringLiteral("현재 연봉 5,000만원, 희망 연봉 6,900만원") << false << 69000000.0;
        QTest::newRow("english header years") << years << QStringLiteral("Data Engineer · 6 years · Busan") << true << 6.0;
        QTest::newRow("years in a job line") << years << QStringLiteral("Moved 14 services to Kubernetes over 2 years.") << false << -1.0;
        QTest::newRow("calendar year") << years << QStringLiteral("경력: 2019년 입사") << false << -1.0;
        QTest::newRow("revenue is no salary") << pay << QStringLiteral("매출 30억원을 달성했습니다.") << false << -1.0;
        QTest::newRow("years in header line") << years << QStringLiteral("12년차 백엔드 개발자 · 수원") << true << 12.0;
    }

    void figureOfTheField()
    {
        QFETCH(QString, question);
        QFETCH(QString, line);
        QFETCH(bool, header);
        QFETCH(double, value);
        const std::optional<FigureRanking> ranking = FigureRanking::inQuestion(question);
        QVERIFY(ranking.has_value());
        const std::optional<double> read = ranking->valueIn(line, header);
        if (value < 0) {
            QVERIFY2(!read, qPrintable(QString::number(read.value_or(0))));
        } else {
            QVERIFY(read.has_value());
            QCOMPARE(*read, value);
        }
    }

    // A value line under its label ("희망 연봉" over "8,000만원 (현재 연봉 7,100만원)") is the label's field; an amount
    // after a currency code ("KRW 95,000,000") is pay; a line naming only the current pay states no desired one.
    void figureUnderItsLabel_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("line");
        QTest::addColumn<double>("value"); // -1: none
        const QString desired = QStringLiteral("희망 연봉이 가장 높은 사람은?");
        const QString pay = QStringLiteral("연봉이 가장 높은 사람은?");
        QTest::newRow("value line under 희망 연봉") << desired << QStringLiteral("희망 연봉") << QStringLiteral("8,000만원 (현재 연봉 7,100만원)")
                                                 << 80000000.0;
        QTest::newRow("value line under an English label") << QStringLiteral("Who has the highest expected salary?") << QStringLiteral("Expected Salary")
                                                         << QStringLiteral("KRW 82,000,000 (current KRW 70,000,000)") << 82000000.0;
        QTest::newRow("label of another field") << desired << QStringLiteral("희망 근무지") << QStringLiteral("8,000만원 (현재 연봉 7,100만원)") << -1.0;
        QTest::newRow("line naming its own field") << desired << QStringLiteral("희망 연봉") << QStringLiteral("현재 5,000만원 / 희망 6,900만원")
                                                   << 69000000.0;
        QTest::newRow("pay under a pay label") << pay << QStringLiteral("연봉") << QStringLiteral("6,100만원 (성과급 별도)") << 61000000.0;
        QTest::newRow("a bonus named before the pay under a pay label") << pay << QStringLiteral("연봉")
                                                                       << QStringLiteral("성과급 1,000만원 별도, 기본 연봉 6,000만원") << 60000000.0;
        QTest::newRow("currency code before the amount") << desired << QString() << QStringLiteral("Expected salary: KRW 95,000,000") << 95000000.0;
        QTest::newRow("only the current pay") << desired << QString() << QStringLiteral("현재 연봉: 9,800만원") << -1.0;
    }

    void figureUnderItsLabel()
    {
        QFETCH(QString, question);
        QFETCH(QString, label);
        QFETCH(QString, line);
        QFETCH(double, value);
        const std::optional<FigureRanking> ranking = FigureRanking::inQuestion(question);
        QVERIFY(ranking.has_value());
        const std::optional<double> read = ranking->valueIn(line, false, label);
        if (value < 0) {
            QVERIFY2(!read, qPrintable(QString::number(read.value_or(0))));
        } else {
            QVERIFY(read.has_value());
            QCOMPARE(*read, value);
        }
    }

    void labelOfALine()
    {
        const QString passage = QStringLiteral("기술\nJava, Kafka\n\n희망 연봉\n8,000만원 (현재 연봉 7,100만원)");
        const QStringList path{QStringLiteral("배준호"), QStringLiteral("기술")};
        QCOMPARE(FigureRanking::labelOf(passage, passage.indexOf(u"8,000"), path), QStringLiteral("희망 연봉"));
        // A line before that states a figure is a value of its own, not a label: the passage's heading is none of it.
        const QString valueOverValue = QStringLiteral("경력 8년\n8,000만원");
        QCOMPARE(FigureRanking::labelOf(valueOverValue, valueOverValue.indexOf(u"8,000"), path), QString());
        QCOMPARE(FigureRanking::labelOf(QStringLiteral("8,000만원"), 0, path), QStringLiteral("기술"));
        // A sentence about pay is no label, and a sentence in the middle of a line stands under nothing.
        const QString prose = QStringLiteral("연봉보다 성장 가능성을 중시하며 팀의 문화를 더 중요하게 생각합니다.\n2,000만원 규모 예산을 관리했습니다.");
        QCOMPARE(FigureRanking::labelOf(prose, prose.indexOf(u"2,000"), path), QString());
        const QString midLine = QStringLiteral("희망 연봉\nBuilds APIs. 8,800만원 규모 예산을 관리했습니다.");
        QCOMPARE(FigureRanking::labelOf(midLine, midLine.indexOf(u"8,800"), path), QString());
    }

    // The same rule end to end in other layouts: a Markdown heading over its value line, a plain-text label line over
    // "KRW …", a label and value on one line, and a résumé stating only the current pay (left out of a desired ranking).
    void valueLineUnderItsLabelRanked_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("highestFirst");
        QTest::newRow("ko desired highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << true;
        QTest::newRow("ko desired lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?") << false;
        QTest::newRow("en expected highest") << QStringLiteral("Who has the highest expected salary?") << true;
    }

    void valueLineUnderItsLabelRanked()
    {
        QFETCH(QString, question);
        QFETCH(bool, highestFirst);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<std::pair<QString, QString>> texts{
            {QStringLiteral("kang-taeo.md"), QStringLiteral("# 강태오\n\ntaeo.kang@example.invalid\n\n## 기술\n\nGo, gRPC, PostgreSQL\n\n"
                                                          "## 희망 연봉\n\n6,800만원 (현재 연봉 9,000만원)\n")},
            {QStringLiteral("ryu-sena.txt"), QStringLiteral("류세나 이력서\n\n이메일: sena.ryu@example.invalid\n희망연봉: 7,500만원\n\n기술\nVue, Nuxt\n")},
            {QStringLiteral("ethan-song.txt"), QStringLiteral("Ethan Song\n\nethan.song@example.invalid\n\nSKILLS\nRust, Tokio\n\n"
                                                            "Expected Salary\nKRW 82,000,000 (current KRW 70,000,000)\n")},
            {QStringLiteral("noh-eunbi.txt"), QStringLiteral("노은비 이력서\n\n이메일: eunbi.noh@example.invalid\n현재 연봉: 9,800만원\n\n기술\nSwift, UIKit\n")},
        };
        QStringList files;
        for (const auto &[name, text] : texts) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
            files << f.fileName();
        }
        std::unique_ptr<SqliteStore> store;
        KnowledgeBase knowledge;
        const QString failed = Test::importFresh(dir.filePath(QStringLiteral("labels.db")), files, int(files.size()), store, knowledge);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QStringList names{QStringLiteral("Ethan Song"), QStringLiteral("류세나"), QStringLiteral("강태오")};
        QStringList lines{QStringLiteral("KRW 82,000,000"), QStringLiteral("7,500만원"), QStringLiteral("6,800만원")};
        QStringList cited{QStringLiteral("ethan-song.txt"), QStringLiteral("ryu-sena.txt"), QStringLiteral("kang-taeo.md")};
        if (!highestFirst) {
            std::reverse(names.begin(), names.end());
            std::reverse(lines.begin(), lines.end());
            std::reverse(cited.begin(), cited.end());
        }
        AnswerTrace trace;
        auto a = Test::askOffline(knowledge, question, &trace);
        QVERIFY(a.ok());
        const QString wrong = misranked(*a, trace, names, lines, cited, {QStringLiteral("noh-eunbi.txt")});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY2(!a->text.contains(QStringLiteral("9,800만원")), qPrintable(a->text));
    }

    // Ages are written nowhere in the demo: no ranking of them is made up.
    void unwrittenFigureRefused_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko youngest") << QStringLiteral("가장 나이가 어린 사람은?");
        QTest::newRow("en youngest") << QStringLiteral("Who is the youngest?");
    }

    void unwrittenFigureRefused() { Test::verifyRefusedRow(m_demo); }

    // "정민수의 직전 회사는?" of a 경력기술서 whose projects write "기간: …" and "소속: …" on lines of their own: the
    // latest one's period and the company it names, not the period alone, nor the earlier company.
    void latestCompanyOfAPeriodLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Test::CareerResumes files = Test::writeCareerResumes(dir.path());
        std::unique_ptr<SqliteStore> store;
        KnowledgeBase knowledge;
        const QString failed = Test::importFresh(dir.filePath(QStringLiteral("career.db")), files.all(), 3, store, knowledge);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        AnswerTrace trace;
        auto a = Test::askOffline(knowledge, QStringLiteral("정민수의 직전 회사는?"), &trace);
        QVERIFY(a.ok());
        const QString wrong = Test::mismatch(*a, trace, {QStringLiteral("jung-minsu-career.txt")},
                                             {QStringLiteral("2021.04 ~ 2023.10"), QStringLiteral("소속: 다온은행 디지털개발팀")},
                                             {QStringLiteral("페이누리"), QStringLiteral("2018.07")}, Test::Cited::Only);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // "Who holds the SQLD certificate?" over three form résumés: 홍길동's row writes SQLD; the others' certificate rows
    // only share the word certificate (자격) with the question.
    void namedCertificateOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Test::FormResumes files = Test::writeFormResumes(dir.path());
        std::unique_ptr<SqliteStore> store;
        KnowledgeBase knowledge;
        const QString failed = Test::importFresh(dir.filePath(QStringLiteral("forms.db")), {files.hong, files.yoon, files.kang}, 3, store, knowledge);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        AnswerTrace trace;
        auto a = Test::askOffline(knowledge, QStringLiteral("Who holds the SQLD certificate?"), &trace);
        QVERIFY(a.ok());
        const QString wrong = Test::mismatch(*a, trace, {QFileInfo(files.hong).fileName()}, {QStringLiteral("SQLD")},
                                             {QStringLiteral("윤서아"), QStringLiteral("강민준")}, Test::Cited::Only);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void whichQuestionsRank_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("ranks");
        QTest::newRow("ko salary") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << true;
        QTest::newRow("ko career") << QStringLiteral("가장 경력이 긴 사람은?") << true;
        QTest::newRow("en asks") << QStringLiteral("Who asks the least?") << true;
        QTest::newRow("experience with a skill") << QStringLiteral("Who has the most experience with Kafka?") << false;
        QTest::newRow("count of projects") << QStringLiteral("가장 많은 프로젝트를 한 사람은?") << false;
        QTest::newRow("bar, not a superlative") << QStringLiteral("Who has at least 5 years of experience?") << false;
        QTest::newRow("ko bar") << QStringLiteral("경력 5년 이상인 사람은?") << false;
        QTest::newRow("graduation") << QStringLiteral("가장 최근에 졸업한 사람은?") << true;
        QTest::newRow("with its figure") << QStringLiteral("연봉이 가장 낮은 사람은 누구이고 얼마인가요?") << true;
        QTest::newRow("en with its figure") << QStringLiteral("Who asks the lowest salary, and how much?") << true;
        QTest::newRow("how much of a skill") << QStringLiteral("Who has the most Kafka experience, and how much?") << false;
        QTest::newRow("cheapest candidate") << QStringLiteral("Who is the cheapest candidate?") << true;
        QTest::newRow("cheapest of something else") << QStringLiteral("가장 저렴한 클라우드는?") << false;
        QTest::newRow("en cheapest of something else") << QStringLiteral("Who built the cheapest pipeline?") << false;
        QTest::newRow("age is not written") << QStringLiteral("가장 나이가 어린 사람은?") << false;
        // A word that merely begins like a particle or an ending names something else: a career in banking, in
        // Korean, of leading; each asks for that field, not everyone's total career.
        QTest::newRow("banking career") << QStringLiteral("은행 경력이 가장 긴 사람은?") << false;
        QTest::newRow("career in korean") << QStringLiteral("한국어 강의 경력이 가장 긴 사람은?") << false;
        QTest::newRow("career of leading") << QStringLiteral("총괄 경력이 가장 긴 사람은?") << false;
        QTest::newRow("medical career") << QStringLiteral("의료 분야 경력이 가장 긴 사람은?") << false;
        QTest::newRow("e-commerce career") << QStringLiteral("이커머스 경력이 가장 긴 사람은?") << false;
        QTest::newRow("total career") << QStringLiteral("총 경력이 가장 긴 사람은?") << true;
        QTest::newRow("years asked") << QStringLiteral("경력이 몇 년으로 가장 긴 사람은?") << true;
    }

    void whichQuestionsRank()
    {
        QFETCH(QString, question);
        QFETCH(bool, ranks);
        QCOMPARE(FigureRanking::inQuestion(question).has_value(), ranks);
    }
};

QTEST_APPLESS_MAIN(tst_RankingQuestions)
#include "tst_rankingquestions.moc"
