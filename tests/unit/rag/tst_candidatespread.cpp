// SPDX-License-Identifier: MIT
// CandidateSpread: each candidate's best passage before anyone's second, retrieval order kept.
#include "rag/candidatespread.h"

#include <QTest>

using namespace Protostar;

namespace {

// "A1 A2 B1": candidate letter, then the passage's rank among that candidate's.
QList<SearchHit> hitsOf(const QString &spec)
{
    QList<SearchHit> hits;
    double score = 100.0;
    for (const QString &h : spec.split(u' ', Qt::SkipEmptyParts)) {
        SearchHit hit;
        hit.ref.candidateId = h.at(0).unicode();
        hit.ref.candidateName = h.left(1);
        hit.ref.chunk.text = h;
        hit.score = score--;
        hits.append(hit);
    }
    return hits;
}

QString specOf(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.ref.chunk.text;
    return out.join(u' ');
}

} // namespace

class tst_CandidateSpread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("hits");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("expected");
        QTest::newRow("best passage of each candidate first") << "A1 A2 A3 B1 C1" << 3 << "A1 B1 C1";
        QTest::newRow("then second passages, in retrieval order") << "A1 A2 B1 B2 C1" << 5 << "A1 B1 C1 A2 B2";
        QTest::newRow("one candidate only: unchanged") << "A1 A2 A3" << 2 << "A1 A2";
        QTest::newRow("already spread: unchanged") << "A1 B1 C1 D1" << 4 << "A1 B1 C1 D1";
        QTest::newRow("fewer hits than k") << "A1 A2 B1" << 5 << "A1 B1 A2";
        QTest::newRow("none") << "" << 5 << "";
    }

    void apply()
    {
        QFETCH(QString, hits);
        QFETCH(int, k);
        QFETCH(QString, expected);
        QCOMPARE(specOf(CandidateSpread::apply(hitsOf(hits), k)), expected);
    }
};

QTEST_APPLESS_MAIN(tst_CandidateSpread)
#include "tst_candidatespread.moc"
