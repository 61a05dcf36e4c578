// SPDX-License-Identifier: MIT
// Recruiter questions: the engine gaps round 13 left (docs/BENCHMARKS.md, worktree helper/enginegaps).
// - A profile of a PDF résumé ("Tell me about Daniel Cho", "한예린에 대해 알려줘") quotes its summary line as a
//   Markdown one does: a PDF page's passages reach the profile one per chunk, not joined under one heading.
// - Who-questions search neither the résumé words that name the person asked for (지원자, 후보자, who) nor 경력
//   where it only says "has worked with" ("Kafka 경력이 있는 사람은?"); "경력 5년 이상" keeps it.
// - Desired pay written in two currencies ($ and 원) is never ranked across them: the answer says so, ranks each
//   currency on its own and quotes every figure as written (no exchange rate, no computed figure).
// - A profile's trace names the search that was run.
// Asked offline (extractive provider, top 5) of the demo corpus, of the round-12 résumés (Test::writeFormatResumes)
// and of résumés written here.
#include "engine/fieldfirst.h"
#include "engine/knowledgebase.h"
#include "formatresumes.h"
#include "offlineanswers.h"
#include "providers/answertext.h"
#include "providers/figureranking.h"
#include "providers/profilequestion.h"
#include "providers/rankedquotes.h"
#include "providers/retrievalquery.h"
#include "documentfixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

const QString kDaniel = QStringLiteral("resume_final.pdf");
const QString kHan = QStringLiteral("han-yerin.pdf");
const QString kEthan = QStringLiteral("ethan-moore-resume.md");
const QString kNoah = QStringLiteral("noah-kim-resume.md");

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text.toUtf8());
    return true;
}

// A one-page Korean résumé as a PDF: name line, a 요약 paragraph, 경력 entries (company line over detail), 기술.
QString writeHanYerin(const QString &dir)
{
    return Test::writePdf(dir, kHan,
                          {{QStringLiteral("한예린"), QStringLiteral("프론트엔드 개발자 | yerin.han@example.invalid | 010-5521-0934"), {},
                            QStringLiteral("요약"), QStringLiteral("사용자 경험을 중시하는 7년차 프론트엔드 개발자로, 디자인 시스템을 만들어 왔습니다."), {},
                            QStringLiteral("경력"), QStringLiteral("별빛커머스 (2021.03 ~ 현재) 프론트엔드 리드"),
                            QStringLiteral("주문 화면을 React로 다시 만들어 첫 화면 표시 시간을 줄였습니다."), {},
                            QStringLiteral("누리디자인 (2017.02 ~ 2021.02) 웹 개발자"),
                            QStringLiteral("사내 디자인 시스템의 컴포넌트 40종을 만들었습니다."), {},
                            QStringLiteral("기술"), QStringLiteral("TypeScript, React, Storybook, Figma")}});
}

} // namespace

class tst_RecruiterGaps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_formats; // the round-12 résumés and 한예린's PDF
    Test::ImportedCorpus m_demo;
    Test::ImportedCorpus m_currencies; // the demo corpus and two résumés asking in dollars

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkdir(QStringLiteral("formats"));
        const QString formatsDir = m_dir.filePath(QStringLiteral("formats"));
        QStringList formats = Test::writeFormatResumes(formatsDir).all();
        formats.append(writeHanYerin(formatsDir));
        QString problem = m_formats.import(m_dir.filePath(QStringLiteral("formats.db")), formats, int(formats.size()));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_demo.import(m_dir.filePath(QStringLiteral("demo.db")), Test::demoResumePaths(), 7);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QDir(m_dir.path()).mkdir(QStringLiteral("dollars"));
        const QString ethan = m_dir.filePath(QStringLiteral("dollars/") + kEthan);
        const QString noah = m_dir.filePath(QStringLiteral("dollars/") + kNoah);
        QVERIFY(writeText(ethan, QStringLiteral("# Ethan Moore\n\nBackend engineer · 6 years · Seattle · ethan.moore@example.invalid\n\n"
                                                "## Summary\n\nBuilds payment APIs in Go and Kotlin.\n\n"
                                                "## Details\n\n- Expected salary: $120,000\n- Notice period: 1 month\n\n"
                                                "## Experience\n\n### Cascade Pay (2019.04 ~ present) · Backend Engineer\n\n"
                                                "Rebuilt the settlement service in Go.\n")));
        QVERIFY(writeText(noah, QStringLiteral("# Noah Kim\n\nSite reliability engineer · 9 years · Austin · noah.kim@example.invalid\n\n"
                                               "## Summary\n\nRuns Kubernetes platforms for retail.\n\n"
                                               "## Details\n\n- Expected salary: $145,000\n\n"
                                               "## Experience\n\n### Lonestar Retail (2017.01 ~ present) · SRE\n\n"
                                               "Moved 30 services to Kubernetes.\n")));
        problem = m_currencies.import(m_dir.filePath(QStringLiteral("currencies.db")), Test::demoResumePaths() + QStringList{ethan, noah}, 9);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A PDF page's summary, jobs and skills are quoted each as what it is, as a Markdown résumé's are.
    void profileOfAPdfResume_data()
    {
        Test::addAnswerColumns();
        QTest::newRow("en, two-column PDF") << QStringLiteral("Tell me about Daniel Cho") << QStringList{kDaniel}
                                            << QStringList{QStringLiteral("Data engineer with 9 years of experience building"),
                                                           QStringLiteral("Lead Data Engineer, Wavelet Analytics"),
                                                           QStringLiteral("Data Engineer, Harbor Logistics"),
                                                           QStringLiteral("Python, Scala Apache Spark, Airflow")}
                                            << QStringList{};
        QTest::newRow("en summarize, two-column PDF") << QStringLiteral("Summarize Daniel Cho") << QStringList{kDaniel}
                                                      << QStringList{QStringLiteral("Data engineer with 9 years of experience building")}
                                                      << QStringList{};
        // One page: the header, 요약, two jobs and 기술 were one entry under the header, quoted as three sentences.
        QTest::newRow("ko, one-page PDF") << QStringLiteral("한예린에 대해 알려줘") << QStringList{kHan}
                                          << QStringList{QStringLiteral("사용자 경험을 중시하는 7년차 프론트엔드 개발자로"),
                                                         QStringLiteral("별빛커머스 (2021.03 ~ 현재) 프론트엔드 리드"),
                                                         QStringLiteral("누리디자인 (2017.02 ~ 2021.02) 웹 개발자")}
                                          << QStringList{};
    }

    void profileOfAPdfResume() { Test::verifyAnswerRow(m_formats.knowledge, Test::Cited::Only); }

    // The trace's retrievalQuery is the search the profile's passages came from: run again, it gives them.
    void profileTraceSaysWhatWasSearched_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("en PDF") << QStringLiteral("Tell me about Daniel Cho");
        QTest::newRow("ko PDF") << QStringLiteral("한예린에 대해 알려줘");
        QTest::newRow("ko DOCX") << QStringLiteral("서지호에 대해 알려줘");
    }

    void profileTraceSaysWhatWasSearched()
    {
        QFETCH(QString, question);
        AnswerTrace trace;
        auto a = Test::askOffline(m_formats.knowledge, question, &trace);
        QVERIFY(a.ok());
        QVERIFY2(a->found && !trace.hits.isEmpty(), qPrintable(Test::describe(*a, trace)));
        SearchOptions options;
        options.k = 5 * FieldFirst::kPagePool * 2; // the profile's search (QuestionAnswerer, top 5)
        options.candidates.insert(trace.hits.first().ref.candidateId);
        // The same passages with the same scores: a query that merely finds them too scores them otherwise.
        auto scored = [](const QList<SearchHit> &hits) {
            QStringList out;
            for (const SearchHit &h : hits)
                out.append(QString::number(h.ref.chunk.id) + u'@' + QString::number(h.score, 'f', 4));
            return out;
        };
        const QStringList searched = scored(ProfileQuestion::passages(m_formats.knowledge.search(trace.retrievalQuery, options)));
        QVERIFY2(searched == scored(trace.hits), qPrintable(searched.join(u' ') + u'\n' + Test::describe(*a, trace)));
    }

    // Asked who, the words naming the person asked for are not searched, nor 경력 meaning "has worked with"; 경력
    // measured by a figure is.
    void whoQuestionSearchWords_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("searched"); // words the query must still hold
        QTest::addColumn<QStringList>("dropped");  // words it must not
        QTest::newRow("지원자") << QStringLiteral("Python 경험이 있는 지원자는?") << QStringList{QStringLiteral("Python")}
                             << QStringList{QStringLiteral("지원자")};
        // Asked for whoever has done something, 사람 and 있는 go too (a prose résumé writes them); elsewhere 사람 stays, as
        // general text writes it and dropping it everywhere moved a KorQuAD answer (docs/BENCHMARKS.md, round 13).
        QTest::newRow("경력 as having done") << QStringLiteral("Kafka 경력이 있는 사람은?") << QStringList{QStringLiteral("Kafka")}
                                         << QStringList{QStringLiteral("경력"), QStringLiteral("사람"), QStringLiteral("있는")};
        QTest::newRow("사람 stays: what was done") << QStringLiteral("라이벌 관계를 이룬 사람은?")
                                                << QStringList{QStringLiteral("라이벌"), QStringLiteral("사람")} << QStringList{};
        QTest::newRow("후보자, 경력 as having done") << QStringLiteral("팀장 경력을 가진 후보자는?") << QStringList{QStringLiteral("팀장")}
                                              << QStringList{QStringLiteral("경력"), QStringLiteral("후보자")};
        QTest::newRow("경력 before a figure") << QStringLiteral("경력 5년 이상인 지원자는?") << QStringList{QStringLiteral("경력")}
                                          << QStringList{QStringLiteral("지원자")};
        QTest::newRow("경력 after a figure") << QStringLiteral("5년 경력이 있는 후보자는?") << QStringList{QStringLiteral("경력")}
                                         << QStringList{QStringLiteral("후보자")};
        QTest::newRow("경력 after a bar") << QStringLiteral("3년 이상 경력을 가진 지원자는?") << QStringList{QStringLiteral("경력")}
                                      << QStringList{QStringLiteral("지원자")};
        QTest::newRow("en who") << QStringLiteral("Who has used Kubernetes?") << QStringList{QStringLiteral("Kubernetes")}
                                << QStringList{QStringLiteral("Who")};
        QTest::newRow("en years of experience") << QStringLiteral("Who has 5 years of experience?") << QStringList{QStringLiteral("experience")}
                                                << QStringList{QStringLiteral("Who")};
        QTest::newRow("not asked who: 경력 stays") << QStringLiteral("김지원의 경력은?") << QStringList{QStringLiteral("경력")} << QStringList{};
    }

    void whoQuestionSearchWords()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, searched);
        QFETCH(QStringList, dropped);
        static const QRegularExpression word(QStringLiteral("[A-Za-z]+|[가-힣]+"));
        const QString query = RetrievalQuery::of(question);
        QStringList words;
        for (auto it = word.globalMatch(query); it.hasNext();)
            words.append(it.next().captured());
        for (const QString &w : std::as_const(searched))
            QVERIFY2(std::ranges::any_of(words, [&](const QString &q) { return q.startsWith(w); }), qPrintable(w + QStringLiteral(" not in ") + query));
        for (const QString &w : std::as_const(dropped))
            QVERIFY2(std::ranges::none_of(words, [&](const QString &q) { return q.startsWith(w); }), qPrintable(w + QStringLiteral(" in ") + query));
    }

    // The same questions asked of the demo corpus: 지원자 no longer finds 김지원's name line first.
    void whoQuestionsOfTheDemo_data()
    {
        Test::addAnswerColumns();
        const QString daniel = QStringLiteral("daniel-cho-resume.txt");
        const QString choi = QStringLiteral("choi-minho-career.md");
        const QString park = QStringLiteral("park-seojun-career.txt");
        const QString kim = QStringLiteral("kim-jiwon-resume.md");
        QTest::newRow("Python 경험이 있는 지원자") << QStringLiteral("Python 경험이 있는 지원자는?") << QStringList{daniel, choi, park}
                                            << QStringList{QStringLiteral("Python")} << QStringList{QStringLiteral("김지원:")};
        QTest::newRow("Python을 써본 후보자") << QStringLiteral("Python을 써본 후보자는?") << QStringList{daniel, choi, park}
                                         << QStringList{QStringLiteral("Python")} << QStringList{QStringLiteral("김지원:")};
        QTest::newRow("Kafka 경력이 있는 사람") << QStringLiteral("Kafka 경력이 있는 사람은?") << QStringList{daniel, kim, choi}
                                           << QStringList{QStringLiteral("Kafka")} << QStringList{QStringLiteral("박서준:")};
        QTest::newRow("경력 5년 이상인 사람") << QStringLiteral("경력 5년 이상인 사람은?") << QStringList{park, kim, QStringLiteral("lee-haeun-resume.md")}
                                         << QStringList{QStringLiteral("경력 7년"), QStringLiteral("경력 9년"), QStringLiteral("경력 5년")}
                                         << QStringList{};
    }

    void whoQuestionsOfTheDemo()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, question);
        QFETCH(QStringList, phrases);
        QFETCH(QStringList, absent);
        // Each listed file cited; any other candidate meeting the question may be too, none of `absent`.
        Test::verifyAnswer(m_demo.knowledge, question, files, phrases, absent, Test::Cited::FirstAmong);
    }

    // Pay in dollars and in 원 is not ranked across currencies: the answer says so first, then ranks each currency
    // on its own (원 first), every figure quoted as written. One currency: no such line.
    void mixedCurrenciesRankedWithinEach_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("mixed");
        QTest::addColumn<QStringList>("names");   // in the order of the answer's lines
        QTest::addColumn<QStringList>("figures"); // each name's line quotes its figure as written
        const QStringList wonHighFirst{QStringLiteral("최민호"), QStringLiteral("김지원"), QStringLiteral("박서준"), QStringLiteral("Jane Park"),
                                       QStringLiteral("이하은")};
        const QStringList wonFiguresHighFirst{QStringLiteral("8,200만원"), QStringLiteral("7,800만원"), QStringLiteral("6,500만원"),
                                              QStringLiteral("6,000만원"), QStringLiteral("5,500만원")};
        QStringList wonLowFirst = wonHighFirst;
        std::ranges::reverse(wonLowFirst);
        QStringList wonFiguresLowFirst = wonFiguresHighFirst;
        std::ranges::reverse(wonFiguresLowFirst);
        QTest::newRow("ko highest") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << true
                                    << wonHighFirst + QStringList{QStringLiteral("Noah Kim"), QStringLiteral("Ethan Moore")}
                                    << wonFiguresHighFirst + QStringList{QStringLiteral("$145,000"), QStringLiteral("$120,000")};
        QTest::newRow("ko lowest") << QStringLiteral("희망 연봉이 가장 낮은 사람은?") << true
                                   << wonLowFirst + QStringList{QStringLiteral("Ethan Moore"), QStringLiteral("Noah Kim")}
                                   << wonFiguresLowFirst + QStringList{QStringLiteral("$120,000"), QStringLiteral("$145,000")};
        QTest::newRow("en asks the least") << QStringLiteral("Who asks the least?") << true
                                           << wonLowFirst + QStringList{QStringLiteral("Ethan Moore"), QStringLiteral("Noah Kim")}
                                           << wonFiguresLowFirst + QStringList{QStringLiteral("$120,000"), QStringLiteral("$145,000")};
        QTest::newRow("ko highest, one currency") << QStringLiteral("희망 연봉이 가장 높은 사람은?") << false << wonHighFirst << wonFiguresHighFirst;
    }

    void mixedCurrenciesRankedWithinEach()
    {
        QFETCH(QString, question);
        QFETCH(bool, mixed);
        QFETCH(QStringList, names);
        QFETCH(QStringList, figures);
        AnswerTrace trace;
        auto a = Test::askOffline(mixed ? m_currencies.knowledge : m_demo.knowledge, question, &trace);
        QVERIFY(a.ok());
        const QString why = Test::describe(*a, trace);
        QVERIFY2(a->found && a->unverified.isEmpty(), qPrintable(why));
        QStringList lines = a->text.split(u'\n');
        const QString note = RankedQuotes::mixedCurrencySentence(AnswerText::language(question), {QStringLiteral("원"), QStringLiteral("$")});
        QCOMPARE(lines.first() == note, mixed);
        if (mixed)
            lines.removeFirst();
        QCOMPARE(lines.size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(names.at(i) + QStringLiteral(": ")), qPrintable(why));
            QVERIFY2(lines.at(i).contains(figures.at(i)), qPrintable(why));
        }
    }

    // What orders the ranking: pay in another currency than 원 after every 원 amount, in either direction asked.
    void currencyOfAPayLine()
    {
        const std::optional<FigureRanking> highest = FigureRanking::inQuestion(QStringLiteral("희망 연봉이 가장 높은 사람은?"));
        const std::optional<FigureRanking> lowest = FigureRanking::inQuestion(QStringLiteral("희망 연봉이 가장 낮은 사람은?"));
        QVERIFY(highest && lowest);
        const QString dollars = QStringLiteral("Expected salary: $145,000");
        const QString fewerDollars = QStringLiteral("Expected salary: USD 120,000");
        const QString won = QStringLiteral("연봉 희망 5,500만원");
        QCOMPARE(highest->currencyIn(dollars, false), QStringLiteral("$"));
        QCOMPARE(highest->currencyIn(fewerDollars, false), QStringLiteral("$"));
        QCOMPARE(highest->currencyIn(won, false), QStringLiteral("원"));
        QCOMPARE(highest->currencyIn(QStringLiteral("Expected salary: KRW 95,000,000"), false), QStringLiteral("원"));
        for (const FigureRanking &r : {*highest, *lowest}) {
            QVERIFY(r.before(*r.valueIn(won, false), *r.valueIn(dollars, false)));
            QVERIFY(r.before(*r.valueIn(won, false), *r.valueIn(fewerDollars, false)));
        }
        QVERIFY(highest->before(*highest->valueIn(dollars, false), *highest->valueIn(fewerDollars, false)));
        QVERIFY(lowest->before(*lowest->valueIn(fewerDollars, false), *lowest->valueIn(dollars, false)));
        QCOMPARE(*highest->valueIn(won, false), 55000000.0); // 원 amounts keep their value
    }
};

QTEST_MAIN(tst_RecruiterGaps)
#include "tst_recruitergaps.moc"
