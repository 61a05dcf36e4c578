// SPDX-License-Identifier: MIT
#include "providers/answertext.h"
#include "providers/figurevalues.h"

#include <QTest>

using namespace Protostar;

class tst_FigureValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("Korean 만") << QStringLiteral("연봉 3,500만원") << QStringLiteral("연봉 35000000원");
        QTest::newRow("Korean 천 and 백") << QStringLiteral("3천5백만원") << QStringLiteral("35000000원");
        QTest::newRow("English million") << QStringLiteral("35 million won") << QStringLiteral("35000000 won");
        QTest::newRow("decimal billion") << QStringLiteral("1.2 billion") << QStringLiteral("1200000000");
        QTest::newRow("an article number is no amount") << QStringLiteral("법률 제3조에 따르면") << QStringLiteral("법률 제3조에 따르면");
        QTest::newRow("plain numbers stay as written") << QStringLiteral("35,000,000원, 99.95%, 2024년")
                                                       << QStringLiteral("35,000,000원, 99.95%, 2024년");
    }

    void plain()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(FigureValues::plain(text), plain);
    }

    void writes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("writes");
        QTest::newRow("thousands separators") << QStringLiteral("희망 연봉: 35,000,000원") << true;
        QTest::newRow("만") << QStringLiteral("연봉 희망 3,500만원") << true;
        QTest::newRow("천 and 백") << QStringLiteral("3천5백만원") << true;
        QTest::newRow("English million") << QStringLiteral("expected salary: 35 million won") << true;
        QTest::newRow("another value") << QStringLiteral("expected salary: 5,200만원") << false;
        QTest::newRow("digits inside a larger figure") << QStringLiteral("135,000,000원") << false;
    }

    void writes()
    {
        QFETCH(QString, text);
        QFETCH(bool, writes);
        QCOMPARE(FigureValues::writes(AnswerText::foldForMatching(text), QStringLiteral("35000000")), writes);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("amounts");
        QTest::newRow("man-won") << QStringLiteral("희망 연봉 9,500만원") << QStringList{QStringLiteral("95000000원")};
        QTest::newRow("grouped digits") << QStringLiteral("95,000,000원은 누구") << QStringList{QStringLiteral("95000000원")};
        QTest::newRow("English won") << QStringLiteral("who expects 95 million won?") << QStringList{QStringLiteral("95000000원")};
        QTest::newRow("dollar sign") << QStringLiteral("expected salary: $145,000 per year") << QStringList{QStringLiteral("145000$")};
        QTest::newRow("a count keeps its unit") << QStringLiteral("일 3,500만 건의 로그") << QStringList{QStringLiteral("35000000건")};
        QTest::newRow("no unit") << QStringLiteral("35000000 이상") << QStringList{QStringLiteral("35000000")};
        QTest::newRow("English words after are no unit") << QStringLiteral("35,000,000 or more") << QStringList{QStringLiteral("35000000")};
        QTest::newRow("counts and years are no amounts") << QStringLiteral("2024년 3명, 제3조") << QStringList{};
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, amounts);
        QCOMPARE(FigureValues::amounts(AnswerText::foldForMatching(text)), amounts);
    }

    void writesAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("writes");
        QTest::newRow("same value and unit, other spelling") << QStringLiteral("희망 연봉은 9,500만원이다.") << QStringLiteral("95000000원") << true;
        QTest::newRow("same value, another unit") << QStringLiteral("일 9,500만 건을 처리") << QStringLiteral("95000000원") << false;
        QTest::newRow("won in English") << QStringLiteral("Expects 95 million won") << QStringLiteral("95000000원") << true;
        QTest::newRow("an amount without unit matches any") << QStringLiteral("9,500만 건") << QStringLiteral("95000000") << true;
        QTest::newRow("a passage without unit matches") << QStringLiteral("연봉 9,500만 희망") << QStringLiteral("95000000원") << true;
        QTest::newRow("another value") << QStringLiteral("희망 연봉 9,000만원") << QStringLiteral("95000000원") << false;
        // A bare ¥ is the yen or the yuan: an amount in either may be the one asked in ¥, and the other way round; the yen
        // is never the yuan.
        QTest::newRow("bare ¥ asked, JPY written") << QStringLiteral("希望年収 JPY 9,000,000") << QStringLiteral("9000000¥") << true;
        QTest::newRow("bare ¥ asked, CNY written") << QStringLiteral("Expected salary: CNY 9,000,000") << QStringLiteral("9000000¥") << true;
        QTest::newRow("JPY asked, bare ¥ written") << QStringLiteral("Expected salary: ¥9,000,000") << QStringLiteral("9000000JPY") << true;
        QTest::newRow("yen asked, yuan written") << QStringLiteral("Expected salary: 9,000,000 RMB") << QStringLiteral("9000000JPY") << false;
        QTest::newRow("bare ¥ asked, dollars written") << QStringLiteral("Expected salary: $9,000,000") << QStringLiteral("9000000¥") << false;
    }

    void writesAmount()
    {
        QFETCH(QString, text);
        QFETCH(QString, amount);
        QFETCH(bool, writes);
        QCOMPARE(FigureValues::writesAmount(AnswerText::foldForMatching(text), amount), writes);
    }

    // The yen, the yuan and the bare sign are three currencies: a bare ¥ is ranked only with other bare ¥ amounts.
    void yenAndYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::newRow("yen word") << QStringLiteral("9,000,000 yen") << QStringLiteral("JPY");
        QTest::newRow("円 after") << QStringLiteral("9,000,000円") << QStringLiteral("JPY");
        QTest::newRow("JP¥") << QStringLiteral("JP¥9,000,000") << QStringLiteral("JPY");
        QTest::newRow("元 after") << QStringLiteral("400,000元") << QStringLiteral("CNY");
        QTest::newRow("CN¥") << QStringLiteral("CN¥400,000") << QStringLiteral("CNY");
        QTest::newRow("bare ¥") << QStringLiteral("¥400,000") << QStringLiteral("¥");
        QTest::newRow("full-width ￥") << QStringLiteral("￥400,000") << QStringLiteral("¥");
    }

    void yenAndYuan()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        const QList<FigureValues::Stated> stated = FigureValues::stated(AnswerText::foldForMatching(text));
        QCOMPARE(stated.size(), 1);
        QCOMPARE(stated.first().unit, unit);
        QVERIFY(FigureValues::isCurrency(unit));
        const QStringList others = QStringList{QStringLiteral("JPY"), QStringLiteral("CNY"), QStringLiteral("¥")};
        for (const QString &other : others) {
            if (other != unit)
                QVERIFY(FigureValues::currencyOrder(other) != FigureValues::currencyOrder(unit));
        }
    }

    void values()
    {
        QCOMPARE(FigureValues::values(AnswerText::foldForMatching(QStringLiteral("제3조, 1억 2,000만원, 1.5 billion"))),
                 (QStringList{QStringLiteral("3"), QStringLiteral("120000000"), QStringLiteral("1500000000")}));
    }
};

QTEST_APPLESS_MAIN(tst_FigureValues)
#include "tst_figurevalues.moc"
