// SPDX-License-Identifier: MIT
// YesNoQuestion: which questions ask yes or no, which of their words only frame them, and the figures they ask about.
#include "providers/yesnoquestion.h"

#include <QTest>

using namespace Protostar;

class tst_YesNoQuestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void is_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("yesNo");
        QTest::newRow("ko 써봤나요") << QStringLiteral("김지원은 Kafka를 써봤나요?") << true;
        QTest::newRow("ko 있습니까") << QStringLiteral("최민호는 석사 학위가 있습니까?") << true;
        QTest::newRow("ko 인가요 with a figure") << QStringLiteral("김지원의 연봉은 35,000,000원인가요?") << true;
        QTest::newRow("en does") << QStringLiteral("Does Daniel Cho know Spark?") << true;
        QTest::newRow("en is") << QStringLiteral("Is Jane Park's expected salary above 5,000만원?") << true;
        QTest::newRow("ko 어떤 asks which") << QStringLiteral("어떤 경험이 있나요?") << false;
        QTest::newRow("ko 어떠한, KorQuAD") << QStringLiteral("2000년의 총선거에서 한나라당은 수도권에서 어떠한 결과를 맞이했나?") << false;
        QTest::newRow("ko 뭔가요, KorQuAD") << QStringLiteral("우울과 슬픔을 의미하는 말로 쇼에서 유래된 말이 뭔가요?") << false;
        QTest::newRow("ko 몇 년") << QStringLiteral("김지원의 경력은 몇 년인가요?") << false;
        QTest::newRow("ko who") << QStringLiteral("Kafka를 써본 사람이 있나요?") << false;
        QTest::newRow("ko no ending") << QStringLiteral("김지원의 희망 연봉은?") << false;
        QTest::newRow("en what") << QStringLiteral("What is Jane Park's expected salary?") << false;
        QTest::newRow("en who") << QStringLiteral("Does anyone know Go?") << false;
    }
    void is()
    {
        QFETCH(QString, question);
        QFETCH(bool, yesNo);
        QCOMPARE(YesNoQuestion::is(question), yesNo);
    }

    void frameWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("frames");
        for (const char *w : {"써봤", "사용해", "다뤄봤", "활용해", "봤나요", "적이", "넘나요", "가능한가요", "used", "use"})
            QTest::newRow(w) << QString::fromUtf8(w) << true;
        for (const char *w : {"사용자", "이용권", "kafka", "적립", "보안", "가능성", "user"})
            QTest::newRow(w) << QString::fromUtf8(w) << false;
    }
    void frameWord()
    {
        QFETCH(QString, word);
        QFETCH(bool, frames);
        QCOMPARE(YesNoQuestion::isFrameWord(word), frames);
    }

    void askedFigures_data()
    {
        QTest::addColumn<QString>("folded");
        QTest::addColumn<QString>("without");
        QTest::newRow("won") << QStringLiteral("김지원의 연봉은 35,000,000원인가요?") << QStringLiteral("김지원의 연봉은 인가요?");
        QTest::newRow("만원") << QStringLiteral("salary above 5,000만원?") << QStringLiteral("salary above ?");
        QTest::newRow("년 glued") << QStringLiteral("경력은 3년이 넘나요?") << QStringLiteral("경력은 이 넘나요?");
        QTest::newRow("years kept") << QStringLiteral("more than 5 years of experience?") << QStringLiteral("more than years of experience?");
        QTest::newRow("bare year kept") << QStringLiteral("did she work there in 2020?") << QStringLiteral("did she work there in 2020?");
    }
    void askedFigures()
    {
        QFETCH(QString, folded);
        QFETCH(QString, without);
        QCOMPARE(YesNoQuestion::withoutAskedFigures(folded).simplified(), without);
    }

    void checksFigure()
    {
        QVERIFY(YesNoQuestion::checksFigure(QStringLiteral("이하은의 경력이 5년 이상인가요?")));
        QVERIFY(!YesNoQuestion::checksFigure(QStringLiteral("김지원은 Kafka를 써봤나요?")));
        QVERIFY(!YesNoQuestion::checksFigure(QStringLiteral("경력 5년 이상인 사람은?")));
    }

    void residence()
    {
        QCOMPARE(YesNoQuestion::residenceWords({QStringLiteral("서울"), QStringLiteral("거주지")}), QStringList{QStringLiteral("거주지")});
        QCOMPARE(YesNoQuestion::residenceWords({QStringLiteral("based"), QStringLiteral("seoul")}), QStringList{QStringLiteral("거주지")});
    }
};

QTEST_APPLESS_MAIN(tst_YesNoQuestion)
#include "tst_yesnoquestion.moc"
