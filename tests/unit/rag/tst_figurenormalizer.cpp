// SPDX-License-Identifier: MIT
#include "rag/figurenormalizer.h"

#include <QTest>

using namespace Protostar;
using namespace Qt::StringLiterals;

class tst_FigureNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonical_data();
    void canonical();
    void extent_data();
    void extent();
};

void tst_FigureNormalizer::canonical_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("3,500만원 is 35000000") << u"3,500만원"_s << u"35000000"_s;
    QTest::newRow("35,000,000원 is 35000000") << u"35,000,000원"_s << u"35000000"_s;
    QTest::newRow("1.2억 is 120000000") << u"1.2억"_s << u"120000000"_s;
    QTest::newRow("120,000,000 plain") << u"120,000,000"_s << u"120000000"_s;
    QTest::newRow("1억 2,000만 two groups") << u"1억 2,000만 원"_s << u"120000000"_s;
    QTest::newRow("5천만 small and big unit") << u"5천만원"_s << u"50000000"_s;
    QTest::newRow("1,200만 건") << u"1,200만 건"_s << u"12000000"_s;
    QTest::newRow("3천 alone") << u"3천명"_s << u"3000"_s;
    QTest::newRow("1조 5천억") << u"1조 5천억"_s << u"1500000000000"_s;
    QTest::newRow("percent keeps the number") << u"34%"_s << u"34"_s;
    QTest::newRow("decimal trailing zero") << u"1.50배"_s << u"1.5"_s;
    QTest::newRow("1.23만 exact") << u"1.23만"_s << u"12300"_s;
    QTest::newRow("fraction left over stays as written") << u"1.23456만"_s << u"1.23456"_s;
    QTest::newRow("space before unit is not a unit") << u"3 만"_s << u"3"_s;
    QTest::newRow("sentence end dot is not a decimal") << u"2024."_s << u"2024"_s;
    QTest::newRow("leading zeros") << u"007"_s << u"7"_s;
    QTest::newRow("figure inside text") << u"연봉은 4,200만원입니다"_s << u"42000000"_s;
    QTest::newRow("no figure") << u"경력 없음"_s << QString();
}

void tst_FigureNormalizer::canonical()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QCOMPARE(FigureNormalizer::canonical(text), value);
}

void tst_FigureNormalizer::extent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("number");
    QTest::newRow("unit consumed, 원 left") << u"3,500만원"_s << 6 << u"3500"_s;
    QTest::newRow("comma then space stops") << u"10, 20"_s << 2 << u"10"_s;
    QTest::newRow("two groups consumed") << u"1억 2천만"_s << 6 << u"1"_s;
    QTest::newRow("second number without unit not consumed") << u"1억 2024년"_s << 2 << u"1"_s;
}

void tst_FigureNormalizer::extent()
{
    QFETCH(QString, text);
    QFETCH(int, end);
    QFETCH(QString, number);
    const FigureNormalizer::Figure f = FigureNormalizer::parseAt(text, 0);
    QCOMPARE(int(f.end), end);
    QCOMPARE(f.number, number);
}

QTEST_APPLESS_MAIN(tst_FigureNormalizer)
#include "tst_figurenormalizer.moc"
