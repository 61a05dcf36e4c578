// SPDX-License-Identifier: MIT
// RelevanceFeedback on hand-made term counts: a term's weight is sum over documents of score share * tf / length,
// times its idf; the best added term gets the option's weight, the others in proportion.
#include "rag/relevancefeedback.h"

#include <QTest>

using namespace Protostar;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<Protostar::RelevanceFeedback::Document>)

class tst_RelevanceFeedback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expansion_data();
    void expansion();
};

namespace {

RelevanceFeedback::Document doc(const QHash<QString, int> &tf, double score)
{
    RelevanceFeedback::Document d;
    d.tf = tf;
    for (int n : tf)
        d.length += n;
    d.score = score;
    return d;
}

// Every term has idf 1 except 흔한 (0: it says nothing) and 희귀 (4).
double idf(const QString &key)
{
    if (key == u"흔한"_s)
        return 0.0;
    return key == u"희귀"_s ? 4.0 : 1.0;
}

} // namespace

void tst_RelevanceFeedback::expansion_data()
{
    QTest::addColumn<QList<RelevanceFeedback::Document>>("documents");
    QTest::addColumn<int>("terms");
    QTest::addColumn<int>("minDocs");
    QTest::addColumn<QStringList>("expectedTerms");
    QTest::addColumn<QList<double>>("expectedWeights");
    const QList<RelevanceFeedback::Document> two{doc({{u"연봉"_s, 1}, {u"협상"_s, 2}, {u"흔한"_s, 1}}, 3.0),
                                                 doc({{u"연봉"_s, 1}, {u"입사"_s, 1}}, 1.0)};
    // 협상: 0.75 * 2/4 = 0.375; 입사: 0.25 * 1/2 = 0.125; 연봉 is the query's own, 흔한 has no idf.
    QTest::newRow("weighted by score share and tf, the query's terms left out")
        << two << 5 << 1 << QStringList{u"협상"_s, u"입사"_s} << QList<double>{0.5, 0.5 * 0.125 / 0.375};
    QTest::newRow("at most `terms`") << two << 1 << 1 << QStringList{u"협상"_s} << QList<double>{0.5};
    QTest::newRow("a term in too few documents is not added") << two << 5 << 2 << QStringList{} << QList<double>{};
    QTest::newRow("idf lifts a rare term over a frequent one")
        << QList<RelevanceFeedback::Document>{doc({{u"협상"_s, 3}, {u"희귀"_s, 1}}, 1.0)} << 5 << 1
        << QStringList{u"희귀"_s, u"협상"_s} << QList<double>{0.5, 0.5 * 0.75 / 1.0};
    QTest::newRow("shared by both documents: the shares add up")
        << QList<RelevanceFeedback::Document>{doc({{u"협상"_s, 1}, {u"입사"_s, 1}}, 1.0),
                                              doc({{u"협상"_s, 1}, {u"경력"_s, 1}}, 1.0)}
        << 5 << 2 << QStringList{u"협상"_s} << QList<double>{0.5};
    QTest::newRow("no scored document, no expansion")
        << QList<RelevanceFeedback::Document>{doc({{u"협상"_s, 1}}, 0.0)} << 5 << 1 << QStringList{}
        << QList<double>{};
}

void tst_RelevanceFeedback::expansion()
{
    QFETCH(QList<RelevanceFeedback::Document>, documents);
    QFETCH(int, terms);
    QFETCH(int, minDocs);
    QFETCH(QStringList, expectedTerms);
    QFETCH(QList<double>, expectedWeights);
    const QueryExpansion got = RelevanceFeedback::expansion(documents, idf, QSet<QString>{u"연봉"_s},
                                                            RelevanceFeedback::Options{terms, minDocs, 0.5});
    QStringList gotTerms;
    for (const auto &t : got)
        gotTerms.append(t.first);
    QCOMPARE(gotTerms, expectedTerms);
    for (qsizetype i = 0; i < got.size(); ++i)
        QVERIFY2(qAbs(got.at(i).second - expectedWeights.at(i)) < 1e-9, qPrintable(got.at(i).first));
}

QTEST_APPLESS_MAIN(tst_RelevanceFeedback)
#include "tst_relevancefeedback.moc"
