// SPDX-License-Identifier: MIT
#include "providers/extractiveanswerprovider.h"
#include "providers/figurecomparison.h"

#include <QTest>

using namespace Protostar;

Q_DECLARE_METATYPE(FigureComparison::Op)
Q_DECLARE_METATYPE(FigureComparison::Verdict)

class tst_FigureComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inQuestion_data();
    void inQuestion();
    void judge_data();
    void judge();
    void extractiveAnswerLeavesOutTheWrongSide();
};

void tst_FigureComparison::inQuestion_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<FigureComparison::Op>("op");
    using Op = FigureComparison::Op;
    QTest::newRow("ko k multiplier") << QStringLiteral("PostgreSQL을 10k TPS 이상 운영한 사람은?") << true << 10000.0
                                     << QStringLiteral("tps") << Op::AtLeast;
    QTest::newRow("ko years") << QStringLiteral("경력 5년 이상인 후보자는?") << true << 5.0 << QStringLiteral("년") << Op::AtLeast;
    QTest::newRow("ko won with 만") << QStringLiteral("희망 연봉이 5,000만원 이하인 사람은?") << true << 50000000.0
                                    << QStringLiteral("원") << Op::AtMost;
    QTest::newRow("ko people, 넘는") << QStringLiteral("10명 넘는 팀을 이끈 사람은?") << true << 10.0 << QStringLiteral("명")
                                    << Op::MoreThan;
    QTest::newRow("ko months 미만") << QStringLiteral("재직 6개월 미만인 회사가 있나요?") << true << 6.0 << QStringLiteral("개월")
                                   << Op::LessThan;
    QTest::newRow("en more than") << QStringLiteral("Who has run PostgreSQL at more than 10k TPS?") << true << 10000.0
                                  << QStringLiteral("tps") << Op::MoreThan;
    QTest::newRow("en at least years") << QStringLiteral("Who has at least 7 years of backend experience?") << true << 7.0
                                       << QStringLiteral("년") << Op::AtLeast;
    QTest::newRow("en under percent") << QStringLiteral("Which service kept error rates under 0.5%?") << true << 0.5
                                      << QStringLiteral("%") << Op::LessThan;
    QTest::newRow("en comparison, Korean amount") << QStringLiteral("Who expects a salary of more than 7,000만원?") << true << 70000000.0
                                                  << QStringLiteral("원") << Op::MoreThan;
    QTest::newRow("en English multiplier word") << QStringLiteral("Who expects more than 30 million won?") << true << 30000000.0
                                                << QStringLiteral("원") << Op::MoreThan;
    QTest::newRow("no comparison") << QStringLiteral("김지원의 TPS는?") << false << 0.0 << QString() << Op::AtLeast;
    QTest::newRow("figure without a comparison") << QStringLiteral("월 1,200만 건을 처리한 파이프라인은?") << false << 0.0
                                                  << QString() << Op::AtLeast;
    QTest::newRow("unknown unit is not judged") << QStringLiteral("3층 이상 건물") << false << 0.0 << QString() << Op::AtLeast;
}

void tst_FigureComparison::inQuestion()
{
    QFETCH(QString, question);
    QFETCH(bool, found);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(FigureComparison::Op, op);
    const auto c = FigureComparison::inQuestion(question);
    QCOMPARE(c.has_value(), found);
    if (!found)
        return;
    QCOMPARE(c->value, value);
    QCOMPARE(c->unit, unit);
    QCOMPARE(c->op, op);
}

void tst_FigureComparison::judge_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<FigureComparison::Verdict>("verdict");
    using V = FigureComparison::Verdict;
    const QString tps = QStringLiteral("PostgreSQL을 10k TPS 이상 운영한 사람은?");
    QTest::newRow("unit before, Korean units") << tps << QStringLiteral("- 성과: 최대 TPS 1만 2천 달성, 월간 가용성 99.99% 유지.")
                                               << V::Meets;
    QTest::newRow("unit after, k") << tps << QStringLiteral("피크 TPS 1만 2천(12k TPS)을 처리했습니다.") << V::Meets;
    QTest::newRow("below the threshold") << tps << QStringLiteral("Ran the reporting cluster at a sustained 4,000 TPS.") << V::Fails;
    QTest::newRow("exactly the threshold") << tps << QStringLiteral("10,000 TPS를 처리했습니다.") << V::Meets;
    QTest::newRow("other units only") << tps << QStringLiteral("p99 응답시간을 480ms에서 95ms로 줄였습니다.") << V::NoFigure;
    QTest::newRow("no figure") << tps << QStringLiteral("PostgreSQL 클러스터를 운영했습니다.") << V::NoFigure;
    QTest::newRow("one of two meets") << tps << QStringLiteral("평시 3,000 TPS, 피크 15,000 TPS.") << V::Meets;
    const QString years = QStringLiteral("경력 5년 이상인 후보자는?");
    QTest::newRow("years short") << years << QStringLiteral("백엔드 개발 3년.") << V::Fails;
    QTest::newRow("calendar year is no duration") << years << QStringLiteral("2019년 입사.") << V::NoFigure;
    QTest::newRow("years enough") << years << QStringLiteral("Backend developer for 7 years.") << V::Meets;
    QTest::newRow("strictly more than") << QStringLiteral("10명 넘는 팀을 이끈 사람은?") << QStringLiteral("팀 규모 10명.") << V::Fails;
    QTest::newRow("at most") << QStringLiteral("희망 연봉이 5,000만원 이하인 사람은?") << QStringLiteral("연봉 희망 5,500만원.")
                             << V::Fails;
    QTest::newRow("English multiplier, Korean résumé") << QStringLiteral("Who expects more than 30 million won?")
                                                       << QStringLiteral("희망 연봉: 35,000,000원") << V::Meets;
    QTest::newRow("English multiplier in the sentence") << QStringLiteral("희망 연봉이 5,000만원 이하인 사람은?")
                                                        << QStringLiteral("Expected salary: 52 million won") << V::Fails;
}

void tst_FigureComparison::judge()
{
    QFETCH(QString, question);
    QFETCH(QString, sentence);
    QFETCH(FigureComparison::Verdict, verdict);
    const auto c = FigureComparison::inQuestion(question);
    QVERIFY(c.has_value());
    QCOMPARE(c->judge(sentence), verdict);
}

void tst_FigureComparison::extractiveAnswerLeavesOutTheWrongSide()
{
    ChunkRef kim;
    kim.chunk.id = 1;
    kim.candidateName = QStringLiteral("Kim");
    kim.chunk.text = QStringLiteral("Kim ran a PostgreSQL cluster at 12k TPS.");
    ChunkRef cho = kim;
    cho.chunk.id = 2;
    cho.candidateName = QStringLiteral("Cho");
    cho.chunk.text = QStringLiteral("Cho ran a PostgreSQL cluster at 4,000 TPS.");
    AnswerRequest request;
    request.language = QStringLiteral("en");
    request.evidence = {Evidence{1, cho, 1.0}, Evidence{2, kim, 0.9}};

    ExtractiveAnswerProvider provider;
    request.question = QStringLiteral("Who ran a PostgreSQL cluster at more than 10k TPS?");
    auto a = provider.generate(request, {}, std::atomic_bool(false));
    QVERIFY(a.ok());
    QVERIFY(a->found);
    QVERIFY2(a->text.contains(QStringLiteral("12k TPS")), qPrintable(a->text));
    QVERIFY2(!a->text.contains(QStringLiteral("4,000")), qPrintable(a->text));

    // Nobody meets a higher bar: the documents do not answer.
    request.question = QStringLiteral("Who ran a PostgreSQL cluster at more than 50k TPS?");
    a = provider.generate(request, {}, std::atomic_bool(false));
    QVERIFY(a.ok());
    QVERIFY2(!a->found, qPrintable(a->text));

    // Without a comparison both are quoted.
    request.question = QStringLiteral("Who ran a PostgreSQL cluster?");
    a = provider.generate(request, {}, std::atomic_bool(false));
    QVERIFY(a.ok());
    QVERIFY2(a->text.contains(QStringLiteral("4,000")) && a->text.contains(QStringLiteral("12k")), qPrintable(a->text));
}

QTEST_GUILESS_MAIN(tst_FigureComparison)
#include "tst_figurecomparison.moc"
