// SPDX-License-Identifier: MIT
#include "rag/tokencounter.h"

#include <QTest>

using namespace Protostar;

class tst_TokenCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tokens");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("whitespace is free") << QStringLiteral("   \t ") << 0;
        QTest::newRow("short word is one piece") << QStringLiteral("team") << 1;
        QTest::newRow("long word in 4-char pieces") << QStringLiteral("PostgreSQL") << 3;
        QTest::newRow("words and a question mark") << QStringLiteral("Who ran Kafka?") << 5;
        QTest::newRow("digits in groups of three") << QStringLiteral("10000") << 2;
        QTest::newRow("grouped number") << QStringLiteral("1,000") << 3;
        QTest::newRow("hangul syllable each") << QStringLiteral("김지원") << 3;
        QTest::newRow("hangul words with space") << QStringLiteral("팀 규모는") << 4;
        QTest::newRow("mixed figure and unit") << QStringLiteral("PostgreSQL 1,000억원") << 8;
        QTest::newRow("percent is punctuation") << QStringLiteral("99.9%") << 4;
        QTest::newRow("newline run is one") << QStringLiteral("a\n\n\nb") << 3;
        QTest::newRow("accented latin joins the word") << QStringLiteral("café") << 1;
        QTest::newRow("citation marker") << QStringLiteral("[12]") << 3;
    }
    void count()
    {
        QFETCH(QString, text);
        QFETCH(int, tokens);
        QCOMPARE(TokenCounter::count(text), tokens);
    }

    void listIsSumOfParts()
    {
        const QStringList parts{QStringLiteral("김지원"), QStringLiteral("PostgreSQL"), QString()};
        QCOMPARE(TokenCounter::count(parts), 6);
    }

    void chatAddsFramingPerMessage()
    {
        const QStringList messages{QStringLiteral("team"), QStringLiteral("김지원")};
        QCOMPARE(TokenCounter::countChat(messages),
                 1 + 3 + 2 * TokenCounter::kPerMessage + TokenCounter::kReplyPriming);
        QCOMPARE(TokenCounter::countChat({}), TokenCounter::kReplyPriming);
    }

    void growsWithText()
    {
        const QString one = QStringLiteral("김지원은 카카오에서 결제 TPS를 1만으로 올렸다. ");
        QCOMPARE(TokenCounter::count(one.repeated(10)), 10 * TokenCounter::count(one));
    }
};

QTEST_APPLESS_MAIN(tst_TokenCounter)
#include "tst_tokencounter.moc"
