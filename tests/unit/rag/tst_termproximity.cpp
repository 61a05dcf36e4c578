// SPDX-License-Identifier: MIT
// TermProximity, LexicalIndex's second-stage score, on hand-placed term positions with k1 = 1.2: a pair at distance d
// earns min(idf) * acc * 2.2 / (acc + 1.2), acc the sum of 1/d^2 over one term's occurrences within 12 positions.
#include "rag/termproximity.h"

#include <QTest>

#include <cmath>

using namespace Protostar;

using Positions = std::vector<std::vector<int>>;
Q_DECLARE_METATYPE(Positions)
Q_DECLARE_METATYPE(QList<Protostar::TermProximity::Term>)

class tst_TermProximity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void score_data();
    void score();
};

void tst_TermProximity::score_data()
{
    QTest::addColumn<QList<TermProximity::Term>>("terms");
    QTest::addColumn<Positions>("positions");
    QTest::addColumn<double>("expected");
    const QList<TermProximity::Term> twoWords{{0, 2.0}, {1, 3.0}};
    QTest::newRow("adjacent terms of two query words: the smaller idf, saturated at acc 1")
        << twoWords << Positions{{0}, {1}} << 2.0;
    QTest::newRow("terms of one query word earn nothing")
        << QList<TermProximity::Term>{{0, 2.0}, {0, 3.0}} << Positions{{0}, {1}} << 0.0;
    QTest::newRow("distance 2 counts a quarter") << twoWords << Positions{{0}, {2}} << 2.0 * 0.25 * 2.2 / 1.45;
    QTest::newRow("distance 12 is the edge of the window")
        << twoWords << Positions{{0}, {12}} << 2.0 * (1.0 / 144) * 2.2 / (1.0 / 144 + 1.2);
    QTest::newRow("distance 13 is outside it") << twoWords << Positions{{0}, {13}} << 0.0;
    QTest::newRow("a term the chunk lacks") << twoWords << Positions{{0}, {}} << 0.0;
    QTest::newRow("the nearer occurrence on either side counts") << twoWords << Positions{{10}, {0, 11}} << 2.0;
    QTest::newRow("occurrences add up before saturation") << twoWords << Positions{{0, 20}, {1, 21}} << 2.0 * 2 * 2.2 / 3.2;
    QTest::newRow("three words: every pair across words")
        << QList<TermProximity::Term>{{0, 1.0}, {1, 1.0}, {2, 1.0}} << Positions{{0}, {1}, {2}}
        << 1.0 + 0.25 * 2.2 / 1.45 + 1.0;
}

void tst_TermProximity::score()
{
    QFETCH(QList<TermProximity::Term>, terms);
    QFETCH(Positions, positions);
    QFETCH(double, expected);
    const double got = TermProximity::score(terms, positions, 1.2);
    QVERIFY2(std::abs(got - expected) < 1e-12, qPrintable(QStringLiteral("%1, expected %2").arg(got).arg(expected)));
}

QTEST_GUILESS_MAIN(tst_TermProximity)
#include "tst_termproximity.moc"
